/**
 * The shape of a SIMKOPDES export, as data: which tables an import reads, their columns, which
 * columns must be present and filled, and the value sets of the columns whose values we map.
 * The reader, the normalisers and the dry run all read this table; a column's rule lives here
 * only.
 *
 * Source: the publicly documented SIMKOPDES schema (table and column names, value sets). Where
 * that description names no columns (the two outlet/document type tables and the members table)
 * the names below are our assumption, marked as such.
 */

export const SIMKOPDES_TABLES = [
  'referensi_koperasi_wilayah',
  'referensi_gerai_koperasi',
  'referensi_dokumen_koperasi',
  'profil_koperasi',
  'pengurus_koperasi',
  'gerai_koperasi',
  'dokumen_koperasi',
  'akun_bank_koperasi',
  'anggota_koperasi',
] as const;

export type SimkopdesTable = (typeof SIMKOPDES_TABLES)[number];

/**
 * How a column's value is read:
 * - `text`: free text, kept as typed (trimmed);
 * - `koperasi-ref`: `KOP-` + 12 hex characters;
 * - `row-ref`: a row's own id (pengurus_ref, gerai_ref…): any non-empty text;
 * - `region-code`: a Kemendagri village code;
 * - `date`: ISO or day/month/year; masked (`1973-**-**`) and zero (`0000-00-00`) dates are empty;
 * - `number`: a decimal written as text;
 * - `coordinates`: "lat, lon";
 * - `personal`: personal data, masked in exports; never used as an identifier;
 * - `enum`: one of `values` (compared without case or repeated spaces).
 */
export type ColumnKind =
  | 'text'
  | 'koperasi-ref'
  | 'row-ref'
  | 'region-code'
  | 'date'
  | 'number'
  | 'coordinates'
  | 'personal'
  | 'enum';

export interface ColumnSpec {
  kind: ColumnKind;
  /** The header must name this column, or the whole table is refused. */
  required?: boolean;
  /** Every row must fill it (a masked value does not count: MASKED_VALUE_REQUIRED). */
  filled?: boolean;
  /** For `enum`: the values SIMKOPDES uses. */
  values?: readonly string[];
  /**
   * For `enum`: `reject` when an unknown value makes the row unusable (we map the value onto one
   * of ours), `note` when the value is informative only and an unknown one is merely noted.
   */
  unknownValue?: 'reject' | 'note';
}

export interface TableSpec {
  /**
   * `reference` tables are read first (the cooperative → village links and the two type lists),
   * because every other row is matched through them.
   */
  phase: 'reference' | 'detail';
  /** The column that names the row's cooperative, if any. */
  cooperativeColumn?: string;
  columns: Readonly<Record<string, ColumnSpec>>;
}

const TIMESTAMPS: Record<string, ColumnSpec> = {
  dibuat_pada: { kind: 'text' },
  diperbarui_pada: { kind: 'text' },
};

const KOPERASI_REF: ColumnSpec = { kind: 'koperasi-ref', required: true, filled: true };

export const OUTLET_STATUS_VALUES = ['Aktif', 'Belum Aktif'] as const;
export const OFFICER_POSITION_VALUES = [
  'KETUA',
  'WAKIL KETUA',
  'SEKRETARIS',
  'BENDAHARA',
  'ANGGOTA',
] as const;
export const OFFICER_BOARD_VALUES = ['PENGURUS', 'PENGAWAS'] as const;
export const MANAGEMENT_PATTERN_VALUES = ['Konvensional', 'Syariah'] as const;
export const MEMBERSHIP_STATUS_VALUES = ['Approved', 'Requested', 'Rejected'] as const;

/** The eight outlet types of referensi_gerai_koperasi. */
export const OUTLET_TYPE_NAMES = [
  'Gerai Kantor Koperasi',
  'Gerai Sembako (Embrio KopHub)',
  'Gerai Unit Usaha Simpan Pinjam (Embrio Kop Bank)',
  'Gerai Klinik Desa',
  'Apotek Desa',
  'Gerai Cold Storage/Cold Chain',
  'Logistik (Distribusi)',
  'Usaha Lainnya (KBLI 2020)',
] as const;

/** The eight document types of referensi_dokumen_koperasi ("-" is SIMKOPDES's own "no type"). */
export const DOCUMENT_TYPE_NAMES = [
  'Akta Pendirian',
  'Akta Pendirian - Perubahan',
  'Berita Negara (BN)',
  'Nomor Induk Berusaha (NIB)',
  'NPWP',
  'SK AHU',
  'SK AHU - Perubahan',
  '-',
] as const;

export const SIMKOPDES_FORMAT: Readonly<Record<SimkopdesTable, TableSpec>> = {
  referensi_koperasi_wilayah: {
    phase: 'reference',
    cooperativeColumn: 'koperasi_ref',
    columns: {
      koperasi_ref: KOPERASI_REF,
      kode_wilayah: { kind: 'region-code', required: true, filled: true },
      ...TIMESTAMPS,
    },
  },
  // Assumed columns: the type's id and its name.
  referensi_gerai_koperasi: {
    phase: 'reference',
    columns: {
      jenis_gerai_ref: { kind: 'row-ref', required: true, filled: true },
      nama: { kind: 'enum', required: true, filled: true, values: OUTLET_TYPE_NAMES, unknownValue: 'note' },
      ...TIMESTAMPS,
    },
  },
  referensi_dokumen_koperasi: {
    phase: 'reference',
    columns: {
      jenis_dokumen_ref: { kind: 'row-ref', required: true, filled: true },
      nama: { kind: 'enum', required: true, filled: true, values: DOCUMENT_TYPE_NAMES, unknownValue: 'note' },
      ...TIMESTAMPS,
    },
  },
  profil_koperasi: {
    phase: 'detail',
    cooperativeColumn: 'koperasi_ref',
    columns: {
      koperasi_ref: KOPERASI_REF,
      nama_koperasi: { kind: 'text', required: true, filled: true },
      status_registrasi: { kind: 'enum', values: ['Approved'], unknownValue: 'note' },
      bentuk_koperasi: { kind: 'enum', values: ['Primer', 'Sekunder'], unknownValue: 'note' },
      kategori_usaha: { kind: 'text' },
      nik_koperasi: { kind: 'personal' },
      alamat_lengkap: { kind: 'personal' },
      kode_pos: { kind: 'text' },
      koordinat_dibulatkan: { kind: 'coordinates' },
      modal_awal: { kind: 'number' },
      sumber_persetujuan: { kind: 'text' },
      tentang_koperasi: { kind: 'text' },
      pola_pengelolaan: { kind: 'enum', values: MANAGEMENT_PATTERN_VALUES, unknownValue: 'reject' },
      metode_pengisian: {
        kind: 'enum',
        values: ['Mandiri', 'Dibantu Pendamping'],
        unknownValue: 'note',
      },
      ...TIMESTAMPS,
    },
  },
  pengurus_koperasi: {
    phase: 'detail',
    cooperativeColumn: 'koperasi_ref',
    columns: {
      pengurus_ref: { kind: 'row-ref', required: true, filled: true },
      koperasi_ref: KOPERASI_REF,
      nama: { kind: 'text', required: true, filled: true },
      jabatan: {
        kind: 'enum',
        required: true,
        filled: true,
        values: OFFICER_POSITION_VALUES,
        unknownValue: 'reject',
      },
      status: {
        kind: 'enum',
        required: true,
        filled: true,
        values: OFFICER_BOARD_VALUES,
        unknownValue: 'reject',
      },
      no_hp: { kind: 'personal' },
      nik: { kind: 'personal' },
      jenis_kelamin: { kind: 'enum', values: ['LAKI-LAKI', 'PEREMPUAN'], unknownValue: 'note' },
      email: { kind: 'personal' },
      tanggal_lahir: { kind: 'date' },
      status_pendidikan: {
        kind: 'enum',
        values: ['SD', 'SMP', 'SMA', 'Diploma 1', 'Diploma 2', 'Diploma 3', 'S1', 'S2', 'S3', 'Other'],
        unknownValue: 'note',
      },
      periode_mulai: { kind: 'date' },
      periode_selesai: { kind: 'date' },
      sumber_data: {
        kind: 'enum',
        values: ['Pengesahan AHU', 'Perubahan AHU', 'ODS Mandiri', 'ODS'],
        unknownValue: 'note',
      },
      ...TIMESTAMPS,
    },
  },
  gerai_koperasi: {
    phase: 'detail',
    cooperativeColumn: 'koperasi_ref',
    columns: {
      gerai_ref: { kind: 'row-ref', required: true, filled: true },
      koperasi_ref: KOPERASI_REF,
      jenis_gerai_ref: { kind: 'row-ref', required: true, filled: true },
      status_gerai: {
        kind: 'enum',
        required: true,
        filled: true,
        values: OUTLET_STATUS_VALUES,
        unknownValue: 'reject',
      },
      akses_internet: { kind: 'enum', values: ['Ada', 'Tidak Ada'], unknownValue: 'note' },
      akses_listrik: { kind: 'enum', values: ['Ada', 'Tidak Ada'], unknownValue: 'note' },
      status_kepemilikan_aset_gerai: {
        kind: 'enum',
        values: ['Milik Sendiri', 'BMDes', 'BMD', 'Hibah', 'Tanah Adat', 'BMN'],
        unknownValue: 'note',
      },
      status_pemanfaatan_aset_gerai: {
        kind: 'enum',
        values: ['Pinjaman', 'Sewa', 'Bangun Serah Guna', 'Milik Sendiri'],
        unknownValue: 'note',
      },
      pengisi: { kind: 'text' },
      ...TIMESTAMPS,
    },
  },
  dokumen_koperasi: {
    phase: 'detail',
    cooperativeColumn: 'koperasi_ref',
    columns: {
      dokumen_ref: { kind: 'row-ref', required: true, filled: true },
      koperasi_ref: KOPERASI_REF,
      jenis_dokumen_ref: { kind: 'row-ref', required: true, filled: true },
      nomor: { kind: 'text' },
      tanggal_berlaku: { kind: 'date' },
      tanggal_kadaluarsa: { kind: 'date' },
      alamat_pada_dokumen: { kind: 'personal' },
      unggahan_dokumen: { kind: 'text' },
      ...TIMESTAMPS,
    },
  },
  akun_bank_koperasi: {
    phase: 'detail',
    cooperativeColumn: 'koperasi_ref',
    columns: {
      akun_bank_ref: { kind: 'row-ref', required: true, filled: true },
      koperasi_ref: KOPERASI_REF,
      nama_rekening: { kind: 'text' },
      nama_bank: { kind: 'text', required: true, filled: true },
      ...TIMESTAMPS,
    },
  },
  // Assumed columns besides koperasi_ref and status_keanggotaan; the import only counts members.
  anggota_koperasi: {
    phase: 'detail',
    cooperativeColumn: 'koperasi_ref',
    columns: {
      anggota_ref: { kind: 'row-ref' },
      koperasi_ref: KOPERASI_REF,
      nama: { kind: 'personal' },
      nik: { kind: 'personal' },
      no_hp: { kind: 'personal' },
      jenis_kelamin: { kind: 'enum', values: ['LAKI-LAKI', 'PEREMPUAN'], unknownValue: 'note' },
      status_keanggotaan: {
        kind: 'enum',
        required: true,
        filled: true,
        values: MEMBERSHIP_STATUS_VALUES,
        unknownValue: 'reject',
      },
      ...TIMESTAMPS,
    },
  },
};

/** The columns of a table in the order an export writes them. */
export function columnsOf(table: SimkopdesTable): string[] {
  return Object.keys(SIMKOPDES_FORMAT[table].columns);
}

/** The columns the header must name. */
export function requiredColumnsOf(table: SimkopdesTable): string[] {
  return Object.entries(SIMKOPDES_FORMAT[table].columns)
    .filter(([, spec]) => spec.required)
    .map(([name]) => name);
}

/** A table named by a file or sheet name ("profil_koperasi.csv", "Export - gerai_koperasi"). */
export function tableNamed(name: string): SimkopdesTable | null {
  const base = name
    .toLowerCase()
    .replace(/\.(csv|xlsx)$/, '')
    .replace(/[^a-z0-9_]+/g, '_');
  if ((SIMKOPDES_TABLES as readonly string[]).includes(base)) return base as SimkopdesTable;
  // A name around the table's ("2025-11_profil_koperasi_export"): the longest table name wins, so
  // referensi_gerai_koperasi is not taken for gerai_koperasi.
  const contained = SIMKOPDES_TABLES.filter((table) => new RegExp(`(^|_)${table}(_|$)`).test(base));
  return contained.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** The reading order: reference tables first, then the others as listed. */
export function tablesInReadingOrder(): SimkopdesTable[] {
  return [
    ...SIMKOPDES_TABLES.filter((table) => SIMKOPDES_FORMAT[table].phase === 'reference'),
    ...SIMKOPDES_TABLES.filter((table) => SIMKOPDES_FORMAT[table].phase === 'detail'),
  ];
}
