/**
 * Money is exact: `numeric(18,2)` in PostgreSQL, a decimal string in TypeScript and GraphQL.
 * Nothing here ever turns an amount into a JavaScript number.
 */
export const MONEY_COLUMN = 'numeric(18,2)';
export const CURRENCY = 'IDR';

/** A non-negative decimal with at most two fraction digits, e.g. "3000000000" or "12500.50". */
export const DECIMAL_PATTERN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;

export function isDecimalAmount(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/** Canonical form without a trailing ".00", so that "3000000000.00" and "3000000000" print alike. */
export function normalizeDecimal(value: string): string {
  if (!value.includes('.')) return value;
  // Trailing zeros, then a trailing point, cut by position (list pages normalise hundreds).
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 48) end -= 1;
  if (end > 0 && value[end - 1] === '.') end -= 1;
  return end === 0 ? '0' : value.slice(0, end);
}

/** Compares two decimal strings exactly: negative when a < b, 0 when equal, positive when a > b. */
export function compareDecimal(a: string, b: string): number {
  const [aInt, aFrac = ''] = a.split('.');
  const [bInt, bFrac = ''] = b.split('.');
  const width = Math.max(aInt.length, bInt.length);
  const left = aInt.padStart(width, '0') + aFrac.padEnd(2, '0');
  const right = bInt.padStart(width, '0') + bFrac.padEnd(2, '0');
  return left < right ? -1 : left > right ? 1 : 0;
}

/** An exact amount with its currency (the API's `Money`). */
export interface MoneyAmount {
  amount: string;
  currency: string;
}

/** A numeric column's value (a decimal string from PostgreSQL) as an amount of money. */
export function toMoney(amount: string | null | undefined): MoneyAmount | null {
  if (amount == null) return null;
  return { amount: normalizeDecimal(amount), currency: CURRENCY };
}
