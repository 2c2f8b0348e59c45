import {
  bankNameOf,
  businessUnitStatusOf,
  businessUnitTypeOf,
  coordinatesOf,
  decimalOf,
  documentTypeOf,
  isMasked,
  koperasiRefOf,
  managementPatternOf,
  officerRoleOf,
  readDate,
  villageCodeOf,
} from '../src/modules/simkopdes/simkopdes.normalise';
import { checkRow } from '../src/modules/simkopdes/simkopdes.validate';
import { tableNamed } from '../src/modules/simkopdes/simkopdes.format';
import {
  BusinessUnitStatus,
  BusinessUnitType,
  OfficerRole,
} from '../src/modules/cooperative/cooperative.entity';
import { DocumentType } from '../src/modules/document/document-type';

/** The pure rules that turn SIMKOPDES values into ours. */

test.each([
  ['BRI', 'BRI'],
  ['bri', 'BRI'],
  ['Bank BRI', 'BRI'],
  ['BANK RAKYAT INDONESIA', 'BRI'],
  ['PT. Bank Rakyat Indonesia (Persero) Tbk', 'BRI'],
  ['BRI Unit Sanggau', 'BRI'],
  ['BRI KCP Kota', 'BRI'],
  ['BNI 46', 'BNI'],
  ['PT BANK NEGARA INDONESIA (PERSERO) TBK', 'BNI'],
  ['MANDIRI', 'Mandiri'],
  ['bank mandiri', 'Mandiri'],
  ['PT. Bank Mandiri (Persero) Tbk.', 'Mandiri'],
  ['BSI', 'BSI'],
  ['Bank Syariah Indonesia', 'BSI'],
  ['BRI Syariah', 'BSI'],
  ['Bank Syariah Mandiri', 'BSI'],
  ['Bank Tabungan Negara', 'BTN'],
  ['Bank Kalbar', 'Bank Kalbar'],
  ['BPD Kalbar', 'Bank Kalbar'],
  ['Bank Pembangunan Daerah Kalimantan Barat', 'Bank Kalbar'],
  ['bank bjb', 'Bank BJB'],
  ['Bank Jateng', 'Bank Jateng'],
  ['PT Bank Aceh Syariah', 'Bank Aceh Syariah'],
  ['Bank Papua', 'Bank Papua'],
])('bank name %j is %j', (typed, canonical) => {
  expect(bankNameOf(typed)).toEqual({ known: true, name: canonical });
});

test('an unknown bank keeps its spelling and is flagged', () => {
  expect(bankNameOf('  BPR Artha Sejahtera ')).toEqual({ known: false, name: 'BPR Artha Sejahtera' });
  expect(bankNameOf('Bank')).toEqual({ known: false, name: 'Bank' });
});

test.each([
  ['2024-05-01', { kind: 'date', iso: '2024-05-01' }],
  ['2024-05-01 08:30:00', { kind: 'date', iso: '2024-05-01' }],
  ['2024-05-01T08:30:00Z', { kind: 'date', iso: '2024-05-01' }],
  ['01/05/2024', { kind: 'date', iso: '2024-05-01' }],
  ['1-5-2024', { kind: 'date', iso: '2024-05-01' }],
  ['1973-**-**', { kind: 'masked', year: 1973 }],
  ['****-**-**', { kind: 'masked', year: null }],
  ['0000-00-00', { kind: 'zero' }],
  ['', { kind: 'empty' }],
  ['-', { kind: 'empty' }],
  ['2025-02-30', { kind: 'bad' }],
  ['2024-13-01', { kind: 'bad' }],
  ['31/02/2024', { kind: 'bad' }],
  ['kemarin', { kind: 'bad' }],
])('date %j reads as %j', (value, reading) => {
  expect(readDate(value)).toEqual(reading);
});

test.each([
  ['3201**********01', true],
  ['0812****5678', true],
  ['b***@gmail.com', true],
  ['Jl. ********, Sungai Ambawang', true],
  ['0812xxxx5678', true],
  ['S******', true],
  ['3201010101010001', false],
  ['Jl. Merdeka 5', false],
  ['Maxxi', false],
  ['a*b', false],
])('masked %j: %j', (value, masked) => {
  expect(isMasked(value)).toBe(masked);
});

test('koperasi_ref and village codes by shape', () => {
  expect(koperasiRefOf('KOP-539EF09CDAAD')).toBe('KOP-539EF09CDAAD');
  expect(koperasiRefOf(' kop-539ef09cdaad ')).toBe('KOP-539EF09CDAAD');
  expect(koperasiRefOf('KOP-539EF09CDAA')).toBeNull();
  expect(koperasiRefOf('KOP-539EF09CDAAZ')).toBeNull();
  expect(koperasiRefOf('KOP-****F09CDAAD')).toBeNull();
  expect(villageCodeOf('32.01.01.2001')).toBe('32.01.01.2001');
  expect(villageCodeOf('32.01.01')).toBeNull();
  expect(villageCodeOf('32.1.1.2001')).toBeNull();
  expect(villageCodeOf('32010120 01')).toBeNull();
});

test('coordinates and numbers', () => {
  expect(coordinatesOf('-8.053, 140.755')).toEqual({ latitude: -8.053, longitude: 140.755 });
  expect(coordinatesOf('0.5;109')).toEqual({ latitude: 0.5, longitude: 109 });
  expect(coordinatesOf('140.755, -8.053, 1')).toBeNull();
  expect(coordinatesOf('95.1, 200')).toBeNull();
  expect(decimalOf('150000000')).toBe('150000000');
  expect(decimalOf('150000000.50')).toBe('150000000.50');
  expect(decimalOf('1.500.000,00')).toBeNull();
});

test.each([
  ['KETUA', 'PENGURUS', { kind: 'role', role: OfficerRole.KETUA }],
  ['Sekretaris', 'pengurus', { kind: 'role', role: OfficerRole.SEKRETARIS }],
  ['BENDAHARA', 'PENGURUS', { kind: 'role', role: OfficerRole.BENDAHARA }],
  ['KETUA', 'PENGAWAS', { kind: 'role', role: OfficerRole.PENGAWAS }],
  ['ANGGOTA', 'PENGAWAS', { kind: 'role', role: OfficerRole.PENGAWAS }],
  ['WAKIL KETUA', 'PENGURUS', { kind: 'no-counterpart' }],
  ['ANGGOTA', 'PENGURUS', { kind: 'no-counterpart' }],
  ['BUPATI', 'PENGURUS', { kind: 'unknown' }],
  ['KETUA', 'PANITIA', { kind: 'unknown' }],
])('officer %s / %s maps to %j', (position, board, mapping) => {
  expect(officerRoleOf(position, board)).toEqual(mapping);
});

test('outlet types, outlet status, document types and management pattern', () => {
  expect(businessUnitTypeOf('Gerai Sembako (Embrio KopHub)')).toEqual({
    type: BusinessUnitType.GROCERY_KIOSK,
    known: true,
  });
  expect(businessUnitTypeOf('gerai  unit usaha simpan pinjam (embrio kop bank)').type).toBe(
    BusinessUnitType.SAVINGS_AND_LOAN,
  );
  expect(businessUnitTypeOf('Usaha Lainnya (KBLI 2020)')).toEqual({
    type: BusinessUnitType.OTHER,
    known: true,
  });
  expect(businessUnitTypeOf('Warung Kopi')).toEqual({ type: BusinessUnitType.OTHER, known: false });
  expect(businessUnitStatusOf('Aktif')).toBe(BusinessUnitStatus.ACTIVE);
  expect(businessUnitStatusOf('BELUM AKTIF')).toBe(BusinessUnitStatus.NOT_ACTIVE);
  expect(businessUnitStatusOf('Rusak')).toBeNull();
  expect(documentTypeOf('SK AHU - Perubahan')).toEqual({ type: DocumentType.SK_AHU, known: true });
  expect(documentTypeOf('Akta Pendirian')).toEqual({ type: DocumentType.NOTARIAL_DEED, known: true });
  expect(documentTypeOf('Berita Negara (BN)')).toEqual({ type: DocumentType.OTHER, known: true });
  expect(documentTypeOf('-')).toEqual({ type: DocumentType.OTHER, known: true });
  expect(documentTypeOf('Surat Keterangan Domisili')).toEqual({ type: DocumentType.OTHER, known: false });
  expect(managementPatternOf('syariah')).toBe('SYARIAH');
  expect(managementPatternOf('Campuran')).toBeNull();
});

test('tables are found by file or sheet name, the longest table name first', () => {
  expect(tableNamed('profil_koperasi.csv')).toBe('profil_koperasi');
  expect(tableNamed('GERAI_KOPERASI.CSV')).toBe('gerai_koperasi');
  expect(tableNamed('referensi_gerai_koperasi.csv')).toBe('referensi_gerai_koperasi');
  expect(tableNamed('2025-11-01_gerai_koperasi_export.csv')).toBe('gerai_koperasi');
  expect(tableNamed('aset_koperasi.csv')).toBeNull();
});

test('a row is checked column by column by the format', () => {
  const check = checkRow('pengurus_koperasi', {
    pengurus_ref: 'PGR-1',
    koperasi_ref: 'KOP-12',
    nama: 'S*****',
    jabatan: 'BUPATI',
    status: 'PENGURUS',
    nik: '3201**********01',
    tanggal_lahir: '1973-**-**',
    periode_mulai: '0000-00-00',
    periode_selesai: '2030-02-30',
    status_pendidikan: 'SLTA',
  });
  expect(check.rejections.map(({ code, column }) => [code, column])).toEqual([
    ['MALFORMED_REF', 'koperasi_ref'],
    ['MASKED_VALUE_REQUIRED', 'nama'],
    ['UNKNOWN_VALUE', 'jabatan'],
    ['BAD_DATE', 'periode_selesai'],
  ]);
  expect(check.notes.map(({ code, column }) => [code, column])).toEqual([
    ['DATE_MASKED', 'tanggal_lahir'],
    ['UNKNOWN_VALUE', 'status_pendidikan'],
    ['DATE_ZERO', 'periode_mulai'],
  ]);
  expect(
    checkRow('profil_koperasi', { koperasi_ref: 'KOP-539EF09CDAAD', nama_koperasi: '' }).rejections,
  ).toEqual([{ code: 'MISSING_REQUIRED', column: 'nama_koperasi', message: 'nama_koperasi is empty.' }]);
});
