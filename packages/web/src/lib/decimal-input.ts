/**
 * Turns what a person types into a number field into the API's exact decimal string ("1500000000",
 * "2750.5"), without ever going through a float. Indonesian writing comes first ("1.500.000.000",
 * "6,5"), but English ("1,500,000,000", "6.5") and bare digits are understood too.
 */

export type DecimalInputProblem = 'invalid' | 'tooPrecise' | 'tooLarge';

export type DecimalInputResult =
  { ok: true; value: string | null } | { ok: false; problem: DecimalInputProblem };

export interface DecimalInputOptions {
  /**
   * Whether a lone separator followed by exactly three digits groups thousands ("1.500" is one
   * thousand five hundred, as Indonesians write money). Off for rates: "6.125" is then a decimal
   * (refused as too precise) rather than six thousand.
   */
  allowGrouping?: boolean;
  /** Fraction digits allowed; the API's Decimal takes at most two. */
  maxFractionDigits?: number;
  /** Whole-number digits allowed (the API caps amounts at 999 999 999 999.99). */
  maxIntegerDigits?: number;
}

const GROUPED = (separator: string) =>
  new RegExp(`^\\d{1,3}(?:${separator === '.' ? '\\.' : separator}\\d{3})+$`);

function normalise(whole: string, fraction: string): string {
  const integer = whole.replace(/^0+(?=\d)/, '');
  const significant = fraction.replace(/0+$/, '');
  return significant ? `${integer}.${significant}` : integer;
}

/**
 * Splits the text into whole and fraction digits, deciding which separator is the decimal one:
 * with both "." and ",", the last one is; a repeated separator groups thousands; a lone one
 * groups when three digits follow it (and grouping is allowed), otherwise it is the decimal point.
 */
function split(text: string, allowGrouping: boolean): { whole: string; fraction: string } | null {
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return /^\d+$/.test(text) ? { whole: text, fraction: '' } : null;

  if (dots > 0 && commas > 0) {
    if (!allowGrouping) return null;
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction, ...rest] = text.split(decimal);
    if (rest.length > 0 || !/^\d+$/.test(fraction) || !GROUPED(group).test(whole)) return null;
    return { whole: whole.split(group).join(''), fraction };
  }

  const separator = dots > 0 ? '.' : ',';
  const count = Math.max(dots, commas);
  if (count > 1) {
    if (!allowGrouping || !GROUPED(separator).test(text)) return null;
    return { whole: text.split(separator).join(''), fraction: '' };
  }
  const [whole, fraction] = text.split(separator);
  if (!/^\d+$/.test(whole) || !/^\d+$/.test(fraction)) return null;
  if (allowGrouping && fraction.length === 3 && whole.length <= 3)
    return { whole: whole + fraction, fraction: '' };
  return { whole, fraction };
}

/**
 * Parses a typed decimal. Empty input is `{ ok: true, value: null }` (the field was left out);
 * "Rp", spaces and a trailing "%" are ignored. Negative numbers are refused: every amount,
 * quantity and rate of the API is non-negative.
 */
export function parseDecimalInput(input: string, options: DecimalInputOptions = {}): DecimalInputResult {
  const { allowGrouping = true, maxFractionDigits = 2, maxIntegerDigits = 12 } = options;
  const text = input
    .trim()
    .replace(/^(rp\.?|idr)\s*/i, '')
    .replace(/\s*%$/, '')
    .replace(/[\s\u00a0]/g, '');
  if (text === '') return { ok: true, value: null };
  const parts = split(text, allowGrouping);
  if (!parts) return { ok: false, problem: 'invalid' };
  if (parts.fraction.replace(/0+$/, '').length > maxFractionDigits)
    return { ok: false, problem: 'tooPrecise' };
  const value = normalise(parts.whole, parts.fraction);
  if (value.split('.')[0].length > maxIntegerDigits) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value };
}

/** Money in rupiah: thousands may be grouped, at most two digits of sen. */
export function parseMoneyInput(input: string): DecimalInputResult {
  return parseDecimalInput(input, { allowGrouping: true });
}

/** A yearly rate in percent ("6", "6,5", "6.75"): a separator is always the decimal point. */
export function parseRateInput(input: string): DecimalInputResult {
  return parseDecimalInput(input, { allowGrouping: false, maxIntegerDigits: 3 });
}

/** A whole number typed by a person ("36", "1.000"); null when empty, NaN when not whole. */
export function parseWholeNumberInput(input: string): number | null {
  const parsed = parseDecimalInput(input, { allowGrouping: true, maxFractionDigits: 0, maxIntegerDigits: 9 });
  if (!parsed.ok) return Number.NaN;
  return parsed.value === null ? null : Number(parsed.value);
}
