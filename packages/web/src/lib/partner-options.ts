import type { DocumentType, ProgramKind, ProgramStatus } from '@/graphql/generated/graphql';

/*
 * The values of the API's enums that the partner workspace's forms offer, in the order a person
 * expects them (codegen emits enums as string unions, without a runtime list). A jest spec
 * compares each list with schema.graphql.
 */

export const PROGRAM_KINDS = [
  'LOAN',
  'OFFTAKE',
  'SUPPLY',
  'AGENCY',
  'SERVICE',
] as const satisfies readonly ProgramKind[];

export const PROGRAM_STATUSES = [
  'DRAFT',
  'ACTIVE',
  'PAUSED',
  'CLOSED',
] as const satisfies readonly ProgramStatus[];

export const DOCUMENT_TYPES = [
  'NOTARIAL_DEED',
  'SK_AHU',
  'NIK_CERTIFICATE',
  'NIB',
  'NPWP',
  'BANK_ACCOUNT',
  'OFFICER_IDS',
  'VILLAGE_DELIBERATION_MINUTES',
  'VILLAGE_HEAD_APPROVAL',
  'REGENT_APPROVAL',
  'BUSINESS_PROPOSAL',
  'ANNUAL_MEETING_REPORT',
  'FINANCIAL_REPORT',
  'LAND_PROOF',
  'UNIT_PHOTO',
  'OTHER',
] as const satisfies readonly DocumentType[];

/** The request form's units: the same list as the cooperative workspace's and the proposals'. */
export { QUANTITY_UNITS } from './workspace-enum-values';

/**
 * The moves setProgramStatus allows from each status (DRAFT → ACTIVE or CLOSED; ACTIVE ⇄ PAUSED;
 * ACTIVE or PAUSED → CLOSED), in the order the buttons are shown.
 */
export const PROGRAM_STATUS_MOVES: Record<ProgramStatus, readonly ProgramStatus[]> = {
  DRAFT: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['PAUSED', 'CLOSED'],
  PAUSED: ['ACTIVE', 'CLOSED'],
  CLOSED: [],
};
