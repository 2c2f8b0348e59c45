import type { UserErrorCode } from '@/graphql/generated/graphql';

/** The refusals of the API that name a broken program rule or a kind that does not fit. */
export const PROGRAM_RULE_CODES = [
  'TERMS_ABOVE_PROGRAM_CEILING',
  'TERMS_BELOW_PROGRAM_MINIMUM',
  'TERMS_OPERATING_SHARE_TOO_HIGH',
  'TERMS_RATE_NOT_PROGRAM_RATE',
  'TERMS_TENOR_TOO_LONG',
  'TERMS_GRACE_TOO_LONG',
  'TERMS_GRACE_TOO_SHORT',
  'TERMS_COMMODITY_NOT_IN_PROGRAM',
  'COOPERATIVE_OUTSIDE_PROGRAM_REGION',
  'PROPOSAL_KIND_NOT_ADMITTED',
  'PROPOSAL_KIND_DOES_NOT_FIT_OFFERING',
] as const satisfies readonly UserErrorCode[];

export type ProgramRuleCode = (typeof PROGRAM_RULE_CODES)[number];

export function isProgramRuleCode(code: string): code is ProgramRuleCode {
  return (PROGRAM_RULE_CODES as readonly string[]).includes(code);
}
