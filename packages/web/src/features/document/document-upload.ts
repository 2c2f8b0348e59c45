/**
 * Uploading a document's file to `POST /documents/{id}/file` (same origin: the web app forwards
 * it to the API with the session cookie). The checks here only spare a slow phone a useless
 * upload; the API judges the file by its content and answers with one of these codes.
 */

/** The API's default limit (DOCUMENT_MAX_BYTES); a stricter server limit still wins. */
export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp';

const ACCEPTED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);
const ACCEPTED_EXTENSIONS = /\.(pdf|jpe?g|png|webp)$/i;

export type UploadErrorCode =
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_FILE_TYPE'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_REQUEST'
  | 'FAILED';

const KNOWN_CODES: ReadonlySet<string> = new Set([
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'CONFLICT',
  'BAD_REQUEST',
]);

/** What is wrong with a chosen file before sending it, if anything. */
export function checkDocumentFile(file: {
  size: number;
  type: string;
  name: string;
}): UploadErrorCode | null {
  if (file.size > DOCUMENT_MAX_BYTES) return 'FILE_TOO_LARGE';
  if (!ACCEPTED_TYPES.has(file.type) && !ACCEPTED_EXTENSIONS.test(file.name)) return 'UNSUPPORTED_FILE_TYPE';
  return null;
}

/**
 * The API refuses a cookie-signed upload without this header (CSRF protection): a form on another
 * site cannot set it, and the API answers no CORS preflight. Apollo Client's GraphQL requests pass
 * the same check with their JSON content type.
 */
export const CSRF_HEADER = { 'apollo-require-preflight': 'true' } as const;

/** Sends the file; null when stored, else the API's error code (FAILED for a network failure). */
export async function uploadDocumentFile(documentId: string, file: File): Promise<UploadErrorCode | null> {
  const form = new FormData();
  form.append('file', file, file.name);
  try {
    const response = await fetch(`/documents/${encodeURIComponent(documentId)}/file`, {
      method: 'POST',
      body: form,
      headers: CSRF_HEADER,
      credentials: 'same-origin',
    });
    if (response.ok) return null;
    const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
    const code = body?.error?.code;
    return code && KNOWN_CODES.has(code) ? (code as UploadErrorCode) : 'FAILED';
  } catch {
    return 'FAILED';
  }
}

/** 1536 → "1,5 KB" style sizes for the list. */
export function formatFileSize(bytes: number, locale: 'id' | 'en' = 'id'): string {
  const format = (value: number) =>
    new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}
