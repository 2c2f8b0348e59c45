import { screen, within } from '@testing-library/react';
import type { SimkopdesReportDetailsFragment } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { ImportReport } from './import-report';

const table = (name: string, counts: Partial<SimkopdesReportDetailsFragment['tables'][number]>) => ({
  __typename: 'SimkopdesTableReport' as const,
  table: name,
  rows: 0,
  create: 0,
  update: 0,
  unchanged: 0,
  conflict: 0,
  counted: 0,
  skipped: 0,
  rejected: 0,
  rejections: [],
  notes: [],
  ...counts,
});

const REPORT: SimkopdesReportDetailsFragment = {
  __typename: 'SimkopdesReport',
  newCooperatives: 3,
  matchedCooperatives: 9,
  tables: [
    table('akun_bank_koperasi', {
      rows: 4,
      create: 4,
      notes: [
        { __typename: 'SimkopdesCodeCount', code: 'UNKNOWN_BANK_NAME', count: 3 },
        { __typename: 'SimkopdesCodeCount', code: 'A_NEWER_NOTE', count: 1 },
      ],
    }),
    table('referensi_koperasi_wilayah', {
      rows: 14,
      create: 3,
      unchanged: 9,
      rejected: 2,
      rejections: [{ __typename: 'SimkopdesCodeCount', code: 'UNKNOWN_VILLAGE_CODE', count: 2 }],
    }),
    table('profil_koperasi', {
      rows: 13,
      update: 8,
      conflict: 2,
      rejected: 3,
      notes: [
        { __typename: 'SimkopdesCodeCount', code: 'CONFLICT_WITH_MITRADESA', count: 2 },
        { __typename: 'SimkopdesCodeCount', code: 'DATE_MASKED', count: 1 },
      ],
      rejections: [
        { __typename: 'SimkopdesCodeCount', code: 'UNKNOWN_VILLAGE_CODE', count: 1 },
        { __typename: 'SimkopdesCodeCount', code: 'BAD_NUMBER', count: 1 },
        { __typename: 'SimkopdesCodeCount', code: 'A_NEWER_CODE', count: 1 },
      ],
    }),
  ],
  issues: [
    {
      __typename: 'SimkopdesFileIssue',
      code: 'UNKNOWN_COLUMN',
      source: 'profil_koperasi.csv',
      message: 'Column "x" is not known.',
    },
  ],
  rejectedSample: [
    {
      __typename: 'SimkopdesRejectedRow',
      table: 'profil_koperasi',
      source: 'profil_koperasi.csv',
      rowNumber: 7,
      koperasiRef: 'KOP-539EF09CDAAD',
      reasons: [
        {
          __typename: 'SimkopdesFinding',
          code: 'BAD_NUMBER',
          column: 'modal_awal',
          message: 'modal_awal "abc" is not a number.',
        },
      ],
    },
  ],
};

describe('ImportReport', () => {
  it('counts each table by what importing it does, in a captioned table', () => {
    renderWithIntl(<ImportReport report={REPORT} />);
    const tables = screen.getByRole('table', { name: 'Baris per tabel dan apa yang terjadi padanya' });
    const headers = within(tables)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Tabel',
      'Baris',
      'Baru',
      'Diubah',
      'Tetap',
      'Berbeda',
      'Dihitung',
      'Dilewati',
      'Ditolak',
    ]);
    const profiles = within(tables).getByRole('row', { name: /^profil_koperasi/ });
    expect(
      within(profiles)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['13', '0', '8', '0', '2', '0', '0', '3']);
    expect(screen.getByText('Koperasi baru').nextSibling).toHaveTextContent('3');
  });

  it('adds up the rejections of every table per reason, most first, in words', () => {
    renderWithIntl(<ImportReport report={REPORT} />);
    const reasons = screen.getByRole('table', { name: 'Baris yang ditolak per alasan' });
    const rows = within(reasons)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    // A code these messages do not know yet shows as itself.
    expect(rows).toEqual(['Kode desa tidak dikenal3', 'Angka tidak terbaca1', 'A_NEWER_CODE1']);
  });

  it('adds up the notes of every table per code, most first, in words (Indonesian and English)', () => {
    const { unmount } = renderWithIntl(<ImportReport report={REPORT} />);
    const notesOf = (caption: string) =>
      within(screen.getByRole('table', { name: caption }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent);
    expect(notesOf('Baris dengan catatan per jenis catatan')).toEqual([
      'Nama bank tidak dikenal: disimpan seperti tertulis3',
      'Berbeda dengan data yang diubah di MitraDesa sejak impor terakhir: nilai MitraDesa dipertahankan dan perbedaannya perlu dipilih di bawah2',
      // A code these messages do not know yet shows as itself; ties keep the tables' order.
      'A_NEWER_NOTE1',
      'Tanggal tersamar: dibiarkan kosong1',
    ]);
    unmount();
    renderWithIntl(<ImportReport report={REPORT} />, 'en');
    expect(notesOf('Rows with a note, by note')[0]).toBe('Unknown bank name: kept as typed3');
  });

  it('shows each sample rejected row with its table, row number, column and message', () => {
    renderWithIntl(<ImportReport report={REPORT} />);
    const sample = screen.getByRole('heading', { name: 'Contoh baris yang ditolak' }).parentElement!;
    const card = within(sample).getByText('profil_koperasi, baris 7').closest('li')!;
    expect(card).toHaveTextContent('KOP-539EF09CDAAD');
    expect(card).toHaveTextContent('Angka tidak terbaca');
    expect(card).toHaveTextContent('Kolommodal_awal');
    expect(card).toHaveTextContent('modal_awal "abc" is not a number.');
    expect(screen.getByText(/Kolom tidak dikenal/)).toHaveTextContent('profil_koperasi.csv');
  });

  it('says so when nothing was rejected and every file was read, in English too', () => {
    renderWithIntl(
      <ImportReport
        report={{
          ...REPORT,
          tables: [table('profil_koperasi', { rows: 2 })],
          issues: [],
          rejectedSample: [],
        }}
      />,
      'en',
    );
    expect(screen.getByText('No rows were rejected.')).toBeInTheDocument();
    expect(screen.getByText('Every file could be read.')).toBeInTheDocument();
    expect(screen.getByText('No notes.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sample of rejected rows' })).toBeNull();
  });
});
