import { DomainError, RefusalCode, Violations } from '../../shared/domain-error';
import type { OfferingStatus } from './offering.entity';

/** What a change of an offering can be refused for. */
export type OfferingErrorCode = RefusalCode.NOT_FOUND | RefusalCode.INVALID | RefusalCode.INVALID_TRANSITION;

/** A refused change of an offering; `field` is the path of the command field concerned. */
export class OfferingError extends DomainError<OfferingErrorCode> {
  /** No such offering, or a draft the viewer may not know of. */
  static notFound(): OfferingError {
    return new OfferingError(RefusalCode.NOT_FOUND, 'There is no such offering.', ['id']);
  }

  static closed(): OfferingError {
    return new OfferingError(
      RefusalCode.INVALID_TRANSITION,
      'A closed offering is kept for the record and can no longer change.',
    );
  }

  /** The life cycle does not allow `action` from `status`, only from `from`. */
  static cannot(action: string, status: OfferingStatus, from: readonly OfferingStatus[]): OfferingError {
    return new OfferingError(
      RefusalCode.INVALID_TRANSITION,
      `Cannot ${action} an offering that is ${status}; only one that is ${from.join(' or ')}.`,
    );
  }
}

/** The rule violations of one change of an offering, thrown together. */
export class OfferingViolations extends Violations<OfferingErrorCode> {}
