/** @jest-environment node */
import id from '../../../messages/id.json';
import {
  arrangeCaseload,
  CASELOAD_GAPS,
  gapsOf,
  gapTally,
  parseCaseloadView,
  waitingByCooperative,
  type GapSource,
  type WaitingSource,
} from './caseload-gaps';

const complete: GapSource = {
  id: 'Q29vcGVyYXRpdmU6MQ',
  name: 'Koperasi Desa Merah Putih Balai Ingin',
  stage: 'OPERATING',
  legal: {
    skAhuNumber: 'AHU-0001.AH.01.29.2025',
    nikKoperasi: '6103050012',
    nib: '9120001234567',
    npwp: '12.345.678.9-701.000',
  },
  activeUnits: [{ id: 'u1' }],
  publishedOfferings: { totalCount: 2 },
};

function cooperative(overrides: Partial<GapSource>): GapSource {
  return {
    ...complete,
    id: overrides.name ?? complete.id,
    ...overrides,
    legal: { ...complete.legal, ...overrides.legal },
  };
}

describe('gapsOf', () => {
  it('finds nothing missing on a complete cooperative', () => {
    expect(gapsOf(complete)).toEqual([]);
  });

  it('names each missing legal datum, unit and offering, in a fixed order', () => {
    const bare = cooperative({
      legal: { skAhuNumber: null, nikKoperasi: null, nib: null, npwp: null },
      activeUnits: [],
      publishedOfferings: { totalCount: 0 },
    });
    expect(gapsOf(bare)).toEqual([
      'NO_SK_AHU',
      'NO_NIK',
      'NO_NIB',
      'NO_NPWP',
      'NO_ACTIVE_UNIT',
      'NO_OFFERING',
    ]);
  });

  it('counts blank text as missing and an unknown offering count as none', () => {
    expect(gapsOf(cooperative({ legal: { nib: '   ' }, publishedOfferings: { totalCount: null } }))).toEqual([
      'NO_NIB',
      'NO_OFFERING',
    ]);
  });
});

describe('CASELOAD_GAPS', () => {
  it('has a label for every gap', () => {
    expect(CASELOAD_GAPS.every((gap) => gap in id.mentorWorkspace.gaps)).toBe(true);
  });
});

describe('arrangeCaseload', () => {
  const a = cooperative({ name: 'Koperasi A', stage: 'GROWING' });
  const b = cooperative({ name: 'Koperasi B', stage: 'ORGANISED', legal: { nib: null }, activeUnits: [] });
  const c = cooperative({ name: 'Koperasi C', stage: 'LEGALLY_FORMED', legal: { npwp: null } });
  const d = cooperative({ name: 'Koperasi D', stage: 'BUILDING_UNITS', legal: { npwp: null } });
  const names = (entries: { cooperative: GapSource }[]) => entries.map((entry) => entry.cooperative.name);

  it('puts the most missing first by default, then the earliest stage, then the name', () => {
    expect(names(arrangeCaseload([a, d, c, b], { sort: 'gaps' }))).toEqual([
      'Koperasi B',
      'Koperasi C',
      'Koperasi D',
      'Koperasi A',
    ]);
  });

  it('sorts by stage or by name on request', () => {
    expect(names(arrangeCaseload([a, b, c, d], { sort: 'stage' }))).toEqual([
      'Koperasi C',
      'Koperasi B',
      'Koperasi D',
      'Koperasi A',
    ]);
    expect(names(arrangeCaseload([d, c, b, a], { sort: 'name' }))).toEqual([
      'Koperasi A',
      'Koperasi B',
      'Koperasi C',
      'Koperasi D',
    ]);
  });

  it('filters by one gap, by any gap and by stage, and returns the gaps with each cooperative', () => {
    expect(names(arrangeCaseload([a, b, c, d], { sort: 'name', gap: 'NO_NPWP' }))).toEqual([
      'Koperasi C',
      'Koperasi D',
    ]);
    expect(names(arrangeCaseload([a, b, c, d], { sort: 'name', gap: 'ANY' }))).toEqual([
      'Koperasi B',
      'Koperasi C',
      'Koperasi D',
    ]);
    const organised = arrangeCaseload([a, b, c, d], { sort: 'name', stage: 'ORGANISED' });
    expect(organised).toEqual([{ cooperative: b, gaps: ['NO_NIB', 'NO_ACTIVE_UNIT'] }]);
  });
});

describe('what waits on each cooperative', () => {
  const a = cooperative({ name: 'Koperasi A' });
  const b = cooperative({ name: 'Koperasi B', legal: { nib: null, npwp: null } });
  const c = cooperative({ name: 'Koperasi C' });
  const d = cooperative({ name: 'Koperasi D', legal: { nib: null, npwp: null, nikKoperasi: null } });
  const pipeline = (awaitingResponse: number, awaitingSince: string | null, draftsAwaitingApproval = 0) => ({
    awaitingResponse,
    awaitingSince,
    draftsAwaitingApproval,
  });
  const sources: WaitingSource[] = [
    { id: 'Koperasi A', documents: [], proposalPipeline: pipeline(1, '2026-11-10T03:00:00.000Z') },
    { id: 'Koperasi B', documents: [], proposalPipeline: pipeline(0, null, 1) },
    { id: 'Koperasi C', documents: [], proposalPipeline: pipeline(2, '2026-11-02T03:00:00.000Z') },
    {
      id: 'Koperasi D',
      documents: [
        { status: 'EXPIRED' as const, expiresOn: '2026-10-01' },
        { status: 'VALID' as const, expiresOn: '2027-01-05' },
        { status: 'VALID' as const, expiresOn: '2027-01-06' },
        { status: 'VALID' as const, expiresOn: null },
      ],
      // A viewer who may not see its proposals.
      proposalPipeline: null,
    },
  ];
  const waiting = waitingByCooperative(sources, '2026-12-06');

  it('takes proposals on the cooperative’s turn since the oldest and drafts to approve from its pipeline, and counts documents to renew', () => {
    expect(waiting.get('Koperasi C')).toEqual({
      onTurn: 2,
      waitingSince: '2026-11-02T03:00:00.000Z',
      draftsAwaitingApproval: 0,
      documentsToRenew: 0,
    });
    expect(waiting.get('Koperasi A')).toMatchObject({ onTurn: 1, waitingSince: '2026-11-10T03:00:00.000Z' });
    expect(waiting.get('Koperasi B')).toMatchObject({ onTurn: 0, draftsAwaitingApproval: 1 });
    // Expired, and lapsing within 30 days (5 January); not 6 January, nor one without an end.
    expect(waiting.get('Koperasi D')).toMatchObject({ onTurn: 0, documentsToRenew: 2 });
    expect(waiting.size).toBe(4);
  });

  it('puts first by default what has waited longest, then drafts, then documents, then the gaps', () => {
    const e = cooperative({
      name: 'Koperasi E',
      legal: { skAhuNumber: null, nib: null, npwp: null, nikKoperasi: null },
    });
    const arranged = arrangeCaseload([e, d, b, a, c], parseCaseloadView({}), waiting);
    expect(names(arranged)).toEqual(['Koperasi C', 'Koperasi A', 'Koperasi B', 'Koperasi D', 'Koperasi E']);
    expect(arranged[0].waiting).toMatchObject({ onTurn: 2 });
  });
});

const names = (entries: { cooperative: GapSource }[]) => entries.map((entry) => entry.cooperative.name);

describe('gapTally', () => {
  it('counts the cooperatives lacking each thing', () => {
    const tally = gapTally([
      complete,
      cooperative({ legal: { nib: null } }),
      cooperative({ legal: { nib: '' }, activeUnits: [] }),
    ]);
    expect(tally).toEqual({
      NO_SK_AHU: 0,
      NO_NIK: 0,
      NO_NIB: 2,
      NO_NPWP: 0,
      NO_ACTIVE_UNIT: 1,
      NO_OFFERING: 0,
    });
  });
});

describe('parseCaseloadView', () => {
  it('reads the gap, stage and order from the URL, ignoring unknown values', () => {
    expect(parseCaseloadView({ gap: 'NO_NIB', stage: 'ORGANISED', sort: 'name' })).toEqual({
      gap: 'NO_NIB',
      stage: 'ORGANISED',
      sort: 'name',
    });
    expect(parseCaseloadView({ gap: 'NO_PASSPORT', stage: 'FLYING', sort: 'random' })).toEqual({
      gap: undefined,
      stage: undefined,
      sort: 'urgent',
    });
    expect(parseCaseloadView({ gap: ['ANY', 'NO_NIB'] }).gap).toBe('ANY');
  });
});
