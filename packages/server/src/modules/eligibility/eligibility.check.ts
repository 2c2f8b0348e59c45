import { compareDecimal } from '../../shared/money';
import { VerificationLevel } from '../../shared/verification';
import { BusinessUnitStatus, type BusinessUnitType } from '../cooperative/cooperative.entity';
import { decidingDocument, DocumentStatus, statusOfDocument } from '../document/document-status';
import type { DocumentType } from '../document/document-type';
import { anyRegionCovers } from '../region/region-scope';
import { RequirementKind, type Requirement } from '../program/program.requirements';

/** How a requirement stands for one cooperative. */
export enum RequirementStatus {
  MET = 'MET',
  MISSING = 'MISSING',
  EXPIRED = 'EXPIRED',
  NOT_MET = 'NOT_MET',
  UNKNOWN = 'UNKNOWN',
}

export enum EligibilityVerdict {
  ELIGIBLE = 'ELIGIBLE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  INCOMPLETE = 'INCOMPLETE',
}

export interface DocumentFact {
  type: DocumentType;
  expiresOn: string | null;
  verificationLevel: VerificationLevel;
}

export interface UnitFact {
  type: BusinessUnitType;
  status: BusinessUnitStatus;
}

export interface CooperativeFacts<D extends DocumentFact, U extends UnitFact> {
  villageCode: string;
  documents: readonly D[];
  units: readonly U[];
}

export interface Asked {
  amount: string | null;
  operatingCostAmount: string | null;
}

export interface RequirementResult<D, U> {
  requirement: Requirement;
  status: RequirementStatus;
  document: D | null;
  unit: U | null;
  /** The figure compared with the limit (amount asked), when one was. */
  given: string | null;
}

const LEVELS = Object.values(VerificationLevel);
const UNIT_PROGRESS = [
  BusinessUnitStatus.PLANNED,
  BusinessUnitStatus.UNDER_CONSTRUCTION,
  BusinessUnitStatus.NOT_ACTIVE,
  BusinessUnitStatus.ACTIVE,
];

/**
 * Judges each requirement against a cooperative's documents and units (the status rule of
 * document-status.ts) and the amounts asked; amounts not given leave their rows UNKNOWN.
 */
export function checkRequirements<D extends DocumentFact, U extends UnitFact>(
  requirements: readonly Requirement[],
  cooperative: CooperativeFacts<D, U>,
  asked: Asked,
  today: string,
): RequirementResult<D, U>[] {
  return requirements.map((requirement) => {
    const result = { requirement, document: null, unit: null, given: null };
    switch (requirement.kind) {
      case RequirementKind.DOCUMENT:
      case RequirementKind.APPROVAL: {
        const ofType = cooperative.documents.filter((document) => document.type === requirement.documentType);
        const document = decidingDocument(ofType, today, (d) => LEVELS.indexOf(d.verificationLevel));
        if (!document) return { ...result, status: RequirementStatus.MISSING };
        const inForce = statusOfDocument(document.expiresOn, today) === DocumentStatus.VALID;
        return { ...result, document, status: inForce ? RequirementStatus.MET : RequirementStatus.EXPIRED };
      }
      case RequirementKind.BUSINESS_UNIT: {
        const candidates = cooperative.units
          .filter((unit) => requirement.unitTypes.includes(unit.type))
          .sort((a, b) => UNIT_PROGRESS.indexOf(b.status) - UNIT_PROGRESS.indexOf(a.status));
        const unit = candidates[0] ?? null;
        return {
          ...result,
          unit,
          status:
            unit?.status === BusinessUnitStatus.ACTIVE ? RequirementStatus.MET : RequirementStatus.MISSING,
        };
      }
      case RequirementKind.AMOUNT: {
        if (asked.amount === null) return { ...result, status: RequirementStatus.UNKNOWN };
        const tooLow = requirement.minimum !== null && compareDecimal(asked.amount, requirement.minimum) < 0;
        const tooHigh = requirement.maximum !== null && compareDecimal(asked.amount, requirement.maximum) > 0;
        return {
          ...result,
          given: asked.amount,
          status: tooLow || tooHigh ? RequirementStatus.NOT_MET : RequirementStatus.MET,
        };
      }
      case RequirementKind.OPERATING_COST: {
        if (asked.operatingCostAmount === null) return { ...result, status: RequirementStatus.UNKNOWN };
        const within =
          compareDecimal(asked.operatingCostAmount, requirement.maximum) <= 0 &&
          (asked.amount === null || compareDecimal(asked.operatingCostAmount, asked.amount) <= 0);
        return {
          ...result,
          given: asked.operatingCostAmount,
          status: within ? RequirementStatus.MET : RequirementStatus.NOT_MET,
        };
      }
      case RequirementKind.REGION: {
        // The one region rule (region-scope.ts): a covered province, regency or district covers its villages.
        return {
          ...result,
          status: anyRegionCovers(requirement.regionCodes, cooperative.villageCode)
            ? RequirementStatus.MET
            : RequirementStatus.NOT_MET,
        };
      }
    }
  });
}

/** ELIGIBLE when every row is MET; NOT_ELIGIBLE when any is missing, lapsed or failed; else INCOMPLETE. */
export function verdictOf(statuses: readonly RequirementStatus[]): EligibilityVerdict {
  if (statuses.some((status) => status !== RequirementStatus.MET && status !== RequirementStatus.UNKNOWN)) {
    return EligibilityVerdict.NOT_ELIGIBLE;
  }
  return statuses.includes(RequirementStatus.UNKNOWN)
    ? EligibilityVerdict.INCOMPLETE
    : EligibilityVerdict.ELIGIBLE;
}
