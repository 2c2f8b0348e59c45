import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { startTestServer, type TestServer } from './support/test-server';
import { globalIdOf, dbIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { expectUnchanged, mutationCaller, refusal, rowsOf, topLevelCode } from './writes/support';

/**
 * Cooperative documents: who sees what (the fact of a document is public, its number, note and
 * file are not), who records them, the rules on numbers and dates, and the file endpoint with
 * real multipart uploads (size limit, magic bytes, authorisation, download, replacement).
 */
const MAX_BYTES = 64 * 1024;
let server: TestServer;
let fixture: Fixture;
let call: ReturnType<typeof mutationCaller>;
const knex = () => server.orm.em.getKnex();
const tokens = new Map<DemoUser, string>();
const tokenOf = async (user: DemoUser) => {
  if (!tokens.has(user)) tokens.set(user, await server.signIn(DEMO[user]));
  return tokens.get(user)!;
};

beforeAll(async () => {
  server = await startTestServer({ env: { DOCUMENT_MAX_BYTES: String(MAX_BYTES) } });
  fixture = await loadFixture(knex());
  call = mutationCaller(server);
});
afterAll(() => server.close());

const demoId = () => globalIdOf('Cooperative', fixture.demoCooperativeId);
const documentsOfDemo = () =>
  rowsOf(knex(), 'cooperative_document', { cooperative_id: fixture.demoCooperativeId });

const DOCUMENTS_QUERY = `query ($id: ID!) { cooperative(id: $id) { documents {
  id type status issuedOn expiresOn verificationLevel source hasFile viewerMaySeeDetails viewerMayChange
  number note recordedByName file { name mimeType sizeBytes sha256 downloadPath }
} } }`;

interface DocumentShape {
  id: string;
  type: string;
  status: string;
  expiresOn: string | null;
  hasFile: boolean;
  viewerMaySeeDetails: boolean;
  viewerMayChange: boolean;
  number: string | null;
  note: string | null;
  recordedByName: string | null;
  source: string;
  verificationLevel: string;
  file: { name: string; mimeType: string; sizeBytes: number; sha256: string; downloadPath: string } | null;
}

async function documentsAs(user: DemoUser | 'anonymous'): Promise<DocumentShape[]> {
  const response = await server.graphql<{ cooperative: { documents: DocumentShape[] } }>(
    DOCUMENTS_QUERY,
    { id: demoId() },
    user === 'anonymous' ? {} : { token: await tokenOf(user) },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.cooperative.documents;
}

async function addDocument(input: Record<string, unknown>, user: DemoUser = 'ketua') {
  return call<{ document: (DocumentShape & { version: number }) | null }>(
    'addCooperativeDocument',
    'AddCooperativeDocumentInput',
    'document { id type status number note source expiresOn version viewerMayChange recordedByName }',
    { cooperativeId: demoId(), ...input },
    user,
  );
}

describe('Cooperative.documents', () => {
  test('everyone sees which documents are held and in force; only insiders see numbers and notes', async () => {
    await knex()('cooperative_document')
      .where({ cooperative_id: fixture.demoCooperativeId, type: 'SK_AHU' })
      .update({ note: 'Asli di lemari kantor' });
    const stored = await knex()('cooperative_document').where({ cooperative_id: fixture.demoCooperativeId });
    for (const user of ['anonymous', 'bankOfficer', 'otherKetua', 'buyer'] as const) {
      const documents = await documentsAs(user);
      expect(documents).toHaveLength(stored.length);
      expect(
        documents.every(
          (d) => d.number === null && d.note === null && d.recordedByName === null && d.file === null,
        ),
      ).toBe(true);
      expect(documents.every((d) => !d.viewerMaySeeDetails && !d.viewerMayChange)).toBe(true);
      expect(documents.map((d) => d.status).every((status) => ['VALID', 'EXPIRED'].includes(status))).toBe(
        true,
      );
    }
    for (const user of [
      'ketua',
      'staff',
      'mentor',
      'pmo',
      'dinasSanggau',
      'dinasProvince',
      'admin',
    ] as const) {
      const skAhu = (await documentsAs(user)).find((d) => d.type === 'SK_AHU')!;
      expect({ user, number: skAhu.number, note: skAhu.note, details: skAhu.viewerMaySeeDetails }).toEqual({
        user,
        number: stored.find((row) => row.type === 'SK_AHU')!.number,
        note: 'Asli di lemari kantor',
        details: true,
      });
    }
    // Staff and the Dinas read but do not change; the board and the mentor change.
    expect((await documentsAs('staff'))[0]!.viewerMayChange).toBe(false);
    expect((await documentsAs('dinasSanggau'))[0]!.viewerMayChange).toBe(false);
    expect((await documentsAs('pengurus'))[0]!.viewerMayChange).toBe(true);
    expect((await documentsAs('mentor'))[0]!.viewerMayChange).toBe(true);
  });

  test('status follows the one in-force rule: an expiry date before today reads EXPIRED', async () => {
    const { payload } = await addDocument({
      type: 'FINANCIAL_REPORT',
      issuedOn: '2024-01-01',
      expiresOn: '2024-12-31',
    });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.document!.status).toBe('EXPIRED');
    const { payload: current } = await addDocument({ type: 'LAND_PROOF', issuedOn: '2024-01-01' });
    expect(current!.document!.status).toBe('VALID');
  });
});

describe('addCooperativeDocument / updateCooperativeDocument / removeCooperativeDocument', () => {
  test('the chair adds a document: recorded as the cooperative, by the chair', async () => {
    const { payload } = await addDocument({
      type: 'NPWP',
      number: '01.234.567.8-901.000',
      issuedOn: '2025-02-03',
      note: 'NPWP baru',
    });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.document).toMatchObject({
      type: 'NPWP',
      number: '01.234.567.8-901.000',
      note: 'NPWP baru',
      source: 'COOPERATIVE',
      recordedByName: 'Ketua Koperasi Demo',
      expiresOn: null,
      version: 1,
    });
  });

  test('a mentor adds a document: its source is MENTOR', async () => {
    const { payload } = await addDocument({ type: 'UNIT_PHOTO', issuedOn: '2026-01-10' }, 'mentor');
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.document!.source).toBe('MENTOR');
  });

  test.each([
    [{ type: 'NPWP', number: '12345' }, ['input', 'number'], 'NPWP'],
    [{ type: 'NIB', number: '12345678901234' }, ['input', 'number'], 'NIB'],
    [
      { type: 'BANK_ACCOUNT', issuedOn: '2025-05-01', expiresOn: '2025-04-30' },
      ['input', 'expiresOn'],
      'before issuedOn',
    ],
    [{ type: 'BANK_ACCOUNT', issuedOn: '2999-01-01' }, ['input', 'issuedOn'], 'future'],
    [{ type: 'OTHER', number: '   ' }, ['input', 'number'], 'blank'],
  ])('refuses %j with an INVALID error on the field and stores nothing', async (input, field, words) => {
    const { payload } = await expectUnchanged(documentsOfDemo, () => addDocument(input));
    expect(refusal(payload)).toEqual({ code: 'INVALID', field });
    expect(payload!.userErrors[0]!.message).toContain(words);
  });

  test('a NIB of 13 digits and an NPWP of 16 digits pass', async () => {
    expect((await addDocument({ type: 'NIB', number: '9120001234567' })).payload!.userErrors).toEqual([]);
    expect((await addDocument({ type: 'NPWP', number: '0123456789012345' })).payload!.userErrors).toEqual([]);
  });

  test.each(['staff', 'otherKetua', 'bankOfficer', 'dinasSanggau'] as const)(
    '%s may not add a document: FORBIDDEN and nothing stored',
    async (user) => {
      const { response } = await expectUnchanged(documentsOfDemo, () => addDocument({ type: 'OTHER' }, user));
      expect(topLevelCode(response)).toBe('FORBIDDEN');
    },
  );

  test('an update checks the version and the rules on the record as it would be stored', async () => {
    const { payload: added } = await addDocument({
      type: 'VILLAGE_HEAD_APPROVAL',
      number: '12/SK/2026',
      issuedOn: '2026-03-01',
    });
    const id = added!.document!.id;
    const update = (input: Record<string, unknown>, user: DemoUser = 'pengurus') =>
      call<{ document: { number: string | null; expiresOn: string | null; version: number } | null }>(
        'updateCooperativeDocument',
        'UpdateCooperativeDocumentInput',
        'document { number expiresOn version }',
        { id, ...input },
        user,
      );
    const row = () => knex()('cooperative_document').where('id', dbIdOf(id)).first();
    const stale = await expectUnchanged(row, () => update({ version: 7, expiresOn: '2027-03-01' }));
    expect(refusal(stale.payload)).toEqual({ code: 'CONFLICT', field: ['input', 'version'] });
    const early = await expectUnchanged(row, () => update({ version: 1, expiresOn: '2026-02-01' }));
    expect(refusal(early.payload)).toEqual({ code: 'INVALID', field: ['input', 'expiresOn'] });
    const forbidden = await expectUnchanged(row, () => update({ version: 1, number: 'X' }, 'staff'));
    expect(topLevelCode(forbidden.response)).toBe('FORBIDDEN');
    const { payload } = await update({ version: 1, expiresOn: '2027-03-01', number: null });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.document).toEqual({ number: null, expiresOn: '2027-03-01', version: 2 });
  });

  test('remove takes the version; outsiders are refused; a removed document is gone', async () => {
    const { payload: added } = await addDocument({ type: 'OTHER', note: 'hapus saya' });
    const id = added!.document!.id;
    const remove = (version: number, user: DemoUser = 'ketua') =>
      call<{ removedDocumentId: string | null }>(
        'removeCooperativeDocument',
        'RemoveCooperativeDocumentInput',
        'removedDocumentId',
        { id, version },
        user,
      );
    expect(
      topLevelCode((await expectUnchanged(documentsOfDemo, () => remove(1, 'bankAdmin'))).response),
    ).toBe('FORBIDDEN');
    expect(refusal((await expectUnchanged(documentsOfDemo, () => remove(5))).payload)).toEqual({
      code: 'CONFLICT',
      field: ['input', 'version'],
    });
    const { payload } = await remove(1);
    expect(payload).toEqual({ removedDocumentId: id, userErrors: [] });
    expect(await knex()('cooperative_document').where('id', dbIdOf(id)).first()).toBeUndefined();
  });
});

/* ---------- The file endpoint ---------- */

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(40, 1),
]);

async function upload(
  documentId: string,
  content: Buffer,
  options: { user?: DemoUser | null; name?: string; type?: string; version?: number; cookie?: boolean } = {},
) {
  const form = new FormData();
  if (options.version !== undefined) form.append('version', String(options.version));
  form.append(
    'file',
    new Blob([content], { type: options.type ?? 'application/pdf' }),
    options.name ?? 'akta.pdf',
  );
  const user = options.user === undefined ? 'ketua' : options.user;
  const headers: Record<string, string> = {};
  if (user) {
    const token = await tokenOf(user);
    if (options.cookie) {
      // A cookie session is what a forged cross-site form would ride on: the CSRF header is required.
      headers.cookie = `mitradesa_session=${token}`;
      headers['apollo-require-preflight'] = 'true';
    } else headers.authorization = `Bearer ${token}`;
  }
  const response = await fetch(`${server.url}/documents/${documentId}/file`, {
    method: 'POST',
    body: form,
    headers,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON of the endpoint
}

async function download(documentId: string, user: DemoUser | null = 'ketua') {
  return fetch(`${server.url}/documents/${documentId}/file`, {
    headers: user ? { authorization: `Bearer ${await tokenOf(user)}` } : {},
  });
}

const fileColumns = (id: string) =>
  knex()('cooperative_document')
    .where('id', dbIdOf(id))
    .first('file_name', 'file_mime_type', 'file_size_bytes', 'file_storage_key', 'file_sha256', 'version');
const storedFiles = async () => (await readdir(server.documentDir).catch(() => [] as string[])).sort();

describe('POST and GET /documents/:id/file', () => {
  let documentId: string;
  beforeAll(async () => {
    documentId = (await addDocument({ type: 'BUSINESS_PROPOSAL', issuedOn: '2026-06-01' })).payload!.document!
      .id;
  });

  test('the chair uploads a PDF: stored under a random key with its SHA-256, downloadable by insiders', async () => {
    const { status, body } = await upload(documentId, PDF, {
      name: '../../Proposal Bisnis 2026.pdf',
      version: 1,
    });
    expect(status).toBe(200);
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(body.document).toMatchObject({
      id: documentId,
      hasFile: true,
      version: 2,
      file: { name: 'Proposal Bisnis 2026.pdf', mimeType: 'application/pdf', sizeBytes: PDF.length, sha256 },
    });
    const row = await fileColumns(documentId);
    expect(row.file_storage_key).toMatch(/^[a-f0-9]{48}$/);
    expect(row.file_sha256).toBe(sha256);
    expect(await storedFiles()).toContain(row.file_storage_key);

    for (const user of ['ketua', 'staff', 'mentor', 'dinasSanggau', 'admin'] as const) {
      const response = await download(documentId, user);
      expect({ user, status: response.status }).toEqual({ user, status: 200 });
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toContain(
        'attachment; filename="Proposal Bisnis 2026.pdf"',
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
    }
    const documents = await documentsAs('staff');
    expect(documents.find((d) => d.id === documentId)!.file!.downloadPath).toBe(
      `/documents/${documentId}/file`,
    );
    expect((await documentsAs('anonymous')).find((d) => d.id === documentId)).toMatchObject({
      hasFile: true,
      file: null,
    });
  });

  test('outsiders may not download: 403 FORBIDDEN; anonymous 401; unknown ids 404', async () => {
    for (const user of ['bankOfficer', 'otherKetua', 'buyer'] as const) {
      const response = await download(documentId, user);
      expect({ user, status: response.status, body: await response.json() }).toEqual({
        user,
        status: 403,
        body: { error: { code: 'FORBIDDEN', message: expect.any(String) } },
      });
    }
    const anonymous = await download(documentId, null);
    expect([anonymous.status, ((await anonymous.json()) as { error: { code: string } }).error.code]).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
    const missing = await download(globalIdOf('CooperativeDocument', 999999));
    expect([missing.status, ((await missing.json()) as { error: { code: string } }).error.code]).toEqual([
      404,
      'NOT_FOUND',
    ]);
    const garbage = await download('not-an-id');
    expect(garbage.status).toBe(404);
  });

  test('a file over DOCUMENT_MAX_BYTES is refused with 413 FILE_TOO_LARGE and leaves nothing behind', async () => {
    const before = await fileColumns(documentId);
    const filesBefore = await storedFiles();
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES, 0x20)]);
    const { status, body } = await upload(documentId, big);
    expect(status).toBe(413);
    expect(body.error.code).toBe('FILE_TOO_LARGE');
    expect(await fileColumns(documentId)).toEqual(before);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  test('content that is not PDF/JPEG/PNG/WebP is refused by its bytes, whatever its name and declared type', async () => {
    const before = await fileColumns(documentId);
    const filesBefore = await storedFiles();
    const { status, body } = await upload(documentId, Buffer.from('<html><script>alert(1)</script></html>'), {
      name: 'surat.pdf',
      type: 'application/pdf',
    });
    expect(status).toBe(415);
    expect(body.error.code).toBe('UNSUPPORTED_FILE_TYPE');
    expect(await fileColumns(documentId)).toEqual(before);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  test.each(['staff', 'bankOfficer', 'otherKetua', 'dinasSanggau'] as const)(
    '%s may not upload: 403 FORBIDDEN and nothing changes',
    async (user) => {
      const before = await fileColumns(documentId);
      const filesBefore = await storedFiles();
      const { status, body } = await upload(documentId, PNG, { user, name: 'x.png', type: 'image/png' });
      expect([status, body.error.code]).toEqual([403, 'FORBIDDEN']);
      expect(await fileColumns(documentId)).toEqual(before);
      expect(await storedFiles()).toEqual(filesBefore);
    },
  );

  test('anonymous uploads get 401; a stale version gets 409 CONFLICT', async () => {
    expect((await upload(documentId, PDF, { user: null })).status).toBe(401);
    const before = await fileColumns(documentId);
    const { status, body } = await upload(documentId, PNG, { version: 1, name: 'x.png', type: 'image/png' });
    expect([status, body.error.code]).toEqual([409, 'CONFLICT']);
    expect(await fileColumns(documentId)).toEqual(before);
  });

  test('the mentor replaces the file (session cookie): the old file is deleted, the new one served', async () => {
    const old = await fileColumns(documentId);
    const { status, body } = await upload(documentId, PNG, {
      user: 'mentor',
      name: 'foto.png',
      type: 'image/png',
      cookie: true,
    });
    expect(status).toBe(200);
    expect(body.document.file).toMatchObject({
      name: 'foto.png',
      mimeType: 'image/png',
      sizeBytes: PNG.length,
    });
    const files = await storedFiles();
    expect(files).not.toContain(old.file_storage_key);
    expect(files).toContain((await fileColumns(documentId)).file_storage_key);
    const response = await download(documentId);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(PNG)).toBe(true);
  });

  test('removing the document removes its file', async () => {
    const { file_storage_key: key, version } = await fileColumns(documentId);
    const { payload } = await call(
      'removeCooperativeDocument',
      'RemoveCooperativeDocumentInput',
      'removedDocumentId',
      { id: documentId, version },
      'ketua',
    );
    expect(payload!.userErrors).toEqual([]);
    expect(await storedFiles()).not.toContain(key);
  });
});
