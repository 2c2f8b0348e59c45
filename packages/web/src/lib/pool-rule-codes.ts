import type { ProposalErrorCode } from '@/graphql/generated/graphql';

/** The refusals of the API about a pooled offer's shares: totals, capacity, approvals, offerings. */
export const POOL_RULE_CODES = [
  'POOL_BELOW_MINIMUM',
  'POOL_MEMBER_OVER_CAPACITY',
  'POOL_NOT_APPROVED',
  'POOL_OFFERING_DOES_NOT_FIT',
  'POOL_LEAD_NOT_MEMBER',
] as const satisfies readonly ProposalErrorCode[];

export type PoolRuleCode = (typeof POOL_RULE_CODES)[number];

export function isPoolRuleCode(code: string): code is PoolRuleCode {
  return (POOL_RULE_CODES as readonly string[]).includes(code);
}
