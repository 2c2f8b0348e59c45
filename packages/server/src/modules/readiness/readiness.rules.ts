import { VerificationLevel } from '../../shared/verification';
import {
  BusinessUnitStatus,
  OfficerRole,
  type BusinessUnitType,
  type CooperativeKind,
} from '../cooperative/cooperative.entity';
import { DocumentType } from '../document/document-type';
import { PMK49_LOAN, PMK49_PROGRAM } from '../program/pmk49';
import { RequirementKind, requirementsOf, type Requirement } from '../program/program.requirements';
import {
  checkRequirements,
  RequirementStatus,
  type DocumentFact,
  type RequirementResult,
  type UnitFact,
} from '../eligibility/eligibility.check';
import { UNIT_CAPITAL_COSTS } from './unit-capital-costs';

/**
 * The financing passport's rules: how far a cooperative is from a PMK 49/2025 loan, and a
 * loan-size hint with every step shown. Pure functions of the facts the passport reads, so that
 * each rule is tested without a database. The requirements are eligibility's (`requirementsOf` on
 * the PMK 49 program facts, judged by `checkRequirements`), never a copy.
 */

/** How ready a cooperative is for a PMK 49 loan, lowest first. */
export enum ReadinessLevel {
  /** The legal identity or the board is not there yet: no bank can start. */
  NOT_READY = 'NOT_READY',
  /** The identity is there; documents the loan needs are missing or lapsed. */
  NEEDS_DOCUMENTS = 'NEEDS_DOCUMENTS',
  /** Every requirement is on record; not yet verified, or nothing yet to finance. */
  READY_FOR_REVIEW = 'READY_FOR_REVIEW',
  /** Every requirement on record and verified, with units to build or run. */
  BANKABLE = 'BANKABLE',
}

/** Why a cooperative is not at a higher level (each reason names what to do next). */
export enum ReadinessReason {
  NO_LEGAL_ENTITY = 'NO_LEGAL_ENTITY',
  NO_COOPERATIVE_NUMBER = 'NO_COOPERATIVE_NUMBER',
  BOARD_INCOMPLETE = 'BOARD_INCOMPLETE',
  DOCUMENT_MISSING = 'DOCUMENT_MISSING',
  DOCUMENT_EXPIRED = 'DOCUMENT_EXPIRED',
  NOT_VERIFIED = 'NOT_VERIFIED',
  NO_UNIT = 'NO_UNIT',
}

export interface ReadinessFinding {
  reason: ReadinessReason;
  /** The document concerned (DOCUMENT_MISSING, DOCUMENT_EXPIRED). */
  documentType: DocumentType | null;
  /** The officers missing (BOARD_INCOMPLETE). */
  officerRoles: OfficerRole[];
}

/** The board a lender expects: chair, secretary, treasurer and supervisor (UU 25/1992). */
export const BOARD_ROLES: readonly OfficerRole[] = [
  OfficerRole.KETUA,
  OfficerRole.SEKRETARIS,
  OfficerRole.BENDAHARA,
  OfficerRole.PENGAWAS,
];

/** The verification a lender can rely on without checking the papers again. */
const VERIFIED_ENOUGH: readonly VerificationLevel[] = [
  VerificationLevel.DOCUMENTS_VERIFIED,
  VerificationLevel.GOVERNMENT_VERIFIED,
];

/** The PMK 49 requirements a cooperative of `kind` must hold on record (documents and approval). */
export function passportRequirements(kind: CooperativeKind): Requirement[] {
  return requirementsOf(PMK49_PROGRAM, kind).filter(
    (requirement) =>
      requirement.kind === RequirementKind.DOCUMENT || requirement.kind === RequirementKind.APPROVAL,
  );
}

export interface ReadinessFacts<D extends DocumentFact, U extends UnitFact> {
  kind: CooperativeKind;
  villageCode: string;
  verificationLevel: VerificationLevel;
  documents: readonly D[];
  units: readonly U[];
  officerRoles: readonly OfficerRole[];
}

export interface Readiness<D, U> {
  level: ReadinessLevel;
  findings: ReadinessFinding[];
  requirements: RequirementResult<D, U>[];
  missingOfficers: OfficerRole[];
}

const finding = (reason: ReadinessReason, more: Partial<ReadinessFinding> = {}): ReadinessFinding => ({
  reason,
  documentType: null,
  officerRoles: [],
  ...more,
});

/**
 * The level and the reasons it is not higher. The legal entity (SK AHU), the cooperative number
 * and a full board come first: without them no bank starts. Then every other requirement must be
 * on record and in force; then the cooperative must be verified (documents or government) and
 * have a unit to build or run.
 */
export function readinessOf<D extends DocumentFact, U extends UnitFact>(
  facts: ReadinessFacts<D, U>,
  today: string,
): Readiness<D, U> {
  const requirements = checkRequirements(
    passportRequirements(facts.kind),
    facts,
    { amount: null, operatingCostAmount: null },
    today,
  );
  const missingOfficers = BOARD_ROLES.filter((role) => !facts.officerRoles.includes(role));
  // Every passport requirement names a document (passportRequirements): those not met, once.
  const unmet = requirements.flatMap((result) =>
    result.status !== RequirementStatus.MET && 'documentType' in result.requirement
      ? [{ type: result.requirement.documentType, expired: result.status === RequirementStatus.EXPIRED }]
      : [],
  );
  const isUnmet = (type: DocumentType) => unmet.some((document) => document.type === type);
  const IDENTITY: readonly DocumentType[] = [DocumentType.SK_AHU, DocumentType.NIK_CERTIFICATE];

  const foundations: ReadinessFinding[] = [];
  if (isUnmet(DocumentType.SK_AHU)) foundations.push(finding(ReadinessReason.NO_LEGAL_ENTITY));
  if (isUnmet(DocumentType.NIK_CERTIFICATE)) foundations.push(finding(ReadinessReason.NO_COOPERATIVE_NUMBER));
  if (missingOfficers.length > 0) {
    foundations.push(finding(ReadinessReason.BOARD_INCOMPLETE, { officerRoles: missingOfficers }));
  }
  const documents = unmet
    .filter((document) => !IDENTITY.includes(document.type))
    .map((document) =>
      finding(document.expired ? ReadinessReason.DOCUMENT_EXPIRED : ReadinessReason.DOCUMENT_MISSING, {
        documentType: document.type,
      }),
    );
  const review: ReadinessFinding[] = [];
  if (!VERIFIED_ENOUGH.includes(facts.verificationLevel)) review.push(finding(ReadinessReason.NOT_VERIFIED));
  if (facts.units.length === 0) review.push(finding(ReadinessReason.NO_UNIT));

  const level =
    foundations.length > 0
      ? ReadinessLevel.NOT_READY
      : documents.length > 0
        ? ReadinessLevel.NEEDS_DOCUMENTS
        : review.length > 0
          ? ReadinessLevel.READY_FOR_REVIEW
          : ReadinessLevel.BANKABLE;
  return { level, findings: [...foundations, ...documents, ...review], requirements, missingOfficers };
}

/** A unit whose building the hint counts: planned or under construction. */
const TO_BUILD: readonly BusinessUnitStatus[] = [
  BusinessUnitStatus.PLANNED,
  BusinessUnitStatus.UNDER_CONSTRUCTION,
];

export interface UnitCost {
  unitType: BusinessUnitType;
  status: BusinessUnitStatus;
  /** Null: no typical figure for this type; left out of the sum. */
  cost: number | null;
}

export interface DebtService {
  principal: number;
  ratePerYear: number;
  tenorMonths: number;
  graceMonths: number;
  /** Interest only, each month of the grace period. */
  graceMonthlyInterest: number;
  /** Equal instalments over the months after the grace period. */
  monthlyInstalment: number;
  expectedMonthlyIncome: number | null;
  /** Income ÷ instalment; null when the income is not stated. */
  incomeCover: number | null;
}

export interface LoanHint {
  ceiling: number;
  operatingCostCap: number;
  unitCosts: UnitCost[];
  /** Sum of the typical costs of the units to build. */
  buildingCost: number;
  /** Sum of the amounts its published financing needs ask for, and how many there are. */
  statedNeed: number;
  statedNeedCount: number;
  /** The range: between the two figures above (the one known, when only one is), within the ceiling. */
  low: number | null;
  high: number | null;
  /** The larger figure was above the ceiling and was cut to it. */
  cappedAtCeiling: boolean;
  /** At the top of the range (none without a range). */
  debtService: DebtService | null;
  costTable: string;
  costSource: string;
  costsAsOf: string;
}

export interface LoanHintFacts {
  units: readonly { type: BusinessUnitType; status: BusinessUnitStatus }[];
  /** The amounts of its published financing-need offerings. */
  financingNeeds: readonly string[];
  expectedMonthlyIncome: string | null;
}

/**
 * Monthly figures of a PMK 49 loan of `principal`: interest only during the grace period, then
 * equal instalments (annuity) over the rest of the tenor. The longest grace leaves the fewest
 * months to repay, so it gives the highest instalment: the careful figure to show.
 */
export function debtServiceOf(principal: number, expectedMonthlyIncome: number | null): DebtService {
  const ratePerYear = Number(PMK49_LOAN.ratePerYear);
  const tenorMonths = PMK49_LOAN.maxTenorMonths;
  const graceMonths = PMK49_LOAN.maxGraceMonths;
  const monthlyRate = ratePerYear / 100 / 12;
  const repaymentMonths = tenorMonths - graceMonths;
  const monthlyInstalment = Math.round(
    (principal * monthlyRate) / (1 - Math.pow(1 + monthlyRate, -repaymentMonths)),
  );
  return {
    principal,
    ratePerYear,
    tenorMonths,
    graceMonths,
    graceMonthlyInterest: Math.round(principal * monthlyRate),
    monthlyInstalment,
    expectedMonthlyIncome,
    incomeCover:
      expectedMonthlyIncome === null || monthlyInstalment === 0
        ? null
        : Math.round((expectedMonthlyIncome / monthlyInstalment) * 100) / 100,
  };
}

/**
 * A loan-size hint, not a credit decision: what the units it plans or builds typically cost and
 * what its published financing needs ask for, as a range within the PMK 49 ceiling, with the
 * monthly instalment at the top of the range beside its stated income.
 */
export function loanHintOf(facts: LoanHintFacts): LoanHint {
  const ceiling = Number(PMK49_LOAN.maxAmount);
  const unitCosts = facts.units
    .filter((unit) => TO_BUILD.includes(unit.status))
    .map((unit) => {
      const cost = UNIT_CAPITAL_COSTS.costs[unit.type];
      return { unitType: unit.type, status: unit.status, cost: cost === null ? null : Number(cost) };
    });
  const buildingCost = unitCosts.reduce((sum, unit) => sum + (unit.cost ?? 0), 0);
  const statedNeed = facts.financingNeeds.reduce((sum, amount) => sum + Number(amount), 0);
  const figures = [buildingCost, statedNeed].filter((figure) => figure > 0);
  const low = figures.length === 0 ? null : Math.min(Math.min(...figures), ceiling);
  const high = figures.length === 0 ? null : Math.min(Math.max(...figures), ceiling);
  const income = facts.expectedMonthlyIncome === null ? null : Number(facts.expectedMonthlyIncome);
  return {
    ceiling,
    operatingCostCap: Number(PMK49_LOAN.operatingCostCap),
    unitCosts,
    buildingCost,
    statedNeed,
    statedNeedCount: facts.financingNeeds.length,
    low,
    high,
    cappedAtCeiling: figures.some((figure) => figure > ceiling),
    debtService: high === null ? null : debtServiceOf(high, income),
    costTable: UNIT_CAPITAL_COSTS.key,
    costSource: UNIT_CAPITAL_COSTS.source,
    costsAsOf: UNIT_CAPITAL_COSTS.asOf,
  };
}
