import { DomainError, RefusalCode, Violations } from '../../shared/domain-error';

/** What a change of a cooperative's document can be refused for. */
export type DocumentErrorCode = RefusalCode.NOT_FOUND | RefusalCode.INVALID;

/** A refused change of a document; `field` is the path of the command field concerned. */
export class DocumentError extends DomainError<DocumentErrorCode> {
  static notFound(): DocumentError {
    return new DocumentError(RefusalCode.NOT_FOUND, 'There is no such document.', ['id']);
  }

  /** There is no cooperative with the id at `cooperativeId`. */
  static cooperativeNotFound(): DocumentError {
    return new DocumentError(RefusalCode.NOT_FOUND, 'There is no such cooperative.', ['cooperativeId']);
  }
}

/** The rule violations of one change of a document, thrown together. */
export class DocumentViolations extends Violations<DocumentErrorCode> {}
