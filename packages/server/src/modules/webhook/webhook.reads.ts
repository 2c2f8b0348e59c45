import type { Context } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import { rootConnection } from '../../read-layer/keyset';
import { MembershipRole } from '../account/account.entity';
import {
  WebhookDelivery,
  WebhookEndpoint,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from './webhook.type';

/** Endpoints and their deliveries are seen by their partner's admins only (they hold secrets' uses). */

export const ENDPOINT_COLUMNS = [
  'id',
  'partner_id',
  'url',
  'description',
  'event_types',
  'created_at',
  'failing_since',
  'disabled_at',
  'disabled_reason',
] as const;

const DELIVERY_COLUMNS = [
  'd.id',
  'd.event_type',
  'd.payload',
  'd.status',
  'd.attempts',
  'd.created_at',
  'd.last_attempt_at',
  'd.last_status_code',
  'd.last_error',
  'd.next_attempt_at',
  'd.delivered_at',
] as const;

const administered = (ctx: Context) => ctx.viewer?.partnerIds([MembershipRole.PARTNER_ADMIN]) ?? [];

/** The endpoints of the partners the viewer administers (or of one of them), newest first. */
export async function webhookEndpointsOfViewer(
  ctx: Context,
  onlyPartnerId: number | null,
): Promise<WebhookEndpoint[]> {
  const partnerIds = administered(ctx).filter((id) => onlyPartnerId === null || id === onlyPartnerId);
  if (partnerIds.length === 0) return [];
  const rows = (await ctx
    .knex('webhook_endpoint')
    .select(ENDPOINT_COLUMNS)
    .whereIn('partner_id', partnerIds)
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])) as WebhookEndpointRow[];
  return rows.map((row) => WebhookEndpoint.fromRow(row));
}

export async function webhookEndpointById(ctx: Context, id: number): Promise<WebhookEndpoint | null> {
  const row = (await ctx.knex('webhook_endpoint').select(ENDPOINT_COLUMNS).where({ id }).first()) as
    WebhookEndpointRow | undefined;
  return row && administered(ctx).includes(row.partner_id) ? WebhookEndpoint.fromRow(row) : null;
}

export async function webhookDeliveryById(ctx: Context, id: number): Promise<WebhookDelivery | null> {
  const row = (await ctx
    .knex('webhook_delivery as d')
    .join('webhook_endpoint as w', 'w.id', 'd.endpoint_id')
    .select([...DELIVERY_COLUMNS, 'w.partner_id'])
    .where('d.id', id)
    .first()) as (WebhookDeliveryRow & { partner_id: number }) | undefined;
  return row && administered(ctx).includes(row.partner_id) ? WebhookDelivery.fromRow(row) : null;
}

/** An endpoint's delivery log, newest first; empty for an endpoint the viewer does not administer. */
export function webhookDeliveries(
  ctx: Context,
  endpointId: number,
  args: PageArgs,
): Promise<ConnectionShape<WebhookDelivery>> {
  const partnerIds = administered(ctx);
  return rootConnection({
    knex: ctx.knex,
    list: 'webhookDeliveries',
    ordering: {
      name: 'NEWEST',
      direction: 'desc',
      columns: [
        { sql: 'd.created_at', key: 'created_at', kind: 'timestamp' },
        { sql: 'd.id', key: 'id', kind: 'bigint' },
      ],
    },
    args,
    columns: DELIVERY_COLUMNS,
    toNode: (row) => WebhookDelivery.fromRow(row as unknown as WebhookDeliveryRow),
    filtered: () =>
      ctx
        .knex('webhook_delivery as d')
        .join('webhook_endpoint as w', 'w.id', 'd.endpoint_id')
        .where('d.endpoint_id', endpointId)
        .whereIn('w.partner_id', partnerIds.length > 0 ? partnerIds : [0]),
  });
}
