/** @jest-environment node */
import { figureRows, operatingCount, parseHomeProvince } from './region-figures';

const byStage = (counts: [number, number, number, number, number]) =>
  (['LEGALLY_FORMED', 'ORGANISED', 'BUILDING_UNITS', 'OPERATING', 'GROWING'] as const).map(
    (stage, index) => ({
      stage,
      count: counts[index],
    }),
  );

describe('figureRows', () => {
  it('links each province to its regencies on the home page', () => {
    const rows = figureRows([
      {
        region: { code: '33', name: 'Jawa Tengah', level: 'PROVINCE' },
        total: 155,
        byStage: byStage([70, 40, 20, 20, 5]),
      },
      {
        region: { code: '61', name: 'Kalimantan Barat', level: 'PROVINCE' },
        total: 10,
        byStage: byStage([10, 0, 0, 0, 0]),
      },
    ]);
    expect(rows).toEqual([
      {
        code: '33',
        name: 'Jawa Tengah',
        total: 155,
        operating: 25,
        href: { pathname: '/', query: { wilayah: '33' } },
      },
      {
        code: '61',
        name: 'Kalimantan Barat',
        total: 10,
        operating: 0,
        href: { pathname: '/', query: { wilayah: '61' } },
      },
    ]);
  });

  it('links each regency of a province to the cooperatives there', () => {
    const [row] = figureRows([
      {
        region: { code: '33.19', name: 'Kabupaten Kudus', level: 'REGENCY' },
        total: 132,
        byStage: byStage([60, 40, 16, 12, 4]),
      },
    ]);
    expect(row.href).toEqual({ pathname: '/cooperatives', query: { regency: '33.19' } });
    expect(row.operating).toBe(16);
  });
});

describe('operatingCount', () => {
  it('counts the stages with an active unit: operating and growing', () => {
    expect(operatingCount(byStage([1, 2, 3, 4, 5]))).toBe(9);
    expect(operatingCount([])).toBe(0);
  });
});

describe('parseHomeProvince', () => {
  it('takes a province code and nothing else', () => {
    expect(parseHomeProvince({ wilayah: '33' })).toBe('33');
    expect(parseHomeProvince({ wilayah: ['61', '33'] })).toBe('61');
    expect(parseHomeProvince({ wilayah: '33.19' })).toBeNull();
    expect(parseHomeProvince({ wilayah: '3' })).toBeNull();
    expect(parseHomeProvince({ wilayah: "33'--" })).toBeNull();
    expect(parseHomeProvince({})).toBeNull();
  });
});
