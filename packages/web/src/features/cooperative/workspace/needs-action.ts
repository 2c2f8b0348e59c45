import type { DocumentStatus, DocumentType, OfferingStatus } from '@/graphql/generated/graphql';
import { lapseHorizon, lapsesSoon } from '@/features/document/document-lapse';

/** An offering whose validity ends within this many days is shown as needing action. */
export const OFFERING_SOON_DAYS = 7;

/**
 * The documents a lender asks for first (PMK 49/2025: legal entity, NIK koperasi, NIB, NPWP and a
 * bank account in the cooperative's name): one not recorded at all is something to do.
 */
export const CORE_DOCUMENT_TYPES = [
  'SK_AHU',
  'NIK_CERTIFICATE',
  'NIB',
  'NPWP',
  'BANK_ACCOUNT',
] as const satisfies readonly DocumentType[];

/** One thing the cooperative's people should do, most pressing first. */
export type WorkspaceAction =
  | { kind: 'proposalsWaiting'; count: number }
  | { kind: 'offeringExpired'; id: string; title: string }
  | { kind: 'offeringEndsSoon'; id: string; title: string; validUntil: string }
  | { kind: 'documentExpired'; type: DocumentType }
  | { kind: 'documentLapsesSoon'; type: DocumentType; expiresOn: string }
  | { kind: 'documentMissing'; type: DocumentType };

/**
 * What needs action in a cooperative's workspace: proposals waiting for its answer, offerings that
 * expired or end within OFFERING_SOON_DAYS, documents expired or lapsing within DOCUMENT_LAPSE_DAYS (document-lapse.ts),
 * and core documents not recorded at all. `now` decides "soon".
 */
export function workspaceActions(
  input: {
    awaitingResponse: number;
    offerings: readonly { id: string; title: string; status: OfferingStatus; validUntil?: string | null }[];
    documents: readonly { type: DocumentType; status: DocumentStatus; expiresOn?: string | null }[];
  },
  now: Date = new Date(),
): WorkspaceAction[] {
  const actions: WorkspaceAction[] = [];
  if (input.awaitingResponse > 0) actions.push({ kind: 'proposalsWaiting', count: input.awaitingResponse });
  const offeringSoon = now.getTime() + OFFERING_SOON_DAYS * 86_400_000;
  for (const offering of input.offerings) {
    if (offering.status === 'EXPIRED') {
      actions.push({ kind: 'offeringExpired', id: offering.id, title: offering.title });
    } else if (
      offering.status === 'PUBLISHED' &&
      offering.validUntil &&
      new Date(offering.validUntil).getTime() <= offeringSoon
    ) {
      actions.push({
        kind: 'offeringEndsSoon',
        id: offering.id,
        title: offering.title,
        validUntil: offering.validUntil,
      });
    }
  }
  const horizon = lapseHorizon(now.toISOString().slice(0, 10));
  for (const document of input.documents) {
    const lapse = lapsesSoon(document, horizon);
    if (lapse === 'expired') actions.push({ kind: 'documentExpired', type: document.type });
    else if (lapse === 'soon') {
      actions.push({ kind: 'documentLapsesSoon', type: document.type, expiresOn: document.expiresOn! });
    }
  }
  for (const type of CORE_DOCUMENT_TYPES) {
    if (!input.documents.some((document) => document.type === type))
      actions.push({ kind: 'documentMissing', type });
  }
  return actions;
}
