import { DomainError, RefusalCode } from '../../shared/domain-error';

/** What a change of the viewer's notifications can be refused for. */
export type NotificationErrorCode = RefusalCode.NOT_FOUND;

/** A refused change of notifications; `field` is the path of the command field concerned. */
export class NotificationError extends DomainError<NotificationErrorCode> {
  /** An id that is not a notification of the viewer (someone else's, or none). */
  static notYours(): NotificationError {
    return new NotificationError(RefusalCode.NOT_FOUND, 'There is no such notification of yours.', ['ids']);
  }
}
