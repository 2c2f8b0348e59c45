import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../request-context';
import { loadMany } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import {
  embeddedFieldKey,
  embeddedNestedPage,
  nestedConnection,
  type EmbeddedRelation,
  type Ordering,
  type PageExtras,
} from '../../read-layer/keyset';
import {
  byId,
  columnsFor,
  jsonColumnsOf,
  nestedListOptions,
  publicShape,
  readTable,
  rootList,
  rowsOf,
} from '../../read-layer/read-table';
import { draftOwnersKey, type OrganisationSet } from '../../shared/draft-visibility';
import { withinRegionPattern } from '../region/region.input';
import { OfferingKind, OfferingStatus } from './offering.entity';
import { Offering, type OfferingRow } from './offering.type';
import { OfferingOrder, type OfferingFilter } from './offering.input';
import {
  askedStatuses,
  draftAccessFor,
  PUBLIC_OFFERING_STATUSES,
  whereVisible,
  withoutHiddenDrafts,
} from './offering.policy';
import { answerCommodityFilter } from '../cooperative/cooperative.reads';
import { whereText } from '../text-search/text-search.match';
import { SearchType } from '../text-search/text-search.type';

const OFFERINGS = readTable({
  name: 'offering',
  from: 'offering as o',
  columns: [
    'o.id',
    'o.cooperative_id',
    'o.kind',
    'o.title',
    'o.description',
    'o.commodity',
    'o.quantity_per_month',
    'o.quantity_unit',
    'o.price_min',
    'o.price_max',
    'o.amount_needed',
    'o.financing_purpose',
    'o.wanted_tenor_months',
    'o.unit_type',
    'o.status',
    'o.valid_until',
    'o.last_confirmed_at',
    'o.version',
    'o.created_at',
    'o.updated_at',
  ],
  textColumns: [
    'quantity_per_month',
    'price_min',
    'price_max',
    'amount_needed',
    'valid_until',
    'last_confirmed_at',
    'created_at',
    'updated_at',
  ],
  // Which columns a selection of Offering's fields reads (see columnsFor).
  fieldColumns: {
    id: [],
    kind: ['kind'],
    title: ['title'],
    description: ['description'],
    commodity: ['commodity'],
    quantityPerMonth: ['quantity_per_month'],
    quantityUnit: ['quantity_unit'],
    priceMin: ['price_min'],
    priceMax: ['price_max'],
    amountNeeded: ['amount_needed'],
    financingPurpose: ['financing_purpose'],
    wantedTenorMonths: ['wanted_tenor_months'],
    unitType: ['unit_type'],
    status: ['status'],
    validUntil: ['valid_until'],
    lastConfirmedAt: ['last_confirmed_at'],
    version: ['version'],
    createdAt: ['created_at'],
    updatedAt: ['updated_at'],
    cooperative: [],
    deliveryRegions: [],
  },
  // What the draft rule and the cooperative field read.
  keyColumns: ['cooperative_id', 'status'],
  toNode: (row: OfferingRow) => Offering.fromRow(row),
  // A draft reads as missing unless the viewer may see it.
  visibleRows: withoutHiddenDrafts,
});

const ORDERINGS: Record<OfferingOrder, Ordering> = {
  [OfferingOrder.NEWEST]: {
    name: 'NEWEST',
    direction: 'desc',
    columns: [
      { sql: 'o.created_at', key: 'created_at', kind: 'timestamp' },
      { sql: 'o.id', key: 'id', kind: 'integer' },
    ],
  },
  [OfferingOrder.RECENTLY_UPDATED]: {
    name: 'RECENTLY_UPDATED',
    direction: 'desc',
    columns: [
      { sql: 'o.updated_at', key: 'updated_at', kind: 'timestamp' },
      { sql: 'o.id', key: 'id', kind: 'integer' },
    ],
  },
};

/** Public offerings (`o`) of a commodity. */
const publicOfferingsOf = (qb: Knex.QueryBuilder, commodity: string) =>
  qb.where('o.commodity', commodity).whereIn('o.status', PUBLIC_OFFERING_STATUSES);

// The cooperative list's `commodity` filter: cooperatives with a public offering of it.
answerCommodityFilter({
  whereOffers: (knex, qb, commodity) =>
    qb.whereExists((offers) =>
      publicOfferingsOf(
        offers.select(knex.raw('1')).from('offering as o').whereRaw('o.cooperative_id = c.id'),
        commodity,
      ),
    ),
  countCooperatives: (knex, commodity) =>
    publicOfferingsOf(knex('offering as o').countDistinct({ count: 'o.cooperative_id' }), commodity),
});

/**
 * The amounts its public financing-need offerings ask for (for the loan-size hint of its
 * financing passport). Batched: one statement for every cooperative asked in the request.
 */
export function financingNeedAmountsOf(ctx: Context, cooperativeId: number): Promise<string[]> {
  return loadMany(ctx, 'financingNeedAmountsOf', cooperativeId, {
    fetch: (ids): Promise<{ cooperative_id: number; amount_needed: string }[]> =>
      ctx
        .knex('offering as o')
        .select('o.cooperative_id', 'o.amount_needed')
        .whereIn('o.cooperative_id', ids)
        .where('o.kind', OfferingKind.FINANCING_NEED)
        .whereIn('o.status', PUBLIC_OFFERING_STATUSES)
        .whereNotNull('o.amount_needed')
        .orderBy('o.id'),
    keyOf: (row) => row.cooperative_id,
    toNode: (row) => row.amount_needed,
  });
}

/** Batched lookup by id; a draft reads as missing unless the viewer may see it. */
export function offeringById(ctx: Context, id: number): Promise<Offering | null> {
  return byId(ctx, OFFERINGS, id);
}

function applyFilter(
  ctx: Context,
  qb: Knex.QueryBuilder,
  filter: OfferingFilter,
  draftAccess: OrganisationSet,
): Knex.QueryBuilder {
  whereVisible(qb, askedStatuses(filter.statuses), draftAccess);
  if (filter.kinds?.length) qb.whereIn('o.kind', filter.kinds);
  if (filter.commodity) qb.where('o.commodity', filter.commodity);
  whereText(ctx.knex, qb, SearchType.OFFERING, 'o.id', filter.q);
  if (filter.amountMin != null) qb.where('o.amount_needed', '>=', filter.amountMin);
  if (filter.amountMax != null) qb.where('o.amount_needed', '<=', filter.amountMax);
  if (filter.regionCode) whereInRegion(ctx, qb, filter.regionCode);
  return qb;
}

/**
 * Offerings of cooperatives inside a region. Inside a province (~2–10 % of all offerings) a page
 * is found soonest by reading offerings in list order and keeping those of the province. Inside a
 * regency, district or village (under 1 %) that walk would pass thousands of offerings of other
 * regions (measured at national size: 3,700 rows, 35–130 ms for one page), yet the planner still
 * chooses it: there the region's cooperatives are looked up first (materialized, so the planner
 * cannot turn it back into the walk) and only their offerings are read and sorted (1–12 ms).
 */
function whereInRegion(ctx: Context, qb: Knex.QueryBuilder, regionCode: string): void {
  const pattern = withinRegionPattern(regionCode);
  if (regionCode.length <= 2) {
    qb.join('cooperative as oc', 'oc.id', 'o.cooperative_id').where('oc.village_code', 'like', pattern);
    return;
  }
  // As an array, the ids are looked up in the offerings' cooperative index whatever the table size;
  // as a subquery the planner may hash them against every offering of a smaller table.
  qb.withMaterialized('region_cooperative', (region) =>
    region.select('rc.id').from('cooperative as rc').where('rc.village_code', 'like', pattern),
  ).whereRaw('o.cooperative_id = any(array(select id from region_cooperative))');
}

/** The filters the offering counters can answer: statuses (drafts aside), kinds and a commodity. */
const COUNTER_FILTERS = new Set<string>(['statuses', 'kinds', 'commodity']);

/**
 * How many offerings match a filter of only statuses, kinds and a commodity, read from the counters
 * that triggers keep (offering_count): a sum of a few rows instead of counting up to ~400,000
 * offerings. Null for any other filter, and when drafts are asked for (which ones the viewer sees
 * depends on the viewer): those are counted from the rows.
 */
function countFromCounters(
  ctx: Context,
  filter: OfferingFilter,
  statuses: OfferingStatus[],
): (() => Knex.QueryBuilder) | null {
  const given = Object.entries(filter).filter(
    ([, value]) => value != null && !(Array.isArray(value) && value.length === 0),
  );
  if (given.some(([name]) => !COUNTER_FILTERS.has(name))) return null;
  if (statuses.includes(OfferingStatus.DRAFT)) return null;
  return () => {
    const qb = ctx.knex('offering_count as n').sum({ count: 'n.offerings' }).whereIn('n.status', statuses);
    if (filter.kinds?.length) qb.whereIn('n.kind', filter.kinds);
    if (filter.commodity) qb.where('n.commodity', filter.commodity);
    return qb;
  };
}

/** Offerings with filters, newest first by default; drafts only where the viewer may see them. */
export async function listOfferings(
  ctx: Context,
  filter: OfferingFilter,
  order: OfferingOrder,
  args: PageArgs,
  extras: PageExtras = {},
): Promise<ConnectionShape<Offering>> {
  const statuses = askedStatuses(filter.statuses);
  const draftAccess = await draftAccessFor(ctx, statuses);
  return rootList(ctx, OFFERINGS, {
    name: 'offerings',
    ordering: ORDERINGS[order],
    args,
    ...extras,
    // The rows and the count are built from the filter and the drafts the viewer may see.
    shape: publicShape(OFFERINGS, `${JSON.stringify(filter)}|drafts:${draftOwnersKey(draftAccess)}`),
    where: (rows) => applyFilter(ctx, rows, filter, draftAccess),
    countQuery: countFromCounters(ctx, filter, statuses) ?? undefined,
  });
}

/**
 * A cooperative's offerings as a nested list, newest first: what the viewer may see, in the asked
 * statuses. Drafts are listed only for the cooperatives whose drafts the viewer may see (the same
 * set for every parent of a batch).
 */
async function cooperativeOfferingsList(
  ctx: Context,
  args: PageArgs & { statuses?: OfferingStatus[] | null },
) {
  const statuses = askedStatuses(args.statuses);
  const draftAccess = await draftAccessFor(ctx, statuses);
  const { statuses: _statuses, ...pageArgs } = args;
  const options = nestedListOptions(ctx, OFFERINGS, {
    name: 'cooperative.offerings',
    ordering: ORDERINGS[OfferingOrder.NEWEST],
    args: pageArgs,
    filterKey: statuses.join(','),
    parentSql: 'o.cooperative_id',
    where: (rows, cooperativeIds) =>
      whereVisible(rows.whereIn('o.cooperative_id', cooperativeIds), statuses, draftAccess),
  });
  return {
    options,
    visible: (qb: Knex.QueryBuilder) => whereVisible(qb, statuses, draftAccess),
    draftAccess,
  };
}

export async function offeringsOfCooperative(
  ctx: Context,
  cooperativeId: number,
  args: PageArgs & { statuses?: OfferingStatus[] | null },
): Promise<ConnectionShape<Offering>> {
  const { options } = await cooperativeOfferingsList(ctx, args);
  return nestedConnection(ctx, options, cooperativeId);
}

/**
 * `Cooperative.offerings` with these arguments for every cooperative of a page (`c`), read in the
 * page's statement (see EmbeddedRelation).
 */
export async function embeddedOfferingsOfCooperatives(
  ctx: Context,
  args: PageArgs & { statuses?: OfferingStatus[] | null },
  extras: { withTotal: boolean; selected: ReadonlySet<string> },
): Promise<EmbeddedRelation> {
  const { options, visible, draftAccess } = await cooperativeOfferingsList(ctx, args);
  const cursorColumns = options.ordering.columns.map((column) => column.key);
  const columns = columnsFor(OFFERINGS, extras.selected, cursorColumns);
  return embeddedNestedPage(ctx, options, {
    alias: '__offerings',
    field: embeddedFieldKey('offerings', args),
    correlated: () => visible(rowsOf(ctx, OFFERINGS).whereRaw('o.cooperative_id = c.id')),
    jsonColumns: jsonColumnsOf(ctx, OFFERINGS, columns),
    parentOf: (cooperative) => cooperative.id as number,
    withTotal: extras.withTotal,
    shape: publicShape(OFFERINGS, `drafts:${draftOwnersKey(draftAccess)}|${columns.join(',')}`),
  });
}

/** Batched delivery-region codes of offerings. */
export function deliveryRegionCodesOfOffering(ctx: Context, offeringId: number): Promise<string[]> {
  return loadMany(ctx, 'deliveryRegionCodesOfOffering', offeringId, {
    fetch: (ids): Promise<{ offering_id: number; region_code: string }[]> =>
      ctx
        .knex('offering_delivery_region as d')
        .select('d.offering_id', 'd.region_code')
        .whereIn('d.offering_id', ids)
        .orderBy('d.region_code'),
    keyOf: (row) => row.offering_id,
    toNode: (row) => row.region_code,
  });
}
