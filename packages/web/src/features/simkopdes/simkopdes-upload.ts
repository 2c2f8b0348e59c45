import { CSRF_HEADER } from '@/features/document/document-upload';

/**
 * Uploading SIMKOPDES exports to `POST /simkopdes/imports` (same origin: src/proxy.ts forwards it
 * to the API with the session cookie). The checks here only spare a useless upload; the API
 * judges the files and answers with one of these codes.
 */

export const SIMKOPDES_ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type SimkopdesUploadProblem =
  | 'NO_FILE'
  | 'MIXED'
  | 'WRONG_TYPE'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_FILE_TYPE'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'BAD_REQUEST'
  | 'FAILED';

const API_CODES: ReadonlySet<string> = new Set([
  'FILE_TOO_LARGE',
  'UNSUPPORTED_FILE_TYPE',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'BAD_REQUEST',
]);

/** What is wrong with the chosen files before sending them: one workbook, or CSV files only. */
export function checkSimkopdesFiles(files: readonly { name: string }[]): SimkopdesUploadProblem | null {
  if (files.length === 0) return 'NO_FILE';
  if (files.some((file) => !/\.(csv|xlsx)$/i.test(file.name))) return 'WRONG_TYPE';
  const workbooks = files.filter((file) => /\.xlsx$/i.test(file.name)).length;
  if (workbooks > 0 && files.length > 1) return 'MIXED';
  return null;
}

export type SimkopdesUploadResult =
  { ok: true; importId: string } | { ok: false; problem: SimkopdesUploadProblem; detail?: string };

/** Sends the files; the new run's global ID, or why not (FAILED for a network failure). */
export async function uploadSimkopdesFiles(files: readonly File[]): Promise<SimkopdesUploadResult> {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  try {
    const response = await fetch('/simkopdes/imports', {
      method: 'POST',
      body: form,
      headers: CSRF_HEADER,
      credentials: 'same-origin',
    });
    const body = (await response.json().catch(() => null)) as {
      import?: { id?: string };
      error?: { code?: string; message?: string };
    } | null;
    if (response.ok && body?.import?.id) return { ok: true, importId: body.import.id };
    // CSRF_REFUSED means this page is not the web app the API knows: nothing the user can fix.
    const code = body?.error?.code;
    if (code && API_CODES.has(code))
      return { ok: false, problem: code as SimkopdesUploadProblem, detail: body?.error?.message };
    return { ok: false, problem: 'FAILED' };
  } catch {
    return { ok: false, problem: 'FAILED' };
  }
}
