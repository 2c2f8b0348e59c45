/**
 * MikroORM's PostgreSQL driver makes node-pg return timestamptz columns as text (it converts them
 * itself when hydrating entities). Reads that bypass hydration convert with this.
 */
export function fromPgTimestamp(value: string | Date): Date;
export function fromPgTimestamp(value: string | Date | null): Date | null;
export function fromPgTimestamp(value: string | Date | null): Date | null {
  if (value === null || value instanceof Date) return value;
  // "2026-04-21 05:56:37.123+00" → ISO 8601, which every JavaScript engine parses the same way.
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Unreadable timestamp from PostgreSQL: ${value}`);
  return date;
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
