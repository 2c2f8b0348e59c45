import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadSampleVillages, writeSimkopdesSamples, type SampleSummary } from '../src/cli/simkopdes-samples';
import { WILAYAH_CSV_GZ } from '../src/db/regions';
import { runSimkopdesImports } from '../src/modules/simkopdes/simkopdes.job';
import { SimkopdesFileStore } from '../src/modules/simkopdes/simkopdes.storage';
import { tablesInReadingOrder } from '../src/modules/simkopdes/simkopdes.format';
import { startTestServer, type TestServer } from './support/test-server';
import { DEMO } from './authorization/fixture';

/**
 * The apply side against the seeded demo database: upload → dry run (job) → apply (job) →
 * a second run of the same files changes nothing → undo puts everything back. Aceh Selatan's
 * villages (11.01.01) have no cooperative; Sanggau's (61.03.01) have the demo ones.
 */

let server: TestServer;
let dir: string;
let importDir: string;
let admin: string;
let dinas: string;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simkopdes-apply-'));
  importDir = path.join(dir, 'imports');
  server = await startTestServer({ env: { SIMKOPDES_IMPORT_DIR: importDir } });
  admin = await server.signIn(DEMO.admin);
  dinas = await server.signIn(DEMO.dinasSanggau);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function samples(
  name: string,
  districts: string[],
  options: { bad?: boolean; format?: 'csv' | 'xlsx' } = {},
) {
  const villages = await loadSampleVillages(WILAYAH_CSV_GZ, districts, options.bad ? 12 : 4);
  return writeSimkopdesSamples({
    outDir: path.join(dir, name),
    formats: [options.format ?? 'csv'],
    villages,
    seed: 5,
    bad: options.bad,
  });
}

async function upload(
  files: string[],
  token: string,
): Promise<{ status: number; body: { import?: { id: string }; error?: { code: string } } }> {
  const form = new FormData();
  for (const file of files) form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file));
  const response = await fetch(`${server.url}/simkopdes/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as never };
}

const runJob = () =>
  runSimkopdesImports(server.orm.em.getKnex(), new SimkopdesFileStore(importDir), log, {
    staleMs: 60_000,
    batchSize: 50,
  });

const IMPORT = `query ($id: ID!) { simkopdesImport(id: $id) {
  status rowsDone rowsTotal error createdAt checkedAt appliedAt undoneAt
  report { newCooperatives matchedCooperatives
    tables { table rows create update unchanged rejected rejections { code count } notes { code count } } }
  conflicts { id field ours theirs resolution resolvedAt }
} }`;

type ImportView = {
  status: string;
  rowsDone: number;
  rowsTotal: number;
  error: string | null;
  createdAt: string;
  checkedAt: string | null;
  appliedAt: string | null;
  undoneAt: string | null;
  report: {
    newCooperatives: number;
    matchedCooperatives: number;
    tables: {
      table: string;
      rows: number;
      create: number;
      update: number;
      unchanged: number;
      rejected: number;
      rejections: { code: string; count: number }[];
      notes: { code: string; count: number }[];
    }[];
  } | null;
  conflicts: {
    id: string;
    field: string;
    ours: string;
    theirs: string;
    resolution: string | null;
    resolvedAt: string | null;
  }[];
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

async function view(id: string, token = admin): Promise<ImportView> {
  const response = await server.graphql<{ simkopdesImport: ImportView }>(IMPORT, { id }, { token });
  expect(response.errors).toBeUndefined();
  return response.data!.simkopdesImport;
}

async function mutate(name: string, input: Record<string, unknown>, token = admin) {
  const response = await server.graphql<Record<string, { userErrors: { code: string }[] }>>(
    `mutation ($input: ${name === 'resolveSimkopdesConflict' ? 'ResolveSimkopdesConflictInput' : 'SimkopdesImportInput'}!) {
      ${name}(input: $input) { userErrors { code } } }`,
    { input },
    { token },
  );
  expect(response.errors).toBeUndefined();
  return response.data![name].userErrors.map((error) => error.code);
}

/** Uploads, checks and applies; returns the run's id. */
async function importFiles(summary: SampleSummary, token = admin): Promise<string> {
  const uploaded = await upload(summary.files, token);
  expect(uploaded.status).toBe(202);
  const id = uploaded.body.import!.id;
  await runJob();
  const checked = await view(id, token);
  expect(checked.status).toBe('CHECKED');
  // Times in ISO 8601; the report's tables in the order they are read, whatever jsonb keeps.
  expect(checked.createdAt).toMatch(ISO_TIME);
  expect(checked.checkedAt).toMatch(ISO_TIME);
  const order = tablesInReadingOrder();
  const tables = checked.report!.tables.map((table) => table.table);
  expect(tables).toEqual([...tables].sort((a, b) => order.indexOf(a as never) - order.indexOf(b as never)));
  expect(await mutate('applySimkopdesImport', { importId: id }, token)).toEqual([]);
  await runJob();
  return id;
}

/** What an import can change, for before/after comparisons. */
async function snapshot() {
  const knex = server.orm.em.getKnex();
  return {
    cooperatives: await knex('cooperative')
      .orderBy('id')
      .select(
        'id',
        'name',
        'management_pattern',
        'member_count',
        'simkopdes_ref',
        'simkopdes_synced_at',
        'updated_at',
      ),
    officers: await knex('cooperative_officer').orderBy('id').select('id', 'cooperative_id', 'role', 'name'),
    units: await knex('business_unit').orderBy('id').select('id', 'cooperative_id', 'type', 'status'),
    documents: await knex('cooperative_document')
      .orderBy('id')
      .select('id', 'cooperative_id', 'type', 'number', 'issued_on', 'expires_on'),
  };
}

test('a clean import creates the new villages’ cooperatives, a second run changes nothing, undo puts all back', async () => {
  const before = await snapshot();
  const summary = await samples('clean', ['11.01.01']);
  const id = await importFiles(summary);
  const applied = await view(id);
  expect(applied.error).toBeNull();
  expect(applied.status).toBe('APPLIED');
  expect(applied.rowsDone).toBe(applied.rowsTotal);
  expect(applied.report!.newCooperatives).toBe(summary.cooperatives);
  // An admin's run (scoped to all of Indonesia) is no Dinas office's to see.
  const hidden = await server.graphql(IMPORT, { id }, { token: dinas });
  expect(hidden.data).toEqual({ simkopdesImport: null });

  const knex = server.orm.em.getKnex();
  const created = await knex('cooperative')
    .where('village_code', 'like', '11.01.01.%')
    .select('id', 'name', 'simkopdes_ref', 'member_count');
  expect(created).toHaveLength(summary.cooperatives);
  for (const cooperative of created) {
    expect(cooperative.simkopdes_ref).toMatch(/^KOP-[0-9A-F]{12}$/);
    expect(cooperative.name).toMatch(/^KOPERASI/);
  }
  const ids = created.map((cooperative: { id: number }) => cooperative.id);
  expect(
    Number((await knex('cooperative_officer').whereIn('cooperative_id', ids).count({ n: '*' }))[0].n),
  ).toBeGreaterThan(0);
  expect(
    Number((await knex('business_unit').whereIn('cooperative_id', ids).count({ n: '*' }))[0].n),
  ).toBeGreaterThan(0);
  expect(
    Number((await knex('cooperative_document').whereIn('cooperative_id', ids).count({ n: '*' }))[0].n),
  ).toBeGreaterThan(0);

  // The same files again: the dry run finds nothing to do, and the apply writes nothing.
  const afterFirst = await snapshot();
  const again = await importFiles(summary);
  const second = await view(again);
  for (const table of second.report!.tables) {
    expect({ table: table.table, create: table.create, update: table.update }).toEqual({
      table: table.table,
      create: 0,
      update: 0,
    });
  }
  expect(await snapshot()).toEqual(afterFirst);
  expect(
    Number(
      (
        await knex('simkopdes_change')
          .where('import_id', Buffer.from(again, 'base64url').toString().split(':')[1])
          .count({ n: '*' })
      )[0].n,
    ),
  ).toBe(0);

  // Undo the second (a no-op) and the first: the database is as before.
  expect(await mutate('undoSimkopdesImport', { importId: again })).toEqual([]);
  expect(await mutate('undoSimkopdesImport', { importId: id })).toEqual([]);
  expect(await snapshot()).toEqual(before);
  expect((await view(id)).undoneAt).toMatch(ISO_TIME);
  // Undoing twice is a wrong step, refused with a typed error.
  expect(await mutate('undoSimkopdesImport', { importId: id })).toEqual(['INVALID_TRANSITION']);
});

test('a run whose new cooperatives got records of their own in MitraDesa is not undone', async () => {
  const knex = server.orm.em.getKnex();
  const id = await importFiles(await samples('adopted', ['11.01.05']));
  const created = await knex('cooperative').where('village_code', 'like', '11.01.05.%').first('id');
  // A board publishes an offering for its freshly imported cooperative.
  const [offering] = await knex('offering')
    .insert({ cooperative_id: created.id, kind: 'SUPPLY', title: 'Kopi robusta', status: 'PUBLISHED' })
    .returning('id');
  const before = await snapshot();
  expect(await mutate('undoSimkopdesImport', { importId: id })).toEqual(['INVALID_TRANSITION']);
  expect(await snapshot()).toEqual(before);
  expect((await view(id)).status).toBe('APPLIED');
  // Without it, the run can be undone again.
  await knex('offering').where('id', offering.id).delete();
  expect(await mutate('undoSimkopdesImport', { importId: id })).toEqual([]);
  expect(await knex('cooperative').where('village_code', 'like', '11.01.05.%').count({ n: '*' })).toEqual([
    { n: '0' },
  ]);
});

test('every deliberate defect is rejected with its reason and the other rows are applied (XLSX)', async () => {
  const summary = await samples('bad', ['11.01.02'], { bad: true, format: 'xlsx' });
  const id = await importFiles(summary);
  const run = await view(id);
  expect(run.status).toBe('APPLIED');
  const codes = new Set(run.report!.tables.flatMap((table) => table.rejections.map((entry) => entry.code)));
  for (const code of ['UNKNOWN_VILLAGE_CODE', 'UNKNOWN_COOPERATIVE_REF', 'UNKNOWN_VALUE'])
    expect(codes).toContain(code);
  const links = run.report!.tables.find((table) => table.table === 'referensi_koperasi_wilayah')!;
  const created = await server.orm.em
    .getKnex()('cooperative')
    .where('village_code', 'like', '11.01.02.%')
    .count({ n: '*' });
  expect(Number(created[0].n)).toBe(links.create);
  expect(await mutate('undoSimkopdesImport', { importId: id })).toEqual([]);
});

test('a profile edited in MitraDesa becomes a conflict; TAKE_THEIRS writes SIMKOPDES’s value; a Dinas import rejects rows outside its regions', async () => {
  const knex = server.orm.em.getKnex();
  // Sanggau's demo cooperatives were never imported: a differing name is a conflict, not overwritten.
  const summary = await samples('matched', ['61.03.01', '11.01.03']);
  const uploaded = await upload(summary.files, dinas);
  expect(uploaded.status).toBe(202);
  const id = uploaded.body.import!.id;
  await runJob();
  const checked = await view(id, dinas);
  const outside = checked.report!.tables.find((table) => table.table === 'referensi_koperasi_wilayah')!;
  expect(outside.rejections).toEqual([{ code: 'OUTSIDE_SCOPE', count: 4 }]);
  // A name typed here, which SIMKOPDES does not have.
  const edited = await knex('cooperative')
    .where('village_code', 'like', '61.03.01.%')
    .orderBy('id')
    .first('id');
  await knex('cooperative')
    .where('id', edited.id)
    .update({ name: 'KOPERASI MERAH PUTIH SAYA', updated_at: knex.fn.now() });
  const names = await knex('cooperative')
    .where('village_code', 'like', '61.03.01.%')
    .orderBy('id')
    .select('id', 'name');
  expect(await mutate('applySimkopdesImport', { importId: id }, dinas)).toEqual([]);
  expect(await mutate('applySimkopdesImport', { importId: id }, dinas)).toEqual(['INVALID_TRANSITION']);
  await runJob();
  const run = await view(id, dinas);
  expect(run.status).toBe('APPLIED');
  expect(
    await knex('cooperative').where('village_code', 'like', '61.03.01.%').orderBy('id').select('id', 'name'),
  ).toEqual(names);
  expect(await knex('cooperative').where('village_code', 'like', '11.01.03.%').count({ n: '*' })).toEqual([
    { n: '0' },
  ]);
  const conflict = run.conflicts.find((entry) => entry.ours === 'KOPERASI MERAH PUTIH SAYA')!;
  expect(conflict).toMatchObject({ field: 'NAME', resolution: null });
  expect(
    await mutate('resolveSimkopdesConflict', { conflictId: conflict.id, resolution: 'TAKE_THEIRS' }, dinas),
  ).toEqual([]);
  expect(await knex('cooperative').where('name', conflict.theirs).count({ n: '*' })).toEqual([{ n: '1' }]);
  const resolved = await view(id, dinas);
  expect(resolved.appliedAt).toMatch(ISO_TIME);
  expect(resolved.conflicts.find((entry) => entry.id === conflict.id)).toMatchObject({
    resolution: 'TAKE_THEIRS',
    resolvedAt: expect.stringMatching(ISO_TIME),
  });
  // Undo puts our name back.
  expect(await mutate('undoSimkopdesImport', { importId: id }, dinas)).toEqual([]);
  expect(
    await knex('cooperative').where('village_code', 'like', '61.03.01.%').orderBy('id').select('id', 'name'),
  ).toEqual(names);
});

test('the upload route refuses outsiders, mixed formats and oversized files', async () => {
  const summary = await samples('route', ['11.01.04']);
  expect((await upload(summary.files, await server.signIn(DEMO.ketua))).status).toBe(403);
  expect((await upload(summary.files, await server.signIn(DEMO.bankAdmin))).status).toBe(403);
  const anonymous = await fetch(`${server.url}/simkopdes/imports`, { method: 'POST', body: new FormData() });
  expect(anonymous.status).toBe(401);
  const workbook = await samples('route-xlsx', ['11.01.04'], { format: 'xlsx' });
  expect((await upload([...summary.files.slice(0, 1), ...workbook.files], admin)).status).toBe(400);
  const fake = path.join(dir, 'fake.xlsx');
  fs.writeFileSync(fake, 'not a zip');
  expect((await upload([fake], admin)).status).toBe(415);
});

test('export → import dry run: every row is matched as it is', async () => {
  const summary = await samples('round', ['11.01.05']);
  const id = await importFiles(summary);
  const out = path.join(dir, 'export');
  fs.mkdirSync(out);
  const tables = [
    'referensi_koperasi_wilayah',
    'referensi_gerai_koperasi',
    'referensi_dokumen_koperasi',
    'profil_koperasi',
    'pengurus_koperasi',
    'gerai_koperasi',
    'dokumen_koperasi',
    'akun_bank_koperasi',
    'anggota_koperasi',
  ];
  for (const table of tables) {
    const response = await fetch(`${server.url}/simkopdes/export?table=${table}&region=11.01.05`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.status).toBe(200);
    fs.writeFileSync(path.join(out, `${table}.csv`), await response.text());
  }
  // Officers keep the pengurus_ref of the row that brought them (a vice-chair, who has no role of
  // ours, is not exported).
  const refsIn = (file: string) =>
    fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
  const sampleRefs = new Set(refsIn(summary.files.find((file) => file.endsWith('pengurus_koperasi.csv'))!));
  const exportedRefs = refsIn(path.join(out, 'pengurus_koperasi.csv'));
  expect(exportedRefs.length).toBeGreaterThan(0);
  expect(exportedRefs.filter((ref) => !sampleRefs.has(ref))).toEqual([]);
  const uploaded = await upload(
    tables.map((table) => path.join(out, `${table}.csv`)),
    admin,
  );
  await runJob();
  const run = await view(uploaded.body.import!.id);
  for (const table of run.report!.tables)
    expect({
      table: table.table,
      create: table.create,
      update: table.update,
      rejected: table.rejected,
    }).toEqual({ table: table.table, create: 0, update: 0, rejected: 0 });
  expect(await mutate('undoSimkopdesImport', { importId: id })).toEqual([]);
});
