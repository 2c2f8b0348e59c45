import { VerificationLevel } from '../../shared/verification';
import { provinceOf, regencyOf } from '../region/region-scope';

/**
 * Suggested pools: the fewest nearby cooperatives whose published supply of a commodity, less what
 * other pools already promise of it, reaches what one buyer wants a month (a request's quantity,
 * or an offtake program's minimum volume) when no single cooperative is big enough, gathered
 * around an anchor region (where a request wants delivery, or the region named for a program).
 * Pure functions of the candidates the statement in pool.reads.ts gives, so each rule is tested
 * without a database.
 */

/** How close a cooperative is to where the buyer wants delivery. */
export enum PoolProximity {
  /** Its village lies in the delivery region itself (the district or regency asked for). */
  IN_DELIVERY_REGION = 'IN_DELIVERY_REGION',
  /** In the same regency as the delivery region, outside it. */
  SAME_REGENCY = 'SAME_REGENCY',
  /** In the same province only. */
  SAME_PROVINCE = 'SAME_PROVINCE',
}

/** What a suggestion puts first, after reaching the quantity with as few members as it can. */
export enum PoolBasis {
  /** The nearest members, largest first: the fewest members, the shortest trips. */
  NEAREST = 'NEAREST',
  /** Verified members first (documents or government), then the nearest. */
  BEST_VERIFIED = 'BEST_VERIFIED',
  /** The members quickest to answer proposals first, then the nearest. */
  MOST_RESPONSIVE = 'MOST_RESPONSIVE',
}

export interface PoolCandidate {
  offeringId: number;
  cooperativeId: number;
  villageCode: string;
  /** What the offering has left a month after other pools, already in the unit of the target. */
  quantity: number;
  verificationLevel: VerificationLevel;
  responses: number;
  medianSeconds: number | null;
}

export interface PoolMember extends PoolCandidate {
  proximity: PoolProximity;
  /** Its part of the target, in percent (rounded). */
  sharePercent: number;
}

export interface SuggestedPool {
  basis: PoolBasis;
  target: number;
  total: number;
  members: PoolMember[];
}

/** How far the suggestion looks: the province of the anchor (delivery) region, never across provinces. */
export function proximityOf(villageCode: string, anchorRegionCode: string): PoolProximity | null {
  if (villageCode === anchorRegionCode || villageCode.startsWith(`${anchorRegionCode}.`)) {
    return PoolProximity.IN_DELIVERY_REGION;
  }
  const regency = regencyOf(anchorRegionCode);
  if (regency !== null && villageCode.startsWith(`${regency}.`)) return PoolProximity.SAME_REGENCY;
  const province = provinceOf(anchorRegionCode);
  if (province !== null && villageCode.startsWith(`${province}.`)) return PoolProximity.SAME_PROVINCE;
  return null;
}

/** A member with the figures the orders compare, as numbers (a province has thousands). */
interface Ranked extends PoolMember {
  /** 0: in the delivery region, 1: its regency, 2: its province. */
  ring: number;
  /** 0: verified by documents or government; 1: not. */
  unverified: number;
  /** Higher is better checked. */
  level: number;
  /** Median seconds to answer; Infinity without answers. */
  slowness: number;
}

const RINGS = Object.values(PoolProximity);
const LEVELS = Object.values(VerificationLevel);
const VERIFIED: readonly VerificationLevel[] = [
  VerificationLevel.DOCUMENTS_VERIFIED,
  VerificationLevel.GOVERNMENT_VERIFIED,
];

type Rank = (a: Ranked, b: Ranked) => number;
const larger: Rank = (a, b) => b.quantity - a.quantity || a.cooperativeId - b.cooperativeId;
const ORDERS: Record<PoolBasis, Rank> = {
  [PoolBasis.NEAREST]: (a, b) => a.ring - b.ring || larger(a, b),
  [PoolBasis.BEST_VERIFIED]: (a, b) =>
    a.unverified - b.unverified || b.level - a.level || a.ring - b.ring || larger(a, b),
  [PoolBasis.MOST_RESPONSIVE]: (a, b) =>
    (a.slowness === b.slowness ? 0 : a.slowness < b.slowness ? -1 : 1) || a.ring - b.ring || larger(a, b),
};

/** How many of these, largest first, it takes to reach the target (all of them if they cannot). */
function countToReach(largestFirst: readonly Ranked[], target: number): number {
  let sum = 0;
  for (let index = 0; index < largestFirst.length; index += 1) {
    sum += largestFirst[index].quantity;
    if (sum >= target) return index + 1;
  }
  return largestFirst.length;
}

/**
 * `count` members taken in `ordered` order, skipping one whenever taking it would put the target
 * out of reach of the largest members after it for the places left. Skipping never does: a member
 * that cannot be taken is not among the largest that can still finish the pool.
 */
function pickInOrder(ordered: readonly Ranked[], target: number, count: number): Ranked[] {
  // The quantities of the members not yet looked at, largest first.
  const ahead = ordered.map((member) => member.quantity).sort((a, b) => b - a);
  const chosen: Ranked[] = [];
  let sum = 0;
  for (const member of ordered) {
    if (chosen.length === count) break;
    ahead.splice(indexInDescending(ahead, member.quantity), 1);
    const placesLeft = count - chosen.length - 1;
    let rest = 0;
    for (let k = 0; k < placesLeft && k < ahead.length; k += 1) rest += ahead[k];
    if (sum + member.quantity + rest < target) continue;
    chosen.push(member);
    sum += member.quantity;
  }
  return chosen;
}

/** Where `value` stands in a list sorted largest first (binary search). */
function indexInDescending(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle] > value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Up to three pools for a buyer's monthly target, one per basis, each the fewest members that
 * reach it (one per cooperative, with its largest offering), taken in the basis's order. The
 * pools stay in the nearest ring that can reach the target: the delivery region, else with its
 * regency, else with its province; none when the province cannot. A basis that finds the same
 * members as an earlier one is left out.
 */
export function suggestPools(
  candidates: readonly PoolCandidate[],
  anchorRegionCode: string,
  target: number,
): SuggestedPool[] {
  const best = new Map<number, Ranked>();
  for (const candidate of candidates) {
    if (candidate.quantity <= 0) continue;
    const known = best.get(candidate.cooperativeId);
    if (known && known.quantity >= candidate.quantity) continue;
    const proximity = proximityOf(candidate.villageCode, anchorRegionCode);
    if (proximity === null) continue;
    // Written out field by field: spreading the candidate here costs V8 ~8 µs a row (20 ms for a
    // province's 2,400 offerings), a plain literal a tenth of that.
    best.set(candidate.cooperativeId, {
      offeringId: candidate.offeringId,
      cooperativeId: candidate.cooperativeId,
      villageCode: candidate.villageCode,
      quantity: candidate.quantity,
      verificationLevel: candidate.verificationLevel,
      responses: candidate.responses,
      medianSeconds: candidate.medianSeconds,
      proximity,
      sharePercent: 0,
      ring: RINGS.indexOf(proximity),
      unverified: VERIFIED.includes(candidate.verificationLevel) ? 0 : 1,
      level: LEVELS.indexOf(candidate.verificationLevel),
      slowness: candidate.medianSeconds ?? Number.POSITIVE_INFINITY,
    });
  }
  const members = [...best.values()];
  let within: Ranked[] | null = null;
  for (let ring = 0; ring < RINGS.length && within === null; ring += 1) {
    const inRing = members.filter((member) => member.ring <= ring);
    if (inRing.reduce((sum, member) => sum + member.quantity, 0) >= target) within = inRing;
  }
  if (within === null) return [];
  // Reaching a sum with the fewest items: the largest first is optimal.
  const fewest = countToReach([...within].sort(larger), target);

  const pools: SuggestedPool[] = [];
  const seen = new Set<string>();
  for (const basis of Object.values(PoolBasis)) {
    const chosen = pickInOrder([...within].sort(ORDERS[basis]), target, fewest);
    const key = chosen
      .map((member) => member.cooperativeId)
      .sort((a, b) => a - b)
      .join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    pools.push({
      basis,
      target,
      total: chosen.reduce((sum, member) => sum + member.quantity, 0),
      members: chosen.map((member) => ({
        offeringId: member.offeringId,
        cooperativeId: member.cooperativeId,
        villageCode: member.villageCode,
        quantity: member.quantity,
        verificationLevel: member.verificationLevel,
        responses: member.responses,
        medianSeconds: member.medianSeconds,
        proximity: member.proximity,
        sharePercent: Math.round((member.quantity / target) * 100),
      })),
    });
  }
  return pools;
}
