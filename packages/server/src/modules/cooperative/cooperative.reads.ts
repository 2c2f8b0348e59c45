import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../request-context';
import { loadMany } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import {
  columnList,
  embeddedColumns,
  embeddedFieldKey,
  embeddedShapes,
  jsonArraySql,
  likePattern,
  nodeOf,
  readEmbedded,
  type EmbeddedRelation,
  type Ordering,
  type PageExtras,
} from '../../read-layer/keyset';
import {
  byId,
  columnsFor,
  jsonColumnsOf,
  nestedList,
  primeById,
  publicShape,
  readTable,
  rootList,
  rowsOf,
} from '../../read-layer/read-table';
import { levelsAtLeast } from '../../shared/verification';
import { readByShape } from '../../shared/statement-templates';
import { withinRegionPattern } from '../region/region.input';
import { provinceCodes } from '../region/region.reads';
import { BusinessUnitType } from './cooperative.entity';
import {
  BusinessUnit,
  Cooperative,
  CooperativeOfficer,
  type BusinessUnitRow,
  type CooperativeRow,
  type OfficerRow,
} from './cooperative.type';
import type { CooperativeFilter } from './cooperative.input';
import { CooperativeOrder } from './cooperative.input';
import { whereText } from '../text-search/text-search.match';
import { SearchType } from '../text-search/text-search.type';

const COOPERATIVES = readTable({
  name: 'cooperative',
  from: 'cooperative as c',
  columns: [
    'c.id',
    'c.kind',
    'c.name',
    'c.village_code',
    'c.sk_ahu_number',
    'c.sk_ahu_date',
    'c.nik_koperasi',
    'c.nib',
    'c.npwp',
    'c.deed_number',
    'c.deed_date',
    'c.management_pattern',
    'c.member_count',
    'c.expected_monthly_income',
    'c.stage',
    'c.verification_level',
    'c.version',
    'c.created_at',
    'c.updated_at',
  ],
  textColumns: ['sk_ahu_date', 'deed_date', 'expected_monthly_income', 'created_at', 'updated_at'],
  // Relations read by id need only the id; any field not listed makes a read take every column.
  fieldColumns: {
    id: [],
    kind: ['kind'],
    name: ['name'],
    legal: ['sk_ahu_number', 'sk_ahu_date', 'nik_koperasi', 'nib', 'npwp', 'deed_number', 'deed_date'],
    managementPattern: ['management_pattern'],
    memberCount: ['member_count'],
    expectedMonthlyIncome: ['expected_monthly_income'],
    stage: ['stage'],
    verificationLevel: ['verification_level'],
    version: ['version'],
    createdAt: ['created_at'],
    updatedAt: ['updated_at'],
    village: ['village_code'],
    units: [],
    officers: [],
    offerings: [],
    mentor: [],
  },
  toNode: (row: CooperativeRow) => Cooperative.fromRow(row),
});

const UNITS = readTable({
  name: 'businessUnit',
  from: 'business_unit as u',
  columns: [
    'u.id',
    'u.cooperative_id',
    'u.type',
    'u.name',
    'u.status',
    'u.capacity_notes',
    'u.active_since',
    'u.updated_at',
  ],
  textColumns: ['active_since', 'updated_at'],
  fieldColumns: {
    id: [],
    type: ['type'],
    name: ['name'],
    status: ['status'],
    capacityNotes: ['capacity_notes'],
    activeSince: ['active_since'],
    updatedAt: ['updated_at'],
  },
  toNode: (row: BusinessUnitRow) => BusinessUnit.fromRow(row),
});

const ORDERINGS: Record<CooperativeOrder, Ordering> = {
  [CooperativeOrder.NAME]: {
    name: 'NAME',
    direction: 'asc',
    columns: [
      { sql: 'c.name', key: 'name', kind: 'text' },
      { sql: 'c.id', key: 'id', kind: 'integer' },
    ],
  },
  [CooperativeOrder.RECENTLY_UPDATED]: {
    name: 'RECENTLY_UPDATED',
    direction: 'desc',
    columns: [
      { sql: 'c.updated_at', key: 'updated_at', kind: 'timestamp' },
      { sql: 'c.id', key: 'id', kind: 'integer' },
    ],
  },
};

const toCooperative = (row: Record<string, unknown>) => Cooperative.fromRow(row as unknown as CooperativeRow);

/**
 * The cooperative of every row of another list's page (its id in `keySql`, e.g.
 * "o.cooperative_id"), read in the page's statement with the columns of `selected` and attached
 * to the row's node under the field "cooperative" (see embeddedOn).
 */
export function embeddedCooperativeOf(
  ctx: Context,
  keySql: string,
  selected: ReadonlySet<string>,
): EmbeddedRelation {
  const columns = columnsFor(COOPERATIVES, selected);
  const related = () =>
    rowsOf(ctx, COOPERATIVES)
      .select(jsonColumnsOf(ctx, COOPERATIVES, columns))
      .select(ctx.knex.raw('1 as "__n"'))
      .whereRaw(`c.id = ${keySql}`);
  return {
    alias: '__cooperative',
    field: embeddedFieldKey('cooperative'),
    shape: publicShape(COOPERATIVES, `cooperative|${keySql}|${columns.join(',')}`),
    sql: () => jsonArraySql(ctx.knex, related(), '__cooperative'),
    read: (_pageRow, [row]) => (row ? toCooperative(row) : undefined),
  };
}

/** Batched cooperative lookup by database id. */
export function cooperativeById(ctx: Context, id: number): Promise<Cooperative | null> {
  return byId(ctx, COOPERATIVES, id);
}

/**
 * A cooperative with `embedded` relations read in the same statement (see EmbeddedRelation); it
 * is also what cooperativeById gives for the rest of the request (without the relations).
 */
export async function cooperativeWithRelations(
  ctx: Context,
  id: number,
  embedded: EmbeddedRelation[],
): Promise<Cooperative | null> {
  const relations = embeddedShapes(embedded);
  const [row] = await readByShape<Record<string, unknown>>(
    ctx.knex,
    relations === null ? null : publicShape(COOPERATIVES, `cooperative by id|${relations}`),
    [id],
    ([cooperativeId]) =>
      rowsOf(ctx, COOPERATIVES)
        .select([columnList(ctx.knex, COOPERATIVES.columns), ...embeddedColumns(embedded)])
        .where('c.id', cooperativeId as number),
  );
  if (!row) return null;
  readEmbedded([row], embedded);
  // Other reads by id get the cooperative without this query's relations (see embeddedOn).
  primeById(ctx, COOPERATIVES, id, toCooperative(row));
  return nodeOf(row, toCooperative);
}

/**
 * The cooperatives to filter, as `c`. A province holds 2–10 % of them, so a page in name order is
 * found soonest by walking the name index and keeping the province's. A regency, district or
 * village holds under 1 %: that walk passes thousands of others (measured at national size: ~3,500
 * rows for a page of a regency, 45 ms), yet the planner still chooses it. There the region's
 * cooperatives are read by code first, whole rows (materialized, so the planner can neither turn it
 * back into the walk nor join back to the table), and only they are filtered and sorted (~1 ms).
 */
function cooperativesIn(ctx: Context, regionCode: string | null | undefined): Knex.QueryBuilder {
  if (!regionCode) return ctx.knex('cooperative as c');
  const pattern = withinRegionPattern(regionCode);
  if (regionCode.length <= 2) return ctx.knex('cooperative as c').where('c.village_code', 'like', pattern);
  return ctx.knex
    .withMaterialized('region_cooperative', (region) =>
      region.select('*').from('cooperative').where('village_code', 'like', pattern),
    )
    .from('region_cooperative as c');
}

/** `qb` is `cooperativesIn(filter.regionCode)`: the region is applied there. */
function applyFilter(ctx: Context, qb: Knex.QueryBuilder, filter: CooperativeFilter): Knex.QueryBuilder {
  if (filter.kind) qb.where('c.kind', filter.kind);
  if (filter.stages?.length) qb.whereIn('c.stage', filter.stages);
  if (filter.minVerificationLevel) {
    qb.whereIn('c.verification_level', levelsAtLeast(filter.minVerificationLevel));
  }
  if (filter.nameContains) qb.whereILike('c.name', likePattern(filter.nameContains));
  whereText(ctx.knex, qb, SearchType.COOPERATIVE, 'c.id', filter.q);
  if (filter.unitType || filter.unitStatus) {
    qb.whereExists(function unitMatches() {
      this.select(ctx.knex.raw('1')).from('business_unit as u').whereRaw('u.cooperative_id = c.id');
      if (filter.unitType) this.where('u.type', filter.unitType);
      if (filter.unitStatus) this.where('u.status', filter.unitStatus);
    });
  }
  if (filter.commodity) offeringsOf().whereOffers(ctx.knex, qb, filter.commodity);
  return qb;
}

/**
 * The cooperatives with a public offering of a commodity (the list's `commodity` filter). Offerings
 * sit above cooperatives, so the offering module states which are public and gives the statements
 * (answerCommodityFilter), and this module does not import it.
 */
export interface CommodityOfferings {
  /** Narrows a statement over cooperatives (`c`) to those with a public offering of `commodity`. */
  whereOffers(knex: Knex, qb: Knex.QueryBuilder, commodity: string): void;
  /** How many cooperatives have a public offering of `commodity`. */
  countCooperatives(knex: Knex, commodity: string): Knex.QueryBuilder;
}

let commodityOfferings: CommodityOfferings | null = null;

/** Called once, by offering.reads.ts as it loads. */
export function answerCommodityFilter(answer: CommodityOfferings): void {
  commodityOfferings = answer;
}

function offeringsOf(): CommodityOfferings {
  if (!commodityOfferings) throw new Error('The offering module has not answered the commodity filter');
  return commodityOfferings;
}

/** The filters the stage counters can answer: a province, regency or district, and stages. */
const COUNTER_FILTERS = new Set<string>(['regionCode', 'stages']);

/**
 * How many cooperatives match a filter of only a region (province, regency or district) and
 * stages, read from the counters the dashboards keep (cooperative_stage_count, by triggers): a few
 * index lookups instead of counting up to 83,762 rows. The whole country is the sum of the
 * provinces' rows (`provinces`, their codes), looked up by key: joining the region table to find
 * them, or scanning the counters for two-digit codes, took ~2 ms at national size. Null for any
 * other filter, which is counted from the rows.
 */
function countFromStageCounters(
  ctx: Context,
  filter: CooperativeFilter,
  provinces: readonly string[],
): (() => Knex.QueryBuilder) | null {
  if (!countableByStageCounters(filter)) return null;
  return () => {
    const qb = ctx.knex('cooperative_stage_count as s').sum({ count: 's.cooperatives' });
    if (filter.regionCode) qb.where('s.region_code', filter.regionCode);
    else qb.whereIn('s.region_code', provinces);
    if (filter.stages?.length) qb.whereIn('s.stage', filter.stages);
    return qb;
  };
}

function countableByStageCounters(filter: CooperativeFilter): boolean {
  const given = Object.entries(filter).filter(
    ([, value]) => value != null && !(Array.isArray(value) && value.length === 0),
  );
  if (given.some(([name]) => !COUNTER_FILTERS.has(name))) return false;
  // A village: the counters stop at districts.
  return !(filter.regionCode && filter.regionCode.length > 8);
}

/**
 * How many cooperatives have a unit of a type (in a status), when that is the whole filter:
 * a cooperative has at most one unit of each standard type (business_unit_one_per_type), so it
 * is the number of such units, counted in the (type, status, cooperative) index alone instead of
 * joining every cooperative to its units. Null for any other filter, and for OTHER units.
 */
function countFromUnits(ctx: Context, filter: CooperativeFilter): (() => Knex.QueryBuilder) | null {
  const given = Object.entries(filter).filter(([, value]) => value != null);
  if (!filter.unitType || filter.unitType === BusinessUnitType.OTHER) return null;
  if (given.some(([name]) => name !== 'unitType' && name !== 'unitStatus')) return null;
  return () => {
    const qb = ctx.knex('business_unit as u').count({ count: '*' }).where('u.type', filter.unitType!);
    if (filter.unitStatus) qb.where('u.status', filter.unitStatus);
    return qb;
  };
}

/**
 * How many cooperatives have a public offering of a commodity, when that is the whole filter: the
 * distinct cooperatives of those offerings, read from the (commodity, status, cooperative) index
 * alone instead of joining all 83,762 cooperatives to them (485 ms for the busiest commodity at
 * national size, measured). Null for any other filter.
 */
function countFromOfferings(ctx: Context, filter: CooperativeFilter): (() => Knex.QueryBuilder) | null {
  const given = Object.entries(filter).filter(([, value]) => value != null);
  if (!filter.commodity || given.some(([name]) => name !== 'commodity')) return null;
  return () => offeringsOf().countCooperatives(ctx.knex, filter.commodity!);
}

/** Discover cooperatives: filters, ordering and keyset pagination. */
export async function listCooperatives(
  ctx: Context,
  filter: CooperativeFilter,
  order: CooperativeOrder,
  args: PageArgs,
  extras: PageExtras = {},
): Promise<ConnectionShape<Cooperative>> {
  const provinces = !filter.regionCode && countableByStageCounters(filter) ? await provinceCodes(ctx) : [];
  return rootList(ctx, COOPERATIVES, {
    name: 'cooperatives',
    ordering: ORDERINGS[order],
    args,
    ...extras,
    // The rows and the count are built from the filter alone (cooperatives are public).
    shape: publicShape(COOPERATIVES, JSON.stringify(filter)),
    rows: () => cooperativesIn(ctx, filter.regionCode),
    where: (rows) => applyFilter(ctx, rows, filter),
    countQuery:
      countFromStageCounters(ctx, filter, provinces) ??
      countFromUnits(ctx, filter) ??
      countFromOfferings(ctx, filter) ??
      undefined,
  });
}

/** A mentor's caseload: the cooperatives currently assigned to them, by name. */
export function cooperativesOfMentor(
  ctx: Context,
  mentorId: number,
  args: PageArgs,
): Promise<ConnectionShape<Cooperative>> {
  return nestedList(
    ctx,
    COOPERATIVES,
    {
      name: 'mentor.caseload',
      ordering: ORDERINGS[CooperativeOrder.NAME],
      args,
      parentSql: 'a.mentor_id',
      where: (rows, mentorIds) =>
        rows
          .join('mentor_assignment as a', 'a.cooperative_id', 'c.id')
          .whereIn('a.mentor_id', mentorIds)
          .whereNull('a.ended_at'),
    },
    mentorId,
  );
}

/** A cooperative's business units in a stable order (type, then id), batched over cooperatives. */
const unitsBatch = (ctx: Context) => ({
  fetch: (ids: readonly number[]): Promise<BusinessUnitRow[]> =>
    rowsOf(ctx, UNITS)
      .select(columnList(ctx.knex, UNITS.columns))
      .whereIn('u.cooperative_id', ids)
      .orderBy(['u.type', 'u.id']),
  keyOf: (row: BusinessUnitRow) => row.cooperative_id,
  toNode: UNITS.toNode,
});

/** Batched business units of cooperatives, in a stable order (type, then id). */
export function unitsOfCooperative(ctx: Context, cooperativeId: number): Promise<BusinessUnit[]> {
  return loadMany(ctx, 'unitsOfCooperative', cooperativeId, unitsBatch(ctx));
}

/**
 * `Cooperative.units` with these arguments for every cooperative of a page (`c`), read in the
 * page's statement (see EmbeddedRelation) with the columns of `selected`.
 */
export function embeddedUnits(
  ctx: Context,
  args: { status?: string | null },
  selected: ReadonlySet<string>,
  alias: string,
): EmbeddedRelation {
  const columns = columnsFor(UNITS, selected);
  const related = () => {
    const units = rowsOf(ctx, UNITS)
      .select(jsonColumnsOf(ctx, UNITS, columns))
      .select(ctx.knex.raw('row_number() over (order by u.type, u.id) as "__n"'))
      .whereRaw('u.cooperative_id = c.id');
    if (args.status) units.where('u.status', args.status);
    return units;
  };
  return {
    alias,
    field: embeddedFieldKey('units', args),
    shape: publicShape(UNITS, `units|${args.status ?? ''}|${alias}|${columns.join(',')}`),
    sql: () => jsonArraySql(ctx.knex, related(), alias),
    read: (_cooperative, units) => units.map((unit) => UNITS.toNode(unit as unknown as BusinessUnitRow)),
  };
}

/** Batched business unit lookup by database id. */
export function businessUnitById(ctx: Context, id: number): Promise<BusinessUnit | null> {
  return byId(ctx, UNITS, id);
}

/** Batched officers of cooperatives, chair first. */
export function officersOfCooperative(ctx: Context, cooperativeId: number): Promise<CooperativeOfficer[]> {
  return loadMany(ctx, 'officersOfCooperative', cooperativeId, {
    fetch: (ids): Promise<OfficerRow[]> =>
      ctx
        .knex('cooperative_officer as f')
        .select('f.id', 'f.cooperative_id', 'f.role', 'f.name')
        .whereIn('f.cooperative_id', ids)
        .orderByRaw("array_position(array['KETUA','SEKRETARIS','BENDAHARA','PENGAWAS'], f.role), f.id"),
    keyOf: (row) => row.cooperative_id,
    toNode: (row) => CooperativeOfficer.fromRow(row),
  });
}
