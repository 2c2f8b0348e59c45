/**
 * Whether a cooperative holds a document, by the one rule eligibility checks and matching share:
 * a document counts until the end of its expiry day; without an expiry date it never lapses.
 */
export enum DocumentStatus {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
  MISSING = 'MISSING',
}

/** The status of the best document of one type, given its expiry dates ('YYYY-MM-DD'; null: never). */
export function documentStatus(expiryDates: ReadonlyArray<string | null>, today: string): DocumentStatus {
  if (expiryDates.length === 0) return DocumentStatus.MISSING;
  return expiryDates.some((expires) => expires === null || expires >= today)
    ? DocumentStatus.VALID
    : DocumentStatus.EXPIRED;
}

/** The status of one document ('YYYY-MM-DD' expiry, null: never lapses) on `today`. */
export function statusOfDocument(
  expiresOn: string | null,
  today: string,
): DocumentStatus.VALID | DocumentStatus.EXPIRED {
  return documentStatus([expiresOn], today) === DocumentStatus.VALID
    ? DocumentStatus.VALID
    : DocumentStatus.EXPIRED;
}

/**
 * The document of one type that decides its status (see documentStatus): among those in force the
 * best verified, then the one that lasts longest; when all have lapsed, the one that lapsed last.
 * `rank` orders verification levels (higher: stronger). Null when there is none.
 */
export function decidingDocument<D extends { expiresOn: string | null }>(
  documents: readonly D[],
  today: string,
  rank: (document: D) => number,
): D | null {
  const lasting = (document: D) => document.expiresOn ?? '9999-12-31';
  const inForce = documents.filter(
    (document) => statusOfDocument(document.expiresOn, today) === DocumentStatus.VALID,
  );
  const pool = inForce.length > 0 ? inForce : documents;
  return (
    [...pool].sort(
      (a, b) => (inForce.length > 0 ? rank(b) - rank(a) : 0) || lasting(b).localeCompare(lasting(a)),
    )[0] ?? null
  );
}
