/** How far a record's claims have been checked, weakest first. */
export enum VerificationLevel {
  UNVERIFIED = 'UNVERIFIED',
  SELF_DECLARED = 'SELF_DECLARED',
  MENTOR_ATTESTED = 'MENTOR_ATTESTED',
  DOCUMENTS_VERIFIED = 'DOCUMENTS_VERIFIED',
  GOVERNMENT_VERIFIED = 'GOVERNMENT_VERIFIED',
}

const ORDER = Object.values(VerificationLevel);

/** The levels at least as strong as `level`, for "verified at least …" filters. */
export function levelsAtLeast(level: VerificationLevel): VerificationLevel[] {
  return ORDER.slice(ORDER.indexOf(level));
}

/** Whether `level` is at least as strong as `minimum`. */
export function isAtLeast(level: VerificationLevel, minimum: VerificationLevel): boolean {
  return ORDER.indexOf(level) >= ORDER.indexOf(minimum);
}
