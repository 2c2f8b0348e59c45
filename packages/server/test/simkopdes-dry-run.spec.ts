import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { parse } from 'csv-parse/sync';
import {
  DEFECTS,
  loadSampleVillages,
  writeSimkopdesSamples,
  type SampleSummary,
  type SampleVillage,
} from '../src/cli/simkopdes-samples';
import { WILAYAH_CSV_GZ } from '../src/db/regions';
import {
  dryRunSimkopdes,
  sqlReaderOf,
  type DryRunReport,
  type RowReport,
  type SqlReader,
} from '../src/modules/simkopdes/simkopdes.dry-run';
import { csvFilesSource, workbookFileSource } from '../src/modules/simkopdes/simkopdes.read';
import { SIMKOPDES_TABLES } from '../src/modules/simkopdes/simkopdes.format';
import { databaseUrl, runSql } from '../src/db/scratch-database';
import { ADMIN_URL_ENV, TEMPLATE_DB_ENV } from './support/test-database';

/**
 * The dry run against the seeded demo database: Kabupaten Sanggau's villages (61.03) have demo
 * cooperatives, Aceh Selatan's (11.01) have none.
 */

const MATCHED_DISTRICT = '61.03.01';
const NEW_DISTRICT = '11.01.01';

let dir: string;
let database: string;
let pool: Pool;
let db: SqlReader;
let statements = 0;
let villages: SampleVillage[];

async function samples(name: string, options: { bad?: boolean; formats?: ('csv' | 'xlsx')[] } = {}) {
  return writeSimkopdesSamples({
    outDir: path.join(dir, name),
    formats: options.formats ?? ['csv'],
    villages,
    seed: 11,
    bad: options.bad,
  });
}

const csv = (summary: SampleSummary) => csvFilesSource(summary.files.filter((file) => file.endsWith('.csv')));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simkopdes-dry-run-'));
  villages = await loadSampleVillages(WILAYAH_CSV_GZ, [NEW_DISTRICT, MATCHED_DISTRICT], 6);
  const adminUrl = process.env[ADMIN_URL_ENV]!;
  database = `mitradesa_spec_${randomBytes(6).toString('hex')}`;
  await runSql(adminUrl, `create database "${database}" template "${process.env[TEMPLATE_DB_ENV]!}"`);
  pool = new Pool({ connectionString: databaseUrl(adminUrl, database), max: 2 });
  // As the job queue's pool does: an idle connection the server closes is dropped and replaced by
  // the pool; without a listener its 'error' event would fail whatever test is running (it did
  // once, "terminating connection due to administrator command", between two statements).
  pool.on('error', () => undefined);
  const reader = sqlReaderOf(pool);
  db = {
    query(text, values) {
      statements += 1;
      return reader.query(text, values);
    },
  };
});

afterAll(async () => {
  await pool.end();
  await runSql(process.env[ADMIN_URL_ENV]!, `drop database if exists "${database}" with (force)`);
  fs.rmSync(dir, { recursive: true, force: true });
});

function rejectionTotals(report: DryRunReport): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const counts of Object.values(report.tables))
    for (const [code, count] of Object.entries(counts.rejections)) totals[code] = (totals[code] ?? 0) + count;
  return totals;
}

/** A generated CSV's rows by column, with their row numbers (the header is row 1). */
function csvRows(
  summary: SampleSummary,
  table: string,
): { rowNumber: number; values: Record<string, string> }[] {
  const file = summary.files.find((candidate) => path.basename(candidate) === `${table}.csv`)!;
  const records = parse(fs.readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
  return records.map((values, index) => ({ rowNumber: index + 2, values }));
}

function villageByRef(summary: SampleSummary): Map<string, string> {
  return new Map(
    csvRows(summary, 'referensi_koperasi_wilayah').map(({ values }) => [
      values.koperasi_ref,
      values.kode_wilayah,
    ]),
  );
}

test('a clean export: villages without a cooperative are created, the demo cooperatives are matched', async () => {
  const summary = await samples('clean');
  const rows: RowReport[] = [];
  const report = await dryRunSimkopdes(csv(summary), db, { onRow: (row) => void rows.push(row) });

  expect(report.issues).toEqual([]);
  expect(rejectionTotals(report)).toEqual({});
  expect(report.cooperatives).toEqual({ linked: 12, new: 6, matched: 6 });
  const links = report.tables.referensi_koperasi_wilayah.outcomes;
  expect([links.CREATE, links.UNCHANGED]).toEqual([6, 6]);
  // Every row is reported once and counted.
  for (const table of SIMKOPDES_TABLES) expect(report.tables[table].rows).toBe(summary.rows[table]);
  expect(rows).toHaveLength(Object.values(summary.rows).reduce((sum, count) => sum + count, 0));

  const villages = villageByRef(summary);
  const outcomesIn = (table: string, district: string) =>
    new Set(
      rows
        .filter((row) => row.table === table && villages.get(row.koperasiRef ?? '')?.startsWith(district))
        .map((row) => row.outcome),
    );
  // Everything of a new cooperative is created.
  for (const table of ['profil_koperasi', 'gerai_koperasi', 'dokumen_koperasi', 'akun_bank_koperasi'])
    expect(outcomesIn(table, NEW_DISTRICT)).toEqual(new Set(['CREATE']));
  // Vice-chairs and plain board members have no role of ours.
  expect(outcomesIn('pengurus_koperasi', NEW_DISTRICT)).toEqual(new Set(['CREATE', 'SKIPPED']));
  expect(
    rows.find((row) => row.outcome === 'SKIPPED')!.notes.map(({ code, column }) => [code, column]),
  ).toContainEqual(['NO_COUNTERPART', 'jabatan']);
  // Member rows are counted, not imported one by one; the type lists name nothing to write.
  expect(report.tables.anggota_koperasi.outcomes.COUNTED).toBe(summary.rows.anggota_koperasi);
  expect(report.tables.referensi_gerai_koperasi.outcomes.UNCHANGED).toBe(8);
  // Matched cooperatives' records are compared with the demo's: never created twice.
  expect(outcomesIn('profil_koperasi', MATCHED_DISTRICT)).not.toContain('CREATE');
  // Banks come out under their canonical names.
  expect(Object.keys(report.banks.canonical).length).toBeGreaterThan(0);
  for (const name of Object.keys(report.banks.canonical))
    expect(['BRI', 'BNI', 'Mandiri', 'BSI', 'BTN', 'Bank Kalbar', 'Bank Aceh Syariah']).toContain(name);
});

test('rows that match what a demo cooperative already has are UNCHANGED; different ones are UPDATE, or kept as a conflict where MitraDesa edited them', async () => {
  const summary = await samples('matching');
  const villages = villageByRef(summary);
  const [same, renamed] = csvRows(summary, 'profil_koperasi')
    .map(({ values }) => values)
    .filter((values) => villages.get(values.koperasi_ref)!.startsWith(MATCHED_DISTRICT));
  const patternOf = (values: Record<string, string>) => values.pola_pengelolaan.toUpperCase();
  // One demo cooperative holds what the export says (in other letter case); another has another name.
  await pool.query('update cooperative set name = $1, management_pattern = $2 where village_code = $3', [
    same.nama_koperasi.toLowerCase(),
    patternOf(same),
    villages.get(same.koperasi_ref),
  ]);
  await pool.query(
    `update cooperative set name = 'Koperasi Lain', management_pattern = $1 where village_code = $2`,
    [patternOf(renamed), villages.get(renamed.koperasi_ref)],
  );
  // The first one's chair is the export's chair; the second one's is someone else.
  const officers = csvRows(summary, 'pengurus_koperasi');
  const chairOf = (ref: string) =>
    officers.find(
      ({ values }) =>
        values.koperasi_ref === ref && values.jabatan === 'KETUA' && values.status === 'PENGURUS',
    )!;
  const chairUpdate = `update cooperative_officer set name = $1
      where role = 'KETUA' and cooperative_id = (select id from cooperative where village_code = $2)`;
  await pool.query(chairUpdate, [chairOf(same.koperasi_ref).values.nama, villages.get(same.koperasi_ref)]);
  await pool.query(chairUpdate, ['Orang Lain', villages.get(renamed.koperasi_ref)]);

  const rows: RowReport[] = [];
  await dryRunSimkopdes(csv(summary), db, { onRow: (row) => void rows.push(row) });
  const rowOf = (table: string, rowNumber: number) =>
    rows.find((row) => row.table === table && row.rowNumber === rowNumber)!;
  const profileOf = (ref: string) =>
    rows.find((row) => row.table === 'profil_koperasi' && row.koperasiRef === ref)!;
  expect(profileOf(same.koperasi_ref)).toMatchObject({ outcome: 'UNCHANGED' });
  // Never imported, so MitraDesa's name is the cooperative's own: the import keeps it and raises a
  // conflict (as the apply does), and the report says so rather than promising an update.
  expect(profileOf(renamed.koperasi_ref)).toMatchObject({
    outcome: 'CONFLICT',
    notes: [expect.objectContaining({ code: 'CONFLICT_WITH_MITRADESA', column: 'nama_koperasi' })],
  });
  // The same for its chair, whom no import wrote.
  expect(rowOf('pengurus_koperasi', chairOf(renamed.koperasi_ref).rowNumber)).toMatchObject({
    outcome: 'CONFLICT',
    changes: ['nama'],
    notes: expect.arrayContaining([
      expect.objectContaining({ code: 'CONFLICT_WITH_MITRADESA', column: 'nama' }),
    ]),
  });
  // The demo cooperatives' documents were recorded in MitraDesa: a differing export keeps them.
  const documents = rows.filter((row) => row.table === 'dokumen_koperasi');
  expect(documents.some((row) => row.notes.some((note) => note.code === 'KEPT_IN_MITRADESA'))).toBe(true);
  expect(documents.filter((row) => row.outcome === 'UPDATE')).toEqual([]);
  // Once synced from SIMKOPDES and not edited since, a different name is an update.
  await pool.query(
    `update cooperative set simkopdes_synced_at = updated_at + interval '1 second' where village_code = $1`,
    [villages.get(renamed.koperasi_ref)],
  );
  // Likewise an officer an import wrote (linked in simkopdes_record) and MitraDesa did not replace since.
  const { rows: runs } = await pool.query<{ id: number }>(
    `insert into simkopdes_import (format, storage_key, file_names, status) values ('CSV', 'spec', '{}', 'APPLIED')
     returning id`,
  );
  await pool.query(
    `insert into simkopdes_record (source_table, source_ref, entity_id, import_id, synced_at)
     select 'pengurus_koperasi', 'PGR-SPEC', o.id, $2, o.created_at + interval '1 second'
       from cooperative_officer o join cooperative c on c.id = o.cooperative_id
      where c.village_code = $1 and o.role = 'KETUA'`,
    [villages.get(renamed.koperasi_ref), runs[0].id],
  );
  const again: RowReport[] = [];
  await dryRunSimkopdes(csv(summary), db, { onRow: (row) => void again.push(row) });
  expect(
    again.find((row) => row.table === 'profil_koperasi' && row.koperasiRef === renamed.koperasi_ref),
  ).toMatchObject({ outcome: 'UPDATE', changes: ['nama_koperasi'] });
  expect(rowOf('pengurus_koperasi', chairOf(same.koperasi_ref).rowNumber)).toMatchObject({
    koperasiRef: same.koperasi_ref,
    outcome: 'UNCHANGED',
  });
  expect(
    again.find(
      (row) => row.table === 'pengurus_koperasi' && row.rowNumber === chairOf(renamed.koperasi_ref).rowNumber,
    ),
  ).toMatchObject({ koperasiRef: renamed.koperasi_ref, outcome: 'UPDATE', changes: ['nama'] });
});

test('every deliberately bad row is rejected with its reason, column and message, from CSV and XLSX alike', async () => {
  const summary = await samples('bad', { bad: true, formats: ['csv', 'xlsx'] });
  const fromCsv = await dryRunSimkopdes(csv(summary), db, { sampleSize: 5 });
  const fromXlsx = await dryRunSimkopdes(
    workbookFileSource(summary.files.find((file) => file.endsWith('.xlsx'))!),
    db,
    { sampleSize: 5 },
  );

  const totals = rejectionTotals(fromCsv);
  for (const defect of DEFECTS) {
    expect([defect, totals[defect] ?? 0]).toEqual([defect, expect.any(Number)]);
    expect(totals[defect]).toBeGreaterThan(0);
    const example = fromCsv.firstRejectionByCode[defect]!;
    expect(example.outcome).toBe('REJECTED');
    expect(example.rejections.find((rejection) => rejection.code === defect)!.message.length).toBeGreaterThan(
      10,
    );
  }
  expect(fromCsv.firstRejectionByCode.VILLAGE_ALREADY_TAKEN!.rejections[0]).toMatchObject({
    column: 'kode_wilayah',
  });
  expect(fromCsv.firstRejectionByCode.BAD_DATE!.rejections[0]).toEqual({
    code: 'BAD_DATE',
    column: 'tanggal_berlaku',
    message: 'tanggal_berlaku "2025-02-30" is not a date.',
  });
  expect(fromCsv.firstRejectionByCode.MASKED_VALUE_REQUIRED!.rejections[0].column).toBe('nama');
  // A cooperative whose link was refused has all its rows refused, saying so.
  expect(rejectionTotals(fromCsv).UNKNOWN_COOPERATIVE_REF).toBeGreaterThan(10);
  // The sample is capped; the counts are not.
  expect(fromCsv.rejectedSample).toHaveLength(5);
  expect(
    Object.values(fromCsv.tables).reduce((sum, counts) => sum + counts.outcomes.REJECTED, 0),
  ).toBeGreaterThan(5);
  // The workbook gives the same report, sources aside.
  const withoutSources = ({ elapsedMs: _elapsed, ...report }: DryRunReport) =>
    JSON.parse(JSON.stringify(report).replace(/"source":"[^"]*"/g, '"source":""'));
  expect(withoutSources(fromXlsx)).toEqual(withoutSources(fromCsv));
});

test('the database is read per batch, not per row', async () => {
  const summary = await samples('batches');
  const rowCount = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
  statements = 0;
  await dryRunSimkopdes(csv(summary), db, { batchSize: 1000 });
  // One statement per table that needs the database (profiles, officers, outlets, documents, bank
  // accounts), two for the links (their villages, their refs) and one for the member counts.
  expect(statements).toBe(8);
  statements = 0;
  await dryRunSimkopdes(csv(summary), db, { batchSize: 10 });
  expect(statements).toBeLessThan(rowCount / 5);
});
