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
