import type { Knex } from '@mikro-orm/postgresql';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';

/**
 * `cooperatives` filters and orderings, `cooperative(id)` and the nested fields of a cooperative
 * return exactly the rows independent SQL finds in the database.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();

type Stage = 'LEGALLY_FORMED' | 'ORGANISED' | 'BUILDING_UNITS' | 'OPERATING' | 'GROWING';
type Verification =
  'UNVERIFIED' | 'SELF_DECLARED' | 'MENTOR_ATTESTED' | 'DOCUMENTS_VERIFIED' | 'GOVERNMENT_VERIFIED';
type UnitStatus = 'PLANNED' | 'UNDER_CONSTRUCTION' | 'NOT_ACTIVE' | 'ACTIVE';
type OfferingStatus = 'DRAFT' | 'PUBLISHED' | 'PAUSED' | 'EXPIRED' | 'CLOSED';

/** Weakest first, as the schema documents VerificationLevel. */
const VERIFICATION_LEVELS: Verification[] = [
  'UNVERIFIED',
  'SELF_DECLARED',
  'MENTOR_ATTESTED',
  'DOCUMENTS_VERIFIED',
  'GOVERNMENT_VERIFIED',
];

interface CooperativeFilter {
  regionCode?: string;
  kind?: 'KDMP' | 'KKMP';
  stages?: Stage[];
  unitType?: string;
  unitStatus?: UnitStatus;
  commodity?: string;
  minVerificationLevel?: Verification;
  nameContains?: string;
}

type Where = (qb: Knex.QueryBuilder) => void;

interface ListedCooperative {
  id: string;
  name: string;
  updatedAt: string;
}

interface CooperativesPage {
  cooperatives: {
    totalCount: number;
    edges: { node: ListedCooperative }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const COOPERATIVES = /* GraphQL */ `
  query Cooperatives($filter: CooperativeFilter, $orderBy: CooperativeOrder!, $first: Int, $after: String) {
    cooperatives(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** Every cooperative the API lists, walking all pages; checks that every page reports one total. */
async function listAll(
  filter: CooperativeFilter,
  orderBy: 'NAME' | 'RECENTLY_UPDATED' = 'NAME',
  pageSize = 100,
) {
  const nodes: ListedCooperative[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let pages = 0; pages < 1000; pages += 1) {
    const response: GraphQLResponse<CooperativesPage> = await server.graphql<CooperativesPage>(COOPERATIVES, {
      filter,
      orderBy,
      first: pageSize,
      after,
    });
    expect(response.errors).toBeUndefined();
    const { edges, pageInfo, totalCount } = response.data!.cooperatives;
    nodes.push(...edges.map((edge) => edge.node));
    totals.add(totalCount);
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(totals.size).toBe(1);
  return { ids: nodes.map((node) => dbIdOf(node.id)), nodes, totalCount: [...totals][0] };
}

/** Ids of the cooperatives matching `where`, by name then id (the NAME order). */
function idsInSql(where: Where): Promise<number[]> {
  const qb = knex()('cooperative as c').orderBy([{ column: 'c.name' }, { column: 'c.id' }]);
  where(qb);
  return qb.pluck('c.id');
}

/* ---------- Independent SQL for each filter ---------- */

/** Villages of a regency through the region tree (village → district → regency), not by code prefix. */
const inRegency =
  (regency: string): Where =>
  (qb) =>
    qb.whereIn(
      'c.village_code',
      knex()('region as v')
        .join('region as d', 'd.code', 'v.parent_code')
        .where('d.parent_code', regency)
        .select('v.code'),
    );
const inDistrict =
  (district: string): Where =>
  (qb) =>
    qb.whereIn('c.village_code', knex()('region').where('parent_code', district).select('code'));
const hasUnit =
  (unit: { type?: string; status?: UnitStatus }): Where =>
  (qb) =>
    qb.whereExists(
      knex()('business_unit as u')
        .whereRaw('u.cooperative_id = c.id')
        .where((where) => {
          if (unit.type) where.where('u.type', unit.type);
          if (unit.status) where.where('u.status', unit.status);
        }),
    );
const hasNonDraftOffering =
  (commodity: string): Where =>
  (qb) =>
    qb.whereExists(
      knex()('offering as o')
        .whereRaw('o.cooperative_id = c.id')
        .where('o.commodity', commodity)
        .whereNot('o.status', 'DRAFT'),
    );
const verifiedAtLeast =
  (level: Verification): Where =>
  (qb) =>
    qb.whereIn('c.verification_level', VERIFICATION_LEVELS.slice(VERIFICATION_LEVELS.indexOf(level)));
const nameHas =
  (text: string): Where =>
  (qb) =>
    qb.whereRaw('position(lower(?) in lower(c.name)) > 0', [text]);
const all =
  (...wheres: Where[]): Where =>
  (qb) =>
    wheres.forEach((where) => where(qb));

/** The filter, listed by the API, gives exactly the SQL rows, in name order, with the SQL count. */
async function expectFilterMatchesSql(filter: CooperativeFilter, where: Where) {
  const expected = await idsInSql(where);
  const listed = await listAll(filter);
  expect(listed.ids).toEqual(expected);
  expect(listed.totalCount).toBe(expected.length);
  return expected;
}

async function districtOf(regency: string): Promise<string> {
  // The district with the most villages, so the filter has something to find.
  const row: { code: string } = await knex()('region as d')
    .join('region as v', 'v.parent_code', 'd.code')
    .where('d.parent_code', regency)
    .groupBy('d.code')
    .orderByRaw('count(*) desc, d.code')
    .first('d.code');
  return row.code;
}

const SANGGAU = '61.03';

describe('cooperatives: filters', () => {
  let cooperativeCount: number;
  beforeAll(async () => {
    const row = (await knex()('cooperative').count({ count: '*' }).first()) as { count: string };
    cooperativeCount = Number(row.count);
  });

  test('without a filter every cooperative is listed', async () => {
    const expected = await expectFilterMatchesSql({}, () => undefined);
    expect(expected).toHaveLength(cooperativeCount);
  });

  test('regionCode of a regency lists the cooperatives of its villages', async () => {
    const expected = await expectFilterMatchesSql({ regionCode: SANGGAU }, inRegency(SANGGAU));
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.length).toBeLessThan(cooperativeCount);
  });

  test('regionCode of a district lists the cooperatives of its villages', async () => {
    const district = await districtOf(SANGGAU);
    const expected = await expectFilterMatchesSql({ regionCode: district }, inDistrict(district));
    expect(expected.length).toBeGreaterThan(1);
  });

  test('regionCode of a village lists its one cooperative', async () => {
    const { id, village_code: village }: { id: number; village_code: string } = await knex()('cooperative')
      .whereLike('village_code', `${SANGGAU}.%`)
      .orderBy('id', 'desc')
      .first('id', 'village_code');
    const expected = await expectFilterMatchesSql({ regionCode: village }, (qb) =>
      qb.where('c.village_code', village),
    );
    expect(expected).toEqual([id]);
  });

  test('regionCode of a province lists every cooperative of it and none of the other province', async () => {
    const expected = await expectFilterMatchesSql({ regionCode: '61' }, (qb) =>
      qb.whereLike('c.village_code', '61.%'),
    );
    const inJawaTengah = await expectFilterMatchesSql({ regionCode: '33' }, (qb) =>
      qb.whereLike('c.village_code', '33.%'),
    );
    expect(expected.length + inJawaTengah.length).toBe(cooperativeCount);
    expect(inJawaTengah.length).toBeGreaterThan(0);
  });

  test('regionCode of a region without cooperatives lists none', async () => {
    const listed = await listAll({ regionCode: '61.99' });
    expect(listed.ids).toEqual([]);
    expect(listed.totalCount).toBe(0);
  });

  test.each(['KDMP', 'KKMP'] as const)('kind %s', async (kind) => {
    const expected = await expectFilterMatchesSql({ kind }, (qb) =>
      // KDMP stand in desa, KKMP in kelurahan: check through the village as well.
      qb.where('c.kind', kind).whereIn(
        'c.village_code',
        knex()('region')
          .where('village_kind', kind === 'KDMP' ? 'DESA' : 'KELURAHAN')
          .select('code'),
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(cooperativeCount);
  });

  test.each<[string, Stage[]]>([
    ['one stage', ['LEGALLY_FORMED']],
    ['two stages', ['OPERATING', 'GROWING']],
    ['three stages', ['ORGANISED', 'BUILDING_UNITS', 'GROWING']],
    ['every stage', ['LEGALLY_FORMED', 'ORGANISED', 'BUILDING_UNITS', 'OPERATING', 'GROWING']],
  ])('stages: %s', async (_case, stages) => {
    const expected = await expectFilterMatchesSql({ stages }, (qb) => qb.whereIn('c.stage', stages));
    expect(expected.length).toBeGreaterThan(0);
  });

  test.each(['SAVINGS_AND_LOAN', 'VILLAGE_CLINIC', 'LPG_OUTLET', 'BANK_AGENT'])(
    'unitType %s alone: has a unit of that type, in any status',
    async (unitType) => {
      const expected = await expectFilterMatchesSql({ unitType }, hasUnit({ type: unitType }));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(cooperativeCount);
    },
  );

  test.each<UnitStatus>(['PLANNED', 'UNDER_CONSTRUCTION', 'NOT_ACTIVE', 'ACTIVE'])(
    'unitStatus %s alone: has a unit in that status, of any type',
    async (unitStatus) => {
      const expected = await expectFilterMatchesSql({ unitStatus }, hasUnit({ status: unitStatus }));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(cooperativeCount);
    },
  );

  test('unitType with unitStatus: Sanggau cooperatives with an ACTIVE savings-and-loan unit', async () => {
    const filter = { regionCode: SANGGAU, unitType: 'SAVINGS_AND_LOAN', unitStatus: 'ACTIVE' as const };
    const expected = await expectFilterMatchesSql(
      filter,
      all(inRegency(SANGGAU), hasUnit({ type: 'SAVINGS_AND_LOAN', status: 'ACTIVE' })),
    );
    expect(expected.length).toBeGreaterThan(0);
  });

  test('unitType with unitStatus means one unit of that type in that status, not any two units', async () => {
    // A Sanggau cooperative whose savings-and-loan unit and another unit are both active…
    const { id }: { id: number } = await knex()('cooperative as c')
      .whereLike('c.village_code', `${SANGGAU}.%`)
      .modify(hasUnit({ type: 'SAVINGS_AND_LOAN', status: 'ACTIVE' }))
      .whereExists(
        knex()('business_unit as u')
          .whereRaw('u.cooperative_id = c.id')
          .whereNot('u.type', 'SAVINGS_AND_LOAN')
          .where('u.status', 'ACTIVE'),
      )
      .orderBy('c.id')
      .first('c.id');
    const filter = { regionCode: SANGGAU, unitType: 'SAVINGS_AND_LOAN', unitStatus: 'ACTIVE' as const };
    expect((await listAll(filter)).ids).toContain(id);

    // …still has a savings-and-loan unit and an active unit once the former is only planned again,
    // but no longer an active savings-and-loan unit.
    await knex()('business_unit')
      .where({ cooperative_id: id, type: 'SAVINGS_AND_LOAN' })
      .update({ status: 'PLANNED', active_since: null });
    const both = await listAll(filter);
    expect(both.ids).not.toContain(id);
    expect((await listAll({ regionCode: SANGGAU, unitType: 'SAVINGS_AND_LOAN' })).ids).toContain(id);
    expect((await listAll({ regionCode: SANGGAU, unitStatus: 'ACTIVE' })).ids).toContain(id);
    expect(both.ids).toEqual(
      await idsInSql(all(inRegency(SANGGAU), hasUnit({ type: 'SAVINGS_AND_LOAN', status: 'ACTIVE' }))),
    );
    expect(both.ids.length).toBeGreaterThan(0);
  });

  test.each(['PALM_OIL_FFB', 'RUBBER', 'PEPPER', 'FISH'])(
    'commodity %s: has a published, paused, expired or closed offering of it',
    async (commodity) => {
      const expected = await expectFilterMatchesSql({ commodity }, hasNonDraftOffering(commodity));
      expect(expected.length).toBeGreaterThan(0);
    },
  );

  test('commodity ignores draft offerings and counts every other status', async () => {
    const commodity = 'CITRUS';
    const without: number[] = await knex()('cooperative as c')
      .whereNotExists(
        knex()('offering as o').whereRaw('o.cooperative_id = c.id').where('o.commodity', commodity),
      )
      .orderBy('c.id')
      .limit(5)
      .pluck('c.id');
    // The first gets a draft of the commodity, the others one offering in each public status.
    const statuses: OfferingStatus[] = ['DRAFT', 'PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED'];
    const [draftOnly, ...others] = without;
    expect(without).toHaveLength(statuses.length);
    await knex()('offering').insert(
      statuses.map((status, index) => ({
        cooperative_id: without[index],
        kind: 'SUPPLY',
        title: `Jeruk siam (${status})`,
        description: '',
        commodity,
        status,
        version: 1,
      })),
    );
    const listed = await listAll({ commodity });
    expect(listed.ids).not.toContain(draftOnly);
    for (const id of others) expect(listed.ids).toContain(id);
    expect(listed.ids).toEqual(await idsInSql(hasNonDraftOffering(commodity)));
  });

  test.each(VERIFICATION_LEVELS)('minVerificationLevel %s: that level or a stronger one', async (level) => {
    const expected = await expectFilterMatchesSql({ minVerificationLevel: level }, verifiedAtLeast(level));
    expect(expected.length).toBeGreaterThan(0);
  });

  test.each([
    ['lower case', 'sungai raya'],
    ['upper case', 'SUNGAI RAYA'],
    ['mixed case', 'sUnGaI rAyA'],
    ['kelurahan in any case', 'kElUrAhAn'],
  ])('nameContains is case-insensitive (%s)', async (_case, text) => {
    const expected = await expectFilterMatchesSql({ nameContains: text }, nameHas(text));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(cooperativeCount);
  });

  test('nameContains with no match lists nothing', async () => {
    const listed = await listAll({ nameContains: 'Tidak Ada Desa Seperti Ini' });
    expect(listed.ids).toEqual([]);
    expect(listed.totalCount).toBe(0);
  });

  test.each<[string, CooperativeFilter, () => Where]>([
    [
      'Sanggau, operating or growing, at least mentor-attested',
      { regionCode: SANGGAU, stages: ['OPERATING', 'GROWING'], minVerificationLevel: 'MENTOR_ATTESTED' },
      () =>
        all(
          inRegency(SANGGAU),
          (qb) => qb.whereIn('c.stage', ['OPERATING', 'GROWING']),
          verifiedAtLeast('MENTOR_ATTESTED'),
        ),
    ],
    [
      'KKMP with an active grocery kiosk, self-declared or better',
      {
        kind: 'KKMP',
        unitType: 'GROCERY_KIOSK',
        unitStatus: 'ACTIVE',
        minVerificationLevel: 'SELF_DECLARED',
      },
      () =>
        all(
          (qb) => qb.where('c.kind', 'KKMP'),
          hasUnit({ type: 'GROCERY_KIOSK', status: 'ACTIVE' }),
          verifiedAtLeast('SELF_DECLARED'),
        ),
    ],
    [
      'palm oil sellers in Sanggau named "desa"',
      { regionCode: SANGGAU, commodity: 'PALM_OIL_FFB', nameContains: 'DESA' },
      () => all(inRegency(SANGGAU), hasNonDraftOffering('PALM_OIL_FFB'), nameHas('DESA')),
    ],
  ])('combined filters must all match: %s', async (_case, filter, where) => {
    const expected = await expectFilterMatchesSql(filter, where());
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('cooperatives: order', () => {
  test('NAME lists every cooperative A to Z, equal names by id', async () => {
    const expected = await idsInSql(() => undefined);
    const listed = await listAll({});
    expect(listed.ids).toEqual(expected);
    // The seed has villages of the same name; their cooperatives must follow each other by id.
    const duplicated: { name: string }[] = await knex()('cooperative')
      .groupBy('name')
      .havingRaw('count(*) > 1')
      .select('name');
    expect(duplicated.length).toBeGreaterThan(0);
    for (const { name } of duplicated) {
      const ids = listed.nodes.filter((node) => node.name === name).map((node) => dbIdOf(node.id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      const first = listed.ids.indexOf(ids[0]);
      expect(listed.ids.slice(first, first + ids.length)).toEqual(ids);
    }
  });

  test('RECENTLY_UPDATED lists newest changes first, equal times by id (also across page boundaries)', async () => {
    // Five Sanggau cooperatives changed at the very same moment: a tie that small pages cut through.
    const tied: number[] = await knex()('cooperative')
      .whereLike('village_code', `${SANGGAU}.%`)
      .orderBy('id')
      .limit(5)
      .pluck('id');
    const middle: { updated_at: Date } = await knex()('cooperative')
      .whereLike('village_code', `${SANGGAU}.%`)
      .orderBy('updated_at')
      .offset(80)
      .first('updated_at');
    await knex()('cooperative').whereIn('id', tied).update({ updated_at: middle.updated_at });

    const expected: number[] = await knex()('cooperative as c')
      .modify(inRegency(SANGGAU))
      .orderBy([
        { column: 'c.updated_at', order: 'desc' },
        { column: 'c.id', order: 'desc' },
      ])
      .pluck('c.id');
    for (const pageSize of [3, 100]) {
      const listed = await listAll({ regionCode: SANGGAU }, 'RECENTLY_UPDATED', pageSize);
      expect(listed.ids).toEqual(expected);
      listed.nodes.slice(1).forEach((node, index) => {
        const previous = listed.nodes[index];
        const [before, after] = [Date.parse(previous.updatedAt), Date.parse(node.updatedAt)];
        expect(after).toBeLessThanOrEqual(before);
        if (after === before) expect(dbIdOf(node.id)).toBeLessThan(dbIdOf(previous.id));
      });
      const tiedInOrder = listed.ids.filter((id) => tied.includes(id));
      expect(tiedInOrder).toEqual([...tied].sort((a, b) => b - a));
    }
  });

  test('RECENTLY_UPDATED with a filter still orders only the matching rows', async () => {
    const filter: CooperativeFilter = { stages: ['OPERATING', 'GROWING'] };
    const expected: number[] = await knex()('cooperative as c')
      .whereIn('c.stage', ['OPERATING', 'GROWING'])
      .orderBy([
        { column: 'c.updated_at', order: 'desc' },
        { column: 'c.id', order: 'desc' },
      ])
      .pluck('c.id');
    const listed = await listAll(filter, 'RECENTLY_UPDATED');
    expect(listed.ids).toEqual(expected);
    expect(listed.totalCount).toBe(expected.length);
  });
});

describe('cooperative(id)', () => {
  /** Dates as text, as LocalDate serialises them. */
  interface CooperativeRow {
    kind: string;
    name: string;
    sk_ahu_number: string | null;
    sk_ahu_date: string | null;
    nik_koperasi: string | null;
    nib: string | null;
    npwp: string | null;
    deed_number: string | null;
    deed_date: string | null;
    management_pattern: string;
    member_count: number;
    stage: Stage;
    verification_level: Verification;
    version: number;
    created_at: Date;
    updated_at: Date;
  }

  const COOPERATIVE = /* GraphQL */ `
    query Cooperative($id: ID!) {
      cooperative(id: $id) {
        id
        kind
        name
        legal {
          skAhuNumber
          skAhuDate
          nikKoperasi
          nib
          npwp
          deedNumber
          deedDate
        }
        managementPattern
        memberCount
        stage
        verificationLevel
        version
        createdAt
        updatedAt
      }
    }
  `;

  test('returns the stored row, field by field', async () => {
    // Cooperatives with and without NIB/NPWP, so null legal fields are covered too.
    const ids: number[] = [
      ...(await knex()('cooperative').whereNull('npwp').orderBy('id', 'desc').limit(2).pluck('id')),
      ...(await knex()('cooperative')
        .whereNotNull('npwp')
        .whereNotNull('nib')
        .orderBy('id')
        .limit(2)
        .pluck('id')),
    ];
    expect(ids).toHaveLength(4);
    for (const id of ids) {
      const row: CooperativeRow = await knex()('cooperative')
        .where('id', id)
        .first(
          'kind',
          'name',
          'sk_ahu_number',
          knex().raw(`to_char(sk_ahu_date, 'YYYY-MM-DD') as sk_ahu_date`),
          'nik_koperasi',
          'nib',
          'npwp',
          'deed_number',
          knex().raw(`to_char(deed_date, 'YYYY-MM-DD') as deed_date`),
          'management_pattern',
          'member_count',
          'stage',
          'verification_level',
          'version',
          'created_at',
          'updated_at',
        );
      const response = await server.graphql<{ cooperative: Record<string, unknown> }>(COOPERATIVE, {
        id: globalIdOf('Cooperative', id),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.cooperative).toEqual({
        id: globalIdOf('Cooperative', id),
        kind: row.kind,
        name: row.name,
        legal: {
          skAhuNumber: row.sk_ahu_number,
          skAhuDate: row.sk_ahu_date,
          nikKoperasi: row.nik_koperasi,
          nib: row.nib,
          npwp: row.npwp,
          deedNumber: row.deed_number,
          deedDate: row.deed_date,
        },
        managementPattern: row.management_pattern,
        memberCount: row.member_count,
        stage: row.stage,
        verificationLevel: row.verification_level,
        version: row.version,
        createdAt: new Date(row.created_at).toISOString(),
        updatedAt: new Date(row.updated_at).toISOString(),
      });
    }
  });

  test('an id without a row returns null', async () => {
    const { max } = (await knex()('cooperative').max({ max: 'id' }).first()) as { max: number };
    const response = await server.graphql<{ cooperative: null }>(COOPERATIVE, {
      id: globalIdOf('Cooperative', max + 1),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.cooperative).toBeNull();
  });
});

describe('Cooperative nested fields', () => {
  interface NestedCooperative {
    id: string;
    village: { code: string; name: string; level: string };
    units: { id: string; type: string; status: UnitStatus; activeSince: string | null }[];
    activeUnits: { id: string; status: UnitStatus }[];
    officers: { role: string; name: string }[];
    offerings: { totalCount: number; edges: { node: { id: string; status: OfferingStatus } }[] };
    mentor: { id: string; role: string; name: string } | null;
  }

  const NESTED = /* GraphQL */ `
    query Nested($ids: [ID!]!, $statuses: [OfferingStatus!]) {
      nodes(ids: $ids) {
        ... on Cooperative {
          id
          village {
            code
            name
            level
          }
          units {
            id
            type
            status
            activeSince
          }
          activeUnits: units(status: ACTIVE) {
            id
            status
          }
          officers {
            role
            name
          }
          offerings(first: 20, statuses: $statuses) {
            totalCount
            edges {
              node {
                id
                status
              }
            }
          }
          mentor {
            id
            role
            name
          }
        }
      }
    }
  `;

  const OFFICER_ORDER = ['KETUA', 'SEKRETARIS', 'BENDAHARA', 'PENGAWAS'];

  /** One cooperative whose open assignment ends, one moved to another BA of its regency. */
  let unassigned: number;
  let reassigned: { cooperative: number; from: number; to: number };
  /** A mix that covers drafts, several offerings, no mentor, units in every status. */
  let sample: number[];

  beforeAll(async () => {
    const assigned: { cooperative_id: number; mentor_id: number; regency_code: string }[] = await knex()(
      'mentor_assignment as a',
    )
      .join('mentor as m', 'm.id', 'a.mentor_id')
      .whereNull('a.ended_at')
      .orderBy('a.cooperative_id', 'desc')
      .limit(2)
      .select('a.cooperative_id', 'a.mentor_id', 'm.regency_code');
    unassigned = assigned[0].cooperative_id;
    const other: { id: number } = await knex()('mentor')
      .where({ role: 'BA', regency_code: assigned[1].regency_code })
      .whereNot('id', assigned[1].mentor_id)
      .orderBy('id')
      .first('id');
    reassigned = { cooperative: assigned[1].cooperative_id, from: assigned[1].mentor_id, to: other.id };
    await knex()('mentor_assignment')
      .whereIn('cooperative_id', [unassigned, reassigned.cooperative])
      .whereNull('ended_at')
      .update({ ended_at: knex().fn.now() });
    await knex()('mentor_assignment').insert({
      mentor_id: reassigned.to,
      cooperative_id: reassigned.cooperative,
    });

    const pick = (qb: Knex.QueryBuilder, count: number): Promise<number[]> =>
      qb.orderBy('c.id').limit(count).pluck('c.id');
    const groups = await Promise.all([
      pick(
        knex()('cooperative as c').whereExists(
          knex()('offering as o').whereRaw('o.cooperative_id = c.id').where('o.status', 'DRAFT'),
        ),
        25,
      ),
      pick(
        knex()('cooperative as c').whereRaw(
          "(select count(*) from offering o where o.cooperative_id = c.id and o.status <> 'DRAFT') >= 3",
        ),
        20,
      ),
      pick(
        knex()('cooperative as c').whereNotExists(
          knex()('mentor_assignment as a').whereRaw('a.cooperative_id = c.id').whereNull('a.ended_at'),
        ),
        15,
      ),
      pick(knex()('cooperative as c').whereIn('c.stage', ['OPERATING', 'GROWING']), 15),
      pick(knex()('cooperative as c').where('c.kind', 'KKMP'), 10),
    ]);
    sample = [...new Set([unassigned, reassigned.cooperative, ...groups.flat()])].slice(0, 100);
  });

  async function fetchNested(statuses?: OfferingStatus[]): Promise<NestedCooperative[]> {
    const response = await server.graphql<{ nodes: NestedCooperative[] }>(NESTED, {
      ids: sample.map((id) => globalIdOf('Cooperative', id)),
      statuses,
    });
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.nodes;
    expect(nodes.map((node) => dbIdOf(node.id))).toEqual(sample);
    return nodes;
  }

  test('village is the region row of the village code', async () => {
    const rows: { id: number; code: string; name: string; level: string }[] = await knex()('cooperative as c')
      .join('region as r', 'r.code', 'c.village_code')
      .whereIn('c.id', sample)
      .select('c.id', 'r.code', 'r.name', 'r.level');
    const byId = new Map(rows.map(({ id, ...region }) => [id, region]));
    for (const node of await fetchNested()) {
      expect(node.village).toEqual(byId.get(dbIdOf(node.id)));
      expect(node.village.level).toBe('VILLAGE');
    }
  });

  test('units are all its units by type, and units(status: ACTIVE) only the active ones', async () => {
    const rows: {
      id: number;
      cooperative_id: number;
      type: string;
      status: UnitStatus;
      active_since: string | null;
    }[] = await knex()('business_unit')
      .whereIn('cooperative_id', sample)
      .select(
        'id',
        'cooperative_id',
        'type',
        'status',
        knex().raw(`to_char(active_since, 'YYYY-MM-DD') as active_since`),
      );
    const statusesSeen = new Set<UnitStatus>();
    for (const node of await fetchNested()) {
      const own = rows
        .filter((row) => row.cooperative_id === dbIdOf(node.id))
        .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.id - b.id));
      own.forEach((row) => statusesSeen.add(row.status));
      expect(node.units).toEqual(
        own.map((row) => ({
          id: globalIdOf('BusinessUnit', row.id),
          type: row.type,
          status: row.status,
          activeSince: row.active_since,
        })),
      );
      expect(node.activeUnits).toEqual(
        own
          .filter((row) => row.status === 'ACTIVE')
          .map((row) => ({ id: globalIdOf('BusinessUnit', row.id), status: 'ACTIVE' })),
      );
    }
    expect([...statusesSeen].sort()).toEqual(['ACTIVE', 'NOT_ACTIVE', 'PLANNED', 'UNDER_CONSTRUCTION']);
  });

  test('officers are all its officers, chair (KETUA) first', async () => {
    const rows: { id: number; cooperative_id: number; role: string; name: string }[] = await knex()(
      'cooperative_officer',
    )
      .whereIn('cooperative_id', sample)
      .select('id', 'cooperative_id', 'role', 'name');
    for (const node of await fetchNested()) {
      const own = rows
        .filter((row) => row.cooperative_id === dbIdOf(node.id))
        .sort((a, b) => OFFICER_ORDER.indexOf(a.role) - OFFICER_ORDER.indexOf(b.role) || a.id - b.id);
      expect(own.length).toBeGreaterThan(0);
      expect(node.officers).toEqual(own.map(({ role, name }) => ({ role, name })));
      expect(node.officers[0].role).toBe('KETUA');
    }
  });

  test.each<[string, OfferingStatus[] | undefined, OfferingStatus[]]>([
    ['by default only published ones', undefined, ['PUBLISHED']],
    ['the statuses asked for', ['PAUSED', 'EXPIRED', 'CLOSED'], ['PAUSED', 'EXPIRED', 'CLOSED']],
    [
      'every public status',
      ['PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED'],
      ['PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED'],
    ],
    ['never drafts, even when asked for', ['DRAFT'], []],
    ['never drafts, even among other statuses', ['DRAFT', 'PUBLISHED', 'PAUSED'], ['PUBLISHED', 'PAUSED']],
  ])('offerings: %s, newest first', async (_case, statuses, visible) => {
    const rows: { id: number; cooperative_id: number }[] = await knex()('offering')
      .whereIn('cooperative_id', sample)
      .whereIn('status', visible)
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .select('id', 'cooperative_id');
    const drafts: number[] = await knex()('offering')
      .whereIn('cooperative_id', sample)
      .where('status', 'DRAFT')
      .pluck('id');
    expect(drafts.length).toBeGreaterThan(0);
    const nodes = await fetchNested(statuses);
    for (const node of nodes) {
      const own = rows.filter((row) => row.cooperative_id === dbIdOf(node.id)).map((row) => row.id);
      const listed = node.offerings.edges.map((edge) => dbIdOf(edge.node.id));
      expect(listed).toEqual(own);
      expect(node.offerings.totalCount).toBe(own.length);
      for (const id of listed) expect(drafts).not.toContain(id);
    }
    if (visible.length > 0) expect(nodes.some((node) => node.offerings.edges.length > 1)).toBe(true);
  });

  test('offerings page through with cursors like the full list', async () => {
    const { cooperative_id: cooperative }: { cooperative_id: number } = await knex()('offering')
      .whereNot('status', 'DRAFT')
      .groupBy('cooperative_id')
      .havingRaw('count(*) >= 3')
      .orderBy('cooperative_id')
      .first('cooperative_id');
    const query = /* GraphQL */ `
      query Page($id: ID!, $after: String) {
        cooperative(id: $id) {
          offerings(first: 1, after: $after, statuses: [PUBLISHED, PAUSED, EXPIRED, CLOSED]) {
            edges {
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      }
    `;
    type Page = {
      cooperative: {
        offerings: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const ids: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const response: { data?: Page | null } = await server.graphql<Page>(query, {
        id: globalIdOf('Cooperative', cooperative),
        after,
      });
      const { edges, pageInfo } = response.data!.cooperative.offerings;
      ids.push(...edges.map((edge) => dbIdOf(edge.node.id)));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    const expected: number[] = await knex()('offering')
      .where('cooperative_id', cooperative)
      .whereNot('status', 'DRAFT')
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .pluck('id');
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(ids).toEqual(expected);
  });

  test('mentor is the BA of the open assignment, and null where there is none', async () => {
    const open: { cooperative_id: number; id: number; role: string; name: string }[] = await knex()(
      'mentor_assignment as a',
    )
      .join('mentor as m', 'm.id', 'a.mentor_id')
      .whereIn('a.cooperative_id', sample)
      .whereNull('a.ended_at')
      .select('a.cooperative_id', 'm.id', 'm.role', 'm.name');
    const byCooperative = new Map(open.map(({ cooperative_id: id, ...mentor }) => [id, mentor]));
    const nodes = await fetchNested();
    for (const node of nodes) {
      const mentor = byCooperative.get(dbIdOf(node.id));
      expect(node.mentor).toEqual(
        mentor ? { id: globalIdOf('Mentor', mentor.id), role: mentor.role, name: mentor.name } : null,
      );
    }
    const mentorOf = (id: number) => nodes.find((node) => dbIdOf(node.id) === id)!.mentor;
    expect(mentorOf(unassigned)).toBeNull();
    expect(mentorOf(reassigned.cooperative)?.id).toBe(globalIdOf('Mentor', reassigned.to));
    expect(nodes.filter((node) => node.mentor === null).length).toBeGreaterThan(1);
    expect(nodes.filter((node) => node.mentor !== null).every((node) => node.mentor!.role === 'BA')).toBe(
      true,
    );
  });

  test('nested fields read the same through the cooperatives list', async () => {
    const query = /* GraphQL */ `
      query Listed($filter: CooperativeFilter) {
        cooperatives(filter: $filter, first: 100) {
          edges {
            node {
              id
              village {
                code
              }
              officers {
                role
              }
              offerings {
                totalCount
              }
              mentor {
                id
              }
            }
          }
        }
      }
    `;
    type Listed = {
      cooperatives: {
        edges: {
          node: {
            id: string;
            village: { code: string };
            officers: { role: string }[];
            offerings: { totalCount: number };
            mentor: { id: string } | null;
          };
        }[];
      };
    };
    const district = await districtOf(SANGGAU);
    const response = await server.graphql<Listed>(query, { filter: { regionCode: district } });
    expect(response.errors).toBeUndefined();
    const rows: {
      id: number;
      village_code: string;
      officers: string;
      published: string;
      mentor_id: number | null;
    }[] = await knex()('cooperative as c')
      .modify(inDistrict(district))
      .select(
        'c.id',
        'c.village_code',
        knex().raw('(select count(*) from cooperative_officer f where f.cooperative_id = c.id) as officers'),
        knex().raw(
          "(select count(*) from offering o where o.cooperative_id = c.id and o.status = 'PUBLISHED') as published",
        ),
        knex().raw(
          '(select a.mentor_id from mentor_assignment a where a.cooperative_id = c.id and a.ended_at is null) as mentor_id',
        ),
      );
    const edges = response.data!.cooperatives.edges;
    expect(edges).toHaveLength(rows.length);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const { node } of edges) {
      const row = byId.get(dbIdOf(node.id))!;
      expect({
        village: node.village.code,
        officers: node.officers.length,
        published: node.offerings.totalCount,
        mentor: node.mentor && dbIdOf(node.mentor.id),
      }).toEqual({
        village: row.village_code,
        officers: Number(row.officers),
        published: Number(row.published),
        mentor: row.mentor_id,
      });
    }
  });
});
