/** One step of the national seed: SQL run as one simple query (it may hold several statements). */
export interface SeedStep {
  name: string;
  sql: string;
}

/** A SQL string literal (standard_conforming_strings is on in every supported PostgreSQL). */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A JSON value as a SQL literal, for json_to_recordset. */
export function jsonLiteral(value: unknown): string {
  return `${literal(JSON.stringify(value))}::json`;
}

/** A text[] literal. */
export function textArray(values: readonly string[]): string {
  return `array[${values.map(literal).join(', ')}]::text[]`;
}
