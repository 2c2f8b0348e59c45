import type { Context } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import type { Ordering, PageExtras } from '../../read-layer/keyset';
import { byId, nestedList, readTable, rootList } from '../../read-layer/read-table';
import { withinRegionPattern } from '../region/region.input';
import type { Commodity } from '../commodity/commodity';
import { PartnerRequestStatus } from './partner-request.entity';
import { PartnerRequest, type PartnerRequestRow } from './partner-request.type';
import { whereText } from '../text-search/text-search.match';
import { SearchType } from '../text-search/text-search.type';

const REQUESTS = readTable({
  name: 'request',
  from: 'partner_request as q',
  columns: [
    'q.id',
    'q.partner_id',
    'q.title',
    'q.description',
    'q.commodity',
    'q.quantity',
    'q.quantity_unit',
    'q.delivery_region_code',
    'q.deadline',
    'q.price_hint',
    'q.status',
    'q.last_confirmed_at',
    'q.version',
    'q.created_at',
  ],
  textColumns: ['quantity', 'deadline', 'price_hint', 'last_confirmed_at', 'created_at'],
  toNode: (row: PartnerRequestRow) => PartnerRequest.fromRow(row),
});

const NEWEST: Ordering = {
  name: 'NEWEST',
  direction: 'desc',
  columns: [
    { sql: 'q.created_at', key: 'created_at', kind: 'timestamp' },
    { sql: 'q.id', key: 'id', kind: 'integer' },
  ],
};

export interface PartnerRequestListFilter {
  q?: string | null;
  commodity?: Commodity | null;
  regionCode?: string | null;
  statuses?: PartnerRequestStatus[] | null;
  partnerId?: number | null;
}

/** Batched lookup by database id. */
export function requestById(ctx: Context, id: number): Promise<PartnerRequest | null> {
  return byId(ctx, REQUESTS, id);
}

/** Requests with filters, newest first; open ones unless statuses say otherwise. */
export function listRequests(
  ctx: Context,
  filter: PartnerRequestListFilter,
  args: PageArgs,
  extras: PageExtras = {},
): Promise<ConnectionShape<PartnerRequest>> {
  return rootList(ctx, REQUESTS, {
    name: 'requests',
    ordering: NEWEST,
    args,
    ...extras,
    where: (qb) => {
      qb.whereIn('q.status', filter.statuses?.length ? filter.statuses : [PartnerRequestStatus.OPEN]);
      if (filter.commodity) qb.where('q.commodity', filter.commodity);
      whereText(ctx.knex, qb, SearchType.REQUEST, 'q.id', filter.q);
      if (filter.partnerId) qb.where('q.partner_id', filter.partnerId);
      const regionCode = filter.regionCode;
      if (regionCode) {
        // The region itself, places inside it, and wider regions around it (a regency-wide request
        // concerns every district of the regency).
        qb.where((where) =>
          where
            .where('q.delivery_region_code', regionCode)
            .orWhere('q.delivery_region_code', 'like', withinRegionPattern(regionCode))
            .orWhereRaw("? like q.delivery_region_code || '.%'", [regionCode]),
        );
      }
    },
  });
}

/** A partner's open requests, newest first; batched across partners. */
export function requestsOfPartner(
  ctx: Context,
  partnerId: number,
  args: PageArgs,
): Promise<ConnectionShape<PartnerRequest>> {
  return nestedList(
    ctx,
    REQUESTS,
    {
      name: 'partner.requests',
      ordering: NEWEST,
      args,
      parentSql: 'q.partner_id',
      where: (rows, partnerIds) =>
        rows.whereIn('q.partner_id', partnerIds).where('q.status', PartnerRequestStatus.OPEN),
    },
    partnerId,
  );
}
