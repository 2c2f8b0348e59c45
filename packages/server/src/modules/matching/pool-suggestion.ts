import { QuantityUnit } from '../commodity/commodity';
import { VerificationLevel } from '../../shared/verification';
import { enclosingRegionCodes } from '../region/region-scope';

/**
 * Suggested pools: the fewest nearby cooperatives whose published supply of a commodity reaches
 * what one buyer wants a month, when no single cooperative is big enough. Pure functions of the
 * candidates the statement in pool.reads.ts gives, so each rule is tested without a database.
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
  /** The offering's monthly quantity, already in the request's unit. */
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

/** How far the suggestion looks: the province of the delivery region, never across provinces. */
export function proximityOf(villageCode: string, deliveryRegionCode: string): PoolProximity | null {
  if (villageCode === deliveryRegionCode || villageCode.startsWith(`${deliveryRegionCode}.`)) {
    return PoolProximity.IN_DELIVERY_REGION;
  }
  const [province, regency] = [...enclosingRegionCodes(deliveryRegionCode), deliveryRegionCode];
  if (regency && villageCode.startsWith(`${regency}.`)) return PoolProximity.SAME_REGENCY;
  if (villageCode.startsWith(`${province}.`)) return PoolProximity.SAME_PROVINCE;
  return null;
}

const PROXIMITY_ORDER = Object.values(PoolProximity);
const VERIFIED: readonly VerificationLevel[] = [
  VerificationLevel.DOCUMENTS_VERIFIED,
  VerificationLevel.GOVERNMENT_VERIFIED,
];
const LEVEL_ORDER = Object.values(VerificationLevel);

/** Quantities a unit converts into: only mass in kilograms and tonnes. */
const FACTORS: Partial<Record<QuantityUnit, { family: string; factor: number }>> = {
  [QuantityUnit.KG]: { family: 'mass', factor: 1 },
  [QuantityUnit.TON]: { family: 'mass', factor: 1000 },
};

/** `quantity` of `from` in `to`, or null when the units do not convert (tonnes and trays). */
export function convertQuantity(quantity: number, from: QuantityUnit, to: QuantityUnit): number | null {
  if (from === to) return quantity;
  const a = FACTORS[from];
  const b = FACTORS[to];
  if (!a || !b || a.family !== b.family) return null;
  return (quantity * a.factor) / b.factor;
}

/** The units whose quantities convert into `unit` (itself included). */
export function unitsConvertibleTo(unit: QuantityUnit): QuantityUnit[] {
  return Object.values(QuantityUnit).filter((candidate) => convertQuantity(1, candidate, unit) !== null);
}

type Rank = (a: PoolMember, b: PoolMember) => number;

const nearer: Rank = (a, b) => PROXIMITY_ORDER.indexOf(a.proximity) - PROXIMITY_ORDER.indexOf(b.proximity);
const larger: Rank = (a, b) => b.quantity - a.quantity || a.cooperativeId - b.cooperativeId;
const betterVerified: Rank = (a, b) =>
  Number(VERIFIED.includes(b.verificationLevel)) - Number(VERIFIED.includes(a.verificationLevel)) ||
  LEVEL_ORDER.indexOf(b.verificationLevel) - LEVEL_ORDER.indexOf(a.verificationLevel);
const quicker: Rank = (a, b) =>
  (a.medianSeconds ?? Number.POSITIVE_INFINITY) - (b.medianSeconds ?? Number.POSITIVE_INFINITY);

const ORDERS: Record<PoolBasis, Rank[]> = {
  [PoolBasis.NEAREST]: [nearer, larger],
  [PoolBasis.BEST_VERIFIED]: [betterVerified, nearer, larger],
  [PoolBasis.MOST_RESPONSIVE]: [quicker, nearer, larger],
};

/**
 * The fewest members, taken in the basis's order, that reach the target; one per cooperative
 * (its largest offering). Within the nearest rings first: the pool widens from the delivery region
 * to its regency and then its province only when the nearer ring cannot reach the target. Null
 * when the whole province cannot.
 */
function poolFor(basis: PoolBasis, members: PoolMember[], target: number): SuggestedPool | null {
  for (let ring = 0; ring < PROXIMITY_ORDER.length; ring += 1) {
    const within = members.filter((member) => PROXIMITY_ORDER.indexOf(member.proximity) <= ring);
    if (within.reduce((sum, member) => sum + member.quantity, 0) < target) continue;
    // Reaching a sum with the fewest items: the largest first is optimal, so count with that order,
    // then fill that many places in the basis's order while the target stays within reach.
    const fewest = countToReach([...within].sort(larger), target);
    const ordered = [...within].sort((a, b) => ORDERS[basis].reduce((d, rank) => d || rank(a, b), 0));
    const chosen = pickInOrder(ordered, target, fewest);
    const total = chosen.reduce((sum, member) => sum + member.quantity, 0);
    return {
      basis,
      target,
      total,
      members: chosen.map((member) => ({
        ...member,
        sharePercent: Math.round((member.quantity / target) * 100),
      })),
    };
  }
  return null;
}

function countToReach(sortedLargestFirst: PoolMember[], target: number): number {
  let sum = 0;
  for (let index = 0; index < sortedLargestFirst.length; index += 1) {
    sum += sortedLargestFirst[index].quantity;
    if (sum >= target) return index + 1;
  }
  return sortedLargestFirst.length;
}

/**
 * `count` members taken in `ordered` order, skipping one whenever taking it would put the target
 * out of reach of the largest members after it for the places left. Skipping never does: a member
 * that cannot be taken is not among the largest that can still finish the pool.
 */
function pickInOrder(ordered: PoolMember[], target: number, count: number): PoolMember[] {
  const chosen: PoolMember[] = [];
  let sum = 0;
  for (let index = 0; index < ordered.length && chosen.length < count; index += 1) {
    const member = ordered[index];
    const placesLeft = count - chosen.length - 1;
    const rest = ordered
      .slice(index + 1)
      .map((other) => other.quantity)
      .sort((a, b) => b - a)
      .slice(0, placesLeft)
      .reduce((total, quantity) => total + quantity, 0);
    if (sum + member.quantity + rest < target) continue;
    chosen.push(member);
    sum += member.quantity;
  }
  return chosen;
}

/**
 * Up to three pools for a buyer's monthly target, one per basis, without repeats: when a basis
 * gives the same members as an earlier one, it is left out.
 */
export function suggestPools(
  candidates: readonly PoolCandidate[],
  deliveryRegionCode: string,
  target: number,
): SuggestedPool[] {
  // One per cooperative: its largest offering of the commodity.
  const best = new Map<number, PoolMember>();
  for (const candidate of candidates) {
    const proximity = proximityOf(candidate.villageCode, deliveryRegionCode);
    if (proximity === null || candidate.quantity <= 0) continue;
    const known = best.get(candidate.cooperativeId);
    if (!known || candidate.quantity > known.quantity) {
      best.set(candidate.cooperativeId, { ...candidate, proximity, sharePercent: 0 });
    }
  }
  const members = [...best.values()];
  const pools: SuggestedPool[] = [];
  const seen = new Set<string>();
  for (const basis of Object.values(PoolBasis)) {
    const pool = poolFor(basis, members, target);
    if (!pool) continue;
    const key = pool.members
      .map((member) => member.cooperativeId)
      .sort((a, b) => a - b)
      .join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    pools.push(pool);
  }
  return pools;
}
