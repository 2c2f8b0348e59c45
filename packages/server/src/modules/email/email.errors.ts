import { DomainError, RefusalCode } from '../../shared/domain-error';

/** What an email setting or an unsubscribe link can be refused for. */
export type EmailErrorCode = RefusalCode.NOT_FOUND | RefusalCode.INVALID;

/** A refused email setting; `field` is the path of the command field concerned. */
export class EmailError extends DomainError<EmailErrorCode> {}
