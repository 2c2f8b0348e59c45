import { randomBytes } from 'node:crypto';
import type { Context } from '../../request-context';
import { ForbiddenError, RefusalCode } from '../../shared/domain-error';
import { MembershipRole } from '../account/account.entity';
import type { Viewer } from '../account/viewer';
import { DELIVER_WEBHOOK_TASK, deliveryJobKeySql } from './webhook.delivery';
import { WebhookDeliveryStatus, type WebhookEventType } from './webhook.entity';
import { WebhookError } from './webhook.errors';
import { webhookUrlProblem } from './webhook.http';
import { ENDPOINT_COLUMNS } from './webhook.reads';
import type { WebhookEndpointRow } from './webhook.type';

/**
 * Partners' admins manage their endpoints: register (the signing secret is returned once),
 * change, disable or enable, delete, and replay a delivery. Only an admin of the endpoint's
 * partner, signed in with a session, may: an API token never manages the webhooks that would
 * tell it of events, and never sees a secret.
 */

const ONLY_ADMINS = 'Only an admin of this partner, signed in with a session, may manage its webhooks.';

function assertAdminOf(viewer: Viewer, partnerId: number): void {
  if (!viewer.isStaffOf(partnerId, [MembershipRole.PARTNER_ADMIN])) throw new ForbiddenError(ONLY_ADMINS);
  assertSession(viewer);
}

/** An API token never manages webhooks, even its partner's. */
function assertSession(viewer: Viewer): void {
  if (viewer.credential.kind === 'apiToken') throw new ForbiddenError(ONLY_ADMINS);
}

function assertUsableUrl(ctx: Context, url: string): void {
  const problem = webhookUrlProblem(url, ctx.services.allowPrivateWebhookUrls);
  if (problem) throw new WebhookError(RefusalCode.INVALID, problem, ['url']);
}

/** `whsec_` and base64 of 32 random bytes: the form Standard Webhooks libraries take. */
const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export async function createWebhookEndpoint(
  ctx: Context,
  viewer: Viewer,
  input: { partnerId: number; url: string; description: string; eventTypes: WebhookEventType[] },
): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  assertAdminOf(viewer, input.partnerId);
  const url = input.url.trim();
  assertUsableUrl(ctx, url);
  const secret = newSecret();
  const [endpoint] = (await ctx
    .knex('webhook_endpoint')
    .insert({
      partner_id: input.partnerId,
      created_by_id: viewer.userId,
      url,
      description: input.description.trim(),
      event_types: input.eventTypes,
      secret,
    })
    .returning(ENDPOINT_COLUMNS)) as WebhookEndpointRow[];
  ctx.log.info({ endpointId: endpoint.id, partnerId: input.partnerId }, 'webhook endpoint registered');
  return { endpoint, secret };
}

/** The endpoint, if the viewer administers its partner; NOT_FOUND otherwise (as if it did not exist). */
async function endpointOfAdmin(ctx: Context, viewer: Viewer, id: number): Promise<{ partner_id: number }> {
  const row = (await ctx.knex('webhook_endpoint').where({ id }).first('partner_id')) as
    { partner_id: number } | undefined;
  if (!row || !viewer.isStaffOf(row.partner_id, [MembershipRole.PARTNER_ADMIN]))
    throw WebhookError.notFound('webhook endpoint');
  assertSession(viewer);
  return row;
}

export async function updateWebhookEndpoint(
  ctx: Context,
  viewer: Viewer,
  id: number,
  changes: {
    url?: string | null;
    description?: string | null;
    eventTypes?: WebhookEventType[] | null;
    enabled?: boolean | null;
  },
): Promise<WebhookEndpointRow> {
  await endpointOfAdmin(ctx, viewer, id);
  const update: Record<string, unknown> = {};
  if (changes.url != null) {
    const url = changes.url.trim();
    assertUsableUrl(ctx, url);
    update.url = url;
  }
  if (changes.description != null) update.description = changes.description.trim();
  if (changes.eventTypes != null) update.event_types = changes.eventTypes;
  if (changes.enabled === true)
    Object.assign(update, { disabled_at: null, disabled_reason: null, failing_since: null });
  if (changes.enabled === false)
    Object.assign(update, {
      disabled_at: ctx.knex.raw('coalesce(disabled_at, now())'),
      disabled_reason: ctx.knex.raw("coalesce(disabled_reason, 'Disabled by an admin.')"),
    });
  const query = ctx.knex('webhook_endpoint').where({ id });
  const [endpoint] = (await (Object.keys(update).length > 0
    ? query.update(update).returning(ENDPOINT_COLUMNS)
    : query.select(ENDPOINT_COLUMNS))) as WebhookEndpointRow[];
  return endpoint;
}

export async function deleteWebhookEndpoint(ctx: Context, viewer: Viewer, id: number): Promise<void> {
  await endpointOfAdmin(ctx, viewer, id);
  await ctx.knex('webhook_endpoint').where({ id }).delete();
}

/**
 * Sends a delivery again, with the same message id (a receiver that got it drops the duplicate):
 * back to PENDING, its retry window starting now. A delivery still PENDING is refused; it is
 * being tried. The endpoint must be enabled.
 */
export async function replayWebhookDelivery(ctx: Context, viewer: Viewer, id: string): Promise<void> {
  const delivery = (await ctx
    .knex('webhook_delivery as d')
    .join('webhook_endpoint as w', 'w.id', 'd.endpoint_id')
    .where('d.id', id)
    .first('d.status', 'w.partner_id', 'w.disabled_at')) as
    { status: WebhookDeliveryStatus; partner_id: number; disabled_at: Date | null } | undefined;
  if (!delivery || !viewer.isStaffOf(delivery.partner_id, [MembershipRole.PARTNER_ADMIN]))
    throw WebhookError.notFound('webhook delivery');
  assertSession(viewer);
  if (delivery.status === WebhookDeliveryStatus.PENDING)
    throw new WebhookError(RefusalCode.INVALID_TRANSITION, 'This delivery is still being tried.', ['id']);
  if (delivery.disabled_at)
    throw new WebhookError(RefusalCode.INVALID_TRANSITION, 'Enable the endpoint before replaying to it.', [
      'id',
    ]);
  await ctx.knex.transaction(async (trx) => {
    await trx('webhook_delivery').where({ id }).update({
      status: WebhookDeliveryStatus.PENDING,
      retry_from: trx.fn.now(),
      next_attempt_at: trx.fn.now(),
    });
    await trx.raw(
      `select graphile_worker.add_job(?, json_build_object('deliveryId', ?::text), max_attempts := 3,
                                      job_key := ${deliveryJobKeySql('?::text')})`,
      [DELIVER_WEBHOOK_TASK, id, id],
    );
  });
}
