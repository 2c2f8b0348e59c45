import { screen, within } from '@testing-library/react';
import { renderWithIntl } from '@/test/render-with-intl';
import { percentOf, StageChart, StageTable, type AreaDatum } from './dinas-stage-chart';

const stages = (counts: [number, number, number, number, number]) =>
  (['LEGALLY_FORMED', 'ORGANISED', 'BUILDING_UNITS', 'OPERATING', 'GROWING'] as const).map(
    (stage, index) => ({
      stage,
      count: counts[index],
    }),
  );

const AREAS: AreaDatum[] = [
  { region: { code: '61.03.01', name: 'Toba' }, total: 10, byStage: stages([1, 2, 3, 4, 0]) },
  { region: { code: '61.03.02', name: 'Meliau' }, total: 2000, byStage: stages([500, 500, 500, 250, 250]) },
  { region: { code: '61.03.03', name: 'Kapuas' }, total: 0, byStage: stages([0, 0, 0, 0, 0]) },
];
const BY_STAGE = stages([501, 502, 503, 254, 250]);

describe('percentOf', () => {
  it('gives a share as a CSS width, and 0% of nothing', () => {
    expect(percentOf(1, 8)).toBe('12.5%');
    expect(percentOf(1, 3)).toBe('33.3%');
    expect(percentOf(0, 0)).toBe('0%');
  });
});

describe('StageChart', () => {
  it('is one image for assistive technology, pointing at the table, with a legend of the stages', () => {
    renderWithIntl(<StageChart regionName="Kabupaten Sanggau" areas={AREAS} tableId="stage-table" />);
    const chart = screen.getByRole('img', { name: /3 wilayah Kabupaten Sanggau/ });
    expect(chart).toHaveAttribute('aria-describedby', 'stage-table');
    expect(screen.getByRole('list', { name: 'Keterangan warna' })).toHaveTextContent(
      'Berbadan hukumTerorganisasiMembangun geraiBeroperasiBerkembang',
    );
  });

  it('scales bars to the largest area and splits each by stage, leaving out empty stages', () => {
    renderWithIntl(<StageChart regionName="Kabupaten Sanggau" areas={AREAS} tableId="stage-table" />);
    const [toba, meliau, kapuas] = screen.getAllByTestId('stage-bar');
    const barOf = (row: HTMLElement) => row.querySelector<HTMLElement>('[style]')!;
    expect(barOf(meliau).style.width).toBe('100%');
    expect(barOf(toba).style.width).toBe('0.5%');
    expect(barOf(kapuas).style.width).toBe('0%');
    const segments = [...barOf(toba).querySelectorAll<HTMLElement>('[data-stage]')];
    expect(segments.map((segment) => [segment.dataset.stage, segment.style.width])).toEqual([
      ['LEGALLY_FORMED', '10%'],
      ['ORGANISED', '20%'],
      ['BUILDING_UNITS', '30%'],
      ['OPERATING', '40%'],
    ]);
    expect(within(meliau).getByText('2.000')).toBeInTheDocument();
  });
});

describe('StageTable', () => {
  it('has every figure: a row per area, a column per stage, totals in the footer', () => {
    renderWithIntl(
      <StageTable
        id="stage-table"
        regionName="Kabupaten Sanggau"
        areas={AREAS}
        byStage={BY_STAGE}
        total={2010}
        areaHeading="Kecamatan"
      />,
    );
    const table = screen.getByRole('table', { name: 'Jumlah koperasi per tahap di Kabupaten Sanggau' });
    expect(table).toHaveAttribute('id', 'stage-table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Kecamatan',
      'Berbadan hukum',
      'Terorganisasi',
      'Membangun gerai',
      'Beroperasi',
      'Berkembang',
      'Jumlah',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
    expect(rows.map(cells)).toEqual([
      ['Toba', '1', '2', '3', '4', '0', '10'],
      ['Meliau', '500', '500', '500', '250', '250', '2.000'],
      ['Kapuas', '0', '0', '0', '0', '0', '0'],
      ['Semua wilayah', '501', '502', '503', '254', '250', '2.010'],
    ]);
  });

  it('formats counts the English way in English', () => {
    renderWithIntl(
      <StageTable
        id="t"
        regionName="Sanggau"
        areas={AREAS}
        byStage={BY_STAGE}
        total={2010}
        areaHeading="district"
      />,
      'en',
    );
    expect(screen.getByRole('row', { name: /All areas/ })).toHaveTextContent('2,010');
  });
});
