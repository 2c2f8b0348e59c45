import { DomainError, RefusalCode, Violations } from '../../shared/domain-error';

/** What a change of a partner can be refused for. */
export type PartnerErrorCode = RefusalCode.NOT_FOUND | RefusalCode.DUPLICATE | RefusalCode.INVALID;

/** A refused change of a partner; `field` is the path of the command field concerned. */
export class PartnerError extends DomainError<PartnerErrorCode> {
  /** There is no partner with the id at `field`. */
  static notFound(field = 'id'): PartnerError {
    return new PartnerError(RefusalCode.NOT_FOUND, 'There is no such partner.', [field]);
  }

  /** Partner names are unique regardless of case. */
  static nameTaken(): PartnerError {
    return new PartnerError(RefusalCode.DUPLICATE, 'A partner with this name exists already.', ['name']);
  }
}

/** The rule violations of one change of a partner, thrown together. */
export class PartnerViolations extends Violations<PartnerErrorCode> {}
