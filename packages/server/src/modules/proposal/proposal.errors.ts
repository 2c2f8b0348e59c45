import { DomainError, RefusalCode, type FieldPath } from '../../shared/domain-error';
import type { ProposalAction } from './proposal.entity';
import type { ProgramRuleCode } from './proposal.program-rules';
import type { ProposalRole, ProposalStage } from './proposal.transitions';

/** What a pooled offer can be refused for, besides the general refusals (proposal.pool.ts). */
export const POOL_RULE_CODES = [
  RefusalCode.POOL_BELOW_MINIMUM,
  RefusalCode.POOL_MEMBER_OVER_CAPACITY,
  RefusalCode.POOL_NOT_APPROVED,
  RefusalCode.POOL_OFFERING_DOES_NOT_FIT,
  RefusalCode.POOL_LEAD_NOT_MEMBER,
] as const;

export type PoolRuleCode = (typeof POOL_RULE_CODES)[number];

/** What a step of the proposal workflow can be refused for. */
export type ProposalErrorCode =
  | RefusalCode.NOT_FOUND
  | RefusalCode.CONFLICT
  | RefusalCode.INVALID_TRANSITION
  | RefusalCode.INVALID
  | RefusalCode.DUPLICATE
  | ProgramRuleCode
  | PoolRuleCode;

/**
 * An expected refusal of the proposal workflow (answered as payload `userErrors`); `field` is the
 * path of the command field concerned.
 */
export class ProposalError extends DomainError<ProposalErrorCode> {
  static notFound(field = 'proposalId'): ProposalError {
    return new ProposalError(RefusalCode.NOT_FOUND, 'No such proposal, or it is not visible to you.', [
      field,
    ]);
  }

  /** Same wording as a version clash detected by the database (see graphql/payload.ts). */
  static conflict(): ProposalError {
    return new ProposalError(
      RefusalCode.CONFLICT,
      'Someone changed this record since you loaded it; reload and try again.',
      ['version'],
    );
  }

  static invalidTransition(stage: ProposalStage, action: ProposalAction, role: ProposalRole): ProposalError {
    return new ProposalError(
      RefusalCode.INVALID_TRANSITION,
      `${action} is not possible on a ${stage} proposal for ${describeRole(role)}.`,
    );
  }

  static invalid(message: string, field: FieldPath): ProposalError {
    return new ProposalError(RefusalCode.INVALID, message, field);
  }

  /** `field` names the command field holding the reference (e.g. 'terms.deliveryRegionCode'). */
  static referenceNotFound(field: string, what: string): ProposalError {
    return new ProposalError(RefusalCode.NOT_FOUND, `No such ${what}, or it does not belong here.`, [field]);
  }
}

function describeRole(role: ProposalRole): string {
  switch (role) {
    case 'ON_TURN':
      return 'the party on turn';
    case 'WAITING':
      return 'the party waiting for an answer';
    case 'PARTY':
      return 'a party';
    case 'MENTOR':
      return 'the brokering mentor';
    case 'MEMBER':
      return 'a member of the pool';
    case 'SYSTEM':
      return 'the system';
  }
}
