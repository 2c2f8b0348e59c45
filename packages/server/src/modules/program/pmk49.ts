import { DocumentType } from '../document/document-type';
import type { ProgramTermsFacts } from './program.requirements';

/**
 * The PMK 49/2025 loan to KDKMP (Minister of Finance regulation 49 of 2025): up to Rp3 billion per
 * cooperative at 6 % a year, up to 72 months with 6–8 months grace, at most Rp500 million of it
 * for operating costs. Its requirements: legal entity (SK AHU), NIK koperasi, a bank account in the
 * cooperative's name, NPWP, NIB, a business proposal (budget, disbursement stages, repayment plan),
 * and the approval of the village head (KDMP) or the regent or mayor (KKMP) resting on the village
 * deliberation. The state banks' loan programs are seeded from these facts, and the financing
 * passport checks every cooperative against them through `requirementsOf`, as eligibility does.
 */
export const PMK49_DOCUMENTS: readonly DocumentType[] = [
  DocumentType.SK_AHU,
  DocumentType.NIK_CERTIFICATE,
  DocumentType.BANK_ACCOUNT,
  DocumentType.NPWP,
  DocumentType.NIB,
  DocumentType.BUSINESS_PROPOSAL,
  DocumentType.VILLAGE_HEAD_APPROVAL,
  DocumentType.REGENT_APPROVAL,
  DocumentType.VILLAGE_DELIBERATION_MINUTES,
];

export const PMK49_LOAN = {
  minAmount: '50000000',
  maxAmount: '3000000000',
  ratePerYear: '6.00',
  maxTenorMonths: 72,
  minGraceMonths: 6,
  maxGraceMonths: 8,
  operatingCostCap: '500000000',
} as const;

/** The loan as program facts, everywhere in Indonesia and for a unit of any type. */
export const PMK49_PROGRAM: ProgramTermsFacts = {
  ...PMK49_LOAN,
  requiredDocuments: PMK49_DOCUMENTS,
  eligibleUnitTypes: [],
  coverage: [],
  commodity: null,
};
