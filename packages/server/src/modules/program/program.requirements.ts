import { CooperativeKind, type BusinessUnitType } from '../cooperative/cooperative.entity';
import type { Commodity } from '../commodity/commodity';
import { DocumentType } from '../document/document-type';

/**
 * The one place that says what a program requires of a cooperative. Everything is derived from
 * the program's own fields (required documents, eligible unit types, amount range, operating-cost
 * cap, coverage), so a new program needs no code. The PMK 49/2025 state-bank loans are programs
 * like any other: their rows (SK AHU, NIK koperasi, bank account, NPWP, NIB, business proposal,
 * village deliberation, approval, Rp3 billion ceiling, Rp500 million operating costs) come out of
 * these rules from the seeded program fields. The same rules bound the terms of every proposal made
 * under a program (termsLimitsOf below): amount, operating costs and region are the very rows above.
 */

export enum RequirementKind {
  DOCUMENT = 'DOCUMENT',
  APPROVAL = 'APPROVAL',
  BUSINESS_UNIT = 'BUSINESS_UNIT',
  AMOUNT = 'AMOUNT',
  OPERATING_COST = 'OPERATING_COST',
  REGION = 'REGION',
}

/** What each document requirement asks for, in the words a lender uses. */
export const DOCUMENT_REQUIREMENT: Record<DocumentType, string> = {
  NOTARIAL_DEED: 'A notarial deed of establishment',
  SK_AHU: 'Legal entity: the SK AHU decree of the Ministry of Law',
  NIK_CERTIFICATE: 'A cooperative registration number (NIK koperasi)',
  NIB: 'A business licence number (NIB)',
  NPWP: 'A tax number (NPWP)',
  BANK_ACCOUNT: "A bank account in the cooperative's name",
  OFFICER_IDS: "The officers' identity cards",
  VILLAGE_DELIBERATION_MINUTES: 'Minutes of the village deliberation (musyawarah desa) the approval rests on',
  VILLAGE_HEAD_APPROVAL: 'Approval of the village head',
  REGENT_APPROVAL: 'Approval of the regent or mayor',
  BUSINESS_PROPOSAL: 'A business proposal: budget, disbursement stages, repayment plan',
  ANNUAL_MEETING_REPORT: 'The report of the annual members meeting (RAT)',
  FINANCIAL_REPORT: 'A financial report',
  LAND_PROOF: 'Proof of land use or ownership',
  UNIT_PHOTO: 'A photo of the business unit',
  OTHER: 'A further document',
};

/**
 * Approvals depend on the kind of cooperative: a KDMP (desa) needs its village head's, a KKMP
 * (kelurahan) its regent's or mayor's. A program asking for either asks for the one that fits.
 * Matching's SQL is generated from these two constants (requiredDocumentsMaskSql in
 * matching/matching.bits.ts).
 */
export const APPROVALS: ReadonlySet<DocumentType> = new Set([
  DocumentType.VILLAGE_HEAD_APPROVAL,
  DocumentType.REGENT_APPROVAL,
]);
export const APPROVAL_OF_KIND: Record<CooperativeKind, DocumentType> = {
  [CooperativeKind.KDMP]: DocumentType.VILLAGE_HEAD_APPROVAL,
  [CooperativeKind.KKMP]: DocumentType.REGENT_APPROVAL,
};

export interface ProgramFacts {
  requiredDocuments: readonly DocumentType[];
  eligibleUnitTypes: readonly BusinessUnitType[];
  minAmount: string | null;
  maxAmount: string | null;
  operatingCostCap: string | null;
  /** Province, regency or district codes; empty: all Indonesia. */
  coverage: readonly string[];
}

export type Requirement =
  | {
      key: string;
      kind: RequirementKind.DOCUMENT | RequirementKind.APPROVAL;
      description: string;
      documentType: DocumentType;
    }
  | {
      key: string;
      kind: RequirementKind.BUSINESS_UNIT;
      description: string;
      unitTypes: readonly BusinessUnitType[];
    }
  | {
      key: string;
      kind: RequirementKind.AMOUNT;
      description: string;
      minimum: string | null;
      maximum: string | null;
    }
  | { key: string; kind: RequirementKind.OPERATING_COST; description: string; maximum: string }
  | { key: string; kind: RequirementKind.REGION; description: string; regionCodes: readonly string[] };

/** The requirements a program sets for a cooperative of `kind`, in the order a lender checks them. */
export function requirementsOf(program: ProgramFacts, kind: CooperativeKind): Requirement[] {
  const requirements: Requirement[] = [];
  if (program.coverage.length > 0) {
    requirements.push({
      key: 'REGION',
      kind: RequirementKind.REGION,
      description: 'The cooperative lies in a region the program covers',
      regionCodes: program.coverage,
    });
  }
  let approvalAdded = false;
  for (const type of program.requiredDocuments) {
    if (APPROVALS.has(type)) {
      if (approvalAdded) continue;
      approvalAdded = true;
      const approval = APPROVAL_OF_KIND[kind];
      requirements.push({
        key: `APPROVAL:${approval}`,
        kind: RequirementKind.APPROVAL,
        description: `${DOCUMENT_REQUIREMENT[approval]} (${kind === CooperativeKind.KDMP ? 'KDMP' : 'KKMP'}), based on the village deliberation`,
        documentType: approval,
      });
      continue;
    }
    requirements.push({
      key: `DOCUMENT:${type}`,
      kind: RequirementKind.DOCUMENT,
      description: DOCUMENT_REQUIREMENT[type],
      documentType: type,
    });
  }
  if (program.eligibleUnitTypes.length > 0) {
    requirements.push({
      key: 'BUSINESS_UNIT',
      kind: RequirementKind.BUSINESS_UNIT,
      description: 'An active business unit of a type the program serves',
      unitTypes: program.eligibleUnitTypes,
    });
  }
  if (program.minAmount !== null || program.maxAmount !== null) {
    requirements.push({
      key: 'AMOUNT',
      kind: RequirementKind.AMOUNT,
      description: 'The amount asked for is within the range of the program',
      minimum: program.minAmount,
      maximum: program.maxAmount,
    });
  }
  if (program.operatingCostCap !== null) {
    requirements.push({
      key: 'OPERATING_COST',
      kind: RequirementKind.OPERATING_COST,
      description: 'The part for operating costs is within the cap',
      maximum: program.operatingCostCap,
    });
  }
  return requirements;
}

/**
 * A rule of a program that a proposal's terms must keep. A program may mark any of them
 * negotiable: a breach is then recorded as a deviation instead of refused. The kinds of proposal a
 * program admits (proposal.fit.ts) are not negotiable.
 */
export enum ProgramRule {
  AMOUNT = 'AMOUNT',
  OPERATING_COST = 'OPERATING_COST',
  RATE = 'RATE',
  TENOR = 'TENOR',
  GRACE = 'GRACE',
  COMMODITY = 'COMMODITY',
  REGION = 'REGION',
}

/** The program fields that bound the terms of a proposal, besides those of ProgramFacts. */
export interface ProgramTermsFacts extends ProgramFacts {
  ratePerYear: string | null;
  maxTenorMonths: number | null;
  minGraceMonths: number | null;
  maxGraceMonths: number | null;
  commodity: Commodity | null;
}

type RequirementOf<K extends RequirementKind> = Extract<Requirement, { kind: K }>;

/** One limit on the terms of a proposal under a program. */
export type TermsLimit =
  | { rule: ProgramRule.AMOUNT; requirement: RequirementOf<RequirementKind.AMOUNT> }
  | { rule: ProgramRule.OPERATING_COST; requirement: RequirementOf<RequirementKind.OPERATING_COST> }
  | { rule: ProgramRule.REGION; requirement: RequirementOf<RequirementKind.REGION> }
  | { rule: ProgramRule.RATE; ratePerYear: string }
  | { rule: ProgramRule.TENOR; maxMonths: number }
  | { rule: ProgramRule.GRACE; minMonths: number | null; maxMonths: number | null }
  | { rule: ProgramRule.COMMODITY; commodity: Commodity };

/**
 * The limits a program puts on the terms of proposals made under it. Amount range, operating-cost
 * cap and region coverage are taken from requirementsOf, so eligibility and proposals cannot
 * disagree about them; rate, tenor, grace and commodity come from the same program fields.
 */
export function termsLimitsOf(program: ProgramTermsFacts, kind: CooperativeKind): TermsLimit[] {
  const limits: TermsLimit[] = [];
  for (const requirement of requirementsOf(program, kind)) {
    if (requirement.kind === RequirementKind.AMOUNT) limits.push({ rule: ProgramRule.AMOUNT, requirement });
    if (requirement.kind === RequirementKind.OPERATING_COST) {
      limits.push({ rule: ProgramRule.OPERATING_COST, requirement });
    }
    if (requirement.kind === RequirementKind.REGION) limits.push({ rule: ProgramRule.REGION, requirement });
  }
  if (program.ratePerYear !== null) limits.push({ rule: ProgramRule.RATE, ratePerYear: program.ratePerYear });
  if (program.maxTenorMonths !== null) {
    limits.push({ rule: ProgramRule.TENOR, maxMonths: program.maxTenorMonths });
  }
  if (program.minGraceMonths !== null || program.maxGraceMonths !== null) {
    limits.push({
      rule: ProgramRule.GRACE,
      minMonths: program.minGraceMonths,
      maxMonths: program.maxGraceMonths,
    });
  }
  if (program.commodity !== null) limits.push({ rule: ProgramRule.COMMODITY, commodity: program.commodity });
  return limits;
}
