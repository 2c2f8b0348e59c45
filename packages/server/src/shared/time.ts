/**
 * MikroORM's PostgreSQL driver makes node-pg return timestamptz columns as text (it converts them
 * itself when hydrating entities). Reads that bypass hydration convert with this. A column a read
 * left out (undefined, see columnsFor) gives null.
 */
export function fromPgTimestamp(value: string | Date): Date;
export function fromPgTimestamp(value: string | Date | null): Date | null;
export function fromPgTimestamp(value: string | Date | null): Date | null {
  if (value == null) return null;
  if (value instanceof Date) return value;
  const fast = utcTimestampMs(value);
  if (fast !== null) return new Date(fast);
  // "2026-04-21 05:56:37.123+07" → ISO 8601, which every JavaScript engine parses the same way.
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Unreadable timestamp from PostgreSQL: ${value}`);
  return date;
}

/** The number in `text` from `from` to `to` when it is all digits, else NaN. */
function digitsAt(text: string, from: number, to: number): number {
  let number = 0;
  for (let index = from; index < to; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * "YYYY-MM-DD HH:MM:SS[.ffffff]+00", how PostgreSQL writes a timestamptz in a UTC session (ours),
 * read by position: list pages convert hundreds per request, and the string rewriting above showed
 * in profiles. Null for any other shape, left to the general path.
 */
function utcTimestampMs(text: string): number | null {
  const length = text.length;
  if (length < 22 || !text.endsWith('+00')) return null;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== ' ' || text[13] !== ':' || text[16] !== ':')
    return null;
  let milliseconds = 0;
  if (length > 22) {
    if (text[19] !== '.') return null;
    // Microseconds are cut to milliseconds, as Date keeps them.
    const fraction = text.slice(20, length - 3).padEnd(3, '0');
    milliseconds = digitsAt(fraction, 0, 3);
  }
  const ms = Date.UTC(
    digitsAt(text, 0, 4),
    digitsAt(text, 5, 7) - 1,
    digitsAt(text, 8, 10),
    digitsAt(text, 11, 13),
    digitsAt(text, 14, 16),
    digitsAt(text, 17, 19),
    milliseconds,
  );
  return Number.isNaN(ms) ? null : ms;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** West Kalimantan keeps Western Indonesia Time (WIB, UTC+7) all year; no daylight saving. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

export function addDays(moment: Date, days: number): Date {
  return new Date(moment.getTime() + days * DAY_MS);
}

/**
 * Today's calendar date in West Kalimantan as "YYYY-MM-DD". Legal dates (deeds, decrees) are
 * local dates, so "not in the future" is judged by the local calendar, not by UTC.
 */
export function todayInWib(now: Date = new Date()): string {
  return new Date(now.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}
