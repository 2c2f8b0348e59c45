import type { Context } from '../../request-context';
import { toMoney } from '../../shared/money';
import { CooperativeStage } from '../cooperative/cooperative.entity';
import { ProposalStatus } from '../proposal/proposal.entity';
import { ProposalMonth, ProposalStatusCount } from '../proposal/proposal.type';
import { FUNNEL_MONTHS, lastMonths } from '../proposal/proposal.funnel';
import { Region, type RegionRow } from '../region/region.type';
import {
  CooperativeFigures,
  DinasDashboard,
  PlatformFigures,
  RegionProposalBreakdown,
  RegionStageBreakdown,
  StageCount,
} from './dashboard.type';

/**
 * The Dinas dashboard, the public cooperative figures and the platform's figures. They read the
 * aggregates that triggers keep (cooperative_stage_count per province, regency and district;
 * proposal_status_count per regency, migration 20261204171500), so a request costs the same
 * few index lookups for the nation as for a regency: one statement for the cooperatives by
 * sub-region and stage, one for the proposals by sub-region and status with the financing volume.
 * The monthly trend, read only when asked, counts a year of the proposals' events.
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
  area: string;
  status: ProposalStatus;
  n: number;
  financing_deals: number;
  financing_volume: string;
}

function stageCounts(counts: Map<CooperativeStage, number>): StageCount[] {
  return STAGES.map((stage) => Object.assign(new StageCount(), { stage, count: counts.get(stage) ?? 0 }));
}

/** A statement and its bindings, for knex's `raw`. */
export interface Statement {
  sql: string;
  bindings: string[];
}

/**
 * Cooperatives per stage in each direct sub-region of the nation (null: its provinces), of a
 * province (its regencies) or of a regency (its districts), from the counters, never from
 * `cooperative`. Exported for the plan-shape test.
 */
export function breakdownStatement(regionCode: string | null): Statement {
  return {
    sql: `select r.code, r.level, r.name, r.parent_code, r.village_kind, s.stage, s.cooperatives as n
            from region r
            left join cooperative_stage_count s on s.region_code = r.code
           where ${regionCode === null ? "r.level = 'PROVINCE'" : 'r.parent_code = ?'}
           order by r.code`,
    bindings: regionCode === null ? [] : [regionCode],
  };
}

/** The counters' rows inside `regionCode` (null: everywhere): a province's by its prefix. */
function countersWhere(regionCode: string | null): [string, string[]] {
  if (regionCode === null) return ['true', []];
  return regionCode.length === 2
    ? ['regency_code like ?', [`${regionCode}.%`]]
    : ['regency_code = ?', [regionCode]];
}

/**
 * Submitted proposals by sub-region (`area`: the province of each counter for the nation, the
 * regency for a province or a regency) and status, with the accepted financing, for cooperatives
 * inside `regionCode` (everywhere when null): at most 514 regencies × 9 statuses of counters (a
 * province's by the prefix "61.", which the counters' "C" collation lets the primary key serve).
 * Exported for the plan-shape test.
 */
export function proposalCountersStatement(regionCode: string | null): Statement {
  const [where, bindings] = countersWhere(regionCode);
  return {
    sql: `select ${regionCode === null ? 'left(regency_code, 2)' : 'regency_code'} as area,
                 status,
                 sum(proposals)::int as n,
                 sum(financing_deals)::int as financing_deals,
                 sum(financing_volume)::text as financing_volume
            from proposal_status_count
           where ${where}
           group by 1, 2`,
    bindings,
  };
}

/**
 * Proposals sent and accepted per month (WIB) with cooperatives inside `regionCode` (everywhere
 * when null), from the first of the FUNNEL_MONTHS months up to `now`: from the proposals' events
 * (a year of them), not from the counters, so it is read only when asked (DinasDashboard.trend).
 */
export function proposalTrendStatement(regionCode: string | null, now: Date): Statement {
  return {
    sql: `select to_char(date_trunc('month', e.created_at at time zone 'Asia/Pontianak'), 'YYYY-MM') as month,
                 count(*) filter (where e.to_status = 'SUBMITTED')::int as submitted,
                 count(*) filter (where e.to_status = 'ACCEPTED')::int as accepted
            from proposal_event e
            join proposal p on p.id = e.proposal_id
            join cooperative c on c.id = p.cooperative_id
           where e.to_status in ('SUBMITTED', 'ACCEPTED')
             and e.created_at >= (?::date::timestamp at time zone 'Asia/Pontianak')
             ${regionCode === null ? '' : 'and starts_with(c.village_code, ?)'}
           group by 1`,
    bindings: [`${lastMonths(now, FUNNEL_MONTHS)[0]}-01`, ...(regionCode === null ? [] : [`${regionCode}.`])],
  };
}

/** Cooperatives per stage in each direct sub-region, sub-regions without cooperatives included. One statement. */
async function cooperativesByArea(ctx: Context, region: Region | null): Promise<RegionStageBreakdown[]> {
  const { sql, bindings } = breakdownStatement(region?.code ?? null);
  const result = await ctx.knex.raw(sql, bindings);
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

/** Submitted proposals by sub-region and status with the accepted financing inside `regionCode` (null: everywhere). One statement. */
async function proposalsByStatus(ctx: Context, regionCode: string | null): Promise<ProposalRow[]> {
  const { sql, bindings } = proposalCountersStatement(regionCode);
  return (await ctx.knex.raw(sql, bindings)).rows as ProposalRow[];
}

/** Proposals sent and accepted per month (WIB) inside `regionCode` (null: everywhere), oldest first. One statement. */
export async function proposalTrend(
  ctx: Context,
  regionCode: string | null,
  now = new Date(),
): Promise<ProposalMonth[]> {
  const { sql, bindings } = proposalTrendStatement(regionCode, now);
  const rows = (await ctx.knex.raw(sql, bindings)).rows as {
    month: string;
    submitted: number;
    accepted: number;
  }[];
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return lastMonths(now, FUNNEL_MONTHS).map((month) =>
    Object.assign(new ProposalMonth(), {
      month,
      submitted: byMonth.get(month)?.submitted ?? 0,
      accepted: byMonth.get(month)?.accepted ?? 0,
    }),
  );
}

/**
 * The proposal figures of each sub-region of `breakdown` (its regions, in its order) from the
 * counters' rows: provinces of the nation, regencies of a province; none for a regency (the
 * counters stop at regencies).
 */
function proposalsByArea(
  region: Region | null,
  breakdown: RegionStageBreakdown[],
  rows: ProposalRow[],
): RegionProposalBreakdown[] {
  if (region !== null && region.code.length !== 2) return [];
  return breakdown.map(({ region: area }) => {
    const own = rows.filter((row) => row.area === area.code);
    return Object.assign(new RegionProposalBreakdown(), {
      region: area,
      proposals: own.reduce((sum, row) => sum + row.n, 0),
      acceptedProposals: acceptedFigures(own).acceptedProposals,
      financingVolume: acceptedFigures(own).financingVolume,
    });
  });
}

/** Adds decimal strings exactly (amounts are numeric; JavaScript numbers would round them). */
function addDecimals(values: string[]): string {
  let cents = 0n;
  for (const value of values) {
    const negative = value.startsWith('-');
    const [whole, fraction = ''] = value.replace(/^-/, '').split('.');
    const amount = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
    cents += negative ? -amount : amount;
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

function totalsByStage(breakdown: RegionStageBreakdown[]): StageCount[] {
  const byStage = new Map<CooperativeStage, number>();
  for (const area of breakdown) {
    for (const { stage, count } of area.byStage) byStage.set(stage, (byStage.get(stage) ?? 0) + count);
  }
  return stageCounts(byStage);
}

/**
 * The dashboard of a province or regency, or of the whole of Indonesia (null), whose access the
 * resolver has checked.
 */
export async function dinasDashboard(ctx: Context, region: Region | null): Promise<DinasDashboard> {
  const [breakdown, proposalRows] = await Promise.all([
    cooperativesByArea(ctx, region),
    proposalsByStatus(ctx, region?.code ?? null),
  ]);
  return dashboardOf(region, breakdown, proposalRows, proposalsByArea(region, breakdown, proposalRows));
}

function dashboardOf(
  region: Region | null,
  breakdown: RegionStageBreakdown[],
  proposalRows: ProposalRow[],
  proposalBreakdown: RegionProposalBreakdown[],
): DinasDashboard {
  const byStatus = new Map<ProposalStatus, number>();
  for (const row of proposalRows) byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + row.n);
  return Object.assign(new DinasDashboard(), {
    region,
    cooperatives: breakdown.reduce((sum, area) => sum + area.total, 0),
    byStage: totalsByStage(breakdown),
    breakdown,
    proposals: proposalRows.reduce((sum, row) => sum + row.n, 0),
    proposalsByStatus: SUBMITTED_STATUSES.map((status) =>
      Object.assign(new ProposalStatusCount(), { status, count: byStatus.get(status) ?? 0 }),
    ),
    ...acceptedFigures(proposalRows),
    proposalBreakdown,
  });
}

/**
 * The dashboard of the whole of Indonesia for a viewer who oversees every province (the ministry,
 * as Dinas of each), or null when some province is outside `mayOpen`: then the breakdown statement
 * was spent on learning so, and the caller shows the viewer's own region instead.
 */
export async function nationalDashboardIfCovered(
  ctx: Context,
  mayOpen: (regionCode: string) => boolean,
): Promise<DinasDashboard | null> {
  const breakdown = await cooperativesByArea(ctx, null);
  if (breakdown.length === 0 || !breakdown.every((area) => mayOpen(area.region.code))) return null;
  const proposalRows = await proposalsByStatus(ctx, null);
  return dashboardOf(null, breakdown, proposalRows, proposalsByArea(null, breakdown, proposalRows));
}

/** Public cooperative figures of the nation (null), a province or a regency, by sub-region. One statement. */
export async function cooperativeFigures(ctx: Context, region: Region | null): Promise<CooperativeFigures> {
  const breakdown = await cooperativesByArea(ctx, region);
  return Object.assign(new CooperativeFigures(), {
    region,
    cooperatives: breakdown.reduce((sum, area) => sum + area.total, 0),
    byStage: totalsByStage(breakdown),
    breakdown,
  });
}

/** The platform's public figures: accepted proposals and the financing they carry. One statement. */
export async function platformFigures(ctx: Context): Promise<PlatformFigures> {
  return Object.assign(new PlatformFigures(), acceptedFigures(await proposalsByStatus(ctx, null)));
}
