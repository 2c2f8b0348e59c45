import { DomainError, RefusalCode } from '../../shared/domain-error';

/** What setting a verification level can be refused for. */
export type VerificationErrorCode = RefusalCode.NOT_FOUND;

/** A refused verification; `field` is the path of the command field concerned. */
export class VerificationError extends DomainError<VerificationErrorCode> {
  /** No such cooperative or partner. */
  static notFound(noun: 'cooperative' | 'partner'): VerificationError {
    return new VerificationError(RefusalCode.NOT_FOUND, `There is no such ${noun}.`, ['id']);
  }
}
