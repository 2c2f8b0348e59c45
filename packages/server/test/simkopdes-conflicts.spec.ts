import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { PoolClient } from 'pg';
import { parse } from 'csv-parse/sync';
import { loadSampleVillages, writeSimkopdesSamples, type SampleSummary } from '../src/cli/simkopdes-samples';
import { WILAYAH_CSV_GZ } from '../src/db/regions';
import { dryRunSimkopdes, sqlReaderOf, type RowReport } from '../src/modules/simkopdes/simkopdes.dry-run';
import { runSimkopdesImports } from '../src/modules/simkopdes/simkopdes.job';
import { csvFilesSource } from '../src/modules/simkopdes/simkopdes.read';
import { SimkopdesFileStore } from '../src/modules/simkopdes/simkopdes.storage';
import { toGlobalId } from '../src/shared/global-id';
import { startTestServer, type TestServer } from './support/test-server';
import { DEMO } from './authorization/fixture';

/**
 * Values a cooperative edited in MitraDesa after an import are not overwritten by the next one:
 * officers' names and units' statuses, like the profile, are kept and raised as conflicts that
 * KEEP_OURS / TAKE_THEIRS settle. And a row finds its cooperative by koperasi_ref first, refusing
 * rows whose ref and village disagree with MitraDesa. Aceh Selatan's villages (11.01.06–08) have
 * no cooperative before these runs.
 */

let server: TestServer;
let dir: string;
let importDir: string;
let admin: string;
const log = pino({ level: 'silent' });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simkopdes-conflicts-'));
  importDir = path.join(dir, 'imports');
  server = await startTestServer({ env: { SIMKOPDES_IMPORT_DIR: importDir } });
  admin = await server.signIn(DEMO.admin);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const knex = () => server.orm.em.getKnex();

async function samples(name: string, district: string): Promise<SampleSummary> {
  const villages = await loadSampleVillages(WILAYAH_CSV_GZ, [district], 3);
  return writeSimkopdesSamples({ outDir: path.join(dir, name), formats: ['csv'], villages, seed: 7 });
}

type Row = Record<string, string>;

function fileOf(summary: SampleSummary, table: string): string {
  return summary.files.find((file) => path.basename(file) === `${table}.csv`)!;
}

function rowsOf(summary: SampleSummary, table: string): Row[] {
  return parse(fs.readFileSync(fileOf(summary, table)), { columns: true, bom: true }) as Row[];
}

/** A copy of the files in a new folder, with some tables' rows changed. */
function rewrite(
  summary: SampleSummary,
  name: string,
  changes: Record<string, (rows: Row[]) => Row[]>,
): SampleSummary {
  const out = path.join(dir, name);
  fs.mkdirSync(out, { recursive: true });
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const files = summary.files.map((file) => {
    const target = path.join(out, path.basename(file));
    const table = path.basename(file, '.csv');
    if (!changes[table]) fs.copyFileSync(file, target);
    else {
      const rows = changes[table](rowsOf(summary, table));
      const header = Object.keys(rowsOf(summary, table)[0]);
      const lines = [
        header.join(','),
        ...rows.map((row) => header.map((column) => quote(row[column] ?? '')).join(',')),
      ];
      fs.writeFileSync(target, `${lines.join('\n')}\n`);
    }
    return target;
  });
  return { ...summary, files };
}

async function upload(files: string[]): Promise<string> {
  const form = new FormData();
  for (const file of files) form.append('file', new Blob([fs.readFileSync(file)]), path.basename(file));
  const response = await fetch(`${server.url}/simkopdes/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}` },
    body: form,
  });
  expect(response.status).toBe(202);
  return ((await response.json()) as { import: { id: string } }).import.id;
}

const runJob = () =>
  runSimkopdesImports(knex(), new SimkopdesFileStore(importDir), log, { staleMs: 60_000, batchSize: 50 });

const IMPORT = `query ($id: ID!) { simkopdesImport(id: $id) {
  status error
  report { tables { table create update unchanged conflict rejected rejections { code count } notes { code count } } }
  conflicts { id field subject ours theirs resolution }
} }`;

interface TableView {
  table: string;
  create: number;
  update: number;
  unchanged: number;
  conflict: number;
  rejected: number;
  rejections: { code: string; count: number }[];
  notes: { code: string; count: number }[];
}
interface ConflictView {
  id: string;
  field: string;
  subject: string | null;
  ours: string | null;
  theirs: string;
  resolution: string | null;
}
interface ImportView {
  status: string;
  error: string | null;
  report: { tables: TableView[] };
  conflicts: ConflictView[];
}

async function view(id: string): Promise<ImportView> {
  const response = await server.graphql<{ simkopdesImport: ImportView }>(IMPORT, { id }, { token: admin });
  expect(response.errors).toBeUndefined();
  return response.data!.simkopdesImport;
}

const tableOf = (run: ImportView, table: string) => run.report.tables.find((entry) => entry.table === table)!;

async function mutate(name: string, inputType: string, input: Record<string, unknown>): Promise<string[]> {
  const response = await server.graphql<Record<string, { userErrors: { code: string }[] }>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { userErrors { code } } }`,
    { input },
    { token: admin },
  );
  expect(response.errors).toBeUndefined();
  return response.data![name].userErrors.map((error) => error.code);
}

const resolve = (conflictId: string, resolution: 'KEEP_OURS' | 'TAKE_THEIRS') =>
  mutate('resolveSimkopdesConflict', 'ResolveSimkopdesConflictInput', { conflictId, resolution });
const undo = (importId: string) => mutate('undoSimkopdesImport', 'SimkopdesImportInput', { importId });

/** Uploads, checks and applies; returns the run's id and what it did. */
async function importFiles(summary: SampleSummary): Promise<{ id: string; run: ImportView }> {
  const id = await upload(summary.files);
  await runJob();
  expect((await view(id)).status).toBe('CHECKED');
  expect(await mutate('applySimkopdesImport', 'SimkopdesImportInput', { importId: id })).toEqual([]);
  await runJob();
  const run = await view(id);
  expect({ status: run.status, error: run.error }).toEqual({ status: 'APPLIED', error: null });
  return { id, run };
}

/** The district's cooperatives (by village code) with their SIMKOPDES refs. */
async function cooperativesIn(district: string) {
  return (await knex()('cooperative')
    .where('village_code', 'like', `${district}.%`)
    .orderBy('village_code')
    .select('id', 'village_code', 'simkopdes_ref', 'version')) as {
    id: number;
    village_code: string;
    simkopdes_ref: string;
    version: number;
  }[];
}

/** Officers, units and links of the district, for before/after comparisons. */
async function snapshot(district: string) {
  const ids = (await cooperativesIn(district)).map((cooperative) => cooperative.id);
  return {
    officers: await knex()('cooperative_officer')
      .whereIn('cooperative_id', ids)
      .orderBy('id')
      .select('id', 'role', 'name'),
    units: await knex()('business_unit')
      .whereIn('cooperative_id', ids)
      .orderBy('id')
      .select('id', 'type', 'status', 'updated_at'),
    links: await knex()('simkopdes_record')
      .orderBy('id')
      .select('id', 'entity_id', 'source_ref', 'synced_at'),
  };
}

const chair = (rows: Row[], ref: string, jabatan = 'KETUA') =>
  rows.find((row) => row.koperasi_ref === ref && row.jabatan === jabatan && row.status === 'PENGURUS')!;

async function officerName(cooperativeId: number, role: string): Promise<string> {
  return (
    await knex()('cooperative_officer')
      .where({ cooperative_id: cooperativeId, role })
      .orderBy('id')
      .first('name')
  ).name;
}

test('an officer renamed in MitraDesa after an import keeps our name and raises one conflict; one not edited is updated', async () => {
  const district = '11.01.06';
  const first = await samples('officers', district);
  await importFiles(first);
  const [edited, untouched] = await cooperativesIn(district);
  const officers = rowsOf(first, 'pengurus_koperasi');

  // The board of the first cooperative renames its chair and secretary in MitraDesa (the board's
  // list is saved as a whole, as the web form does).
  const board = (await knex()('cooperative_officer')
    .where('cooperative_id', edited.id)
    .orderBy('id')
    .select('role', 'name')) as { role: string; name: string }[];
  const ours = { KETUA: 'Ibu Ketua Pilihan Rapat', SEKRETARIS: 'Pak Sekretaris Pilihan Rapat' };
  expect(
    await mutate('setCooperativeOfficers', 'SetCooperativeOfficersInput', {
      id: toGlobalId('Cooperative', edited.id),
      version: (await cooperativesIn(district))[0].version,
      officers: board.map((officer) => ({
        role: officer.role,
        name: ours[officer.role as keyof typeof ours] ?? officer.name,
      })),
    }),
  ).toEqual([]);
  const beforeSecond = await snapshot(district);

  // SIMKOPDES names other people for both, and a new chair of the second cooperative.
  const theirs = {
    KETUA: 'BAPAK KETUA DARI SIMKOPDES',
    SEKRETARIS: 'IBU SEKRETARIS DARI SIMKOPDES',
    untouched: 'BAPAK KETUA BARU KEDUA',
  };
  const second = rewrite(first, 'officers-2', {
    pengurus_koperasi: (rows) =>
      rows.map((row) => {
        if (row.pengurus_ref === chair(officers, edited.simkopdes_ref).pengurus_ref)
          return { ...row, nama: theirs.KETUA };
        if (row.pengurus_ref === chair(officers, edited.simkopdes_ref, 'SEKRETARIS').pengurus_ref)
          return { ...row, nama: theirs.SEKRETARIS };
        if (row.pengurus_ref === chair(officers, untouched.simkopdes_ref).pengurus_ref)
          return { ...row, nama: theirs.untouched };
        return row;
      }),
  });
  const { id: secondId, run } = await importFiles(second);
  // The dry run said so: two conflicts kept, one update.
  expect(tableOf(run, 'pengurus_koperasi')).toMatchObject({ update: 1, conflict: 2, create: 0 });
  expect(tableOf(run, 'pengurus_koperasi').notes).toContainEqual({
    code: 'CONFLICT_WITH_MITRADESA',
    count: 2,
  });
  expect(await officerName(edited.id, 'KETUA')).toBe(ours.KETUA);
  expect(await officerName(edited.id, 'SEKRETARIS')).toBe(ours.SEKRETARIS);
  expect(await officerName(untouched.id, 'KETUA')).toBe(theirs.untouched);
  const conflicts = run.conflicts.filter((conflict) => conflict.field === 'OFFICER_NAME');
  expect(
    conflicts.map(({ subject, ours: mine, theirs: their, resolution }) => ({
      subject,
      mine,
      their,
      resolution,
    })),
  ).toEqual([
    { subject: 'KETUA', mine: ours.KETUA, their: theirs.KETUA, resolution: null },
    { subject: 'SEKRETARIS', mine: ours.SEKRETARIS, their: theirs.SEKRETARIS, resolution: null },
  ]);

  // A third run of the same files raises nothing new and changes nothing.
  const afterSecond = await snapshot(district);
  const third = await importFiles(second);
  expect(tableOf(third.run, 'pengurus_koperasi')).toMatchObject({ update: 0, conflict: 2 });
  expect(third.run.conflicts).toEqual([]);
  expect(await snapshot(district)).toEqual(afterSecond);

  // TAKE_THEIRS writes SIMKOPDES's chair; KEEP_OURS keeps our secretary.
  const chairConflict = conflicts.find((conflict) => conflict.subject === 'KETUA')!;
  const secretaryConflict = conflicts.find((conflict) => conflict.subject === 'SEKRETARIS')!;
  expect(await resolve(chairConflict.id, 'TAKE_THEIRS')).toEqual([]);
  expect(await resolve(secretaryConflict.id, 'KEEP_OURS')).toEqual([]);
  expect(await resolve(secretaryConflict.id, 'TAKE_THEIRS')).toEqual(['INVALID_TRANSITION']);
  expect(await officerName(edited.id, 'KETUA')).toBe(theirs.KETUA);
  expect(await officerName(edited.id, 'SEKRETARIS')).toBe(ours.SEKRETARIS);
  expect((await view(secondId)).conflicts.map((conflict) => conflict.resolution).sort()).toEqual([
    'KEEP_OURS',
    'TAKE_THEIRS',
  ]);

  // The chair taken from SIMKOPDES follows SIMKOPDES again; the secretary kept is not asked twice.
  const fourth = await importFiles(
    rewrite(second, 'officers-4', {
      pengurus_koperasi: (rows) =>
        rows.map((row) =>
          row.pengurus_ref === chair(officers, edited.simkopdes_ref).pengurus_ref
            ? { ...row, nama: 'BAPAK KETUA TERBARU' }
            : row,
        ),
    }),
  );
  expect(tableOf(fourth.run, 'pengurus_koperasi')).toMatchObject({ update: 1, conflict: 1 });
  expect(fourth.run.conflicts).toEqual([]);
  expect(await officerName(edited.id, 'KETUA')).toBe('BAPAK KETUA TERBARU');

  // Undoing the later runs, then the second (whose conflict took SIMKOPDES's chair), puts ours back.
  expect(await undo(fourth.id)).toEqual([]);
  expect(await undo(third.id)).toEqual([]);
  expect(await undo(secondId)).toEqual([]);
  expect(await snapshot(district)).toEqual(beforeSecond);
});

test('a unit whose status MitraDesa changed after an import keeps it and raises one conflict; one not changed is updated', async () => {
  const district = '11.01.07';
  const first = await samples('units', district);
  await importFiles(first);
  const [edited, untouched] = await cooperativesIn(district);
  const outlets = rowsOf(first, 'gerai_koperasi');
  // A cooperative's units, each with the SIMKOPDES row it came from (by its link).
  const unitsOf = async (cooperativeId: number) => {
    const units = (await knex()('business_unit as u')
      .join('simkopdes_record as r', function () {
        this.on('r.entity_id', 'u.id').andOnVal('r.source_table', 'gerai_koperasi');
      })
      .where('u.cooperative_id', cooperativeId)
      .orderBy('u.id')
      .select('u.id', 'u.type', 'u.status', 'r.source_ref')) as {
      id: number;
      type: string;
      status: string;
      source_ref: string;
    }[];
    return units.map((unit) => ({ ...unit, row: outlets.find((row) => row.gerai_ref === unit.source_ref)! }));
  };
  const [keptUnit, takenUnit] = await unitsOf(edited.id);
  const [untouchedUnit] = await unitsOf(untouched.id);
  expect(takenUnit).toBeDefined();
  // The cooperative's officers mark two of its units as being built.
  for (const unit of [keptUnit, takenUnit])
    expect(
      await mutate('updateBusinessUnit', 'UpdateBusinessUnitInput', {
        id: toGlobalId('BusinessUnit', unit.id),
        status: 'UNDER_CONSTRUCTION',
      }),
    ).toEqual([]);
  const beforeSecond = await snapshot(district);

  // SIMKOPDES changes the status of those two and of the other cooperative's unit.
  const flip = (status: string) => (status === 'Aktif' ? 'Belum Aktif' : 'Aktif');
  const ours = (status: string) => (status === 'Aktif' ? 'ACTIVE' : 'NOT_ACTIVE');
  const changedRefs = new Set([keptUnit, takenUnit, untouchedUnit].map((unit) => unit.source_ref));
  const second = rewrite(first, 'units-2', {
    gerai_koperasi: (rows) =>
      rows.map((row) =>
        changedRefs.has(row.gerai_ref) ? { ...row, status_gerai: flip(row.status_gerai) } : row,
      ),
  });
  const { id: secondId, run } = await importFiles(second);
  expect(tableOf(run, 'gerai_koperasi')).toMatchObject({ update: 1, conflict: 2, create: 0 });
  expect(tableOf(run, 'gerai_koperasi').notes).toContainEqual({ code: 'CONFLICT_WITH_MITRADESA', count: 2 });
  const statusOf = async (id: number) =>
    (await knex()('business_unit').where('id', id).first('status')).status;
  expect(await statusOf(untouchedUnit.id)).toBe(ours(flip(untouchedUnit.row.status_gerai)));
  expect(await statusOf(keptUnit.id)).toBe('UNDER_CONSTRUCTION');
  expect(await statusOf(takenUnit.id)).toBe('UNDER_CONSTRUCTION');
  const conflictOf = (unit: typeof keptUnit) =>
    run.conflicts.find(
      (conflict) => conflict.theirs === ours(flip(unit.row.status_gerai)) && conflict.subject === unit.type,
    )!;
  expect(run.conflicts).toHaveLength(2);
  for (const unit of [keptUnit, takenUnit])
    expect(conflictOf(unit)).toMatchObject({
      field: 'UNIT_STATUS',
      subject: unit.type,
      ours: 'UNDER_CONSTRUCTION',
      theirs: ours(flip(unit.row.status_gerai)),
      resolution: null,
    });

  // Not raised twice, nothing written.
  const afterSecond = await snapshot(district);
  const third = await importFiles(second);
  expect(tableOf(third.run, 'gerai_koperasi')).toMatchObject({ update: 0, conflict: 2 });
  expect(third.run.conflicts).toEqual([]);
  expect(await snapshot(district)).toEqual(afterSecond);

  // KEEP_OURS keeps one; TAKE_THEIRS writes SIMKOPDES's status into the other.
  expect(await resolve(conflictOf(keptUnit).id, 'KEEP_OURS')).toEqual([]);
  expect(await resolve(conflictOf(takenUnit).id, 'TAKE_THEIRS')).toEqual([]);
  expect(await statusOf(keptUnit.id)).toBe('UNDER_CONSTRUCTION');
  expect(await statusOf(takenUnit.id)).toBe(ours(flip(takenUnit.row.status_gerai)));
  // The unit taken from SIMKOPDES follows its next change without a conflict.
  const fourth = await importFiles(
    rewrite(second, 'units-4', {
      gerai_koperasi: (rows) =>
        rows.map((row) =>
          row.gerai_ref === takenUnit.source_ref ? { ...row, status_gerai: takenUnit.row.status_gerai } : row,
        ),
    }),
  );
  expect(tableOf(fourth.run, 'gerai_koperasi')).toMatchObject({ update: 1, conflict: 1 });
  expect(fourth.run.conflicts).toEqual([]);
  expect(await statusOf(takenUnit.id)).toBe(ours(takenUnit.row.status_gerai));

  // Undo puts every status back, the links' times too.
  expect(await undo(fourth.id)).toEqual([]);
  expect(await undo(third.id)).toEqual([]);
  expect(await undo(secondId)).toEqual([]);
  expect(await snapshot(district)).toEqual(beforeSecond);
});

test('a row finds its cooperative by koperasi_ref first; a ref and village that disagree with MitraDesa are refused', async () => {
  const district = '11.01.08';
  const first = await samples('refs', district);
  await importFiles(first);
  const [moved, relinked] = await cooperativesIn(district);
  const taken = new Set((await cooperativesIn(district)).map((cooperative) => cooperative.village_code));
  const elsewhere = (
    await knex()('region')
      .where('code', 'like', `${district}.%`)
      .andWhere('level', 'VILLAGE')
      .orderBy('code')
      .select('code')
  ).find((region: { code: string }) => !taken.has(region.code))!.code as string;
  const otherRef = 'KOP-0123456789AB';

  // The ref is matched to its cooperative.
  const client = (await knex().client.acquireConnection()) as PoolClient;
  const rows: RowReport[] = [];
  try {
    await dryRunSimkopdes(csvFilesSource(first.files), sqlReaderOf(client), {
      onRow: (row) => void rows.push(row),
    });
  } finally {
    await knex().client.releaseConnection(client);
  }
  expect(
    rows.find((row) => row.table === 'referensi_koperasi_wilayah' && row.koperasiRef === moved.simkopdes_ref),
  ).toMatchObject({ outcome: 'UNCHANGED', cooperativeId: moved.id });

  // SIMKOPDES puts the first cooperative in another village, and gives the second's village a new ref.
  const before = {
    cooperatives: await knex()('cooperative')
      .orderBy('id')
      .select('id', 'village_code', 'simkopdes_ref', 'name'),
    ...(await snapshot(district)),
  };
  const changed = rewrite(first, 'refs-2', {
    referensi_koperasi_wilayah: (links) =>
      links.map((link) => {
        if (link.koperasi_ref === moved.simkopdes_ref) return { ...link, kode_wilayah: elsewhere };
        if (link.koperasi_ref === relinked.simkopdes_ref) return { ...link, koperasi_ref: otherRef };
        return link;
      }),
  });
  const { run } = await importFiles(changed);
  const links = tableOf(run, 'referensi_koperasi_wilayah');
  expect(links.rejections).toEqual(
    expect.arrayContaining([
      { code: 'REF_VILLAGE_MISMATCH', count: 1 },
      { code: 'VILLAGE_LINKED_TO_OTHER_REF', count: 1 },
    ]),
  );
  expect(links.create).toBe(0);
  // Their other rows are refused with them; nothing moved, was created or relinked.
  expect(tableOf(run, 'profil_koperasi').rejections).toEqual([{ code: 'UNKNOWN_COOPERATIVE_REF', count: 2 }]);
  expect({
    cooperatives: await knex()('cooperative')
      .orderBy('id')
      .select('id', 'village_code', 'simkopdes_ref', 'name'),
    ...(await snapshot(district)),
  }).toEqual(before);

  // The refusal names both villages.
  const client2 = (await knex().client.acquireConnection()) as PoolClient;
  try {
    const report = await dryRunSimkopdes(csvFilesSource(changed.files), sqlReaderOf(client2));
    expect(report.firstRejectionByCode.REF_VILLAGE_MISMATCH!.rejections[0].message).toContain(
      moved.village_code,
    );
    expect(report.firstRejectionByCode.REF_VILLAGE_MISMATCH!.rejections[0].message).toContain(elsewhere);
    expect(report.firstRejectionByCode.VILLAGE_LINKED_TO_OTHER_REF!.rejections[0].message).toContain(
      relinked.simkopdes_ref,
    );
  } finally {
    await knex().client.releaseConnection(client2);
  }
});

test('TAKE_THEIRS on a conflict whose unit is gone is refused with a typed error and changes nothing', async () => {
  const [cooperative] = await knex()('cooperative')
    .where('village_code', 'like', '61.03.01.%')
    .orderBy('id')
    .select('id');
  const [run] = await knex()('simkopdes_import')
    .insert({ format: 'CSV', storage_key: 'gone', file_names: ['gerai_koperasi.csv'], status: 'APPLIED' })
    .returning('id');
  const [unit] = await knex()('business_unit')
    .insert({ cooperative_id: cooperative.id, type: 'OTHER', name: 'Kios sementara', status: 'PLANNED' })
    .returning('id');
  const [row] = await knex()('simkopdes_conflict')
    .insert({
      import_id: run.id,
      cooperative_id: cooperative.id,
      field: 'UNIT_STATUS',
      subject: 'OTHER',
      record_id: unit.id,
      source_ref: 'GRI-GONE',
      ours: 'PLANNED',
      theirs: 'ACTIVE',
    })
    .returning('id');
  await knex()('business_unit').where('id', unit.id).delete();
  const changes = async () => Number((await knex()('simkopdes_change').count({ n: '*' }))[0].n);
  const before = await changes();
  expect(await resolve(toGlobalId('SimkopdesConflict', row.id), 'TAKE_THEIRS')).toEqual([
    'INVALID_TRANSITION',
  ]);
  expect(await knex()('simkopdes_conflict').where('id', row.id).first('resolution')).toEqual({
    resolution: null,
  });
  expect(await changes()).toBe(before);
  // Keeping ours closes it.
  expect(await resolve(toGlobalId('SimkopdesConflict', row.id), 'KEEP_OURS')).toEqual([]);
});
