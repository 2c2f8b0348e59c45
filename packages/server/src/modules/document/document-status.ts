/**
 * Whether a cooperative holds a document, by the one rule eligibility checks and matching share:
 * a document counts until the end of its expiry day; without an expiry date it never lapses.
 */
export enum DocumentStatus {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  MISSING = 'MISSING',
}

/** SQL condition that the `cooperative_document` row under `alias` is in force today. */
export function documentInForceSql(alias: string): string {
  return `(${alias}.expires_on is null or ${alias}.expires_on >= current_date)`;
}

/** The status of the best document of one type, given its expiry dates ('YYYY-MM-DD'; null: never). */
export function documentStatus(expiryDates: ReadonlyArray<string | null>, today: string): DocumentStatus {
  if (expiryDates.length === 0) return DocumentStatus.MISSING;
  return expiryDates.some((expires) => expires === null || expires >= today)
    ? DocumentStatus.VALID
    : DocumentStatus.EXPIRED;
}
