import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import { Router } from 'express';
import busboy from 'busboy';
import ExcelJS from 'exceljs';
import type { Context } from '../../request-context';
import { CSRF_HEADERS, cleanFileName } from '../document/document-file.routes';
import { regionCovers } from '../region/region-scope';
import { isWellFormedRegionCode } from '../../shared/region-code';
import { csvLine, exportRows } from './simkopdes.export';
import { columnsOf, SIMKOPDES_TABLES, tablesInReadingOrder, type SimkopdesTable } from './simkopdes.format';
import { importScopeOf, mayImport } from './simkopdes.policy';
import type { SimkopdesFileStore } from './simkopdes.storage';
import { toGlobalId } from '../../shared/global-id';

type ContextOf = (req: Request, res: Response) => Promise<Context>;

/** A refused upload or export: its HTTP status and a code for the client. */
class RouteError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** CSV files of one export: one per table the import reads, and a little room for stray files. */
const MAX_FILES = SIMKOPDES_TABLES.length + 3;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

interface Received {
  names: string[];
  format: 'CSV' | 'XLSX';
}

/**
 * Reads the multipart body into the run's folder: one XLSX workbook, or CSV files (one per
 * table, named after it). Everything is refused, and the folder removed, when a file is too
 * large, when there are too many, or when CSV and XLSX are mixed.
 */
function receiveFiles(req: Request, folder: string, maxBytes: number): Promise<Received> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: MAX_FILES, fileSize: maxBytes + 1, fields: 0, parts: MAX_FILES + 2 },
      });
    } catch {
      reject(new RouteError(400, 'BAD_REQUEST', 'Send multipart/form-data with parts named "file".'));
      return;
    }
    const names: string[] = [];
    const writes: Promise<void>[] = [];
    let failure: RouteError | null = null;
    const fail = (error: RouteError) => (failure ??= error);
    parser.on('file', (field, stream, info) => {
      const name = cleanFileName(info.filename, `file-${names.length + 1}`);
      if (field !== 'file' || !/\.(csv|xlsx)$/i.test(name) || names.includes(name)) {
        stream.resume();
        fail(
          new RouteError(
            400,
            'BAD_REQUEST',
            `"${name}": send .csv or .xlsx files, each once, in parts named "file".`,
          ),
        );
        return;
      }
      names.push(name);
      stream.on('limit', () =>
        fail(new RouteError(413, 'FILE_TOO_LARGE', `"${name}" is larger than ${maxBytes} bytes.`)),
      );
      writes.push(pipeline(stream, fs.createWriteStream(path.join(folder, name))));
    });
    parser.on('filesLimit', () =>
      fail(new RouteError(400, 'BAD_REQUEST', `Send at most ${MAX_FILES} files.`)),
    );
    parser.on('error', () => {
      fail(new RouteError(400, 'BAD_REQUEST', 'The multipart body is malformed.'));
      finish();
    });
    parser.on('close', () => finish());
    req.once('close', () => {
      if (!req.complete) {
        fail(new RouteError(400, 'BAD_REQUEST', 'The upload was cut short.'));
        finish();
      }
    });
    let finished = false;
    function finish() {
      if (finished) return;
      finished = true;
      Promise.allSettled(writes).then(async (results) => {
        if (results.some((result) => result.status === 'rejected'))
          fail(new RouteError(400, 'BAD_REQUEST', 'A file could not be received whole.'));
        const xlsx = names.filter((name) => /\.xlsx$/i.test(name));
        if (!failure && names.length === 0)
          fail(new RouteError(400, 'BAD_REQUEST', 'Send at least one file.'));
        if (!failure && xlsx.length > 0 && names.length > 1)
          fail(
            new RouteError(
              400,
              'BAD_REQUEST',
              'Send one XLSX workbook, or CSV files: not both, not several workbooks.',
            ),
          );
        if (!failure && xlsx.length === 1) {
          // A workbook is a zip: refuse anything else before the job tries to unzip it.
          const head = Buffer.alloc(4);
          const handle = await fs.promises.open(path.join(folder, xlsx[0]));
          await handle.read(head, 0, 4, 0).finally(() => handle.close());
          if (!head.equals(ZIP_MAGIC))
            fail(new RouteError(415, 'UNSUPPORTED_FILE_TYPE', `"${xlsx[0]}" is not an XLSX workbook.`));
        }
        if (failure) reject(failure);
        else resolve({ names, format: xlsx.length === 1 ? 'XLSX' : 'CSV' });
      }, reject);
    }
    req.pipe(parser);
  });
}

/** Why a cookie-signed request may come from another site (as for document uploads), or null. */
function crossSiteRefusal(req: Request, webOrigins: readonly string[]): RouteError | null {
  if (/^Bearer\s+\S+$/i.test(req.headers.authorization ?? '') || !req.headers.cookie) return null;
  if (!CSRF_HEADERS.some((name) => (req.headers[name] ?? '') !== ''))
    return new RouteError(
      403,
      'CSRF_REFUSED',
      `Uploads signed in by cookie need the header "${CSRF_HEADERS[0]}: true".`,
    );
  const origin = req.headers.origin;
  if (origin !== undefined && !webOrigins.includes(origin))
    return new RouteError(403, 'CSRF_REFUSED', 'Uploads are accepted only from the MitraDesa web app.');
  return null;
}

function sendError(res: Response, error: RouteError): void {
  res.status(error.status).json({ error: { code: error.code, message: error.message } });
}

async function viewerContext(contextOf: ContextOf, req: Request, res: Response): Promise<Context> {
  const ctx = await contextOf(req, res);
  if (!ctx.viewer) throw new RouteError(401, 'UNAUTHENTICATED', 'Sign in to do this.');
  if (!mayImport(ctx.viewer))
    throw new RouteError(
      403,
      'FORBIDDEN',
      'Only an admin or a Dinas office may import or export SIMKOPDES data.',
    );
  return ctx;
}

/**
 * `POST /simkopdes/imports` (multipart, parts "file": one XLSX workbook or CSV files named after
 * their tables) stores the files and creates an UPLOADED run; the import job runs its dry run in
 * the background (so a national file never holds a request open) and the run becomes CHECKED
 * with its report. Answers 202 `{ import: { id, status } }`. For admins and Dinas offices; a
 * Dinas office's run is scoped to its regions (rows elsewhere are rejected as OUTSIDE_SCOPE).
 *
 * `GET /simkopdes/export?table=<table>[&region=<code>]` streams one table as CSV, or with
 * `format=xlsx` every table as one workbook. Admins: any region or all; Dinas: a region they
 * oversee (required).
 */
export function simkopdesFileRoutes(
  contextOf: ContextOf,
  files: SimkopdesFileStore,
  options: { webOrigins: readonly string[]; maxBytes: number },
): Router {
  const router = Router();

  router.post('/simkopdes/imports', async (req, res, next) => {
    let key: string | null = null;
    try {
      const forged = crossSiteRefusal(req, options.webOrigins);
      if (forged) throw forged;
      const ctx = await viewerContext(contextOf, req, res);
      if (Number(req.headers['content-length'] ?? 0) > options.maxBytes * MAX_FILES + 1024 * 1024)
        throw new RouteError(
          413,
          'FILE_TOO_LARGE',
          `The upload is larger than ${options.maxBytes} bytes per file.`,
        );
      key = files.newKey();
      const received = await receiveFiles(req, await files.prepare(key), options.maxBytes);
      const [row] = await ctx
        .knex('simkopdes_import')
        .insert({
          created_by_id: ctx.viewer!.userId,
          scope_region_codes: importScopeOf(ctx.viewer!),
          format: received.format,
          storage_key: key,
          file_names: received.names,
          status: 'UPLOADED',
        })
        .returning(['id', 'status']);
      key = null;
      res.status(202).json({ import: { id: toGlobalId('SimkopdesImport', row.id), status: row.status } });
    } catch (error) {
      if (key) await files.remove(key);
      if (error instanceof RouteError) sendError(res, error);
      else next(error);
    }
  });

  router.get('/simkopdes/export', async (req, res, next) => {
    try {
      const ctx = await viewerContext(contextOf, req, res);
      const region =
        typeof req.query.region === 'string' && req.query.region !== '' ? req.query.region : null;
      if (region !== null && !isWellFormedRegionCode(region))
        throw new RouteError(400, 'BAD_REQUEST', 'region must be a Kemendagri code such as 61.03.');
      const viewer = ctx.viewer!;
      if (
        !viewer.isAdmin &&
        (region === null || !viewer.dinasRegionCodes().some((scope) => regionCovers(scope, region)))
      )
        throw new RouteError(
          403,
          'FORBIDDEN',
          'A Dinas office exports the regions it oversees: name one as region.',
        );
      const knex = ctx.knex;
      const suffix = region ?? 'indonesia';
      res.setHeader('cache-control', 'private, no-store');
      if (req.query.format === 'xlsx') {
        res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        res.setHeader('content-disposition', `attachment; filename="simkopdes-${suffix}.xlsx"`);
        const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
          stream: res,
          useSharedStrings: false,
          useStyles: false,
        });
        for (const table of tablesInReadingOrder()) {
          const sheet = workbook.addWorksheet(table);
          sheet.addRow(columnsOf(table)).commit();
          for await (const row of exportRows(knex, table, region))
            sheet.addRow(columnsOf(table).map((column) => row[column] ?? '')).commit();
          sheet.commit();
        }
        await workbook.commit();
        return;
      }
      const table = req.query.table;
      if (typeof table !== 'string' || !(SIMKOPDES_TABLES as readonly string[]).includes(table))
        throw new RouteError(
          400,
          'BAD_REQUEST',
          `table must be one of ${SIMKOPDES_TABLES.join(', ')} (or format=xlsx).`,
        );
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${table}.csv"`);
      res.write(csvLine(table as SimkopdesTable, null));
      for await (const row of exportRows(knex, table as SimkopdesTable, region))
        if (!res.write(csvLine(table as SimkopdesTable, row))) await once(res, 'drain');
      res.end();
    } catch (error) {
      if (error instanceof RouteError) sendError(res, error);
      else next(error);
    }
  });

  return router;
}
