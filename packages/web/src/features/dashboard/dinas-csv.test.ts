/** @jest-environment node */
import en from '../../../messages/en.json';
import {
  buildDinasCsv,
  csvField,
  dinasCsvFilename,
  type DinasCsvLabels,
  type DinasDashboardData,
} from './dinas-csv';

const stages = (counts: number[]) =>
  (['LEGALLY_FORMED', 'ORGANISED', 'BUILDING_UNITS', 'OPERATING', 'GROWING'] as const).map(
    (stage, index) => ({
      __typename: 'StageCount' as const,
      stage,
      count: counts[index],
    }),
  );

const DASHBOARD: DinasDashboardData = {
  __typename: 'DinasDashboard',
  region: { __typename: 'Region', code: '61.03', name: 'Kabupaten Sanggau', level: 'REGENCY' },
  cooperatives: 7,
  byStage: stages([1, 1, 2, 2, 1]),
  breakdown: [
    {
      __typename: 'RegionStageBreakdown',
      region: { __typename: 'Region', code: '61.03.01', name: 'Toba' },
      total: 3,
      byStage: stages([1, 0, 1, 1, 0]),
    },
    {
      __typename: 'RegionStageBreakdown',
      region: { __typename: 'Region', code: '61.03.02', name: 'Meliau, "Hulu"' },
      total: 4,
      byStage: stages([0, 1, 1, 1, 1]),
    },
  ],
  proposals: 5,
  proposalsByStatus: [
    { __typename: 'ProposalStatusCount', status: 'SUBMITTED', count: 2 },
    { __typename: 'ProposalStatusCount', status: 'ACCEPTED', count: 2 },
    { __typename: 'ProposalStatusCount', status: 'COMPLETED', count: 1 },
  ],
  acceptedProposals: 3,
  acceptedFinancingProposals: 2,
  financingVolume: { __typename: 'Money', amount: '4500000000.5' },
  proposalBreakdown: [],
};

const LABELS: DinasCsvLabels = {
  regionCode: 'Kode wilayah',
  region: 'Kecamatan',
  total: 'Jumlah',
  allAreas: 'Semua wilayah',
  nation: 'Seluruh Indonesia',
  stages: {
    LEGALLY_FORMED: 'Berbadan hukum',
    ORGANISED: 'Terorganisasi',
    BUILDING_UNITS: 'Membangun gerai',
    OPERATING: 'Beroperasi',
    GROWING: 'Berkembang',
  },
  proposalStatus: 'Status proposal',
  count: 'Jumlah',
  statuses: {
    DRAFT: 'Draf',
    SUBMITTED: 'Diajukan',
    UNDER_REVIEW: 'Sedang ditinjau',
    NEGOTIATING: 'Negosiasi',
    ACCEPTED: 'Diterima',
    DECLINED: 'Ditolak',
    WITHDRAWN: 'Ditarik',
    EXPIRED: 'Kedaluwarsa',
    COMPLETED: 'Selesai',
    CANCELLED: 'Dibatalkan',
  },
  proposals: 'Proposal diajukan',
  figure: 'Angka',
  value: 'Nilai',
  acceptedProposals: 'Proposal diterima',
  acceptedFinancingProposals: 'Proposal pembiayaan diterima',
  financingVolume: 'Volume pembiayaan diterima (IDR)',
};

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('Toba')).toBe('Toba');
    expect(csvField('Meliau, "Hulu"')).toBe('"Meliau, ""Hulu"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-5)).toBe('-5');
  });
});

describe('buildDinasCsv', () => {
  const csv = buildDinasCsv(DASHBOARD, LABELS);
  const lines = csv.split('\r\n');

  it('starts with the header of the stage table and ends each line with CRLF', () => {
    expect(lines[0]).toBe(
      'Kode wilayah,Kecamatan,Berbadan hukum,Terorganisasi,Membangun gerai,Beroperasi,Berkembang,Jumlah',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('has a row per area and a totals row, then proposals by status, then the headline figures', () => {
    expect(lines.slice(1, 4)).toEqual([
      '61.03.01,Toba,1,0,1,1,0,3',
      '61.03.02,"Meliau, ""Hulu""",0,1,1,1,1,4',
      '61.03,Semua wilayah: Kabupaten Sanggau,1,1,2,2,1,7',
    ]);
    expect(lines.slice(4, 10)).toEqual([
      '',
      'Status proposal,Jumlah',
      'Diajukan,2',
      'Diterima,2',
      'Selesai,1',
      'Proposal diajukan,5',
    ]);
    // Amounts stay exact decimals, unformatted, so a spreadsheet reads them as numbers.
    expect(lines.slice(10, 15)).toEqual([
      '',
      'Angka,Nilai',
      'Proposal diterima,3',
      'Proposal pembiayaan diterima,2',
      'Volume pembiayaan diterima (IDR),4500000000.5',
    ]);
  });

  it('totals the whole of Indonesia under its name, without a code', () => {
    const national = buildDinasCsv(
      {
        ...DASHBOARD,
        region: null,
        breakdown: [
          {
            __typename: 'RegionStageBreakdown',
            region: { __typename: 'Region', code: '33', name: 'Jawa Tengah' },
            total: 7,
            byStage: DASHBOARD.byStage,
          },
        ],
      },
      { ...LABELS, region: 'Provinsi' },
    ).split('\r\n');
    expect(national[0]).toMatch(/^Kode wilayah,Provinsi,/);
    expect(national[1]).toMatch(/^33,Jawa Tengah,/);
    expect(national[2]).toMatch(/^,Semua wilayah: Seluruh Indonesia,/);
  });

  it('is labelled from the message files in English too', () => {
    const english = buildDinasCsv(DASHBOARD, {
      ...LABELS,
      regionCode: en.dinas.export.regionCode,
      region: en.dinas.areaDistrictColumn,
      total: en.dinas.total,
      stages: {
        LEGALLY_FORMED: en.enums.stage.LEGALLY_FORMED,
        ORGANISED: en.enums.stage.ORGANISED,
        BUILDING_UNITS: en.enums.stage.BUILDING_UNITS,
        OPERATING: en.enums.stage.OPERATING,
        GROWING: en.enums.stage.GROWING,
      },
    });
    expect(english.split('\r\n')[0]).toBe(
      'Region code,District,Legally formed,Organised,Building units,Operating,Growing,Total',
    );
  });
});

describe('dinasCsvFilename', () => {
  it('names the region and the day in West Kalimantan', () => {
    // 20:00 UTC on 28 November is already 29 November in Pontianak (UTC+7).
    expect(dinasCsvFilename('61.03', new Date('2026-11-28T20:00:00Z'))).toBe(
      'mitradesa-dinas-61.03-2026-11-29.csv',
    );
    expect(dinasCsvFilename('61"; rm', new Date('2026-01-02T00:00:00Z'))).toBe(
      'mitradesa-dinas-61-2026-01-02.csv',
    );
  });

  it('names the whole of Indonesia when the dashboard has no region', () => {
    expect(dinasCsvFilename(null, new Date('2026-01-02T00:00:00Z'))).toBe(
      'mitradesa-dinas-indonesia-2026-01-02.csv',
    );
  });
});
