import type { Context } from '../../graphql/context';
import { toMoney } from '../../graphql/money';
import { CooperativeStage } from '../cooperative/cooperative.entity';
import { ProposalKind, ProposalStatus } from '../proposal/proposal.entity';
import { ProposalStatusCount } from '../proposal/proposal.type';
import { Region, type RegionRow } from '../region/region.type';
import { withinRegionPattern } from '../region/region.input';
import { DinasDashboard, PlatformFigures, RegionStageBreakdown, StageCount } from './dashboard.type';

/**
 * The Dinas dashboard and the platform's public figures, each computed in SQL with a fixed number
 * of statements whatever the size of the region: one for the cooperatives by sub-region and stage,
 * one for the proposals by status with the financing volume.
 */

const STAGES = Object.values(CooperativeStage);

/** The statuses a submitted proposal can be in, in life-cycle order. */
export const SUBMITTED_STATUSES = Object.values(ProposalStatus).filter(
  (status) => status !== ProposalStatus.DRAFT,
);

/** A proposal counts as accepted from ACCEPTED on, also once carried out. */
export const ACCEPTED_STATUSES = [ProposalStatus.ACCEPTED, ProposalStatus.COMPLETED];

interface BreakdownRow extends RegionRow {
  stage: CooperativeStage | null;
  n: number;
}

interface ProposalRow {
  status: ProposalStatus;
  n: number;
  financing_deals: number;
  financing_volume: string;
}

function stageCounts(counts: Map<CooperativeStage, number>): StageCount[] {
  return STAGES.map((stage) => Object.assign(new StageCount(), { stage, count: counts.get(stage) ?? 0 }));
}

/**
 * Cooperatives per stage in each direct sub-region of `region` (regencies of a province, districts
 * of a regency), sub-regions without cooperatives included. One statement.
 */
async function cooperativesByArea(ctx: Context, region: Region): Promise<RegionStageBreakdown[]> {
  // Every child of a region has a code of the same length ("61.03" → "61.03.05").
  const childCodeLength = region.code.length + 3;
  const result = await ctx.knex.raw(
    `select r.code, r.level, r.name, r.parent_code, r.village_kind, c.stage, count(c.id)::int as n
       from region r
       left join cooperative c
         on left(c.village_code, ?) = r.code and c.village_code like ?
      where r.parent_code = ?
      group by r.code, r.level, r.name, r.parent_code, r.village_kind, c.stage
      order by r.code`,
    [childCodeLength, withinRegionPattern(region.code), region.code],
  );
  const areas = new Map<string, { region: Region; counts: Map<CooperativeStage, number> }>();
  for (const row of result.rows as BreakdownRow[]) {
    let area = areas.get(row.code);
    if (!area) {
      area = { region: Region.fromRow(row), counts: new Map() };
      areas.set(row.code, area);
    }
    if (row.stage) area.counts.set(row.stage, row.n);
  }
  return [...areas.values()].map(({ region: area, counts }) =>
    Object.assign(new RegionStageBreakdown(), {
      region: area,
      total: [...counts.values()].reduce((sum, n) => sum + n, 0),
      byStage: stageCounts(counts),
    }),
  );
}

/**
 * Submitted proposals by status, with the accepted financing (count and the sum of the accepted
 * terms' amounts), for cooperatives inside `regionCode` (everywhere when null). One statement.
 */
async function proposalsByStatus(ctx: Context, regionCode: string | null): Promise<ProposalRow[]> {
  const result = await ctx.knex.raw(
    `select p.status,
            count(*)::int as n,
            count(*) filter (where p.kind = :financing and p.status = any(:accepted))::int as financing_deals,
            coalesce(sum(t.amount) filter (where p.kind = :financing and p.status = any(:accepted)), 0)::text
              as financing_volume
       from proposal p
       ${regionCode === null ? '' : 'join cooperative c on c.id = p.cooperative_id and c.village_code like :pattern'}
       left join proposal_terms t on t.proposal_id = p.id and t.version = p.accepted_terms_version
      where p.submitted_at is not null
      group by p.status`,
    {
      financing: ProposalKind.FINANCING,
      accepted: ACCEPTED_STATUSES,
      ...(regionCode === null ? {} : { pattern: withinRegionPattern(regionCode) }),
    },
  );
  return result.rows as ProposalRow[];
}

/** Adds decimal strings exactly (amounts are numeric(18,2); JavaScript numbers would round them). */
function addDecimals(values: string[]): string {
  let cents = 0n;
  for (const value of values) {
    const [whole, fraction = ''] = value.split('.');
    cents += BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
  }
  const fraction = (cents % 100n).toString().padStart(2, '0');
  return `${cents / 100n}.${fraction}`;
}

function acceptedFigures(rows: ProposalRow[]) {
  return {
    acceptedProposals: rows
      .filter((row) => ACCEPTED_STATUSES.includes(row.status))
      .reduce((sum, row) => sum + row.n, 0),
    acceptedFinancingProposals: rows.reduce((sum, row) => sum + row.financing_deals, 0),
    financingVolume: toMoney(addDecimals(rows.map((row) => row.financing_volume)))!,
  };
}

/** The dashboard of a province or regency (whose access the resolver has checked). */
export async function dinasDashboard(ctx: Context, region: Region): Promise<DinasDashboard> {
  const [breakdown, proposalRows] = await Promise.all([
    cooperativesByArea(ctx, region),
    proposalsByStatus(ctx, region.code),
  ]);
  const byStage = new Map<CooperativeStage, number>();
  for (const area of breakdown) {
    for (const { stage, count } of area.byStage) byStage.set(stage, (byStage.get(stage) ?? 0) + count);
  }
  const byStatus = new Map(proposalRows.map((row) => [row.status, row.n]));
  return Object.assign(new DinasDashboard(), {
    region,
    cooperatives: breakdown.reduce((sum, area) => sum + area.total, 0),
    byStage: stageCounts(byStage),
    breakdown,
    proposals: proposalRows.reduce((sum, row) => sum + row.n, 0),
    proposalsByStatus: SUBMITTED_STATUSES.map((status) =>
      Object.assign(new ProposalStatusCount(), { status, count: byStatus.get(status) ?? 0 }),
    ),
    ...acceptedFigures(proposalRows),
  });
}

/** The platform's public figures: accepted proposals and the financing they carry. One statement. */
export async function platformFigures(ctx: Context): Promise<PlatformFigures> {
  return Object.assign(new PlatformFigures(), acceptedFigures(await proposalsByStatus(ctx, null)));
}

/** The first province on record: an admin's dashboard when no region is asked for. One statement. */
export async function firstProvinceCode(ctx: Context): Promise<string | null> {
  const row = (await ctx
    .knex('region as r')
    .where('r.level', 'PROVINCE')
    .orderBy('r.code')
    .first('r.code')) as { code: string } | undefined;
  return row?.code ?? null;
}
