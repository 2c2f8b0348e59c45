import { DomainError, RefusalCode } from '../../shared/domain-error';

/** The refusals only changes of an organisation's people give. */
export const TEAM_OWN_CODES = [
  RefusalCode.LAST_ADMIN,
  RefusalCode.INVITATION_EXPIRED,
  RefusalCode.INVITEE_MUST_SIGN_IN,
  RefusalCode.INVITEE_DEACTIVATED,
] as const;

export type TeamErrorCode =
  | RefusalCode.INVALID
  | RefusalCode.INVALID_TRANSITION
  | RefusalCode.DUPLICATE
  | RefusalCode.NOT_FOUND
  | RefusalCode.LAST_ADMIN
  | RefusalCode.INVITATION_EXPIRED
  | RefusalCode.INVITEE_MUST_SIGN_IN
  | RefusalCode.INVITEE_DEACTIVATED;

/** A refused change of an organisation's people; `field` is the path of the command field concerned. */
export class TeamError extends DomainError<TeamErrorCode> {
  static roleNotOfOrganisation(role: string, kind: string): TeamError {
    return new TeamError(RefusalCode.INVALID, `${role} is not a role in a ${kind}.`, ['role']);
  }

  static alreadyMember(): TeamError {
    return new TeamError(RefusalCode.DUPLICATE, 'This person is a member of the organisation already.', [
      'email',
    ]);
  }

  static alreadyInvited(): TeamError {
    return new TeamError(
      RefusalCode.DUPLICATE,
      'This email has an open invitation to the organisation already; resend it instead.',
      ['email'],
    );
  }

  static noSuchMember(): TeamError {
    return new TeamError(RefusalCode.NOT_FOUND, 'There is no such member.', ['id']);
  }

  static noSuchInvitation(field = 'id'): TeamError {
    return new TeamError(RefusalCode.NOT_FOUND, 'There is no such invitation, or it was cancelled.', [field]);
  }

  static invitationClosed(): TeamError {
    return new TeamError(
      RefusalCode.INVALID_TRANSITION,
      'The invitation was accepted or cancelled already.',
      ['id'],
    );
  }

  static invitationAccepted(): TeamError {
    return new TeamError(RefusalCode.INVALID_TRANSITION, 'The invitation was accepted already.', ['token']);
  }

  static invitationExpired(): TeamError {
    return new TeamError(
      RefusalCode.INVITATION_EXPIRED,
      'The invitation has expired; ask an admin of the organisation to resend it.',
      ['token'],
    );
  }

  static inviteeMustSignIn(): TeamError {
    return new TeamError(
      RefusalCode.INVITEE_MUST_SIGN_IN,
      'An account with the invited email exists: sign in with it, then accept the invitation.',
      ['token'],
    );
  }

  /** A deactivated account cannot sign in, so an invitation to it could never be accepted. */
  static inviteeDeactivated(field: 'email' | 'id' | 'token'): TeamError {
    return new TeamError(
      RefusalCode.INVITEE_DEACTIVATED,
      "The account of this email is deactivated; MitraDesa's operators must reactivate it before it can join.",
      [field],
    );
  }

  static nameRequired(): TeamError {
    return new TeamError(RefusalCode.INVALID, 'Your name is required to create your account.', ['name']);
  }

  static passwordRequired(): TeamError {
    return new TeamError(RefusalCode.INVALID, 'A password is required to create your account.', ['password']);
  }

  static lastAdmin(role: string): TeamError {
    return new TeamError(
      RefusalCode.LAST_ADMIN,
      `This is the organisation's last ${role}: give another member that role first.`,
      ['id'],
    );
  }
}
