/** @jest-environment node */
import type { DinasRegenciesQuery, DinasViewerQuery } from '@/graphql/generated/graphql';
import { anyRegionCovers } from '../../../../server/src/modules/region/region-scope';
import { dinasRegionOptions, parseDashboardRegion, pickerProvince } from './dinas-regions';

type Roles = NonNullable<DinasViewerQuery['viewer']>['roles'];

const NATION = 'Seluruh Indonesia';

function viewerData(roles: Roles, regions: string[]): DinasViewerQuery {
  return {
    __typename: 'Query',
    viewer: {
      __typename: 'Viewer',
      roles,
      memberships: regions.map((code) => ({
        __typename: 'Membership',
        role: 'DINAS',
        region: {
          __typename: 'Region',
          code,
          name: `Region ${code}`,
          level: code.length === 2 ? 'PROVINCE' : 'REGENCY',
        },
      })),
    },
    provinces: {
      __typename: 'RegionConnection',
      edges: [
        { __typename: 'RegionEdge', node: { __typename: 'Region', code: '33', name: 'Jawa Tengah' } },
        { __typename: 'RegionEdge', node: { __typename: 'Region', code: '61', name: 'Kalimantan Barat' } },
        { __typename: 'RegionEdge', node: { __typename: 'Region', code: '62', name: 'Kalimantan Tengah' } },
      ],
    },
  };
}

function regenciesOf(codes: string[]): DinasRegenciesQuery {
  return {
    __typename: 'Query',
    regencies: {
      __typename: 'RegionConnection',
      edges: codes.map((code) => ({
        __typename: 'RegionEdge',
        node: { __typename: 'Region', code, name: `Kabupaten ${code}` },
      })),
    },
  };
}

const codes = (options: { code: string }[]) => options.map((option) => option.code);

describe('dinasRegionOptions', () => {
  it('offers admins the whole of Indonesia first, then every province, and the regencies of the province on show', () => {
    const admin = viewerData(['SIGNED_IN', 'ADMIN'], []);
    const national = dinasRegionOptions(admin, null, NATION);
    expect(national[0]).toEqual({ code: '', name: NATION, level: 'NATION' });
    expect(codes(national)).toEqual(['', '33', '61', '62']);
    // Drilled down to Jawa Tengah: its regencies follow it, the other provinces stay.
    const drilled = dinasRegionOptions(admin, regenciesOf(['33.19', '33.73']), NATION);
    expect(codes(drilled)).toEqual(['', '33', '33.19', '33.73', '61', '62']);
    expect(drilled.map((option) => option.level)).toEqual([
      'NATION',
      'PROVINCE',
      'REGENCY',
      'REGENCY',
      'PROVINCE',
      'PROVINCE',
    ]);
  });

  it('offers a province Dinas its province and its regencies, never the nation or another province', () => {
    const data = viewerData(['SIGNED_IN', 'DINAS'], ['33']);
    expect(codes(dinasRegionOptions(data, null, NATION))).toEqual(['33']);
    expect(codes(dinasRegionOptions(data, regenciesOf(['33.19', '33.73']), NATION))).toEqual([
      '33',
      '33.19',
      '33.73',
    ]);
    // Regencies of another province (a stale or forged list) are not offered.
    expect(codes(dinasRegionOptions(data, regenciesOf(['61.03']), NATION))).toEqual(['33']);
  });

  it('offers a Dinas of every province (the ministry) the whole of Indonesia too', () => {
    const ministry = viewerData(['SIGNED_IN', 'DINAS'], ['33', '61', '62']);
    expect(codes(dinasRegionOptions(ministry, null, NATION))).toEqual(['', '33', '61', '62']);
    // Two of three provinces are not the nation.
    expect(codes(dinasRegionOptions(viewerData(['SIGNED_IN', 'DINAS'], ['33', '61']), null, NATION))).toEqual(
      ['33', '61'],
    );
  });

  it('offers a regency Dinas its regency only, without fetching anything', () => {
    const data = viewerData(['SIGNED_IN', 'DINAS'], ['61.03']);
    expect(dinasRegionOptions(data, null, NATION)).toEqual([
      { code: '61.03', name: 'Region 61.03', level: 'REGENCY' },
    ]);
    expect(codes(dinasRegionOptions(data, regenciesOf(['61.01', '61.03']), NATION))).toEqual(['61.03']);
  });

  it('offers what the API lets the viewer open: the region itself and what lies inside, no sibling or neighbour', () => {
    const data = viewerData(['SIGNED_IN', 'DINAS'], ['61.03', '62']);
    const regencies = regenciesOf(['61.01', '61.03', '61.04']);
    const offered = codes(dinasRegionOptions(data, regencies, NATION));
    expect(offered).toEqual(['61.03', '62']);
    // The very rule dinasDashboard applies on the API, not a copy of it.
    const every = [...data.provinces.edges, ...regencies.regencies.edges].map((edge) => edge.node.code);
    expect(offered).toEqual(every.filter((code) => anyRegionCovers(['61.03', '62'], code)).sort());
  });

  it('offers nothing to others', () => {
    expect(dinasRegionOptions(viewerData(['SIGNED_IN', 'PARTNER'], []), null, NATION)).toEqual([]);
    expect(dinasRegionOptions({ ...viewerData(['SIGNED_IN'], []), viewer: null }, null, NATION)).toEqual([]);
  });
});

describe('pickerProvince', () => {
  it('is the province of the region on show, none for the whole of Indonesia', () => {
    expect(pickerProvince('33.19')).toBe('33');
    expect(pickerProvince('61')).toBe('61');
    expect(pickerProvince(null)).toBeNull();
  });
});

describe('parseDashboardRegion', () => {
  it('takes a province or regency code and nothing else', () => {
    expect(parseDashboardRegion({ region: '61.03' })).toBe('61.03');
    expect(parseDashboardRegion(new URLSearchParams('region=61'))).toBe('61');
    expect(parseDashboardRegion({ region: '61.03.05' })).toBeNull();
    expect(parseDashboardRegion({ region: "61'; drop" })).toBeNull();
    // The whole of Indonesia is the empty choice: no region.
    expect(parseDashboardRegion(new URLSearchParams('region='))).toBeNull();
    expect(parseDashboardRegion({})).toBeNull();
  });
});
