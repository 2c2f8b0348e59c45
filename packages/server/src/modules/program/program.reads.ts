import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../request-context';
import { loadMany } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import type { Ordering, PageExtras } from '../../read-layer/keyset';
import { byId, nestedList, readTable, rootList } from '../../read-layer/read-table';
import { whereCoverageServes } from '../region/region.reads';
import { partnersWithPrivateAccess } from '../partner/partner.policy';
import { ownsDraft, whereStatusVisible } from '../../shared/draft-visibility';
import { ProgramStatus } from './program.entity';
import { Program, type ProgramRow } from './program.type';
import type { BusinessUnitType } from '../cooperative/cooperative.entity';
import type { Commodity } from '../commodity/commodity';
import type { ProgramKind } from './program.entity';
import { whereText } from '../text-search/text-search.match';
import { SearchType } from '../text-search/text-search.type';

const PROGRAMS = readTable({
  name: 'program',
  from: 'program as g',
  columns: [
    'g.id',
    'g.partner_id',
    'g.kind',
    'g.name',
    'g.description',
    'g.min_amount',
    'g.max_amount',
    'g.rate_per_year',
    'g.max_tenor_months',
    'g.min_grace_months',
    'g.max_grace_months',
    'g.operating_cost_cap',
    'g.commodity',
    'g.min_volume_per_month',
    'g.min_volume_unit',
    'g.eligible_unit_types',
    'g.required_documents',
    'g.negotiable_rules',
    'g.status',
    'g.version',
  ],
  textColumns: ['min_amount', 'max_amount', 'rate_per_year', 'operating_cost_cap', 'min_volume_per_month'],
  toNode: (row: ProgramRow) => Program.fromRow(row),
  // A draft reads as missing except to its partner's staff (and admins).
  visibleRows: (ctx, rows) => {
    const draftOwners = partnersWithPrivateAccess(ctx);
    return rows.filter((row) => row.status !== ProgramStatus.DRAFT || ownsDraft(draftOwners, row.partner_id));
  },
});

/** Drafts belong to their partner; paused and closed programs stay readable for the record. */
const PUBLIC_PROGRAM_STATUSES = [ProgramStatus.ACTIVE, ProgramStatus.PAUSED, ProgramStatus.CLOSED];

const BY_NAME: Ordering = {
  name: 'NAME',
  direction: 'asc',
  columns: [
    { sql: 'g.name', key: 'name', kind: 'text' },
    { sql: 'g.id', key: 'id', kind: 'integer' },
  ],
};

export interface ProgramListFilter {
  q?: string | null;
  kinds?: ProgramKind[] | null;
  regionCode?: string | null;
  unitType?: BusinessUnitType | null;
  amount?: string | null;
  commodity?: Commodity | null;
  partnerId?: number | null;
}

/** Batched lookup by id; a draft reads as missing except to its partner's staff (and admins). */
export function programById(ctx: Context, id: number): Promise<Program | null> {
  return byId(ctx, PROGRAMS, id);
}

/**
 * A program with the regions it covers (none: all Indonesia), in one statement, for a caller that
 * needs both at once (pool suggestions); a draft reads as missing except to its partner's staff.
 */
export async function programWithCoverage(
  ctx: Context,
  id: number,
): Promise<{ program: Program; coverage: string[] } | null> {
  const row = (await ctx
    .knex(PROGRAMS.from)
    .where('g.id', id)
    .first(
      ...PROGRAMS.columns,
      ctx.knex.raw(
        'array(select gc.region_code from program_coverage as gc where gc.program_id = g.id order by gc.region_code) as coverage',
      ),
    )) as (ProgramRow & { coverage: string[] }) | undefined;
  if (!row || (await PROGRAMS.visibleRows!(ctx, [row])).length === 0) return null;
  return { program: PROGRAMS.toNode(row), coverage: row.coverage };
}

function applyFilter(ctx: Context, qb: Knex.QueryBuilder, filter: ProgramListFilter): Knex.QueryBuilder {
  qb.where('g.status', ProgramStatus.ACTIVE);
  if (filter.kinds?.length) qb.whereIn('g.kind', filter.kinds);
  if (filter.commodity) qb.where('g.commodity', filter.commodity);
  whereText(ctx.knex, qb, SearchType.PROGRAM, 'g.id', filter.q);
  if (filter.partnerId) qb.where('g.partner_id', filter.partnerId);
  if (filter.unitType) {
    qb.whereRaw("(g.eligible_unit_types = '{}' or ? = any(g.eligible_unit_types))", [filter.unitType]);
  }
  if (filter.amount != null) {
    // Only programs with an amount range can fit an amount; an open end of the range is no limit.
    qb.whereRaw(
      `(g.min_amount is not null or g.max_amount is not null)
        and (g.min_amount is null or g.min_amount <= ?) and (g.max_amount is null or g.max_amount >= ?)`,
      [filter.amount, filter.amount],
    );
  }
  if (filter.regionCode)
    whereCoverageServes(ctx, qb, 'program_coverage', 'program_id', 'g.id', filter.regionCode);
  return qb;
}

/** Active programs with filters, by name. */
export function listPrograms(
  ctx: Context,
  filter: ProgramListFilter,
  args: PageArgs,
  extras: PageExtras = {},
): Promise<ConnectionShape<Program>> {
  return rootList(ctx, PROGRAMS, {
    name: 'programs',
    ordering: BY_NAME,
    args,
    ...extras,
    where: (rows) => applyFilter(ctx, rows, filter),
  });
}

/**
 * A partner's programs, by name: active ones unless `statuses` asks for others (drafts only for the
 * partner's own staff); batched across partners.
 */
export function programsOfPartner(
  ctx: Context,
  partnerId: number,
  args: PageArgs & { statuses?: ProgramStatus[] | null },
): Promise<ConnectionShape<Program>> {
  const statuses = args.statuses?.length ? [...new Set(args.statuses)] : [ProgramStatus.ACTIVE];
  const draftOwners = partnersWithPrivateAccess(ctx);
  const { statuses: _statuses, ...pageArgs } = args;
  return nestedList(
    ctx,
    PROGRAMS,
    {
      name: 'partner.programs',
      ordering: BY_NAME,
      args: pageArgs,
      filterKey: statuses.join(','),
      parentSql: 'g.partner_id',
      where: (rows, partnerIds) =>
        whereStatusVisible(
          rows.whereIn('g.partner_id', partnerIds),
          { status: 'g.status', owner: 'g.partner_id' },
          {
            asked: statuses,
            publicStatuses: PUBLIC_PROGRAM_STATUSES,
            draft: ProgramStatus.DRAFT,
            draftOwners,
          },
        ),
    },
    partnerId,
  );
}

/** Batched region codes a program is open to. */
export function coverageCodesOfProgram(ctx: Context, programId: number): Promise<string[]> {
  return loadMany(ctx, 'coverageCodesOfProgram', programId, {
    fetch: (ids): Promise<{ program_id: number; region_code: string }[]> =>
      ctx
        .knex('program_coverage as gc')
        .select('gc.program_id', 'gc.region_code')
        .whereIn('gc.program_id', ids)
        .orderBy('gc.region_code'),
    keyOf: (row) => row.program_id,
    toNode: (row) => row.region_code,
  });
}
