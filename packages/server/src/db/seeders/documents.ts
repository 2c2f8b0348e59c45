import type { RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  CooperativeKind,
  CooperativeStage,
  type Cooperative,
} from '../../modules/cooperative/cooperative.entity';
import { CooperativeDocument, DocumentSource } from '../../modules/document/document.entity';
import { DocumentType } from '../../modules/document/document-type';
import { VerificationLevel, isAtLeast } from '../../shared/verification';
import { addDays, calendarDateBetween } from './clock';
import type { CooperativeProfile } from './cooperatives';
import { Random } from './random';
import { DEMO_COOPERATIVE } from './demo-users';

/**
 * Chance, by stage, that a cooperative has recorded each document beyond its legal identity.
 * The later stages hold more of what lenders ask for (PMK 49: bank account, business proposal,
 * village-head approval), so eligibility and matching have realistic gaps to show.
 */
const DOCUMENT_CHANCE: Partial<Record<DocumentType, Record<CooperativeStage, number>>> = {
  BANK_ACCOUNT: { LEGALLY_FORMED: 0.15, ORGANISED: 0.7, BUILDING_UNITS: 0.85, OPERATING: 0.95, GROWING: 1 },
  OFFICER_IDS: { LEGALLY_FORMED: 0.3, ORGANISED: 0.7, BUILDING_UNITS: 0.8, OPERATING: 0.9, GROWING: 1 },
  VILLAGE_DELIBERATION_MINUTES: {
    LEGALLY_FORMED: 0.5,
    ORGANISED: 0.6,
    BUILDING_UNITS: 0.7,
    OPERATING: 0.8,
    GROWING: 0.9,
  },
  VILLAGE_HEAD_APPROVAL: {
    LEGALLY_FORMED: 0.05,
    ORGANISED: 0.2,
    BUILDING_UNITS: 0.45,
    OPERATING: 0.7,
    GROWING: 0.9,
  },
  BUSINESS_PROPOSAL: {
    LEGALLY_FORMED: 0.02,
    ORGANISED: 0.1,
    BUILDING_UNITS: 0.35,
    OPERATING: 0.6,
    GROWING: 0.85,
  },
  ANNUAL_MEETING_REPORT: {
    LEGALLY_FORMED: 0,
    ORGANISED: 0.05,
    BUILDING_UNITS: 0.15,
    OPERATING: 0.4,
    GROWING: 0.7,
  },
  FINANCIAL_REPORT: {
    LEGALLY_FORMED: 0,
    ORGANISED: 0.05,
    BUILDING_UNITS: 0.2,
    OPERATING: 0.55,
    GROWING: 0.85,
  },
  LAND_PROOF: { LEGALLY_FORMED: 0.1, ORGANISED: 0.2, BUILDING_UNITS: 0.6, OPERATING: 0.7, GROWING: 0.8 },
  UNIT_PHOTO: { LEGALLY_FORMED: 0, ORGANISED: 0, BUILDING_UNITS: 0.4, OPERATING: 0.7, GROWING: 0.8 },
};

/** Documents that lapse: approvals and proposals are dated, a financial report covers one year. */
const VALID_DAYS: Partial<Record<DocumentType, number>> = {
  VILLAGE_HEAD_APPROVAL: 365,
  REGENT_APPROVAL: 365,
  BUSINESS_PROPOSAL: 365,
  FINANCIAL_REPORT: 365,
};

/**
 * The documents of every seeded cooperative: its legal identity as records (deed, SK AHU, NIK
 * koperasi, NIB and NPWP where it has them) plus, by stage, the papers lenders ask for. A few
 * dated ones have already lapsed. A cooperative's documents are as verified as the cooperative.
 */
export function buildDocuments(
  cooperatives: RequiredEntityData<Cooperative>[],
  profiles: CooperativeProfile[],
): RequiredEntityData<CooperativeDocument>[] {
  const rng = Random.forStream('documents');
  const rows: RequiredEntityData<CooperativeDocument>[] = [];
  cooperatives.forEach((cooperative, index) => {
    const profile = profiles[index]!;
    const verified = cooperative.verificationLevel as VerificationLevel;
    const add = (type: DocumentType, number: string | null, issuedOn: string): void => {
      const validDays = VALID_DAYS[type];
      rows.push({
        id: rows.length + 1,
        cooperative: cooperative.id as number,
        type,
        number,
        issuedOn,
        expiresOn: validDays === undefined ? null : addDays(issuedOn, validDays),
        verificationLevel: documentVerification(rng, verified),
        source:
          isAtLeast(verified, VerificationLevel.MENTOR_ATTESTED) && rng.chance(0.3)
            ? DocumentSource.MENTOR
            : DocumentSource.COOPERATIVE,
        createdAt: profile.createdAt,
        updatedAt: profile.createdAt,
        version: 1,
      });
    };
    const skAhuDate = cooperative.skAhuDate as string;
    add(DocumentType.NOTARIAL_DEED, cooperative.deedNumber ?? null, cooperative.deedDate as string);
    add(DocumentType.SK_AHU, cooperative.skAhuNumber ?? null, skAhuDate);
    add(DocumentType.NIK_CERTIFICATE, cooperative.nikKoperasi ?? null, skAhuDate);
    if (cooperative.nib) add(DocumentType.NIB, cooperative.nib, addDays(skAhuDate, rng.int(7, 90)));
    if (cooperative.npwp) add(DocumentType.NPWP, cooperative.npwp, addDays(skAhuDate, rng.int(14, 120)));
    for (const [type, chance] of Object.entries(DOCUMENT_CHANCE) as [
      DocumentType,
      Record<CooperativeStage, number>,
    ][]) {
      if (!rng.chance(chance[profile.stage])) continue;
      // A kelurahan cooperative needs the mayor's approval, not a village head's.
      const actualType =
        type === DocumentType.VILLAGE_HEAD_APPROVAL && cooperative.kind === CooperativeKind.KKMP
          ? DocumentType.REGENT_APPROVAL
          : type;
      // Mostly issued in the last year; about one in ten dated papers is older and has lapsed.
      const issuedOn =
        VALID_DAYS[actualType] !== undefined && rng.chance(0.1)
          ? calendarDateBetween(rng, '2024-06-01', '2025-10-15')
          : calendarDateBetween(rng, skAhuDate, '2026-10-25');
      add(actualType, documentNumber(rng, actualType), issuedOn);
    }
  });
  return rows;
}

function documentVerification(rng: Random, cooperativeLevel: VerificationLevel): VerificationLevel {
  if (cooperativeLevel === VerificationLevel.UNVERIFIED) return VerificationLevel.SELF_DECLARED;
  // Most of a verified cooperative's papers carry its level; some were added since and are not yet checked.
  return rng.chance(0.85) ? cooperativeLevel : VerificationLevel.SELF_DECLARED;
}

function documentNumber(rng: Random, type: DocumentType): string | null {
  switch (type) {
    case DocumentType.BANK_ACCOUNT:
      return `${rng.digits(4)}-01-${rng.digits(6)}-50-${rng.digits(1)}`;
    case DocumentType.VILLAGE_HEAD_APPROVAL:
    case DocumentType.REGENT_APPROVAL:
      return `${rng.int(1, 240)}/SK/${rng.int(2025, 2026)}`;
    default:
      return null;
  }
}

/**
 * The demo cooperative (of ketua@) lacks a business proposal whatever the random draw gave it, so
 * the eligibility checklist of a PMK 49 loan always has a gap its officers can fill in the demo.
 */
export const DEMO_COOPERATIVE_LACKS: readonly DocumentType[] = [DocumentType.BUSINESS_PROPOSAL];

export async function shapeDemoCooperativeDocuments(tx: EntityManager): Promise<void> {
  // Through the transaction's own connection (a plain knex query would not see the new rows).
  await tx.execute(
    `delete from cooperative_document where cooperative_id = (${DEMO_COOPERATIVE}) and type in (${DEMO_COOPERATIVE_LACKS.map(() => '?').join(', ')})`,
    [...DEMO_COOPERATIVE_LACKS],
  );
}
