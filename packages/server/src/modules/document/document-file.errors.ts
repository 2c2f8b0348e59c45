/**
 * Error codes of the document file endpoint (`POST`/`GET /documents/:id/file`), returned as JSON
 * `{ "error": { "code": …, "message": … } }` with the HTTP status beside each.
 */
export enum DocumentFileErrorCode {
  /** 401: no valid session cookie or Bearer token. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** 403: the viewer may not see (download) or change (upload) this cooperative's documents. */
  FORBIDDEN = 'FORBIDDEN',
  /** 404: no such document, or it has no file. */
  NOT_FOUND = 'NOT_FOUND',
  /** 413: larger than DOCUMENT_MAX_BYTES. */
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  /** 415: the content is not a PDF, JPEG, PNG or WebP (judged by its first bytes). */
  UNSUPPORTED_FILE_TYPE = 'UNSUPPORTED_FILE_TYPE',
  /** 400: not a multipart/form-data request with exactly one part named "file". */
  BAD_REQUEST = 'BAD_REQUEST',
  /** 409: the `version` form field is not the document's current version. */
  CONFLICT = 'CONFLICT',
  /**
   * 403: an upload signed in by the session cookie without a CSRF header
   * (`apollo-require-preflight` or `x-apollo-operation-name`), or from an Origin that is not one
   * of WEB_ORIGINS.
   */
  CSRF_REFUSED = 'CSRF_REFUSED',
}

export const DOCUMENT_FILE_HTTP_STATUS: Record<DocumentFileErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  BAD_REQUEST: 400,
  CONFLICT: 409,
  CSRF_REFUSED: 403,
};

/** A refused request to the document file endpoint, answered with its code's HTTP status. */
export class DocumentFileError extends Error {
  constructor(
    readonly code: DocumentFileErrorCode,
    message: string,
  ) {
    super(message);
  }
}
