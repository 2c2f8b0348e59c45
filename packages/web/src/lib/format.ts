/**
 * Formatting for amounts, quantities and dates. Amounts arrive as exact decimal strings
 * ("3000000000", "2750.50"); they are formatted as strings, never through a float, so a
 * Rp3 billion loan is never shown as Rp2.999.999.999,99.
 */

export type NumberLocale = 'id' | 'en';

const DECIMAL_PATTERN = /^(-)?(\d+)(?:\.(\d+))?$/;

const SEPARATORS: Record<NumberLocale, { group: string; decimal: string }> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function groupDigits(digits: string, separator: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  return trimmed.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * "1500.5" → "1.500,5" (id) or "1,500.5" (en). Returns the input unchanged when it is not a
 * plain decimal, so an unexpected value is shown rather than hidden.
 */
export function formatDecimal(value: string, locale: NumberLocale = 'id'): string {
  const match = DECIMAL_PATTERN.exec(value.trim());
  if (!match) return value;
  const [, sign = '', whole, fraction = ''] = match;
  const { group, decimal } = SEPARATORS[locale];
  const significantFraction = fraction.replace(/0+$/, '');
  const formatted = groupDigits(whole, group) + (significantFraction ? decimal + significantFraction : '');
  return sign + formatted;
}

/**
 * Rupiah the Indonesian way in both languages: "3000000000" → "Rp3.000.000.000",
 * "2750.5" → "Rp2.750,50" (sen keep two digits), "-1000" → "-Rp1.000".
 */
export function formatIdr(amount: string): string {
  const match = DECIMAL_PATTERN.exec(amount.trim());
  if (!match) return amount;
  const [, sign = '', whole, fraction = ''] = match;
  const sen = fraction.replace(/0+$/, '') === '' ? '' : ',' + fraction.padEnd(2, '0').slice(0, 2);
  return `${sign}Rp${groupDigits(whole, '.')}${sen}`;
}

/** "Rp2.500.000 – Rp3.000.000", or one side alone when the other is missing. */
export function formatIdrRange(
  min: string | null | undefined,
  max: string | null | undefined,
): string | null {
  if (min && max) return min === max ? formatIdr(min) : `${formatIdr(min)} – ${formatIdr(max)}`;
  if (min) return `≥ ${formatIdr(min)}`;
  if (max) return `≤ ${formatIdr(max)}`;
  return null;
}

const INTL_LOCALE: Record<NumberLocale, string> = { id: 'id-ID', en: 'en-GB' };

/** West Kalimantan keeps Western Indonesian Time. */
export const DISPLAY_TIME_ZONE = 'Asia/Pontianak';

/**
 * A calendar date ("2025-07-21", a LocalDate) → "21 Juli 2025" / "21 July 2025". Read as UTC so
 * the day never shifts with the server's or the phone's time zone.
 */
export function formatLocalDate(value: string, locale: NumberLocale = 'id'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A moment ("2025-07-21T03:00:00Z") → its day in West Kalimantan: "21 Juli 2025". */
export function formatDate(value: string, locale: NumberLocale = 'id'): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(date);
}

/** A whole count: 2145 → "2.145" (id) / "2,145" (en). */
export function formatCount(value: number, locale: NumberLocale = 'id'): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 }).format(value);
}

/** A moment with its time in West Kalimantan: "21 Okt 2026, 14.05 WIB" / "21 Oct 2026, 14:05 WIB". */
export function formatDateTime(value: string, locale: NumberLocale = 'id'): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const formatted = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: DISPLAY_TIME_ZONE,
  }).format(date);
  return `${formatted} WIB`;
}

/**
 * A duration in the largest unit that reads naturally: minutes under an hour, hours under two
 * days, days beyond ("45 menit", "5 jam", "3 hari" / "45 minutes", "5 hours", "3 days").
 */
export function formatDuration(seconds: number, locale: NumberLocale = 'id'): string {
  const [value, unit] =
    seconds < 3600
      ? [Math.max(1, Math.round(seconds / 60)), 'minute']
      : seconds < 2 * 86_400
        ? [Math.round(seconds / 3600), 'hour']
        : [Math.round(seconds / 86_400), 'day'];
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit, unitDisplay: 'long' }).format(
    value,
  );
}

/** Whole days from a moment until `now` (0 on the same day or for a moment in the future). */
export function daysSince(value: string, now: Date = new Date()): number {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return 0;
  return Math.max(0, Math.floor((now.getTime() - date.getTime()) / 86_400_000));
}

/** Names joined the language's way: "Sekretaris, Bendahara, dan Pengawas" / "Secretary, Treasurer and Supervisor". */
export function formatList(items: readonly string[], locale: NumberLocale = 'id'): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { style: 'long', type: 'conjunction' }).format(items);
}
