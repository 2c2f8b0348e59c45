import { pipeline } from 'node:stream';
import type { Request, Response } from 'express';
import { Router } from 'express';
// busboy streams multipart bodies part by part with hard limits (file size, part count) and no
// temporary files of its own; it is what multer and Fastify build on, small and maintained. We
// need one file per request written to our own storage, so its plain streaming API fits better
// than multer's storage engines.
import busboy from 'busboy';
import { parse as parseCookies } from 'cookie';
import { inTransaction, type Context } from '../../request-context';
import { fromGlobalId } from '../../shared/global-id';
import { OptimisticLockError } from '@mikro-orm/core';
import { ForbiddenError } from '../../shared/domain-error';
import { READ_ONLY_TOKEN_MESSAGE } from '../../shared/access-role';
import { maySeeCooperativeRecords } from '../cooperative/cooperative.policy';
import { SESSION_COOKIE } from '../account/credentials';
import {
  DocumentFileError,
  DocumentFileErrorCode as Code,
  DOCUMENT_FILE_HTTP_STATUS,
} from './document-file.errors';
import { DocumentError } from './document.errors';
import type { DocumentStorage, StoredFile } from './document-storage';
import { attachDocumentFile } from './document.service';
import { documentById } from './document.reads';

/** The request's GraphQL context (viewer from the same cookie or Bearer token as /graphql). */
export type ContextOf = (req: Request, res: Response) => Promise<Context>;

function documentIdOf(param: unknown): number {
  try {
    const decoded = fromGlobalId(String(param));
    if (decoded.type === 'CooperativeDocument') return decoded.key as number;
  } catch {
    // A malformed ID names no document.
  }
  throw new DocumentFileError(Code.NOT_FOUND, 'There is no such document.');
}

function sendError(res: Response, error: DocumentFileError): void {
  res
    .status(DOCUMENT_FILE_HTTP_STATUS[error.code])
    .json({ error: { code: error.code, message: error.message } });
}

/**
 * Control characters (C0, DEL, C1), invisible format characters (Unicode category Cf: the bidi
 * embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F and
 * U+061C, zero-width spaces and joiners, the BOM, soft hyphens…) and line or paragraph
 * separators. A right-to-left override makes "invoice\u202Efdp.exe" read as "invoiceexe.pdf".
 */
const UNSAFE_IN_NAMES = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}"]/gu;

/** A file name safe to store and to echo in a header: no path, no control or format characters, at most 200 characters. */
export function cleanFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = Array.from(base.replace(UNSAFE_IN_NAMES, '').trim()).slice(-200).join('').trim();
  return clean || fallback;
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266), ASCII fallback for old clients. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[%;\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

interface Upload {
  file: StoredFile;
  name: string;
  version: number | null;
}

/**
 * Reads the multipart body: one part named "file" and optionally a "version" field (sent before
 * the file). Refuses oversized, empty and unrecognised files; nothing refused stays in storage.
 * Settles exactly once, however the body ends: completely, malformed (busboy's 'error', after
 * which no 'close' comes), or cut short by the client (the request closes before it is complete).
 */
function receiveUpload(req: Request, storage: DocumentStorage): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send the filename as raw UTF-8 (HTML's form encoding); busboy's default,
        // latin1, would store "Laporan – Koperasi.pdf" as mojibake.
        defParamCharset: 'utf8',
        // busboy reports the limit when a file *reaches* fileSize; one byte more lets a file of
        // exactly maxBytes through and trips on anything larger.
        limits: { files: 1, fileSize: storage.maxBytes + 1, fields: 4, fieldSize: 100, parts: 6 },
      });
    } catch {
      reject(new DocumentFileError(Code.BAD_REQUEST, 'Send multipart/form-data with one part named "file".'));
      return;
    }
    let version: number | null = null;
    let receiving: Promise<Upload | null> | null = null;
    let failure: DocumentFileError | null = null;
    const fail = (error: DocumentFileError) => (failure ??= error);
    let settled = false;

    const settle = async () => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      let upload: Upload | null = null;
      try {
        upload = receiving ? await receiving : null;
      } catch (error) {
        // A failing storage (a full or unwritable disk: ENOSPC, EACCES…) is the server's fault and
        // answers 500; anything else came from the body being cut short or malformed. Either way
        // the partial file is gone.
        if ((error as NodeJS.ErrnoException).syscall) {
          reject(error);
          return;
        }
        fail(new DocumentFileError(Code.BAD_REQUEST, 'The multipart body ended before the file did.'));
      }
      if (failure || !upload) {
        try {
          if (upload) await storage.discard(upload.file.key);
        } finally {
          reject(failure ?? new DocumentFileError(Code.BAD_REQUEST, 'Send one part named "file".'));
        }
        return;
      }
      resolve({ ...upload, version });
    };
    /** Ends parsing early; busboy then fails the file stream in progress, which removes its partial file. */
    const abandon = (error: DocumentFileError) => {
      fail(error);
      parser.destroy();
      void settle();
    };

    parser.on('field', (name, value) => {
      if (name !== 'version') return;
      if (!/^\d{1,9}$/.test(value))
        fail(new DocumentFileError(Code.BAD_REQUEST, 'version must be a whole number.'));
      else version = Number(value);
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || receiving) {
        stream.on('error', () => undefined).resume();
        fail(new DocumentFileError(Code.BAD_REQUEST, 'Send exactly one part named "file".'));
        return;
      }
      let tooLarge = false;
      stream.on('limit', () => {
        tooLarge = true;
      });
      receiving = storage.receive(stream).then(async (result) => {
        if (tooLarge) {
          if (result.ok) await storage.discard(result.file.key);
          fail(
            new DocumentFileError(
              Code.FILE_TOO_LARGE,
              `The file is larger than ${Math.floor(storage.maxBytes / (1024 * 1024))} MB (${storage.maxBytes} bytes).`,
            ),
          );
          return null;
        }
        if (!result.ok) {
          fail(
            result.reason === 'EMPTY'
              ? new DocumentFileError(Code.BAD_REQUEST, 'The file is empty.')
              : new DocumentFileError(
                  Code.UNSUPPORTED_FILE_TYPE,
                  'Only PDF, JPEG, PNG and WebP files are accepted (judged by their content, not their name).',
                ),
          );
          return null;
        }
        return { file: result.file, name: cleanFileName(info.filename, 'dokumen'), version };
      });
      // Settled (and reported) in settle(); this keeps an early failure from counting as unhandled.
      receiving.catch(() => undefined);
    });
    parser.on('filesLimit', () => fail(new DocumentFileError(Code.BAD_REQUEST, 'Send exactly one file.')));
    // A malformed part header (e.g. a line break inside the filename) or a body without its closing
    // boundary: busboy emits 'error' and then nothing more, so this must settle.
    parser.on('error', () =>
      abandon(new DocumentFileError(Code.BAD_REQUEST, 'The multipart body is malformed.')),
    );
    parser.on('close', () => void settle());
    // The client went away (or reset the connection) before sending the whole body.
    req.once('close', () => {
      if (!req.complete)
        abandon(new DocumentFileError(Code.BAD_REQUEST, 'The upload was cut short before the body ended.'));
    });
    req.pipe(parser);
  });
}

/**
 * Headers that a page on another site cannot add to a request without a CORS preflight, which the
 * API never grants: the same two that Apollo's csrfPrevention accepts on /graphql, so one client
 * setting serves both endpoints. A multipart body is a "simple" request a foreign form could send.
 */
export const CSRF_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'] as const;

/**
 * Why an upload may have been forged by another site, or null. Only the session cookie rides
 * along on its own: a Bearer token is sent by code that holds it, so such requests are exempt, and
 * a request with neither credential is refused as unauthenticated anyway. A cookie request needs
 * a CSRF header and, when the browser names its Origin, one of the web app's origins (the web app
 * forwards the browser's Origin along with the body).
 */
function crossSiteRefusal(req: Request, webOrigins: readonly string[]): DocumentFileError | null {
  if (/^Bearer\s+\S+$/i.test(req.headers.authorization ?? '')) return null;
  if (!parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE]) return null;
  if (!CSRF_HEADERS.some((name) => (req.headers[name] ?? '') !== '')) {
    return new DocumentFileError(
      Code.CSRF_REFUSED,
      `Uploads signed in by cookie need the header "${CSRF_HEADERS[0]}: true" (protection against cross-site request forgery).`,
    );
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !webOrigins.includes(origin)) {
    return new DocumentFileError(Code.CSRF_REFUSED, 'Uploads are accepted only from the MitraDesa web app.');
  }
  return null;
}

/**
 * `POST /documents/:id/file` (multipart, part "file", optional field "version") attaches or
 * replaces a document's file: allowed to whoever may change the cooperative's documents.
 * A cookie-signed upload must also pass the CSRF check (crossSiteRefusal).
 * `GET /documents/:id/file` downloads it: allowed to whoever may see the documents' details.
 * Errors are JSON `{ error: { code, message } }` (codes in document-file.errors.ts).
 */
export function documentFileRoutes(
  contextOf: ContextOf,
  storage: DocumentStorage,
  options: { webOrigins: readonly string[] },
): Router {
  const router = Router();

  router.post('/documents/:id/file', async (req, res, next) => {
    try {
      const forged = crossSiteRefusal(req, options.webOrigins);
      if (forged) throw forged;
      const ctx = await contextOf(req, res);
      if (!ctx.viewer) throw new DocumentFileError(Code.UNAUTHENTICATED, 'Sign in to do this.');
      if (!ctx.viewer.mayWrite) throw new DocumentFileError(Code.FORBIDDEN, READ_ONLY_TOKEN_MESSAGE);
      const id = documentIdOf(req.params.id);
      const document = await documentById(ctx, id);
      if (!document) throw new DocumentFileError(Code.NOT_FOUND, 'There is no such document.');
      if (!document.viewerMayChange) {
        throw new DocumentFileError(
          Code.FORBIDDEN,
          "Only this cooperative's chair or board, its mentor or an admin may upload its documents.",
        );
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      // A body far beyond the limit is refused before a byte of it is read.
      if (declared > storage.maxBytes + 64 * 1024) {
        throw new DocumentFileError(
          Code.FILE_TOO_LARGE,
          `The file is larger than ${storage.maxBytes} bytes.`,
        );
      }
      const upload = await receiveUpload(req, storage);
      let attached;
      try {
        attached = await inTransaction(ctx, (tx) =>
          attachDocumentFile(tx, id, { ...upload.file, name: upload.name }, upload.version),
        );
      } catch (error) {
        await storage.discard(upload.file.key);
        if (error instanceof OptimisticLockError) {
          throw new DocumentFileError(
            Code.CONFLICT,
            'Someone changed this document since you loaded it; reload and try again.',
          );
        }
        if (error instanceof ForbiddenError) throw new DocumentFileError(Code.FORBIDDEN, error.message);
        if (error instanceof DocumentError)
          throw new DocumentFileError(Code.NOT_FOUND, 'There is no such document.');
        throw error;
      }
      // The replaced file goes only after the new one is committed.
      await storage.discard(attached.previousKey);
      ctx.loaders.clear();
      const stored = await documentById(ctx, id);
      res.status(200).json({
        document: stored && {
          id: stored.id,
          version: stored.version,
          hasFile: stored.hasFile,
          file: stored.file,
        },
      });
    } catch (error) {
      if (error instanceof DocumentFileError) {
        // Node discards whatever of the body is still coming, so the client gets this answer.
        sendError(res, error);
      } else next(error);
    }
  });

  router.get('/documents/:id/file', async (req, res, next) => {
    try {
      const ctx = await contextOf(req, res);
      if (!ctx.viewer) throw new DocumentFileError(Code.UNAUTHENTICATED, 'Sign in to do this.');
      const id = documentIdOf(req.params.id);
      const row = await ctx
        .knex('cooperative_document as d')
        .join('cooperative as c', 'c.id', 'd.cooperative_id')
        .where('d.id', id)
        .first(
          'd.cooperative_id',
          'c.village_code',
          'd.file_name',
          'd.file_mime_type',
          'd.file_size_bytes',
          'd.file_storage_key',
        );
      if (!row) throw new DocumentFileError(Code.NOT_FOUND, 'There is no such document.');
      if (!(await maySeeCooperativeRecords(ctx, { id: row.cooperative_id, villageCode: row.village_code }))) {
        throw new DocumentFileError(
          Code.FORBIDDEN,
          "Only this cooperative's officers, its mentors, its Dinas or an admin may download its documents.",
        );
      }
      if (!row.file_storage_key) throw new DocumentFileError(Code.NOT_FOUND, 'This document has no file.');
      const stream = await storage.open(row.file_storage_key);
      if (!stream) throw new DocumentFileError(Code.NOT_FOUND, 'The file is missing from storage.');
      res.setHeader('content-type', row.file_mime_type);
      res.setHeader('content-length', String(row.file_size_bytes));
      res.setHeader('content-disposition', contentDisposition(row.file_name));
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('cache-control', 'private, no-store');
      // A read failing halfway cuts the response (its length was promised); a client going away
      // closes the file.
      pipeline(stream, res, () => undefined);
    } catch (error) {
      if (error instanceof DocumentFileError) sendError(res, error);
      else next(error);
    }
  });

  return router;
}
