import type { Context } from '../../request-context';
import type { Commodity, QuantityUnit } from '../commodity/commodity';
import { OfferingKind, OfferingStatus } from '../offering/offering.entity';
import { provinceOf } from '../region/region-scope';
import type { VerificationLevel } from '../../shared/verification';
import { convertQuantity, unitsConvertibleTo } from '../commodity/commodity';
import type { PoolCandidate } from './pool-suggestion';

interface CandidateRow {
  id: number;
  cooperative_id: number;
  village_code: string;
  quantity_per_month: string;
  quantity_unit: QuantityUnit;
  verification_level: VerificationLevel;
  responses: number | null;
  median_seconds: string | null;
}

/**
 * The published supply offerings of a commodity, still valid, by cooperatives of the delivery
 * region's province, with their monthly quantity in the request's unit and the figures the ranking
 * uses (verification, responsiveness from the match facts). One statement.
 */
export async function poolCandidates(
  ctx: Context,
  request: { commodity: Commodity; quantityUnit: QuantityUnit; deliveryRegionCode: string },
): Promise<PoolCandidate[]> {
  const province = provinceOf(request.deliveryRegionCode);
  if (province === null) return [];
  const rows = (await ctx
    .knex('offering as o')
    .join('cooperative as c', 'c.id', 'o.cooperative_id')
    .leftJoin('cooperative_match_fact as f', 'f.cooperative_id', 'o.cooperative_id')
    .where('o.status', OfferingStatus.PUBLISHED)
    .where('o.kind', OfferingKind.SUPPLY)
    .where('o.commodity', request.commodity)
    .whereIn('o.quantity_unit', unitsConvertibleTo(request.quantityUnit))
    .where('o.quantity_per_month', '>', 0)
    .where((valid) => valid.whereNull('o.valid_until').orWhere('o.valid_until', '>', ctx.knex.raw('now()')))
    .where('c.village_code', 'like', `${province}.%`)
    .select(
      'o.id',
      'o.cooperative_id',
      'c.village_code',
      'o.quantity_per_month',
      'o.quantity_unit',
      'c.verification_level',
      'f.responses',
      'f.median_seconds',
    )) as CandidateRow[];
  return rows.map((row) => ({
    offeringId: row.id,
    cooperativeId: row.cooperative_id,
    villageCode: row.village_code,
    quantity: convertQuantity(Number(row.quantity_per_month), row.quantity_unit, request.quantityUnit)!,
    verificationLevel: row.verification_level,
    responses: row.responses ?? 0,
    medianSeconds: row.median_seconds === null ? null : Number(row.median_seconds),
  }));
}
