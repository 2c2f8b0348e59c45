import { parseMoneyInput } from '@/lib/decimal-input';

/*
 * The arithmetic of a pooled offer's shares, on the API's exact decimal strings. Quantities carry
 * at most two fraction digits (the API's Decimal), so they are added as whole hundredths in
 * BigInt: 0.1 + 0.2 tons stays 0.3, and a total of 480 never reads 479.99999.
 */

const HUNDREDTHS_PATTERN = /^(\d+)(?:\.(\d{1,2}))?$/;

/** "380000.5" → 38000050n; null when it is not a non-negative decimal with at most two digits. */
export function toHundredths(value: string): bigint | null {
  const match = HUNDREDTHS_PATTERN.exec(value.trim());
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** 38000050n → "380000.5": the API's decimal string, without trailing zeros. */
export function fromHundredths(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const absolute = value < 0n ? -value : value;
  const whole = absolute / 100n;
  const fraction = (absolute % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Each member's share to start from: what its offering supplies a month, except that the last
 * member takes only what is still missing of the target (a suggested pool is the fewest members
 * that reach it, so only the last one has more than the pool needs). When the others already reach
 * the target, the last one keeps its whole quantity: a member with a share of nothing is no member.
 */
export function defaultShares(monthlyQuantities: readonly string[], target: string): string[] {
  const wanted = toHundredths(target);
  if (wanted === null || monthlyQuantities.length === 0) return [...monthlyQuantities];
  const last = monthlyQuantities.length - 1;
  const others = monthlyQuantities
    .slice(0, last)
    .reduce((sum, quantity) => sum + (toHundredths(quantity) ?? 0n), 0n);
  const own = toHundredths(monthlyQuantities[last]);
  const missing = wanted - others;
  if (own === null || missing <= 0n || missing >= own) return [...monthlyQuantities];
  return [...monthlyQuantities.slice(0, last), fromHundredths(missing)];
}

/** One member's row as the form holds it: included or not, and the share as typed. */
export interface ShareDraft {
  included: boolean;
  /** What the person typed ("1.500", "2,5"); read with parseMoneyInput. */
  typed: string;
}

/** A typed share as the API's decimal string; null when empty, unreadable or not above zero. */
export function readShare(typed: string): string | null {
  const parsed = parseMoneyInput(typed);
  if (!parsed.ok || parsed.value === null) return null;
  const hundredths = toHundredths(parsed.value);
  return hundredths !== null && hundredths > 0n ? parsed.value : null;
}

/** The running total of the included shares against the target. */
export interface ShareTally {
  /** The readable included shares, added up. */
  total: string;
  /** What is still missing of the target (0 once reached). */
  missing: string;
  /** What the shares add beyond the target (0 when they do not reach it). */
  surplus: string;
  reached: boolean;
  /** How many members are included. */
  included: number;
  /** Indexes of included rows whose share cannot be read (empty, zero, not a number). */
  unreadable: number[];
}

export function tallyShares(rows: readonly ShareDraft[], target: string): ShareTally {
  let total = 0n;
  let included = 0;
  const unreadable: number[] = [];
  rows.forEach((row, index) => {
    if (!row.included) return;
    included += 1;
    const share = readShare(row.typed);
    if (share === null) unreadable.push(index);
    else total += toHundredths(share) ?? 0n;
  });
  const wanted = toHundredths(target) ?? 0n;
  return {
    total: fromHundredths(total),
    missing: fromHundredths(total >= wanted ? 0n : wanted - total),
    surplus: fromHundredths(total > wanted ? total - wanted : 0n),
    reached: total >= wanted,
    included,
    unreadable,
  };
}
