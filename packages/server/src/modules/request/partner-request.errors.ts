import { DomainError, RefusalCode, Violations } from '../../shared/domain-error';
import type { PartnerRequestStatus } from './partner-request.entity';

/** What a change of a partner's request can be refused for. */
export type PartnerRequestErrorCode =
  RefusalCode.NOT_FOUND | RefusalCode.INVALID | RefusalCode.INVALID_TRANSITION;

/** A refused change of a request; `field` is the path of the command field concerned. */
export class PartnerRequestError extends DomainError<PartnerRequestErrorCode> {
  static notFound(): PartnerRequestError {
    return new PartnerRequestError(RefusalCode.NOT_FOUND, 'There is no such request.', ['id']);
  }

  /** The change needs the request in one of `statuses`. */
  static notIn(status: PartnerRequestStatus, statuses: readonly PartnerRequestStatus[]): PartnerRequestError {
    return new PartnerRequestError(
      RefusalCode.INVALID_TRANSITION,
      `This request is ${status}; only ${statuses.join(' or ')} requests can change this way.`,
    );
  }
}

/** The rule violations of one change of a request, thrown together. */
export class PartnerRequestViolations extends Violations<PartnerRequestErrorCode> {}
