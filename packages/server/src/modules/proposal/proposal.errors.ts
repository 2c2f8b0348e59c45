import { UserErrorCode, UserErrorException } from '../../graphql/user-error';
import type { ProposalAction } from './proposal.entity';
import type { ProposalRole, ProposalStage } from './proposal.transitions';

/** The expected refusals of the proposal workflow, returned as payload `userErrors`. */
export const ProposalError = {
  notFound(field = 'proposalId'): UserErrorException {
    return UserErrorException.of(UserErrorCode.NOT_FOUND, 'No such proposal, or it is not visible to you.', [
      'input',
      field,
    ]);
  },

  /** Same wording as a version clash detected by the database (see graphql/payload.ts). */
  conflict(): UserErrorException {
    return UserErrorException.of(
      UserErrorCode.CONFLICT,
      'Someone changed this record since you loaded it; reload and try again.',
      ['input', 'version'],
    );
  },

  invalidTransition(stage: ProposalStage, action: ProposalAction, role: ProposalRole): UserErrorException {
    return UserErrorException.of(
      UserErrorCode.INVALID_TRANSITION,
      `${action} is not possible on a ${stage} proposal for ${describeRole(role)}.`,
    );
  },

  invalid(message: string, field: string[]): UserErrorException {
    return UserErrorException.of(UserErrorCode.INVALID, message, field);
  },

  referenceNotFound(field: string, what: string): UserErrorException {
    return UserErrorException.of(UserErrorCode.NOT_FOUND, `No such ${what}, or it does not belong here.`, [
      'input',
      field,
    ]);
  },
};

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
    case 'SYSTEM':
      return 'the system';
  }
}
