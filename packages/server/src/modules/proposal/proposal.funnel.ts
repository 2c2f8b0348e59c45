import type { Context } from '../../request-context';
import { dinasCoversSql, type DinasScoped } from '../region/region-scope';
import { ProposalStatus } from './proposal.entity';
import { ProposalFunnel, ProposalFunnelStep, ProposalMonth } from './proposal.type';

/** The funnel's steps, in the order a proposal goes through them. */
export const FUNNEL_STEPS = [
  ProposalStatus.SUBMITTED,
  ProposalStatus.UNDER_REVIEW,
  ProposalStatus.NEGOTIATING,
  ProposalStatus.ACCEPTED,
  ProposalStatus.COMPLETED,
] as const;

/** How a proposal ends without going further. */
const DROPPED = [
  ProposalStatus.DECLINED,
  ProposalStatus.WITHDRAWN,
  ProposalStatus.EXPIRED,
  ProposalStatus.CANCELLED,
];

/** Months in the funnel's volume table. */
export const FUNNEL_MONTHS = 12;

const STEP_RANK = `case e.to_status ${FUNNEL_STEPS.map((step, index) => `when '${step}' then ${index + 1}`).join(' ')} end`;

interface FunnelRow {
  partner_id: number;
  reached: number[];
  dropped: number[];
  decided: string;
  median_seconds: number | null;
}

/**
 * Partners' funnels over their sent proposals (drafts never sent are not in them), in two
 * statements for any number of partners: the furthest step each proposal reached (from its events,
 * so a proposal accepted straight from SUBMITTED counts as having passed review and negotiation
 * too), where the ones that ended stopped, and the median time from sending to a decision; then
 * proposals sent and accepted per month (WIB) over the last FUNNEL_MONTHS months. `dinas` narrows
 * both to cooperatives of that viewer's regions.
 */
export async function partnerFunnels(
  ctx: Context,
  partnerIds: readonly number[],
  dinas: DinasScoped | null,
  now: Date = new Date(),
): Promise<ProposalFunnel[]> {
  const covered = dinas ? dinasCoversSql(dinas, 'c.village_code') : null;
  const scope = covered ? `join cooperative c on c.id = p.cooperative_id and ${covered.sql}` : '';
  const scopeBindings = covered ? covered.bindings : [];
  const steps = FUNNEL_STEPS.map((_, index) => index + 1);
  const { rows } = (await ctx.knex.raw(
    `with sent as (
       select p.partner_id, p.status, p.submitted_at,
         (select max(${STEP_RANK}) from proposal_event e where e.proposal_id = p.id) as furthest,
         (select min(e.created_at) from proposal_event e
           where e.proposal_id = p.id and e.to_status in ('ACCEPTED', 'DECLINED')) as decided_at
       from proposal p ${scope}
       where p.partner_id = any(?) and p.submitted_at is not null
     )
     select partner_id,
       array[${steps.map((rank) => `count(*) filter (where furthest >= ${rank})`).join(', ')}]::int[] as reached,
       array[${steps.map((rank) => `count(*) filter (where furthest = ${rank} and status = any(?))`).join(', ')}]::int[] as dropped,
       count(decided_at) as decided,
       percentile_cont(0.5) within group (order by extract(epoch from decided_at - submitted_at))
         filter (where decided_at is not null) as median_seconds
     from sent group by partner_id`,
    [...scopeBindings, [...partnerIds], ...steps.map(() => DROPPED)],
  )) as { rows: FunnelRow[] };
  const { rows: months } = (await ctx.knex.raw(
    `select p.partner_id, to_char(date_trunc('month', e.created_at at time zone 'Asia/Pontianak'), 'YYYY-MM') as month,
       count(*) filter (where e.to_status = 'SUBMITTED') as submitted,
       count(*) filter (where e.to_status = 'ACCEPTED') as accepted
     from proposal_event e join proposal p on p.id = e.proposal_id ${scope}
     where p.partner_id = any(?) and e.to_status in ('SUBMITTED', 'ACCEPTED')
       and e.created_at >= (date_trunc('month', ?::timestamptz at time zone 'Asia/Pontianak')
         - interval '${FUNNEL_MONTHS - 1} months') at time zone 'Asia/Pontianak'
     group by 1, 2`,
    [...scopeBindings, [...partnerIds], now.toISOString()],
  )) as { rows: { partner_id: number; month: string; submitted: string; accepted: string }[] };

  const monthsShown = lastMonths(now, FUNNEL_MONTHS);
  return partnerIds.map((partnerId) => {
    const row = rows.find((candidate) => candidate.partner_id === partnerId);
    const counted = new Map(
      months.filter((month) => month.partner_id === partnerId).map((month) => [month.month, month]),
    );
    return Object.assign(new ProposalFunnel(), {
      steps: FUNNEL_STEPS.map((status, index) =>
        Object.assign(new ProposalFunnelStep(), {
          status,
          reached: row?.reached[index] ?? 0,
          droppedOut: row?.dropped[index] ?? 0,
        }),
      ),
      decided: Number(row?.decided ?? 0),
      medianDaysToDecision:
        row?.median_seconds == null ? null : Math.round((Number(row.median_seconds) / 86_400) * 10) / 10,
      byMonth: monthsShown.map((month) =>
        Object.assign(new ProposalMonth(), {
          month,
          submitted: Number(counted.get(month)?.submitted ?? 0),
          accepted: Number(counted.get(month)?.accepted ?? 0),
        }),
      ),
    });
  });
}

/**
 * A partner's funnel, batched over the request: for its staff and admins; Dinas sees the one of its
 * proposals with cooperatives of its regions. Null for anyone else (as the pipeline).
 */
export async function partnerFunnelFor(ctx: Context, partnerId: number): Promise<ProposalFunnel | null> {
  const viewer = ctx.viewer;
  if (!viewer) return null;
  if (viewer.isAdmin || viewer.isStaffOf(partnerId)) {
    return ctx.loaders
      .get<number, ProposalFunnel>('partnerFunnel', (ids) => partnerFunnels(ctx, ids, null))
      .load(partnerId);
  }
  if (viewer.dinasRegionCodes().length === 0) return null;
  return ctx.loaders
    .get<number, ProposalFunnel>('partnerFunnel:dinas', (ids) => partnerFunnels(ctx, ids, viewer))
    .load(partnerId);
}

/** The last `count` months up to `now`'s (WIB, UTC+7), oldest first, as "YYYY-MM". */
export function lastMonths(now: Date, count: number): string[] {
  const wib = new Date(now.getTime() + 7 * 3_600_000);
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const month = new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth() - back, 1));
    months.push(month.toISOString().slice(0, 7));
  }
  return months;
}
