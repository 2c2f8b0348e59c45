import net from 'node:net';
import { mkdir, readdir, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { mutationCaller } from './writes/support';
import { globalIdOf } from './support/ids';
import { loadConfig } from '../src/config';
import { sweepOrphanDocumentFiles } from '../src/modules/document/document-orphans';
import { cleanFileName } from '../src/modules/document/document-file.routes';
import { sniffDocumentType } from '../src/modules/document/document-content';
import { DiskDocumentStorage } from '../src/modules/document/disk-document-storage';

/**
 * The upload endpoint under hostile input: bodies cut short, malformed part headers, cross-site
 * requests, disguised content, odd names, the exact size limit, and files left behind by a crash.
 * Everything goes through the real HTTP endpoint (raw sockets where a well-behaved client cannot
 * produce the input).
 */
const MAX_BYTES = 64 * 1024;
const WEB_ORIGIN = 'https://web.mitradesa.test';
let server: TestServer;
let fixture: Fixture;
let call: ReturnType<typeof mutationCaller>;
let documentId: string;
const knex = () => server.orm.em.getKnex();
const tokens = new Map<DemoUser, string>();
const tokenOf = async (user: DemoUser) => {
  if (!tokens.has(user)) tokens.set(user, await server.signIn(DEMO[user]));
  return tokens.get(user)!;
};

beforeAll(async () => {
  server = await startTestServer({
    env: { DOCUMENT_MAX_BYTES: String(MAX_BYTES), WEB_ORIGINS: `${WEB_ORIGIN},http://localhost:3000` },
  });
  fixture = await loadFixture(knex());
  call = mutationCaller(server);
  const { payload } = await call<{ document: { id: string } }>(
    'addCooperativeDocument',
    'AddCooperativeDocumentInput',
    'document { id }',
    { cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId), type: 'OTHER' },
    'ketua',
  );
  documentId = payload!.document!.id;
});
afterAll(() => server.close());

/** A minimal well-formed PDF of exactly `size` bytes (padded with a comment line). */
function pdfOfSize(size: number): Buffer {
  const start = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n%';
  const end = '\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  const padding = size - Buffer.byteLength(start, 'latin1') - end.length;
  return Buffer.concat([Buffer.from(start, 'latin1'), Buffer.alloc(padding, 0x78), Buffer.from(end)]);
}
const PDF = pdfOfSize(600);

const BOUNDARY = 'mitradesaBoundary7MA4YWxkTrZu0gW';
const partHead = (fileName: string, type = 'application/pdf') =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`;
const multipart = (content: Buffer, fileName = 'akta.pdf') =>
  Buffer.concat([Buffer.from(partHead(fileName)), content, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);

interface RawAnswer {
  /** null: the connection closed (or the wait ended) without a status line. */
  status: number | null;
  body: string;
  ms: number;
}

/**
 * POSTs over a raw socket, so that the body may be cut short or lie about its length. `endAfterMs`:
 * half-close the connection (the client stops sending) after that long.
 */
function rawUpload(options: {
  body: Buffer;
  contentLength?: number;
  headers?: Record<string, string>;
  endAfterMs?: number;
  waitMs?: number;
}): Promise<RawAnswer> {
  const url = new URL(server.url);
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(Number(url.port), url.hostname);
    const received: Buffer[] = [];
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(received).toString('utf8');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text)?.[1];
      resolve({
        status: status ? Number(status) : null,
        body: text.split('\r\n\r\n')[1] ?? '',
        ms: Date.now() - started,
      });
    };
    const timer = setTimeout(settle, options.waitMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      // The JSON answers are small: one complete response is enough.
      if (/\r\n\r\n[\s\S]*\}\s*$/.test(Buffer.concat(received).toString('utf8'))) settle();
    });
    socket.on('error', settle);
    socket.on('close', settle);
    const headers = {
      host: url.host,
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      'content-length': String(options.contentLength ?? options.body.length),
      connection: 'close',
      ...options.headers,
    };
    socket.write(
      `POST /documents/${documentId}/file HTTP/1.1\r\n${Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}`)
        .join('\r\n')}\r\n\r\n`,
    );
    socket.write(options.body);
    if (options.endAfterMs !== undefined) setTimeout(() => socket.end(), options.endAfterMs);
  });
}

const bearer = async (user: DemoUser = 'ketua') => ({ authorization: `Bearer ${await tokenOf(user)}` });
const fileRow = () =>
  knex()('cooperative_document')
    .where('id', dbIdOf(documentId))
    .first('file_storage_key', 'file_name', 'version');
const storedFiles = async () => (await readdir(server.documentDir).catch(() => [] as string[])).sort();
/** The API still answers (the process did not die). */
const apiAlive = async () => (await fetch(`${server.url}/health`)).status;

/** Waits until the storage folder holds exactly `expected` (cleanup after a cut connection is asynchronous). */
async function expectStoredFilesSoon(expected: string[]) {
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    if (JSON.stringify(await storedFiles()) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(await storedFiles()).toEqual(expected);
}

async function uploadAs(
  content: Buffer,
  options: { headers?: Record<string, string>; name?: string; type?: string } = {},
) {
  const form = new FormData();
  form.append(
    'file',
    new Blob([content], { type: options.type ?? 'application/pdf' }),
    options.name ?? 'akta.pdf',
  );
  const response = await fetch(`${server.url}/documents/${documentId}/file`, {
    method: 'POST',
    body: form,
    headers: options.headers ?? (await bearer()),
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer };
}

/** The endpoint's JSON: the document on success, else the error. */
interface UploadAnswer {
  error?: { code: string; message: string };
  document?: { hasFile: boolean; file: { name: string; sizeBytes: number } };
}

describe('bodies cut short and malformed parts answer 4xx and never take the process down', () => {
  test('a body that ends in the middle of the file part (no closing boundary): 400, nothing on disk', async () => {
    const before = { row: await fileRow(), files: await storedFiles() };
    const body = Buffer.concat([Buffer.from(partHead('akta.pdf')), PDF.subarray(0, 300)]);
    const answer = await rawUpload({ body, headers: await bearer() });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'BAD_REQUEST', message: expect.any(String) } });
    expect(answer.ms).toBeLessThan(2000);
    expect(await apiAlive()).toBe(200);
    expect(await fileRow()).toEqual(before.row);
    await expectStoredFilesSoon(before.files);
  });

  test('Content-Length larger than what is sent, then the client stops sending: the process lives, nothing stays on disk', async () => {
    const before = { row: await fileRow(), files: await storedFiles() };
    const body = multipart(PDF);
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await rawUpload({
        body: body.subarray(0, 400),
        contentLength: body.length + 5000,
        headers: await bearer(),
        endAfterMs: 100,
      });
      // Node answers a request cut short at the parser level; the socket may also just close.
      if (answer.status !== null) expect(answer.status).toBe(400);
      expect(answer.ms).toBeLessThan(3000);
      expect(await apiAlive()).toBe(200);
    }
    expect(await fileRow()).toEqual(before.row);
    await expectStoredFilesSoon(before.files);
  });

  test('the client resets the connection mid-file: the process lives, nothing stays on disk', async () => {
    const before = await storedFiles();
    const url = new URL(server.url);
    const socket = net.connect(Number(url.port), url.hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    const body = multipart(pdfOfSize(40_000));
    socket.write(
      `POST /documents/${documentId}/file HTTP/1.1\r\nhost: ${url.host}\r\nauthorization: Bearer ${await tokenOf('ketua')}\r\ncontent-type: multipart/form-data; boundary=${BOUNDARY}\r\ncontent-length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.subarray(0, 20_000));
    await new Promise((resolve) => setTimeout(resolve, 150));
    socket.resetAndDestroy();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await apiAlive()).toBe(200);
    await expectStoredFilesSoon(before);
  });

  test.each([
    ['a CRLF', 'akta\r\nx.pdf'],
    ['a bare LF', 'akta\nx.pdf'],
    ['a NUL', 'akta\u0000.pdf'],
  ])('%s in the filename: 400 within a second, not a hang; nothing stored', async (_what, fileName) => {
    const before = { row: await fileRow(), files: await storedFiles() };
    const answer = await rawUpload({ body: multipart(PDF, fileName), headers: await bearer(), waitMs: 5000 });
    expect({ status: answer.status, fast: answer.ms < 1000 }).toEqual({ status: 400, fast: true });
    expect(JSON.parse(answer.body).error.code).toBe('BAD_REQUEST');
    expect(await fileRow()).toEqual(before.row);
    await expectStoredFilesSoon(before.files);
  });

  test('after all that, a well-formed upload still works', async () => {
    const { status, body } = await uploadAs(PDF, { name: 'akta.pdf' });
    expect(status).toBe(200);
    expect(body.document!.file).toMatchObject({ name: 'akta.pdf', sizeBytes: PDF.length });
  });
});

describe('cross-site request forgery', () => {
  const cookieOf = async (user: DemoUser = 'ketua') => `mitradesa_session=${await tokenOf(user)}`;

  test('a session-cookie upload without the preflight header is refused: 403 CSRF_REFUSED, nothing changes', async () => {
    const before = { row: await fileRow(), files: await storedFiles() };
    const { status, body } = await uploadAs(PDF, { headers: { cookie: await cookieOf() } });
    expect([status, body.error?.code]).toEqual([403, 'CSRF_REFUSED']);
    expect(await fileRow()).toEqual(before.row);
    expect(await storedFiles()).toEqual(before.files);
  });

  test.each([
    ['https://evil.example'],
    ['null'],
    [`${WEB_ORIGIN}.evil.example`],
    ['http://web.mitradesa.test'],
  ])('a session-cookie upload from Origin %s is refused even with the header', async (origin) => {
    const before = { row: await fileRow(), files: await storedFiles() };
    const { status, body } = await uploadAs(PDF, {
      headers: { cookie: await cookieOf(), 'apollo-require-preflight': 'true', origin },
    });
    expect([status, body.error?.code]).toEqual([403, 'CSRF_REFUSED']);
    expect(await fileRow()).toEqual(before.row);
    expect(await storedFiles()).toEqual(before.files);
  });

  test.each([
    ['from the web origin', { 'apollo-require-preflight': 'true', origin: WEB_ORIGIN }],
    ['from the second web origin', { 'x-apollo-operation-name': 'upload', origin: 'http://localhost:3000' }],
    ['with no Origin (a non-browser client)', { 'apollo-require-preflight': 'true' }],
  ])('a session-cookie upload with the header %s is accepted', async (_how, headers) => {
    const { status, body } = await uploadAs(PDF, { headers: { cookie: await cookieOf(), ...headers } });
    expect(status).toBe(200);
    expect(body.document!.hasFile).toBe(true);
  });

  test('a Bearer-token client needs neither header nor Origin (a cross-site page cannot send the token)', async () => {
    const { status } = await uploadAs(PDF, {
      headers: { ...(await bearer()), origin: 'https://evil.example' },
    });
    expect(status).toBe(200);
  });

  test('without any credentials the answer stays 401', async () => {
    const { status, body } = await uploadAs(PDF, { headers: {} });
    expect([status, body.error?.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});

describe('content and names', () => {
  test('a file of exactly DOCUMENT_MAX_BYTES is accepted; one byte more is refused with 413 FILE_TOO_LARGE', async () => {
    const exact = await uploadAs(pdfOfSize(MAX_BYTES));
    expect(exact.status).toBe(200);
    expect(exact.body.document!.file.sizeBytes).toBe(MAX_BYTES);
    const before = { row: await fileRow(), files: await storedFiles() };
    const over = await uploadAs(pdfOfSize(MAX_BYTES + 1));
    expect([over.status, over.body.error?.code]).toEqual([413, 'FILE_TOO_LARGE']);
    expect(await fileRow()).toEqual(before.row);
    expect(await storedFiles()).toEqual(before.files);
  });

  test.each([
    [
      'HTML behind a PDF header',
      '%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n',
    ],
    ['a doctype behind a PDF header', '%PDF-1.7\n%%EOF\n<!DOCTYPE html><p>hi</p>\n%%EOF\n'],
    ['an SVG behind a PDF header', '%PDF-1.5\n<svg onload="alert(1)"></svg>\n%%EOF'],
    ['a PDF header without %%EOF at the end', `%PDF-1.4\n1 0 obj << >> endobj\n${'x'.repeat(3000)}`],
    ['%%EOF more than 1 KiB before the end', `%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n${' '.repeat(1100)}`],
    ['a header with no version', '%PDF-<html>\n%%EOF\n'],
    ['HTML behind a PNG signature', '\x89PNG\r\n\x1a\n<script>alert(1)</script>'],
  ])('%s is refused with 415 and nothing is stored', async (_what, text) => {
    const before = { row: await fileRow(), files: await storedFiles() };
    const { status, body } = await uploadAs(Buffer.from(text, 'latin1'));
    expect([status, body.error?.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    expect(await fileRow()).toEqual(before.row);
    expect(await storedFiles()).toEqual(before.files);
  });

  test('real-world PDF shapes pass: CRLF endings, %%EOF followed by padding, a binary comment line', () => {
    const crlf = Buffer.from(
      '%PDF-1.3\r\n%\xe2\xe3\xcf\xd3\r\n1 0 obj\r\n<< >>\r\nendobj\r\n%%EOF\r\n',
      'latin1',
    );
    const padded = Buffer.concat([
      Buffer.from('%PDF-2.0\n1 0 obj << >> endobj\n%%EOF'),
      Buffer.alloc(500, 0),
    ]);
    expect(sniffDocumentType(crlf, crlf)).toBe('application/pdf');
    expect(sniffDocumentType(padded, padded)).toBe('application/pdf');
  });

  test('bidi and other invisible format characters are stripped from the stored name', async () => {
    const { status, body } = await uploadAs(PDF, {
      name: 'invoice\u202Efdp.exe\u202C\u2066\u200F\u061C\u200B\uFEFF.pdf',
    });
    expect(status).toBe(200);
    expect(body.document!.file.name).toBe('invoicefdp.exe.pdf');
    expect((await fileRow()).file_name).toBe('invoicefdp.exe.pdf');
  });

  test('a UTF-8 name arrives intact (browsers send it raw in filename="…")', async () => {
    const { status, body } = await uploadAs(PDF, {
      name: 'Laporan Keuangan 2025 – Koperasi Sumber Rejeki.pdf',
    });
    expect(status).toBe(200);
    expect(body.document!.file.name).toBe('Laporan Keuangan 2025 – Koperasi Sumber Rejeki.pdf');
  });

  test.each([
    ['\u202Eevil\u202D', 'evil'],
    ['a\u2066b\u2069c\u200Ed\u200Fe\u061Cf\u202Ag\u202Bh', 'abcdefgh'],
    ['surat\u00ADdinas.pdf', 'suratdinas.pdf'],
    ['\u202E', 'dokumen'],
    ['Laporan Keuangan 2025 – Koperasi.pdf', 'Laporan Keuangan 2025 – Koperasi.pdf'],
    ['C:\\Users\\ketua\\akta.pdf', 'akta.pdf'],
  ])('cleanFileName(%j) → %j', (name, expected) => {
    expect(cleanFileName(name, 'dokumen')).toBe(expected);
  });

  test('downloads stay attachments with nosniff', async () => {
    await uploadAs(PDF);
    const response = await fetch(`${server.url}/documents/${documentId}/file`, { headers: await bearer() });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
  });
});

describe('orphan files', () => {
  const HOUR_MS = 60 * 60 * 1000;
  const key = (digit: string) => digit.repeat(48);
  const storage = () => server.services.documentStorage;

  async function place(name: string, ageMs: number) {
    const file = path.join(server.documentDir, name);
    await writeFile(file, 'x');
    const when = new Date(Date.now() - ageMs);
    await utimes(file, when, when);
  }

  test('the sweep deletes old unreferenced files and stale .part files, and nothing else', async () => {
    await mkdir(server.documentDir, { recursive: true });
    await uploadAs(PDF);
    const referenced = (await fileRow()).file_storage_key as string;
    // Make the referenced file old too: a reference, not its age, keeps it.
    const old = new Date(Date.now() - 3 * HOUR_MS);
    await utimes(path.join(server.documentDir, referenced), old, old);
    await place(key('a'), 2 * HOUR_MS); // orphan (a crash between storing and committing)
    await place(`${key('b')}.part`, 2 * HOUR_MS); // a stale half-received upload
    await place(key('c'), 60 * 1000); // an upload committing right now
    await place(`${key('d')}.part`, 60 * 1000); // an upload in flight
    await place('notes.txt', 5 * HOUR_MS); // not ours: left alone

    const deleted = await sweepOrphanDocumentFiles(knex(), storage(), { graceMs: HOUR_MS });
    expect(deleted).toBe(2);
    const left = await storedFiles();
    expect(left).toEqual([referenced, key('c'), `${key('d')}.part`, 'notes.txt'].sort());
    const download = await fetch(`${server.url}/documents/${documentId}/file`, { headers: await bearer() });
    expect(download.status).toBe(200);

    // With a short grace the young orphans go as well; the referenced file still stays.
    expect(await sweepOrphanDocumentFiles(knex(), storage(), { graceMs: 1000 })).toBe(2);
    expect(await storedFiles()).toEqual([referenced, 'notes.txt'].sort());
    expect((await stat(path.join(server.documentDir, referenced))).isFile()).toBe(true);
  });

  test('several processes sweeping at once all succeed and delete each orphan once', async () => {
    for (const digit of ['1', '2', '3', '4', '5', '6']) await place(key(digit), 2 * HOUR_MS);
    const counts = await Promise.all(
      [1, 2, 3].map(() => sweepOrphanDocumentFiles(knex(), storage(), { graceMs: HOUR_MS })),
    );
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(6);
    expect((await storedFiles()).filter((name) => /^[1-6]{48}$/.test(name))).toEqual([]);
  });

  test('a storage folder that does not exist yet is an empty sweep', async () => {
    expect(
      await sweepOrphanDocumentFiles(
        knex(),
        new DiskDocumentStorage(path.join(server.documentDir, 'not-there'), MAX_BYTES),
        { graceMs: 0 },
      ),
    ).toBe(0);
  });

  test('the interval is a setting: default hourly, 0 turns it off, bad values are refused', () => {
    expect(loadConfig({}).documentStorage.orphanSweepIntervalMs).toBe(3600 * 1000);
    expect(
      loadConfig({ DOCUMENT_ORPHAN_SWEEP_INTERVAL_SECONDS: '0' }).documentStorage.orphanSweepIntervalMs,
    ).toBe(0);
    expect(() => loadConfig({ DOCUMENT_ORPHAN_SWEEP_INTERVAL_SECONDS: '-5' })).toThrow(
      /DOCUMENT_ORPHAN_SWEEP_INTERVAL_SECONDS/,
    );
  });
});
