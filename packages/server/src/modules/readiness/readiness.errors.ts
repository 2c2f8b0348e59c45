import { DomainError, RefusalCode } from '../../shared/domain-error';

/** What sharing a financing passport can be refused for. */
export type PassportErrorCode = RefusalCode.NOT_FOUND;

/** A refused change to a passport's sharing; `field` is the path of the command field concerned. */
export class PassportError extends DomainError<PassportErrorCode> {
  static partnerNotFound(): PassportError {
    return new PassportError(RefusalCode.NOT_FOUND, 'There is no such partner.', ['partnerId']);
  }

  static notShared(): PassportError {
    return new PassportError(RefusalCode.NOT_FOUND, 'The passport is not shared with this partner.', [
      'partnerId',
    ]);
  }
}
