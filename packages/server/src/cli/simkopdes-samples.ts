/**
 * Writes sample SIMKOPDES exports, shaped as the ministry's system writes them (see
 * modules/simkopdes/simkopdes.format.ts), for the villages of the Kemendagri regions file: one CSV
 * per table and/or one XLSX workbook with a sheet per table. Every value is generated from the
 * seed and the village code, so the same arguments give the same files, and the CSV and XLSX
 * forms hold the same rows. Writes stream, so the national size (83,762 cooperatives) fits in
 * flat memory.
 *
 *   pnpm simkopdes:samples [--out DIR] [--regions 61,11.01] [--per-region N] [--seed N]
 *                          [--format csv|xlsx|both] [--members N] [--bad] [--regions-file FILE]
 *
 * `--regions` takes Kemendagri code prefixes (provinces, regencies, districts); all of Indonesia
 * when absent. `--bad` adds rows made wrong on purpose, one kind on each of the first twelve
 * cooperatives (see DEFECTS), so an import's rejections can be seen.
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { Random } from '../db/seeders/random';
import { personName } from '../db/seeders/names';
import { WILAYAH_CSV_GZ } from '../db/regions';
import { REPO_ROOT } from '../shared/paths';
import {
  columnsOf,
  DOCUMENT_TYPE_NAMES,
  OUTLET_TYPE_NAMES,
  SIMKOPDES_TABLES,
  type SimkopdesTable,
} from '../modules/simkopdes/simkopdes.format';

export interface SampleVillage {
  code: string;
  name: string;
  kind: 'desa' | 'kelurahan';
}

export interface SampleOptions {
  outDir: string;
  formats: ('csv' | 'xlsx')[];
  /** Code prefixes of the regions whose villages get a cooperative; all villages when empty. */
  regions?: string[];
  /** At most this many villages of each prefix (the first by code). */
  perRegion?: number;
  seed?: number;
  /** Member rows per cooperative, on average (the import only counts them). */
  membersPerCooperative?: number;
  /** Add the rows made wrong on purpose. */
  bad?: boolean;
  /** The regions file (CSV, or gzipped CSV), columns code,level,name,parent_code,village_kind. */
  regionsFile?: string;
  /** The villages themselves, instead of reading them from the regions file. */
  villages?: SampleVillage[];
}

export interface SampleSummary {
  cooperatives: number;
  rows: Record<SimkopdesTable, number>;
  files: string[];
}

/** The rows made wrong on purpose, each on one cooperative, by its position in the village list. */
export const DEFECTS = [
  'MALFORMED_REF',
  'UNKNOWN_VILLAGE_CODE',
  'DUPLICATE_KOPERASI_REF',
  'VILLAGE_ALREADY_TAKEN',
  'BAD_DATE',
  'MASKED_VALUE_REQUIRED',
  'UNKNOWN_VALUE',
  'MISSING_REQUIRED',
  'UNKNOWN_COOPERATIVE_REF',
  'MALFORMED_VILLAGE_CODE',
  'BAD_NUMBER',
  'UNKNOWN_TYPE_REF',
] as const;
export type Defect = (typeof DEFECTS)[number];

// ---------------------------------------------------------------------------------------------
// Villages

function openMaybeGzipped(file: string): Readable {
  const input = fs.createReadStream(file);
  return file.endsWith('.gz') ? input.pipe(createGunzip()) : input;
}

/** Villages of the regions file under the given prefixes, in file order. */
export async function loadSampleVillages(
  regionsFile: string,
  prefixes: string[],
  perRegion?: number,
): Promise<SampleVillage[]> {
  const taken = new Map<string, number>();
  const villages: SampleVillage[] = [];
  const covers = (prefix: string, code: string) => code === prefix || code.startsWith(`${prefix}.`);
  const parser = openMaybeGzipped(regionsFile).pipe(parse({ columns: true, bom: true }));
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    if (row.level !== 'village') continue;
    const prefix = prefixes.length === 0 ? '' : prefixes.find((candidate) => covers(candidate, row.code));
    if (prefix === undefined) continue;
    const count = taken.get(prefix) ?? 0;
    if (perRegion !== undefined && count >= perRegion) continue;
    taken.set(prefix, count + 1);
    villages.push({
      code: row.code,
      name: row.name,
      kind: row.village_kind === 'kelurahan' ? 'kelurahan' : 'desa',
    });
  }
  return villages;
}

// ---------------------------------------------------------------------------------------------
// Values

/** FNV-1a over the parts: the seed of one cooperative's table, or a ref's digits. */
function hashOf(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(8, '0').slice(-digits);
}

/** `KOP-` + 12 hex digits, from the seed and the village. */
function koperasiRef(seed: number, key: string): string {
  return `KOP-${hex(hashOf(seed, key, 'a'), 8)}${hex(hashOf(seed, key, 'b'), 4)}`;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function dateIn(rng: Random, fromYear: number, toYear: number): string {
  return `${rng.int(fromYear, toYear)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

function timestamp(rng: Random): string {
  return `${dateIn(rng, 2025, 2025)} ${pad(rng.int(7, 20))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}`;
}

/** Masked as exports mask them: a few leading and trailing characters, stars between. */
function maskedDigits(rng: Random, length: number, shownStart: number, shownEnd: number, start = ''): string {
  let digits = start;
  while (digits.length < length) digits += String(rng.int(0, 9));
  return (
    digits.slice(0, shownStart) + '*'.repeat(length - shownStart - shownEnd) + digits.slice(length - shownEnd)
  );
}

function maskedEmail(rng: Random, name: string): string {
  const local = name.toLowerCase().replace(/[^a-z]/g, '');
  return `${local.slice(0, 1) || 'k'}${'*'.repeat(rng.int(3, 7))}@${rng.pick(['gmail.com', 'yahoo.co.id', 'gmail.com'])}`;
}

/** About 34 spellings of the same few banks, as typed into SIMKOPDES; the last is no bank we know. */
function bankSpelling(rng: Random, provinceBank: string[]): string {
  const spellings = [
    ...[
      'BRI',
      'Bank BRI',
      'BANK BRI',
      'bri',
      'Bank Rakyat Indonesia',
      'PT. Bank Rakyat Indonesia (Persero) Tbk',
    ],
    ...['BRI Unit Sanggau', 'BRI KCP Kota'],
    ...['BNI', 'Bank BNI', 'BNI 46', 'Bank Negara Indonesia', 'PT BANK NEGARA INDONESIA (PERSERO) TBK'],
    ...['Mandiri', 'MANDIRI', 'Bank Mandiri', 'bank mandiri', 'PT. Bank Mandiri (Persero) Tbk.'],
    ...['BSI', 'Bank BSI', 'Bank Syariah Indonesia', 'BANK SYARIAH INDONESIA', 'BRI Syariah'],
    ...['BTN', 'Bank BTN', 'Bank Tabungan Negara'],
  ];
  const roll = rng.next();
  if (roll < 0.02) return rng.pick(['BPR Artha Sejahtera', 'Koperasi Kredit Usaha Bersama']);
  if (roll < 0.2) return rng.pick(provinceBank);
  return rng.pick(spellings);
}

/** The province's regional development bank, in the spellings its cooperatives use. */
const PROVINCE_BANK: Record<string, string[]> = {
  '11': ['Bank Aceh', 'BANK ACEH SYARIAH', 'PT Bank Aceh Syariah'],
  '32': ['Bank BJB', 'BJB', 'bank bjb'],
  '33': ['Bank Jateng', 'BANK JATENG', 'Bank Pembangunan Daerah Jawa Tengah'],
  '35': ['Bank Jatim', 'BANK JATIM', 'BPD Jatim'],
  '61': ['Bank Kalbar', 'BANK KALBAR', 'Bank Pembangunan Daerah Kalimantan Barat', 'Bank Kalbar Syariah'],
};
const DEFAULT_PROVINCE_BANK = ['BPD', 'Bank Daerah'];

const OUTLET_TYPE_REFS = OUTLET_TYPE_NAMES.map((name, index) => ({ ref: `JGR-${pad(index + 1)}`, name }));
const DOCUMENT_TYPE_REFS = DOCUMENT_TYPE_NAMES.map((name, index) => ({ ref: `JDR-${pad(index + 1)}`, name }));

// ---------------------------------------------------------------------------------------------
// One cooperative's rows of one table

interface Cooperative {
  seed: number;
  index: number;
  village: SampleVillage;
  ref: string;
  defect: Defect | null;
  membersPerCooperative: number;
}

type Row = Record<string, string>;

function linkRows(coop: Cooperative, rng: Random): Row[] {
  const { ref, village, defect } = coop;
  const row: Row = {
    koperasi_ref: ref,
    kode_wilayah: village.code,
    dibuat_pada: timestamp(rng),
    diperbarui_pada: timestamp(rng),
  };
  if (defect === 'UNKNOWN_VILLAGE_CODE') row.kode_wilayah = `${village.code.slice(0, 2)}.99.99.2999`;
  if (defect === 'MALFORMED_VILLAGE_CODE') row.kode_wilayah = village.code.replace(/\.0/g, '.');
  const rows = [row];
  if (defect === 'DUPLICATE_KOPERASI_REF') rows.push({ ...row });
  // A second cooperative claiming the same village.
  if (defect === 'VILLAGE_ALREADY_TAKEN')
    rows.push({ ...row, koperasi_ref: koperasiRef(coop.seed, `${village.code}+`) });
  return rows;
}

function profileRows(coop: Cooperative, rng: Random): Row[] {
  const { ref, village, defect } = coop;
  const kind = village.kind === 'kelurahan' ? 'KELURAHAN' : 'DESA';
  const row: Row = {
    koperasi_ref: ref,
    nama_koperasi: `KOPERASI ${kind} MERAH PUTIH ${village.name.toUpperCase()}`,
    status_registrasi: 'Approved',
    bentuk_koperasi: 'Primer',
    kategori_usaha: rng.pick([
      'Koperasi Produsen',
      'Koperasi Konsumen',
      'Koperasi Simpan Pinjam',
      'Koperasi Jasa',
    ]),
    nik_koperasi: maskedDigits(rng, 16, 4, 4, village.code.replace(/\./g, '').slice(0, 6)),
    alamat_lengkap: `Jl. ${'*'.repeat(rng.int(5, 12))}, ${village.name}`,
    kode_pos: String(rng.int(10000, 99999)),
    koordinat_dibulatkan: `${(rng.next() * 16 - 10).toFixed(3)}, ${(95 + rng.next() * 46).toFixed(3)}`,
    modal_awal: String(rng.int(5, 500) * 1_000_000),
    sumber_persetujuan: 'AHU',
    tentang_koperasi: `Koperasi ${kind.toLowerCase()} untuk warga ${village.name}.`,
    pola_pengelolaan: rng.chance(0.9) ? 'Konvensional' : 'Syariah',
    metode_pengisian: rng.chance(0.6) ? 'Mandiri' : 'Dibantu Pendamping',
    dibuat_pada: timestamp(rng),
    diperbarui_pada: timestamp(rng),
  };
  if (defect === 'MISSING_REQUIRED') row.nama_koperasi = '';
  if (defect === 'BAD_NUMBER') row.modal_awal = '1.500.000,00';
  const rows = [row];
  if (defect === 'DUPLICATE_KOPERASI_REF') rows.push({ ...row });
  return rows;
}

/** The board: chair, vice-chair, secretary, treasurer, a member or two; three supervisors. */
function officerRows(coop: Cooperative, rng: Random): Row[] {
  const positions: [string, string][] = [
    ['KETUA', 'PENGURUS'],
    ['WAKIL KETUA', 'PENGURUS'],
    ['SEKRETARIS', 'PENGURUS'],
    ['BENDAHARA', 'PENGURUS'],
    ...Array.from({ length: rng.int(0, 2) }, (): [string, string] => ['ANGGOTA', 'PENGURUS']),
    ['KETUA', 'PENGAWAS'],
    ['ANGGOTA', 'PENGAWAS'],
    ['ANGGOTA', 'PENGAWAS'],
  ];
  return positions.map(([jabatan, status], index) => {
    const name = personName(rng, coop.village.code.slice(0, 5));
    const birth = rng.next();
    const row: Row = {
      pengurus_ref: `PGR-${coop.ref.slice(4)}-${pad(index + 1)}`,
      koperasi_ref: coop.ref,
      nama: rng.chance(0.5) ? name.toUpperCase() : name,
      jabatan,
      status,
      no_hp: maskedDigits(rng, 12, 4, 4, '08'),
      nik: maskedDigits(rng, 16, 4, 2, coop.village.code.replace(/\./g, '').slice(0, 6)),
      jenis_kelamin: rng.chance(0.65) ? 'LAKI-LAKI' : 'PEREMPUAN',
      email: maskedEmail(rng, name),
      tanggal_lahir:
        birth < 0.6 ? `${rng.int(1955, 2000)}-**-**` : birth < 0.9 ? dateIn(rng, 1955, 2000) : '',
      status_pendidikan: rng.pick(['SD', 'SMP', 'SMA', 'SMA', 'Diploma 3', 'S1', 'S1', 'S2', 'Other']),
      periode_mulai: rng.chance(0.15) ? '0000-00-00' : dateIn(rng, 2025, 2025),
      periode_selesai: dateIn(rng, 2030, 2030),
      sumber_data: rng.pick(['Pengesahan AHU', 'Perubahan AHU', 'ODS Mandiri', 'ODS']),
      dibuat_pada: timestamp(rng),
      diperbarui_pada: timestamp(rng),
    };
    if (coop.defect === 'MASKED_VALUE_REQUIRED' && index === 0)
      row.nama = `${name.slice(0, 1)}${'*'.repeat(6)}`;
    return row;
  });
}

/** The office and a few of the other standard outlets, three active to one not yet. */
function outletRows(coop: Cooperative, rng: Random): Row[] {
  const others = rng.shuffle(OUTLET_TYPE_REFS.slice(1)).slice(0, rng.int(0, 3));
  const rows = [OUTLET_TYPE_REFS[0], ...others].map((type, index): Row => ({
    gerai_ref: `GRI-${coop.ref.slice(4)}-${pad(index + 1)}`,
    koperasi_ref: coop.ref,
    jenis_gerai_ref: type.ref,
    status_gerai: rng.chance(0.75) ? 'Aktif' : 'Belum Aktif',
    akses_internet: rng.chance(0.7) ? 'Ada' : 'Tidak Ada',
    akses_listrik: rng.chance(0.9) ? 'Ada' : 'Tidak Ada',
    status_kepemilikan_aset_gerai: rng.pick(['Milik Sendiri', 'BMDes', 'BMD', 'Hibah', 'Tanah Adat', 'BMN']),
    status_pemanfaatan_aset_gerai: rng.pick(['Pinjaman', 'Sewa', 'Bangun Serah Guna', 'Milik Sendiri']),
    pengisi: rng.pick(['Kementerian Koperasi', 'Pendamping Desa/BA/PMO', 'Dinas', 'Satgas', 'Penyuluh']),
    dibuat_pada: timestamp(rng),
    diperbarui_pada: timestamp(rng),
  }));
  if (coop.defect === 'UNKNOWN_VALUE') rows[0].status_gerai = 'Rusak';
  // An outlet of a cooperative that the links table does not name.
  if (coop.defect === 'UNKNOWN_COOPERATIVE_REF')
    rows.push({
      ...rows[0],
      gerai_ref: `${rows[0].gerai_ref}-X`,
      koperasi_ref: koperasiRef(coop.seed, 'nowhere'),
    });
  return rows;
}

function documentNumber(rng: Random, typeName: string, year: string): string {
  switch (typeName) {
    case 'Nomor Induk Berusaha (NIB)':
      return String(rng.int(1_000_000, 9_999_999)) + String(rng.int(100_000, 999_999));
    case 'NPWP':
      return `${pad(rng.int(1, 99))}.${pad(rng.int(0, 999), 3)}.${pad(rng.int(0, 999), 3)}.${rng.int(0, 9)}-${pad(rng.int(0, 999), 3)}.000`;
    case 'SK AHU':
    case 'SK AHU - Perubahan':
      return `AHU-${pad(rng.int(1, 99999), 7)}.AH.01.29.TAHUN ${year}`;
    default:
      return String(rng.int(1, 120));
  }
}

/** Deed, SK AHU, NIB and NPWP mostly; sometimes an amendment, a gazette notice or an untyped one. */
function documentRows(coop: Cooperative, rng: Random): Row[] {
  const chosen = DOCUMENT_TYPE_REFS.filter(({ name }) => {
    switch (name) {
      case 'Akta Pendirian':
        return rng.chance(0.9);
      case 'SK AHU':
        return rng.chance(0.8);
      case 'Nomor Induk Berusaha (NIB)':
        return rng.chance(0.3);
      case 'NPWP':
        return rng.chance(0.2);
      case 'Akta Pendirian - Perubahan':
      case 'SK AHU - Perubahan':
        return rng.chance(0.05);
      default:
        return rng.chance(0.03);
    }
  });
  const rows = chosen.map((type, index): Row => {
    const issued = dateIn(rng, 2025, 2025);
    return {
      dokumen_ref: `DKM-${coop.ref.slice(4)}-${pad(index + 1)}`,
      koperasi_ref: coop.ref,
      jenis_dokumen_ref: type.ref,
      nomor: documentNumber(rng, type.name, issued.slice(0, 4)),
      tanggal_berlaku: issued,
      tanggal_kadaluarsa: '',
      alamat_pada_dokumen: `Jl. ${'*'.repeat(rng.int(5, 12))}, ${coop.village.name}`,
      unggahan_dokumen: `${type.ref.toLowerCase()}_${coop.ref.slice(4).toLowerCase()}.pdf`,
      dibuat_pada: timestamp(rng),
      diperbarui_pada: timestamp(rng),
    };
  });
  const first = (): Row => {
    if (rows.length === 0) rows.push(documentRowsFallback(coop));
    return rows[0];
  };
  if (coop.defect === 'BAD_DATE') first().tanggal_berlaku = '2025-02-30';
  if (coop.defect === 'UNKNOWN_TYPE_REF') first().jenis_dokumen_ref = 'JDR-99';
  return rows;
}

function documentRowsFallback(coop: Cooperative): Row {
  return {
    dokumen_ref: `DKM-${coop.ref.slice(4)}-00`,
    koperasi_ref: coop.ref,
    jenis_dokumen_ref: DOCUMENT_TYPE_REFS[0].ref,
    nomor: '1',
    tanggal_berlaku: '2025-06-01',
    tanggal_kadaluarsa: '',
    alamat_pada_dokumen: '',
    unggahan_dokumen: '',
    dibuat_pada: '',
    diperbarui_pada: '',
  };
}

function bankRows(coop: Cooperative, rng: Random): Row[] {
  const provinceBank = PROVINCE_BANK[coop.village.code.slice(0, 2)] ?? DEFAULT_PROVINCE_BANK;
  return Array.from({ length: rng.chance(0.1) ? 2 : 1 }, (_, index) => ({
    akun_bank_ref: `ABK-${coop.ref.slice(4)}-${pad(index + 1)}`,
    koperasi_ref: coop.ref,
    nama_rekening: `KOPERASI MERAH PUTIH ${coop.village.name.toUpperCase()}`,
    nama_bank: bankSpelling(rng, provinceBank),
    dibuat_pada: timestamp(rng),
    diperbarui_pada: timestamp(rng),
  }));
}

function memberRows(coop: Cooperative, rng: Random): Row[] {
  const count = rng.int(0, coop.membersPerCooperative * 2);
  return Array.from({ length: count }, (_, index) => {
    const name = personName(rng, coop.village.code.slice(0, 5));
    return {
      anggota_ref: `AGT-${coop.ref.slice(4)}-${pad(index + 1, 4)}`,
      koperasi_ref: coop.ref,
      nama: `${name.slice(0, 2)}${'*'.repeat(rng.int(4, 8))}`,
      nik: maskedDigits(rng, 16, 4, 2, coop.village.code.replace(/\./g, '').slice(0, 6)),
      no_hp: maskedDigits(rng, 12, 4, 4, '08'),
      jenis_kelamin: rng.chance(0.55) ? 'LAKI-LAKI' : 'PEREMPUAN',
      status_keanggotaan: rng.weighted({ Approved: 80, Requested: 15, Rejected: 5 }),
      dibuat_pada: timestamp(rng),
      diperbarui_pada: timestamp(rng),
    };
  });
}

const TYPE_LIST_ROWS: Partial<Record<SimkopdesTable, Row[]>> = {
  referensi_gerai_koperasi: OUTLET_TYPE_REFS.map(({ ref, name }) => ({ jenis_gerai_ref: ref, nama: name })),
  referensi_dokumen_koperasi: DOCUMENT_TYPE_REFS.map(({ ref, name }) => ({
    jenis_dokumen_ref: ref,
    nama: name,
  })),
};

const ROWS_OF: Partial<Record<SimkopdesTable, (coop: Cooperative, rng: Random) => Row[]>> = {
  referensi_koperasi_wilayah: linkRows,
  profil_koperasi: profileRows,
  pengurus_koperasi: officerRows,
  gerai_koperasi: outletRows,
  dokumen_koperasi: documentRows,
  akun_bank_koperasi: bankRows,
  anggota_koperasi: memberRows,
};

// ---------------------------------------------------------------------------------------------
// Writing

/** Where a table's rows go: a CSV file or a worksheet. */
interface TableSink {
  write(fields: string[]): Promise<void>;
  close(): Promise<void>;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvSink(file: string): TableSink {
  const out = fs.createWriteStream(file);
  return {
    async write(fields) {
      if (!out.write(`${fields.map(csvField).join(',')}\n`)) await once(out, 'drain');
    },
    async close() {
      out.end();
      await once(out, 'finish');
    },
  };
}

/** Rows between pauses that let the zip stream drain (exceljs's writer has no backpressure). */
const XLSX_ROWS_PER_PAUSE = 2000;

function worksheetSink(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: SimkopdesTable): TableSink {
  const sheet = workbook.addWorksheet(table);
  let sinceYield = 0;
  return {
    async write(fields) {
      sheet.addRow(fields).commit();
      sinceYield += 1;
      if (sinceYield >= XLSX_ROWS_PER_PAUSE) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
    async close() {
      sheet.commit();
    },
  };
}

/** Writes the sample files and says what they hold. */
export async function writeSimkopdesSamples(options: SampleOptions): Promise<SampleSummary> {
  const seed = options.seed ?? 1;
  const villages =
    options.villages ??
    (await loadSampleVillages(
      options.regionsFile ?? WILAYAH_CSV_GZ,
      options.regions ?? [],
      options.perRegion,
    ));
  if (options.bad && villages.length < DEFECTS.length)
    throw new Error(
      `--bad needs at least ${DEFECTS.length} villages; the regions chosen have ${villages.length}`,
    );
  fs.mkdirSync(options.outDir, { recursive: true });
  const cooperatives = villages.map((village, index): Cooperative => ({
    seed,
    index,
    village,
    ref: options.bad && DEFECTS[index] === 'MALFORMED_REF' ? 'KOP-12AB' : koperasiRef(seed, village.code),
    defect: options.bad ? (DEFECTS[index] ?? null) : null,
    membersPerCooperative: options.membersPerCooperative ?? 3,
  }));
  const rows = Object.fromEntries(SIMKOPDES_TABLES.map((table) => [table, 0])) as Record<
    SimkopdesTable,
    number
  >;
  const files: string[] = [];

  // One table at a time, all cooperatives each time: a workbook is written sheet by sheet, and
  // each (cooperative, table) draws from its own random stream, so the tables agree.
  const writeTable = async (table: SimkopdesTable, sink: TableSink) => {
    const columns = columnsOf(table);
    await sink.write(columns);
    const fixed = TYPE_LIST_ROWS[table];
    const generate = ROWS_OF[table];
    const emit = async (row: Row) => {
      rows[table] += 1;
      await sink.write(columns.map((column) => row[column] ?? ''));
    };
    if (fixed) for (const row of fixed) await emit(row);
    if (generate)
      for (const coop of cooperatives)
        for (const row of generate(coop, new Random(hashOf(seed, coop.village.code, table)))) await emit(row);
    await sink.close();
  };

  const formats = new Set(options.formats);
  if (formats.has('csv')) {
    for (const table of SIMKOPDES_TABLES) {
      const file = path.join(options.outDir, `${table}.csv`);
      await writeTable(table, csvSink(file));
      files.push(file);
    }
  }
  if (formats.has('xlsx')) {
    const file = path.join(options.outDir, 'simkopdes.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: file,
      useSharedStrings: false,
      useStyles: false,
    });
    const counted = { ...rows };
    for (const table of SIMKOPDES_TABLES) await writeTable(table, worksheetSink(workbook, table));
    await workbook.commit();
    // Both forms hold the same rows: count them once.
    if (formats.has('csv')) Object.assign(rows, counted);
    files.push(file);
  }
  return { cooperatives: cooperatives.length, rows, files };
}

// ---------------------------------------------------------------------------------------------
// Command line

function argument(args: string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  return args[index].includes('=') ? args[index].slice(name.length + 1) : args[index + 1];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const format = argument(args, '--format') ?? 'both';
  if (!['csv', 'xlsx', 'both'].includes(format)) throw new Error('--format is csv, xlsx or both');
  const number = (name: string) => {
    const value = argument(args, name);
    if (value === undefined) return undefined;
    if (!/^[0-9]+$/.test(value)) throw new Error(`${name} needs a whole number`);
    return Number(value);
  };
  const started = Date.now();
  const summary = await writeSimkopdesSamples({
    outDir: path.resolve(argument(args, '--out') ?? path.join(REPO_ROOT, '.data/simkopdes-samples')),
    formats: format === 'both' ? ['csv', 'xlsx'] : [format as 'csv' | 'xlsx'],
    regions: argument(args, '--regions')
      ?.split(',')
      .map((code) => code.trim())
      .filter(Boolean),
    perRegion: number('--per-region'),
    seed: number('--seed'),
    membersPerCooperative: number('--members'),
    bad: args.includes('--bad'),
    regionsFile: argument(args, '--regions-file'),
  });
  const lines = Object.entries(summary.rows).map(
    ([table, count]) => `  ${table.padEnd(28)} ${String(count).padStart(9)}`,
  );
  console.log(
    [
      `${summary.cooperatives} cooperatives in ${((Date.now() - started) / 1000).toFixed(1)} s:`,
      ...lines,
      ...summary.files.map((file) => `  ${file}`),
    ].join('\n'),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
