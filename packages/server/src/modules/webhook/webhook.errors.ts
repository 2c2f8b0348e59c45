import { DomainError, RefusalCode } from '../../shared/domain-error';

/** What a change of a webhook endpoint, or a replay, can be refused for. */
export type WebhookErrorCode = RefusalCode.NOT_FOUND | RefusalCode.INVALID | RefusalCode.INVALID_TRANSITION;

/** A refused change of a webhook endpoint; `field` is the path of the command field concerned. */
export class WebhookError extends DomainError<WebhookErrorCode> {
  static notFound(noun: 'webhook endpoint' | 'webhook delivery', field = 'id'): WebhookError {
    return new WebhookError(RefusalCode.NOT_FOUND, `There is no such ${noun}.`, [field]);
  }
}
