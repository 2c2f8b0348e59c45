import type { Knex } from '@mikro-orm/postgresql';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { regionsOverlap } from '../src/modules/region/region-scope';

/**
 * `partners`, `programs` and `requests` with their filters, and the nested fields of partners,
 * programs and requests, return exactly what independent SQL finds in the database.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();

type Where = (qb: Knex.QueryBuilder) => void;
const all =
  (...wheres: Where[]): Where =>
  (qb) =>
    wheres.forEach((where) => where(qb));

interface Connection<N> {
  totalCount: number;
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every node of the root connection `field`, walking all pages of 100; the query takes
 * `$first` and `$after`. Checks that every page reports the same total.
 */
async function listAll<N extends { id: string }>(
  field: 'partners' | 'programs' | 'requests',
  query: string,
  variables: Record<string, unknown>,
) {
  const nodes: N[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const response: GraphQLResponse<Record<string, Connection<N>>> = await server.graphql<
      Record<string, Connection<N>>
    >(query, {
      ...variables,
      first: 100,
      after,
    });
    expect(response.errors).toBeUndefined();
    const { edges, pageInfo, totalCount } = response.data![field];
    nodes.push(...edges.map((edge) => edge.node));
    totals.add(totalCount);
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(totals.size).toBe(1);
  return { ids: nodes.map((node) => dbIdOf(node.id)), nodes, totalCount: [...totals][0] };
}

/** The regency a region lies in, through the region tree (a regency is its own). */
async function regencyInSql(code: string): Promise<string> {
  let row: { code: string; level: string; parent_code: string | null } = await knex()('region')
    .where('code', code)
    .first('code', 'level', 'parent_code');
  while (row.level !== 'REGENCY') {
    row = await knex()('region').where('code', row.parent_code!).first('code', 'level', 'parent_code');
  }
  return row.code;
}

/** A district and a village of a regency, for filters given below regency level. */
async function placesIn(regency: string): Promise<{ district: string; village: string }> {
  const { district, village }: { district: string; village: string } = await knex()('region as v')
    .join('region as d', 'd.code', 'v.parent_code')
    .where('d.parent_code', regency)
    .orderBy('v.code', 'desc')
    .first('d.code as district', 'v.code as village');
  return { district, village };
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

const SANGGAU = '61.03';

/* ------------------------------------------------------------------ partners */

describe('partners', () => {
  const PARTNERS = /* GraphQL */ `
    query Partners($filter: PartnerFilter, $first: Int, $after: String) {
      partners(filter: $filter, first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
            name
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;

  interface PartnerFilter {
    types?: string[];
    regionCode?: string;
    commodity?: string;
    nameContains?: string;
  }

  function idsInSql(where: Where): Promise<number[]> {
    const qb = knex()('partner as p').orderBy([{ column: 'p.name' }, { column: 'p.id' }]);
    where(qb);
    return qb.pluck('p.id');
  }

  /**
   * Partners serving `code`: a coverage row that covers it or lies inside it, or no coverage at all
   * (all Indonesia). Read as rows and decided here, independently of the API's SQL.
   */
  async function serving(code: string): Promise<Where> {
    const rows: { id: number; coverage: string[] }[] = await knex()('partner as p').select(
      'p.id',
      knex().raw(
        'array(select pc.region_code from partner_coverage pc where pc.partner_id = p.id)::text[] as coverage',
      ),
    );
    const ids = rows
      .filter(
        (row) => row.coverage.length === 0 || row.coverage.some((region) => regionsOverlap(region, code)),
      )
      .map((row) => row.id);
    return (qb) => qb.whereIn('p.id', ids);
  }

  async function expectFilterMatchesSql(filter: PartnerFilter, where: Where) {
    const expected = await idsInSql(where);
    const listed = await listAll<{ id: string }>('partners', PARTNERS, { filter });
    expect(listed.ids).toEqual(expected);
    expect(listed.totalCount).toBe(expected.length);
    return expected;
  }

  let partnerCount: number;
  beforeAll(async () => {
    partnerCount = (await idsInSql(() => undefined)).length;
  });

  test('without a filter every partner is listed, by name', async () => {
    expect(await expectFilterMatchesSql({}, () => undefined)).toHaveLength(partnerCount);
  });

  test.each([
    ['one type', ['STATE_BANK']],
    ['two types', ['PRIVATE_BUYER', 'PRIVATE_SUPPLIER']],
    ['lenders', ['STATE_BANK', 'REGIONAL_BANK', 'PUBLIC_FUND']],
  ])('types: %s', async (_case, types) => {
    const expected = await expectFilterMatchesSql({ types }, (qb) => qb.whereIn('p.type', types));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(partnerCount);
  });

  test.each(['61.01', SANGGAU, '61.06', '61.71'])(
    'regionCode of regency %s: partners whose coverage overlaps it, and those without coverage',
    async (regency) => {
      const expected = await expectFilterMatchesSql({ regionCode: regency }, await serving(regency));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(partnerCount);
    },
  );

  test('regionCode of a district or a village: partners covering its regency or province', async () => {
    const sanggau = await idsInSql(await serving(SANGGAU));
    const { district, village } = await placesIn(SANGGAU);
    for (const code of [district, village]) {
      expect(await regencyInSql(code)).toBe(SANGGAU);
      // The demo's coverage names regencies only, so a place inside Sanggau is served like Sanggau.
      expect(await expectFilterMatchesSql({ regionCode: code }, await serving(code))).toEqual(sanggau);
    }
  });

  describe('coverage of a province or a district, outside West Kalimantan', () => {
    const CILACAP_DISTRICT = '33.01.01';
    let covered: { id: number; regions: string[] }[];
    beforeAll(async () => {
      // Two partners with coverage: one now serves Jawa Tengah, the other one district of Cilacap.
      const ids: number[] = await knex()('partner as p')
        .whereExists(knex()('partner_coverage as pc').whereRaw('pc.partner_id = p.id'))
        .orderBy('p.id')
        .limit(2)
        .pluck('p.id');
      covered = [
        { id: ids[0], regions: ['33'] },
        { id: ids[1], regions: [CILACAP_DISTRICT] },
      ];
      for (const { id, regions } of covered) {
        await knex()('partner_coverage').where('partner_id', id).delete();
        await knex()('partner_coverage').insert(
          regions.map((region_code) => ({ partner_id: id, region_code })),
        );
      }
    });

    test.each([
      ['the province', '33', [0, 1]],
      ['the regency of the district', '33.01', [0, 1]],
      ['the district', CILACAP_DISTRICT, [0, 1]],
      ['a village of the district', '33.01.01.2001', [0, 1]],
      ['another district of the province', '33.01.02', [0]],
      ['another province', '32', []],
      ['a regency of West Kalimantan', SANGGAU, []],
    ] as const)('regionCode of %s', async (_case, code, servedBy) => {
      const expected = await expectFilterMatchesSql({ regionCode: code }, await serving(code));
      for (const [index, partner] of covered.entries()) {
        expect(expected.includes(partner.id)).toBe((servedBy as readonly number[]).includes(index));
      }
    });
  });

  test.each(['PALM_OIL_FFB', 'RUBBER', 'HONEY', 'FERTILISER'])('commodity %s', async (commodity) => {
    // Read the arrays and filter here, independently of the SQL array operators.
    const rows: { id: number; commodities: string[] }[] = await knex()('partner')
      .orderBy([{ column: 'name' }, { column: 'id' }])
      .select('id', 'commodities');
    const expected = rows.filter((row) => row.commodities.includes(commodity)).map((row) => row.id);
    expect(expected.length).toBeGreaterThan(0);
    const listed = await listAll<{ id: string }>('partners', PARTNERS, { filter: { commodity } });
    expect(listed.ids).toEqual(expected);
    expect(listed.totalCount).toBe(expected.length);
  });

  test.each([
    ['lower case', 'bank'],
    ['upper case', 'SAWIT'],
    ['mixed case', 'pT pOs'],
  ])('nameContains is case-insensitive (%s)', async (_case, text) => {
    const expected = await expectFilterMatchesSql({ nameContains: text }, (qb) =>
      qb.whereRaw('position(lower(?) in lower(p.name)) > 0', [text]),
    );
    expect(expected.length).toBeGreaterThan(0);
  });

  test('filters combine', async () => {
    const filter = {
      types: ['PRIVATE_BUYER'],
      regionCode: SANGGAU,
      commodity: 'PALM_OIL_FFB',
      nameContains: 'pt',
    };
    const expected = await expectFilterMatchesSql(
      filter,
      all(
        (qb) => qb.where('p.type', 'PRIVATE_BUYER'),
        await serving(SANGGAU),
        (qb) => qb.whereRaw("'PALM_OIL_FFB' = any(p.commodities)"),
        (qb) => qb.whereRaw("position('pt' in lower(p.name)) > 0"),
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('Partner nested fields', () => {
  const NESTED = /* GraphQL */ `
    query Nested($first: Int, $nested: Int) {
      partners(first: $first) {
        edges {
          node {
            id
            coverage {
              code
              name
              level
            }
            programs(first: $nested) {
              totalCount
              edges {
                node {
                  id
                  status
                }
              }
            }
            requests(first: $nested) {
              totalCount
              edges {
                node {
                  id
                  status
                }
              }
            }
          }
        }
      }
    }
  `;

  interface NestedPartner {
    id: string;
    coverage: { code: string; name: string; level: string }[];
    programs: { totalCount: number; edges: { node: { id: string; status: string } }[] };
    requests: { totalCount: number; edges: { node: { id: string; status: string } }[] };
  }

  async function fetchPartners(): Promise<NestedPartner[]> {
    // Nested pages of 10 hold every partner's programs (at most 2) and requests (at most 4) while
    // keeping the query under the API's cost limit.
    const response = await server.graphql<{ partners: { edges: { node: NestedPartner }[] } }>(NESTED, {
      first: 50,
      nested: 10,
    });
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.partners.edges.map((edge) => edge.node);
    const count = (await knex()('partner').count({ count: '*' }).first()) as { count: string };
    expect(nodes).toHaveLength(Number(count.count));
    return nodes;
  }

  test('coverage is the regions of its coverage rows, in code order', async () => {
    const rows: { partner_id: number; code: string; name: string; level: string }[] = await knex()(
      'partner_coverage as pc',
    )
      .join('region as r', 'r.code', 'pc.region_code')
      .select('pc.partner_id', 'r.code', 'r.name', 'r.level');
    const partners = await fetchPartners();
    for (const partner of partners) {
      const own = rows
        .filter((row) => row.partner_id === dbIdOf(partner.id))
        .map(({ code, name, level }) => ({ code, name, level }))
        .sort(byCode);
      expect(partner.coverage).toEqual(own);
    }
    expect(new Set(partners.map((partner) => partner.coverage.length)).size).toBeGreaterThan(2);
  });

  test('programs are its active programs only, by name', async () => {
    // A paused and a closed program, and a new draft, of partners with several programs.
    // (Not a state bank's: their PMK 49 loans are checked below.)
    const [paused, closed]: number[] = await knex()('program')
      .whereIn(
        'partner_id',
        knex()('program').groupBy('partner_id').havingRaw('count(*) > 1').select('partner_id'),
      )
      .whereNotIn('partner_id', knex()('partner').where('type', 'STATE_BANK').select('id'))
      .orderBy('id')
      .limit(2)
      .pluck('id');
    await knex()('program').where('id', paused).update({ status: 'PAUSED' });
    await knex()('program').where('id', closed).update({ status: 'CLOSED' });
    const { partner_id: draftPartner }: { partner_id: number } = await knex()('program')
      .where('id', paused)
      .first('partner_id');
    await knex()('program').insert({
      partner_id: draftPartner,
      kind: 'SERVICE',
      name: 'AAA Pelatihan (draf)',
      description: '',
      status: 'DRAFT',
      eligible_unit_types: '{}',
      required_documents: '{}',
      version: 1,
    });

    const rows: { id: number; partner_id: number }[] = await knex()('program')
      .where('status', 'ACTIVE')
      .orderBy([{ column: 'name' }, { column: 'id' }])
      .select('id', 'partner_id');
    const partners = await fetchPartners();
    for (const partner of partners) {
      const own = rows.filter((row) => row.partner_id === dbIdOf(partner.id)).map((row) => row.id);
      expect(partner.programs.edges.map((edge) => dbIdOf(edge.node.id))).toEqual(own);
      expect(partner.programs.totalCount).toBe(own.length);
    }
    const listed = partners.flatMap((partner) => partner.programs.edges.map((edge) => dbIdOf(edge.node.id)));
    expect(listed).not.toContain(paused);
    expect(listed).not.toContain(closed);
    expect(partners.some((partner) => partner.programs.edges.length > 1)).toBe(true);
  });

  test('requests are its open requests only, newest first', async () => {
    const rows: { id: number; partner_id: number }[] = await knex()('partner_request')
      .where('status', 'OPEN')
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .select('id', 'partner_id');
    const notOpen: number[] = await knex()('partner_request').whereNot('status', 'OPEN').pluck('id');
    expect(notOpen.length).toBeGreaterThan(0);
    const partners = await fetchPartners();
    for (const partner of partners) {
      const own = rows.filter((row) => row.partner_id === dbIdOf(partner.id)).map((row) => row.id);
      expect(partner.requests.edges.map((edge) => dbIdOf(edge.node.id))).toEqual(own);
      expect(partner.requests.totalCount).toBe(own.length);
    }
    expect(partners.some((partner) => partner.requests.edges.length > 1)).toBe(true);
  });
});

/* ------------------------------------------------------------------ programs */

describe('programs', () => {
  const PROGRAMS = /* GraphQL */ `
    query Programs($filter: ProgramFilter, $first: Int, $after: String) {
      programs(filter: $filter, first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
            name
            status
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;

  interface ProgramFilter {
    kinds?: string[];
    regionCode?: string;
    unitType?: string;
    amount?: string;
    commodity?: string;
    partnerId?: string;
  }

  interface ProgramRow {
    id: number;
    partner_id: number;
    kind: string;
    status: string;
    commodity: string | null;
    min_amount: string | null;
    max_amount: string | null;
    eligible_unit_types: string[];
    coverage: string[];
  }

  /** Every program with its coverage codes, by name then id. */
  function programRows(): Promise<ProgramRow[]> {
    return knex()('program as g')
      .orderBy([{ column: 'g.name' }, { column: 'g.id' }])
      .select(
        'g.id',
        'g.partner_id',
        'g.kind',
        'g.status',
        'g.commodity',
        knex().raw('g.min_amount::text as min_amount'),
        knex().raw('g.max_amount::text as max_amount'),
        'g.eligible_unit_types',
        knex().raw(
          'array(select gc.region_code from program_coverage gc where gc.program_id = g.id)::text[] as coverage',
        ),
      );
  }

  /** The active programs the rule keeps, in name order, compared with the API's list. */
  async function expectFilterMatches(filter: ProgramFilter, keep: (row: ProgramRow) => boolean) {
    const expected = (await programRows())
      .filter((row) => row.status === 'ACTIVE' && keep(row))
      .map((row) => row.id);
    const listed = await listAll<{ id: string; status: string }>('programs', PROGRAMS, { filter });
    expect(listed.ids).toEqual(expected);
    expect(listed.totalCount).toBe(expected.length);
    expect(listed.nodes.every((node) => node.status === 'ACTIVE')).toBe(true);
    return expected;
  }

  /** Exact comparison of decimal strings (at most two fraction digits). */
  function hundredths(decimal: string): bigint {
    const [whole, fraction = ''] = decimal.split('.');
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  }

  /** Unpublished and province-wide programs, so the rules below have something to leave out. */
  let paused: number;
  let draft: number;
  let provinceWide: number;
  beforeAll(async () => {
    const supply: { id: number } = await knex()('program')
      .where('kind', 'SUPPLY')
      .orderBy('id', 'desc')
      .first('id');
    paused = supply.id;
    await knex()('program').where('id', paused).update({ status: 'PAUSED' });
    const inserted: { id: number }[] = await knex()('program')
      .insert({
        partner_id: 1,
        kind: 'LOAN',
        name: 'Kredit Draf',
        description: '',
        min_amount: '1000000',
        max_amount: '9000000000',
        status: 'DRAFT',
        eligible_unit_types: '{}',
        required_documents: '{}',
        version: 1,
      })
      .returning('id');
    draft = inserted[0].id;
    await knex()('program_coverage').insert({ program_id: draft, region_code: SANGGAU });
    // An offtake program loses its coverage rows: it is now open to the whole province.
    const { id }: { id: number } = await knex()('program as g')
      .where('g.kind', 'OFFTAKE')
      .whereExists(knex()('program_coverage as gc').whereRaw('gc.program_id = g.id'))
      .whereNotExists(
        knex()('program_coverage as gc').whereRaw('gc.program_id = g.id').where('gc.region_code', SANGGAU),
      )
      .orderBy('g.id', 'desc')
      .first('g.id');
    provinceWide = id;
    await knex()('program_coverage').where('program_id', provinceWide).delete();
  });

  test('without a filter only active programs are listed, by name', async () => {
    const expected = await expectFilterMatches({}, () => true);
    expect(expected).not.toContain(paused);
    expect(expected).not.toContain(draft);
    expect(expected.length).toBeGreaterThan(10);
  });

  test.each([
    ['loans', ['LOAN']],
    ['offtake or supply', ['OFFTAKE', 'SUPPLY']],
    ['agency or service', ['AGENCY', 'SERVICE']],
  ])('kinds: %s', async (_case, kinds) => {
    const expected = await expectFilterMatches({ kinds }, (row) => kinds.includes(row.kind));
    expect(expected.length).toBeGreaterThan(0);
  });

  /** The rule of a region filter, decided here from the rows: coverage overlaps it, or is empty. */
  const servesRegion = (code: string) => (row: ProgramRow) =>
    row.coverage.length === 0 || row.coverage.some((region) => regionsOverlap(region, code));

  test.each(['61.01', SANGGAU, '61.04', '61.71'])(
    'regionCode %s: programs covering that regency, and those without coverage rows (all Indonesia)',
    async (regency) => {
      const expected = await expectFilterMatches({ regionCode: regency }, servesRegion(regency));
      expect(expected).toContain(provinceWide);
      expect(expected.length).toBeLessThan((await expectFilterMatches({}, () => true)).length);
    },
  );

  test('regionCode of a district or a village: programs covering its regency', async () => {
    const { district, village } = await placesIn(SANGGAU);
    const expected = await expectFilterMatches({ regionCode: SANGGAU }, servesRegion(SANGGAU));
    for (const code of [district, village]) {
      expect(await regencyInSql(code)).toBe(SANGGAU);
      const listed = await listAll<{ id: string }>('programs', PROGRAMS, { filter: { regionCode: code } });
      expect(listed.ids).toEqual(expected);
    }
  });

  test('a program covering a province or a district serves the places inside it and the regions around it', async () => {
    const [toProvince, toDistrict] = (await programRows())
      .filter((row) => row.status === 'ACTIVE' && row.coverage.length > 0)
      .map((row) => row.id);
    await knex()('program_coverage').whereIn('program_id', [toProvince, toDistrict]).delete();
    await knex()('program_coverage').insert([
      { program_id: toProvince, region_code: '33' },
      { program_id: toDistrict, region_code: '33.01.01' },
    ]);
    const cases: [string, number[]][] = [
      ['33', [toProvince, toDistrict]],
      ['33.01', [toProvince, toDistrict]],
      ['33.01.01.2001', [toProvince, toDistrict]],
      ['33.01.02', [toProvince]],
      ['32', []],
      [SANGGAU, []],
    ];
    for (const [code, servedBy] of cases) {
      const expected = await expectFilterMatches({ regionCode: code }, servesRegion(code));
      expect(expected).toContain(provinceWide);
      expect([toProvince, toDistrict].filter((id) => expected.includes(id))).toEqual(servedBy);
    }
  });

  test.each(['SAVINGS_AND_LOAN', 'LPG_OUTLET', 'BANK_AGENT', 'VILLAGE_CLINIC'])(
    'unitType %s: programs naming it, and those open to any unit (empty list)',
    async (unitType) => {
      const expected = await expectFilterMatches(
        { unitType },
        (row) => row.eligible_unit_types.length === 0 || row.eligible_unit_types.includes(unitType),
      );
      const anyUnit = (await programRows()).filter(
        (row) => row.status === 'ACTIVE' && row.eligible_unit_types.length === 0,
      );
      expect(anyUnit.length).toBeGreaterThan(0);
      for (const row of anyUnit) expect(expected).toContain(row.id);
      expect(expected.length).toBeGreaterThan(anyUnit.length);
    },
  );

  describe('amount', () => {
    /** Within [minAmount, maxAmount], both ends included, compared exactly. */
    const withinRange = (amount: string) => (row: ProgramRow) =>
      row.min_amount !== null &&
      row.max_amount !== null &&
      hundredths(row.min_amount) <= hundredths(amount) &&
      hundredths(amount) <= hundredths(row.max_amount);

    test.each([
      ['below every range', '10000000', false],
      ['the smallest minimum', '25000000', true],
      ['the state banks minimum', '50000000', true],
      ['inside several ranges', '1500000000', true],
      ['the PMK 49 ceiling', '3000000000', true],
      ['one cent over the PMK 49 ceiling', '3000000000.01', true],
      ['the largest maximum', '5000000000', true],
      ['above every range', '5000000000.01', false],
    ])('loan programs: %s (%s)', async (_case, amount, anyLoan) => {
      const expected = await expectFilterMatches(
        { amount, kinds: ['LOAN'] },
        (row) => row.kind === 'LOAN' && withinRange(amount)(row),
      );
      expect(expected.length > 0).toBe(anyLoan);
    });

    test('the bounds are inclusive and exact to the cent', async () => {
      const { min_amount: min, max_amount: max }: { min_amount: string; max_amount: string } = await knex()(
        'program',
      )
        .where({ status: 'ACTIVE', kind: 'LOAN' })
        .orderBy('id')
        .first(knex().raw('min_amount::text as min_amount'), knex().raw('max_amount::text as max_amount'));
      const cent = (value: string, delta: bigint) => {
        const total = hundredths(value) + delta;
        return `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
      };
      for (const amount of [min, max, cent(min, -1n), cent(max, 1n)]) {
        await expectFilterMatches(
          { amount, kinds: ['LOAN'] },
          (row) => row.kind === 'LOAN' && withinRange(amount)(row),
        );
      }
    });

    // Programs without a loan range (offtake, agency…) must not match an amount.
    test('programs without a loan range do not match an amount', async () => {
      await expectFilterMatches({ amount: '1500000000' }, withinRange('1500000000'));
    });
  });

  test.each(['PALM_OIL_FFB', 'FERTILISER', 'STAPLE_GOODS'])('commodity %s', async (commodity) => {
    const expected = await expectFilterMatches({ commodity }, (row) => row.commodity === commodity);
    expect(expected.length).toBeGreaterThan(0);
  });

  test('partnerId: the active programs of that partner', async () => {
    const { partner_id: partner }: { partner_id: number } = await knex()('program')
      .where('status', 'ACTIVE')
      .groupBy('partner_id')
      .havingRaw('count(*) > 1')
      .orderBy('partner_id', 'desc')
      .first('partner_id');
    const expected = await expectFilterMatches(
      { partnerId: globalIdOf('Partner', partner) },
      (row) => row.partner_id === partner,
    );
    expect(expected.length).toBeGreaterThan(1);
  });

  test.each<[string, ProgramFilter, (row: ProgramRow) => boolean]>([
    [
      'loans or agencies for a grocery kiosk in Sanggau',
      { kinds: ['LOAN', 'AGENCY'], regionCode: SANGGAU, unitType: 'GROCERY_KIOSK' },
      (row) =>
        ['LOAN', 'AGENCY'].includes(row.kind) &&
        (row.coverage.length === 0 || row.coverage.includes(SANGGAU)) &&
        (row.eligible_unit_types.length === 0 || row.eligible_unit_types.includes('GROCERY_KIOSK')),
    ],
    [
      'a Rp2.5 billion loan for a warehouse in Pontianak',
      { kinds: ['LOAN'], regionCode: '61.71', unitType: 'WAREHOUSE_COLD_STORAGE', amount: '2500000000' },
      (row) =>
        row.kind === 'LOAN' &&
        (row.coverage.length === 0 || row.coverage.includes('61.71')) &&
        (row.eligible_unit_types.length === 0 ||
          row.eligible_unit_types.includes('WAREHOUSE_COLD_STORAGE')) &&
        row.min_amount !== null &&
        hundredths(row.min_amount) <= 250000000000n &&
        hundredths(row.max_amount!) >= 250000000000n,
    ],
    [
      'fertiliser programs of one partner',
      { commodity: 'FERTILISER', partnerId: globalIdOf('Partner', 8) },
      (row) => row.commodity === 'FERTILISER' && row.partner_id === 8,
    ],
  ])('filters combine: %s', async (_case, filter, keep) => {
    const expected = await expectFilterMatches(filter, keep);
    expect(expected.length).toBeGreaterThan(0);
  });

  describe('PMK 49/2025 loans of the four state banks', () => {
    const QUERY = /* GraphQL */ `
      query StateBankLoans($partnerId: ID!) {
        programs(filter: { partnerId: $partnerId, kinds: [LOAN] }) {
          edges {
            node {
              id
              kind
              status
              partner {
                id
                name
                type
              }
              loanTerms {
                minAmount {
                  amount
                  currency
                }
                maxAmount {
                  amount
                  currency
                }
                ratePerYear
                maxTenorMonths
                minGraceMonths
                maxGraceMonths
                operatingCostCap {
                  amount
                  currency
                }
              }
            }
          }
        }
      }
    `;

    /** Numbers as text, so the comparison is exact. */
    interface LoanRow {
      min_amount: string;
      max_amount: string;
      rate_per_year: string;
      operating_cost_cap: string;
      max_tenor_months: number;
      min_grace_months: number;
      max_grace_months: number;
    }

    interface LoanProgram {
      id: string;
      kind: string;
      status: string;
      partner: { id: string; name: string; type: string };
      loanTerms: {
        minAmount: { amount: string; currency: string } | null;
        maxAmount: { amount: string; currency: string };
        ratePerYear: string;
        maxTenorMonths: number;
        minGraceMonths: number;
        maxGraceMonths: number;
        operatingCostCap: { amount: string; currency: string };
      };
    }

    test('the state banks are BRI, BNI, Mandiri and BSI', async () => {
      const names: string[] = await knex()('partner')
        .where('type', 'STATE_BANK')
        .orderBy('name')
        .pluck('name');
      expect(names).toHaveLength(4);
      for (const bank of ['BRI', 'BNI', 'Mandiri', 'BSI']) {
        expect(names.filter((name) => name.includes(bank))).toHaveLength(1);
      }
    });

    test('each has a PMK 49 loan: up to Rp3 billion, 6 %, 72 months, 6–8 months grace, Rp500 million operating costs', async () => {
      const banks: { id: number; name: string }[] = await knex()('partner')
        .where('type', 'STATE_BANK')
        .orderBy('id')
        .select('id', 'name');
      expect(banks).toHaveLength(4);
      for (const bank of banks) {
        const response = await server.graphql<{ programs: { edges: { node: LoanProgram }[] } }>(QUERY, {
          partnerId: globalIdOf('Partner', bank.id),
        });
        expect(response.errors).toBeUndefined();
        const loans = response.data!.programs.edges.map((edge) => edge.node);
        expect(loans).toHaveLength(1);
        const [loan] = loans;
        expect(loan.partner).toEqual({
          id: globalIdOf('Partner', bank.id),
          name: bank.name,
          type: 'STATE_BANK',
        });
        expect(loan.loanTerms).toMatchObject({
          maxAmount: { amount: '3000000000', currency: 'IDR' },
          ratePerYear: '6',
          maxTenorMonths: 72,
          minGraceMonths: 6,
          maxGraceMonths: 8,
          operatingCostCap: { amount: '500000000', currency: 'IDR' },
        });
        // And exactly what the database holds.
        const row: LoanRow = await knex()('program')
          .where('id', dbIdOf(loan.id))
          .first(
            knex().raw('min_amount::text as min_amount'),
            knex().raw('max_amount::text as max_amount'),
            knex().raw('rate_per_year::text as rate_per_year'),
            knex().raw('operating_cost_cap::text as operating_cost_cap'),
            'max_tenor_months',
            'min_grace_months',
            'max_grace_months',
          );
        expect(hundredths(loan.loanTerms.maxAmount.amount)).toBe(hundredths(row.max_amount));
        expect(hundredths(loan.loanTerms.minAmount!.amount)).toBe(hundredths(row.min_amount));
        expect(hundredths(loan.loanTerms.ratePerYear)).toBe(hundredths(row.rate_per_year));
        expect(hundredths(loan.loanTerms.operatingCostCap.amount)).toBe(hundredths(row.operating_cost_cap));
        expect([
          loan.loanTerms.maxTenorMonths,
          loan.loanTerms.minGraceMonths,
          loan.loanTerms.maxGraceMonths,
        ]).toEqual([row.max_tenor_months, row.min_grace_months, row.max_grace_months]);
      }
    });
  });
});

describe('Program nested fields', () => {
  test('partner and coverage of every program; loanTerms only for loans', async () => {
    const query = /* GraphQL */ `
      query Nested($first: Int) {
        programs(first: $first) {
          edges {
            node {
              id
              kind
              partner {
                id
                name
              }
              coverage {
                code
              }
              loanTerms {
                maxAmount {
                  amount
                }
              }
            }
          }
        }
      }
    `;
    type Node = {
      id: string;
      kind: string;
      partner: { id: string; name: string };
      coverage: { code: string }[];
      loanTerms: { maxAmount: { amount: string } | null } | null;
    };
    const response = await server.graphql<{ programs: { edges: { node: Node }[] } }>(query, { first: 100 });
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.programs.edges.map((edge) => edge.node);
    const rows: { id: number; partner_id: number; name: string; coverage: string[] }[] = await knex()(
      'program as g',
    )
      .join('partner as p', 'p.id', 'g.partner_id')
      .where('g.status', 'ACTIVE')
      .select(
        'g.id',
        'g.partner_id',
        'p.name',
        knex().raw(
          'array(select gc.region_code from program_coverage gc where gc.program_id = g.id order by gc.region_code)::text[] as coverage',
        ),
      );
    expect(nodes).toHaveLength(rows.length);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const node of nodes) {
      const row = byId.get(dbIdOf(node.id))!;
      expect(node.partner).toEqual({ id: globalIdOf('Partner', row.partner_id), name: row.name });
      expect(node.coverage.map((region) => region.code)).toEqual(row.coverage);
      expect(node.loanTerms !== null).toBe(node.kind === 'LOAN');
    }
  });
});

/* ------------------------------------------------------------------ requests */

describe('requests', () => {
  const REQUESTS = /* GraphQL */ `
    query Requests($filter: PartnerRequestFilter, $first: Int, $after: String) {
      requests(filter: $filter, first: $first, after: $after) {
        totalCount
        edges {
          node {
            id
            status
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;

  interface RequestFilter {
    commodity?: string;
    regionCode?: string;
    statuses?: string[];
    partnerId?: string;
  }

  function idsInSql(where: Where): Promise<number[]> {
    const qb = knex()('partner_request as q').orderBy([
      { column: 'q.created_at', order: 'desc' },
      { column: 'q.id', order: 'desc' },
    ]);
    where(qb);
    return qb.pluck('q.id');
  }

  const withStatuses =
    (statuses: string[]): Where =>
    (qb) =>
      qb.whereIn('q.status', statuses);
  const open = withStatuses(['OPEN']);

  /**
   * Delivered in the region itself, inside it, or (as the read code intends) to a wider region
   * around it: the delivery region and the asked one overlap in the region tree.
   */
  async function overlapping(code: string): Promise<Where> {
    const ancestors: string[] = [];
    let current: { parent_code: string | null } | undefined = await knex()('region')
      .where('code', code)
      .first('parent_code');
    while (current?.parent_code) {
      ancestors.push(current.parent_code);
      current = await knex()('region').where('code', current.parent_code).first('parent_code');
    }
    const descendants: string[] = [];
    let level = [code];
    while (level.length > 0) {
      level = await knex()('region').whereIn('parent_code', level).pluck('code');
      descendants.push(...level);
    }
    return (qb) => qb.whereIn('q.delivery_region_code', [code, ...ancestors, ...descendants]);
  }

  async function expectFilterMatchesSql(filter: RequestFilter, where: Where) {
    const expected = await idsInSql(where);
    const listed = await listAll<{ id: string }>('requests', REQUESTS, { filter });
    expect(listed.ids).toEqual(expected);
    expect(listed.totalCount).toBe(expected.length);
    return expected;
  }

  test('by default only open requests are listed, newest first', async () => {
    const expected = await expectFilterMatchesSql({}, open);
    const total = (await idsInSql(() => undefined)).length;
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(total);
  });

  test.each([
    ['closed', ['CLOSED']],
    ['expired', ['EXPIRED']],
    ['closed or expired', ['CLOSED', 'EXPIRED']],
    ['every status', ['OPEN', 'CLOSED', 'EXPIRED']],
  ])('statuses: %s', async (_case, statuses) => {
    const expected = await expectFilterMatchesSql({ statuses }, withStatuses(statuses));
    expect(expected.length).toBeGreaterThan(0);
  });

  test.each(['PALM_OIL_FFB', 'RUBBER', 'PEPPER'])('commodity %s', async (commodity) => {
    const expected = await expectFilterMatchesSql(
      { commodity },
      all(open, (qb) => qb.where('q.commodity', commodity)),
    );
    expect(expected.length).toBeGreaterThan(0);
  });

  test('partnerId: the open requests of that partner', async () => {
    const { partner_id: partner }: { partner_id: number } = await knex()('partner_request')
      .where('status', 'OPEN')
      .groupBy('partner_id')
      .havingRaw('count(*) > 1')
      .orderBy('partner_id')
      .first('partner_id');
    const expected = await expectFilterMatchesSql(
      { partnerId: globalIdOf('Partner', partner) },
      all(open, (qb) => qb.where('q.partner_id', partner)),
    );
    expect(expected.length).toBeGreaterThan(1);
  });

  test('regionCode finds the requests delivered in its districts and none from another branch of the region tree', async () => {
    for (const regency of ['61.03', '61.08', '61.12']) {
      const listed = await listAll<{ id: string }>('requests', REQUESTS, {
        filter: { regionCode: regency, statuses: ['OPEN', 'CLOSED', 'EXPIRED'] },
      });
      const allowed = await idsInSql(await overlapping(regency));
      for (const id of listed.ids) expect(allowed).toContain(id);
      // Requests delivered to one of its districts are found.
      const inDistricts = await idsInSql((qb) => qb.whereLike('q.delivery_region_code', `${regency}.%`));
      expect(inDistricts.length).toBeGreaterThan(0);
      for (const id of inDistricts) expect(listed.ids).toContain(id);
    }
  });

  // A request delivered to exactly the region asked for is listed too, e.g. one delivered to
  // Kabupaten Sanggau ("61.03") for regionCode "61.03".
  test.each(['61.03', '61.08'])(
    'regionCode %s lists the requests delivered to the regency itself, inside it or around it',
    async (regency) => {
      const delivered: number[] = await knex()('partner_request')
        .where('delivery_region_code', regency)
        .pluck('id');
      expect(delivered.length).toBeGreaterThan(0);
      await expectFilterMatchesSql(
        { regionCode: regency, statuses: ['OPEN', 'CLOSED', 'EXPIRED'] },
        await overlapping(regency),
      );
    },
  );

  // As above, at district level.
  test('regionCode of a district lists the requests delivered to that district', async () => {
    const { delivery_region_code: district }: { delivery_region_code: string } = await knex()(
      'partner_request as q',
    )
      .join('region as r', 'r.code', 'q.delivery_region_code')
      .where('r.level', 'DISTRICT')
      .orderBy('q.id')
      .first('q.delivery_region_code');
    await expectFilterMatchesSql(
      { regionCode: district, statuses: ['OPEN', 'CLOSED', 'EXPIRED'] },
      await overlapping(district),
    );
  });

  test('filters combine', async () => {
    const filter = { commodity: 'PALM_OIL_FFB', statuses: ['OPEN', 'EXPIRED'] };
    const expected = await expectFilterMatchesSql(
      filter,
      all(withStatuses(['OPEN', 'EXPIRED']), (qb) => qb.where('q.commodity', 'PALM_OIL_FFB')),
    );
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('PartnerRequest nested fields', () => {
  test('partner and deliveryRegion of every request', async () => {
    const query = /* GraphQL */ `
      query Nested($first: Int) {
        requests(first: $first, filter: { statuses: [OPEN, CLOSED, EXPIRED] }) {
          edges {
            node {
              id
              partner {
                id
                name
                type
              }
              deliveryRegion {
                code
                name
                level
              }
            }
          }
        }
      }
    `;
    type Node = {
      id: string;
      partner: { id: string; name: string; type: string };
      deliveryRegion: { code: string; name: string; level: string };
    };
    const response = await server.graphql<{ requests: { edges: { node: Node }[] } }>(query, { first: 100 });
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.requests.edges.map((edge) => edge.node);
    const rows: {
      id: number;
      partner_id: number;
      partner_name: string;
      partner_type: string;
      code: string;
      name: string;
      level: string;
    }[] = await knex()('partner_request as q')
      .join('partner as p', 'p.id', 'q.partner_id')
      .join('region as r', 'r.code', 'q.delivery_region_code')
      .select(
        'q.id',
        'q.partner_id',
        'p.name as partner_name',
        'p.type as partner_type',
        'r.code',
        'r.name',
        'r.level',
      );
    expect(nodes).toHaveLength(rows.length);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const node of nodes) {
      const row = byId.get(dbIdOf(node.id))!;
      expect(node.partner).toEqual({
        id: globalIdOf('Partner', row.partner_id),
        name: row.partner_name,
        type: row.partner_type,
      });
      expect(node.deliveryRegion).toEqual({ code: row.code, name: row.name, level: row.level });
    }
    expect(new Set(nodes.map((node) => node.deliveryRegion.level))).toEqual(new Set(['REGENCY', 'DISTRICT']));
  });

  test('request(id) and its partner; an id without a row is null', async () => {
    const { id, partner_id: partner }: { id: number; partner_id: number } = await knex()('partner_request')
      .where('status', 'EXPIRED')
      .orderBy('id', 'desc')
      .first('id', 'partner_id');
    const { max } = (await knex()('partner_request').max({ max: 'id' }).first()) as { max: number };
    const response = await server.graphql<{
      found: { id: string; status: string; partner: { id: string } };
      missing: null;
    }>(
      'query ($a: ID!, $b: ID!) { found: request(id: $a) { id status partner { id } } missing: request(id: $b) { id } }',
      {
        a: globalIdOf('PartnerRequest', id),
        b: globalIdOf('PartnerRequest', max + 1),
      },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      found: {
        id: globalIdOf('PartnerRequest', id),
        status: 'EXPIRED',
        partner: { id: globalIdOf('Partner', partner) },
      },
      missing: null,
    });
  });
});
