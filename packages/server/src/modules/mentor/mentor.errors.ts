import { DomainError, RefusalCode } from '../../shared/domain-error';

/** What a change of a cooperative's mentor assignment can be refused for. */
export type MentorErrorCode =
  RefusalCode.NOT_FOUND | RefusalCode.INVALID | RefusalCode.DUPLICATE | RefusalCode.INVALID_TRANSITION;

/** A refused change of a mentor assignment; `field` is the path of the command field concerned. */
export class MentorError extends DomainError<MentorErrorCode> {
  static notFound(): MentorError {
    return new MentorError(RefusalCode.NOT_FOUND, 'There is no such mentor.', ['mentorId']);
  }

  static cooperativeNotFound(): MentorError {
    return new MentorError(RefusalCode.NOT_FOUND, 'There is no such cooperative.', ['cooperativeId']);
  }

  /** Only BAs take a caseload. */
  static notABusinessAssistant(): MentorError {
    return new MentorError(
      RefusalCode.INVALID,
      'Only a business assistant (BA) takes a caseload; a PMO supervises BAs.',
      ['mentorId'],
    );
  }

  /** A BA mentors cooperatives of their own regency only. */
  static otherRegency(regency: string | null): MentorError {
    return new MentorError(
      RefusalCode.INVALID,
      `This BA works in another regency than the cooperative (${regency}).`,
      ['mentorId'],
    );
  }

  static alreadyAssigned(): MentorError {
    return new MentorError(RefusalCode.DUPLICATE, 'This BA mentors the cooperative already.', ['mentorId']);
  }

  static noneAssigned(): MentorError {
    return new MentorError(RefusalCode.INVALID_TRANSITION, 'This cooperative has no mentor assigned.', [
      'cooperativeId',
    ]);
  }
}
