import type { DocumentStatus } from '@/graphql/generated/graphql';

/**
 * A document lapsing within this many days needs renewing (the API reminds its board as many days
 * ahead by default, REMINDER_DOCUMENT_DAYS).
 */
export const DOCUMENT_LAPSE_DAYS = 30;

/** The last day ("YYYY-MM-DD") on which a document lapsing counts as soon, seen from `today`. */
export function lapseHorizon(today: string): string {
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + DOCUMENT_LAPSE_DAYS);
  return horizon.toISOString().slice(0, 10);
}

/** Whether a document is expired, or still valid but lapsing by `horizon` (see lapseHorizon). */
export function lapsesSoon(
  document: { status: DocumentStatus; expiresOn?: string | null },
  horizon: string,
): 'expired' | 'soon' | null {
  if (document.status === 'EXPIRED') return 'expired';
  if (document.status === 'VALID' && document.expiresOn != null && document.expiresOn <= horizon)
    return 'soon';
  return null;
}
