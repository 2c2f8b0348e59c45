/** @jest-environment node */
import type { DinasViewerQuery } from '../graphql/generated/graphql';
import { anyRegionCovers } from '../../../server/src/modules/region/region-scope';
import { dinasRegionOptions, parseDashboardRegion } from './dinas-regions';

function viewerData(
  roles: DinasViewerQuery['viewer'] extends infer V ? (V extends { roles: infer R } ? R : never) : never,
  regions: string[],
): DinasViewerQuery {
  return {
    viewer: {
      roles,
      memberships: regions.map((code) => ({
        role: 'DINAS',
        region: { code, name: `Region ${code}`, level: code.length === 2 ? 'PROVINCE' : 'REGENCY' },
      })),
    },
    provinces: { edges: [{ node: { code: '61', name: 'Kalimantan Barat' } }] },
    regencies: {
      edges: [
        { node: { code: '61.01', name: 'Kabupaten Sambas' } },
        { node: { code: '61.03', name: 'Kabupaten Sanggau' } },
      ],
    },
  };
}

describe('dinasRegionOptions', () => {
  it('offers a regency Dinas its regency only', () => {
    expect(
      dinasRegionOptions(viewerData(['SIGNED_IN', 'DINAS'], ['61.03'])).map((option) => option.code),
    ).toEqual(['61.03']);
  });

  it('offers a province Dinas the province and its regencies, and admins everything', () => {
    expect(
      dinasRegionOptions(viewerData(['SIGNED_IN', 'DINAS'], ['61'])).map((option) => option.code),
    ).toEqual(['61', '61.01', '61.03']);
    expect(dinasRegionOptions(viewerData(['SIGNED_IN', 'ADMIN'], [])).map((option) => option.level)).toEqual([
      'PROVINCE',
      'REGENCY',
      'REGENCY',
    ]);
  });

  it('offers what the API lets the viewer open: the region itself and what lies inside, no sibling or neighbour', () => {
    const data = viewerData(['SIGNED_IN', 'DINAS'], ['61.03', '62']);
    data.provinces.edges.push({ node: { code: '62', name: 'Kalimantan Tengah' } });
    data.regencies.edges.push(
      { node: { code: '61.04', name: 'Kabupaten Mempawah' } },
      { node: { code: '62.01', name: 'Kabupaten Kotawaringin Barat' } },
    );
    const offered = dinasRegionOptions(data).map((option) => option.code);
    expect(offered).toEqual(['61.03', '62', '62.01']);
    // The very rule dinasDashboard applies on the API, not a copy of it.
    const every = [...data.provinces.edges, ...data.regencies.edges].map((edge) => edge.node.code);
    expect(offered).toEqual(every.filter((code) => anyRegionCovers(['61.03', '62'], code)).sort());
  });

  it('offers nothing to others', () => {
    expect(dinasRegionOptions(viewerData(['SIGNED_IN', 'PARTNER'], []))).toEqual([]);
    expect(dinasRegionOptions({ ...viewerData(['SIGNED_IN'], []), viewer: null })).toEqual([]);
  });
});

describe('parseDashboardRegion', () => {
  it('takes a province or regency code and nothing else', () => {
    expect(parseDashboardRegion({ region: '61.03' })).toBe('61.03');
    expect(parseDashboardRegion(new URLSearchParams('region=61'))).toBe('61');
    expect(parseDashboardRegion({ region: '61.03.05' })).toBeNull();
    expect(parseDashboardRegion({ region: "61'; drop" })).toBeNull();
    expect(parseDashboardRegion({})).toBeNull();
  });
});
