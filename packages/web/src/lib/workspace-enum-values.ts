import type {
  ManagementPattern,
  OfficerRole,
  ProposalAction,
  ProposalActor,
  ProposalKind,
  ProposalSide,
  ProposalStatus,
  QuantityUnit,
} from '@/graphql/generated/graphql';

/*
 * The values of the API's enums that the workspaces' forms and filters offer, in the order a
 * person expects them. Like enum-values.ts (the public filters), a jest spec compares each list
 * with schema.graphql and checks that every value has a label.
 */

export const PROPOSAL_KINDS = [
  'FINANCING',
  'OFFTAKE',
  'SUPPLY',
  'AGENCY',
] as const satisfies readonly ProposalKind[];

export const PROPOSAL_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'UNDER_REVIEW',
  'NEGOTIATING',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
  'EXPIRED',
  'COMPLETED',
  'CANCELLED',
] as const satisfies readonly ProposalStatus[];

export const PROPOSAL_SIDES = ['COOPERATIVE', 'PARTNER'] as const satisfies readonly ProposalSide[];

export const PROPOSAL_ACTIONS = [
  'CREATE',
  'UPDATE_DRAFT',
  'SUBMIT',
  'APPROVE_DRAFT',
  'REJECT_DRAFT',
  'START_REVIEW',
  'COUNTER',
  'ACCEPT',
  'DECLINE',
  'WITHDRAW',
  'SEND_MESSAGE',
  'COMPLETE',
  'CANCEL',
  'EXPIRE',
  'APPROVE_SHARE',
  'WITHDRAW_SHARE',
] as const satisfies readonly ProposalAction[];

export const PROPOSAL_ACTORS = [
  'COOPERATIVE',
  'PARTNER',
  'MENTOR',
  'POOL_MEMBER',
  'SYSTEM',
] as const satisfies readonly ProposalActor[];

export const QUANTITY_UNITS = [
  'KG',
  'TON',
  'LITRE',
  'PIECE',
  'TRAY',
  'HEAD',
  'SACK',
  'CUBIC_METRE',
  'TRIP',
] as const satisfies readonly QuantityUnit[];

export const MANAGEMENT_PATTERNS = [
  'KONVENSIONAL',
  'SYARIAH',
] as const satisfies readonly ManagementPattern[];

export const OFFICER_ROLES = [
  'KETUA',
  'SEKRETARIS',
  'BENDAHARA',
  'PENGAWAS',
] as const satisfies readonly OfficerRole[];
