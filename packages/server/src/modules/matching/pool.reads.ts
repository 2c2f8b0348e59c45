import type { Context } from '../../request-context';
import type { Commodity, QuantityUnit } from '../commodity/commodity';
import { OfferingKind, OfferingStatus } from '../offering/offering.entity';
import { provinceOf } from '../region/region-scope';
import type { VerificationLevel } from '../../shared/verification';
import { convertQuantity, unitsConvertibleTo } from '../commodity/commodity';
import { committedPerMonthQuery } from '../proposal/proposal.pool';
import type { PoolCandidate } from './pool-suggestion';

/** Down to the hundredth a share can state, so that the share never asks more than is left. */
const hundredthsBelow = (quantity: number) => Math.floor(quantity * 100 + 1e-6) / 100;

interface CandidateRow {
  id: number;
  cooperative_id: number;
  village_code: string;
  /** Its monthly quantity less what other open or accepted pools promise of it. */
  quantity_left: string;
  quantity_unit: QuantityUnit;
  verification_level: VerificationLevel;
  responses: number | null;
  median_seconds: string | null;
}

/**
 * What a pool is sought for: a commodity, the unit its monthly target is counted in, and the region
 * the pool gathers around (a request's delivery region, or the region named for a program).
 */
export interface PoolAsk {
  commodity: Commodity;
  quantityUnit: QuantityUnit;
  anchorRegionCode: string;
}

/**
 * The published supply offerings of a commodity, still valid, by cooperatives of the anchor
 * region's province, with what they have left a month after the other open or accepted pools
 * (as POOL_MEMBER_OVER_CAPACITY counts it) in the asked unit, and the figures the ranking
 * uses (verification, responsiveness from the match facts). An offering with nothing left is no
 * candidate. One statement.
 */
export async function poolCandidates(ctx: Context, request: PoolAsk): Promise<PoolCandidate[]> {
  const province = provinceOf(request.anchorRegionCode);
  if (province === null) return [];
  const rows = (await ctx
    .knex('offering as o')
    .join('cooperative as c', 'c.id', 'o.cooperative_id')
    .leftJoin('cooperative_match_fact as f', 'f.cooperative_id', 'o.cooperative_id')
    .leftJoin(
      committedPerMonthQuery(ctx.knex, { commodity: request.commodity }).as('k'),
      'k.offering_id',
      'o.id',
    )
    .where('o.status', OfferingStatus.PUBLISHED)
    .where('o.kind', OfferingKind.SUPPLY)
    .where('o.commodity', request.commodity)
    .whereIn('o.quantity_unit', unitsConvertibleTo(request.quantityUnit))
    // Offerings with nothing left are dropped below, not here: a filter on the joined sum hides the
    // row count from the planner, which then loops over cooperatives (2× slower at national size).
    .where('o.quantity_per_month', '>', 0)
    .where((valid) => valid.whereNull('o.valid_until').orWhere('o.valid_until', '>', ctx.knex.raw('now()')))
    .where('c.village_code', 'like', `${province}.%`)
    .select(
      'o.id',
      'o.cooperative_id',
      'c.village_code',
      ctx.knex.raw('o.quantity_per_month - coalesce(k.committed, 0) as quantity_left'),
      'o.quantity_unit',
      'c.verification_level',
      'f.responses',
      'f.median_seconds',
    )) as CandidateRow[];
  return rows
    .map((row) => ({
      offeringId: row.id,
      cooperativeId: row.cooperative_id,
      villageCode: row.village_code,
      quantity: hundredthsBelow(
        convertQuantity(Number(row.quantity_left), row.quantity_unit, request.quantityUnit)!,
      ),
      verificationLevel: row.verification_level,
      responses: row.responses ?? 0,
      medianSeconds: row.median_seconds === null ? null : Number(row.median_seconds),
    }))
    .filter((candidate) => candidate.quantity > 0);
}
