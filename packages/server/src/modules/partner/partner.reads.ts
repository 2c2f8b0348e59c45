import type { Context } from '../../request-context';
import { loadMany } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import { likePattern, type Ordering, type PageExtras } from '../../read-layer/keyset';
import { byId, readTable, rootList } from '../../read-layer/read-table';
import { whereCoverageServes } from '../region/region.reads';
import { Partner, type PartnerRow } from './partner.type';
import type { PartnerFilter } from './partner.input';
import { whereText } from '../text-search/text-search.match';
import { SearchType } from '../text-search/text-search.type';

const PARTNERS = readTable({
  name: 'partner',
  from: 'partner as p',
  columns: [
    'p.id',
    'p.type',
    'p.name',
    'p.description',
    'p.website',
    'p.commodities',
    'p.verification_level',
    'p.version',
  ],
  toNode: (row: PartnerRow) => Partner.fromRow(row),
});

const BY_NAME: Ordering = {
  name: 'NAME',
  direction: 'asc',
  columns: [
    { sql: 'p.name', key: 'name', kind: 'text' },
    { sql: 'p.id', key: 'id', kind: 'integer' },
  ],
};

/** Batched partner lookup by database id. */
export function partnerById(ctx: Context, id: number): Promise<Partner | null> {
  return byId(ctx, PARTNERS, id);
}

export function listPartners(
  ctx: Context,
  filter: PartnerFilter,
  args: PageArgs,
  extras: PageExtras = {},
): Promise<ConnectionShape<Partner>> {
  return rootList(ctx, PARTNERS, {
    name: 'partners',
    ordering: BY_NAME,
    args,
    ...extras,
    where: (qb) => {
      if (filter.types?.length) qb.whereIn('p.type', filter.types);
      if (filter.commodity) qb.whereRaw('? = any(p.commodities)', [filter.commodity]);
      if (filter.nameContains) qb.whereILike('p.name', likePattern(filter.nameContains));
      whereText(ctx.knex, qb, SearchType.PARTNER, 'p.id', filter.q);
      if (filter.regionCode)
        whereCoverageServes(ctx, qb, 'partner_coverage', 'partner_id', 'p.id', filter.regionCode);
    },
  });
}

/** Batched region codes a partner covers. */
export function coverageCodesOfPartner(ctx: Context, partnerId: number): Promise<string[]> {
  return loadMany(ctx, 'coverageCodesOfPartner', partnerId, {
    fetch: (ids): Promise<{ partner_id: number; region_code: string }[]> =>
      ctx
        .knex('partner_coverage as pc')
        .select('pc.partner_id', 'pc.region_code')
        .whereIn('pc.partner_id', ids)
        .orderBy('pc.region_code'),
    keyOf: (row) => row.partner_id,
    toNode: (row) => row.region_code,
  });
}
