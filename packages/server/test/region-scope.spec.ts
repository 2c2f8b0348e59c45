import fc from 'fast-check';
import {
  anyRegionCovers,
  dinasCovers,
  dinasCoversSql,
  enclosingRegionCodes,
  provinceOf,
  regencyOf,
  regionAndEnclosingSql,
  regionCovers,
  regionCoversSql,
  regionOverlapsSql,
  regionsOverlap,
} from '../src/modules/region/region-scope';
import { isWellFormedRegionCode } from '../src/shared/region-code';
import { startTestServer, type TestServer } from './support/test-server';
import { DEMO, loadFixture, type Fixture } from './authorization/fixture';
import { globalIdOf } from './support/ids';

/**
 * The region-scope rule ("a Dinas office of this region covers that code"): the TypeScript
 * function at every level, its SQL twin answering exactly alike on PostgreSQL, and what a Dinas
 * viewer may see through the API because of it.
 */

/** [scope, code, covered] at every level, with siblings, unrelated and malformed codes. */
const CASES: [string, string, boolean][] = [
  // A province covers itself and everything below it.
  ['61', '61', true],
  ['61', '61.03', true],
  ['61', '61.03.01', true],
  ['61', '61.03.01.2001', true],
  ['61', '62', false],
  ['61', '62.01', false],
  ['61', '6', false],
  // A regency.
  ['61.03', '61.03', true],
  ['61.03', '61.03.01', true],
  ['61.03', '61.03.01.2001', true],
  ['61.03', '61', false],
  ['61.03', '61.04', false],
  ['61.03', '61.30', false],
  ['61.03', '61.04.03', false],
  ['61.03', '62.03.01.2001', false],
  // A district.
  ['61.03.01', '61.03.01', true],
  ['61.03.01', '61.03.01.2001', true],
  ['61.03.01', '61.03.02.2001', false],
  ['61.03.01', '61.03.10.2001', false],
  ['61.03.01', '61.03', false],
  // A village covers itself only.
  ['61.03.01.2001', '61.03.01.2001', true],
  ['61.03.01.2001', '61.03.01.2002', false],
  ['61.03.01.2001', '61.03.01', false],
  // A prefix that is not a whole level is no region: "61.0" would cover "61.03" as plain text.
  ['61.0', '61.03', false],
  ['61.0', '61.0', false],
  ['6', '61', false],
  ['6', '6.1', false],
  ['61.', '61..03', false],
  ['', '61', false],
  ['', '.61', false],
  // Malformed codes under a real scope.
  ['61.03', '61.03.', false],
  ['61.03', '61.03.1', false],
  ['61.03', '61.03.01.20011', false],
  ['61.03', '61.03.01.201', false],
  ['61.03', '61.03.2001', false],
  ['61.03', '61.03x', false],
  ['61.03', '61.03 ', false],
  ['61.03', ' 61.03', false],
  ['61.03', '61.03\n', false],
  ['61.03', '61.03.0１', false],
  ['61.03', '61.03.٠١', false],
  // LIKE wildcards in a scope are no wildcards here.
  ['%', '61', false],
  ['61.%', '61.03', false],
  ['61_03', '61.03', false],
  ['61.0_', '61.03', false],
  ['_', '6', false],
];

describe('regionCovers', () => {
  test.each(CASES)('%j covers %j: %s', (scope, code, covered) => {
    expect(regionCovers(scope, code)).toBe(covered);
  });

  test('several scopes: any of them; none at all covers nothing', () => {
    expect(anyRegionCovers(['61.01', '61.03'], '61.03.01.2001')).toBe(true);
    expect(anyRegionCovers(['61.01', '61.03'], '61.04.01.2001')).toBe(false);
    expect(anyRegionCovers(['%', '61.03'], '61.03')).toBe(true);
    expect(anyRegionCovers([], '61')).toBe(false);
  });
});

describe('regionsOverlap: how a region filter reads coverage', () => {
  test.each([
    // Coverage of a province serves a filter on anything inside it, and the province itself.
    ['33', '33.01.01.2001', true],
    ['33', '33', true],
    // Coverage of a district serves its province and regency (it is part of them) and its villages.
    ['33.01.01', '33', true],
    ['33.01.01', '33.01', true],
    ['33.01.01', '33.01.01.2001', true],
    // …but not a sibling district, another province, or a code that merely shares characters.
    ['33.01.01', '33.01.02', false],
    ['33.01.01', '32', false],
    ['33.01', '33.010', false],
    ['61.0', '61.03', false],
  ])('%j and %j: %s, either way round', (a, b, overlap) => {
    expect(regionsOverlap(a, b)).toBe(overlap);
    expect(regionsOverlap(b, a)).toBe(overlap);
  });

  test('enclosingRegionCodes: the regions around a code, outermost first', () => {
    expect(enclosingRegionCodes('33.01.01.2001')).toEqual(['33', '33.01', '33.01.01']);
    expect(enclosingRegionCodes('33')).toEqual([]);
    expect(enclosingRegionCodes('33.0')).toEqual([]);
  });

  test('provinceOf and regencyOf: read from the code, null where there is none', () => {
    expect(provinceOf('61.03.05.2001')).toBe('61');
    expect(provinceOf('61')).toBe('61');
    expect(provinceOf('6x')).toBeNull();
    expect(regencyOf('61.03.05.2001')).toBe('61.03');
    expect(regencyOf('61.03')).toBe('61.03');
    expect(regencyOf('61')).toBeNull();
    expect(regencyOf('61.0')).toBeNull();
  });
});

let server: TestServer;
let fixture: Fixture;
const knex = () => server.orm.em.getKnex();

beforeAll(async () => {
  server = await startTestServer();
  fixture = await loadFixture(knex());
});
afterAll(() => server?.close());

/** What the SQL twin answers for each code under `scopes`, code by code, in one statement. */
async function sqlAnswers(scopes: readonly string[], codes: readonly string[]): Promise<boolean[]> {
  const covered = regionCoversSql(scopes, 'c.code');
  const rows = (await knex()
    .select('c.i', knex().raw(`${covered.sql} as covered`, covered.bindings))
    .from(knex().raw('unnest(?::text[]) with ordinality as c(code, i)', [[...codes]]))
    .orderBy('c.i')) as { i: string; covered: boolean }[];
  expect(rows).toHaveLength(codes.length);
  return rows.map((row) => row.covered);
}

test('regionAndEnclosingSql holds on PostgreSQL exactly the code and enclosingRegionCodes, at every level', async () => {
  const codes = [...new Set(CASES.flatMap(([scope, code]) => [scope, code]))].filter(isWellFormedRegionCode);
  expect(codes.length).toBeGreaterThan(10);
  const rows = (await knex()
    .select('c.i', knex().raw(`${regionAndEnclosingSql('c.code')} as reach`))
    .from(knex().raw('unnest(?::text[]) with ordinality as c(code, i)', [codes]))
    .orderBy('c.i')) as { i: string; reach: string[] }[];
  expect(rows.map((row) => [...new Set(row.reach)])).toEqual(
    codes.map((code) => [...enclosingRegionCodes(code), code]),
  );
});

test("the database's region_enclosing, region_regency and search_region_path answer as enclosingRegionCodes and regencyOf, at every level", async () => {
  const codes = [...new Set(CASES.flatMap(([scope, code]) => [scope, code]))].filter(isWellFormedRegionCode);
  const rows = (await knex()
    .select(
      'c.i',
      knex().raw(
        'region_enclosing(c.code) as enclosing, region_regency(c.code) as regency, search_region_path(c.code) as path',
      ),
    )
    .from(knex().raw('unnest(?::text[]) with ordinality as c(code, i)', [codes]))
    .orderBy('c.i')) as { i: string; enclosing: string[]; regency: string | null; path: string[] }[];
  // Search's region path (which also tolerates malformed codes) is the same chain plus the code.
  expect(rows.map(({ enclosing, regency, path }) => ({ enclosing, regency, path }))).toEqual(
    codes.map((code) => ({
      enclosing: enclosingRegionCodes(code),
      regency: regencyOf(code),
      path: [...enclosingRegionCodes(code), code],
    })),
  );
  expect(new Set(codes.map((code) => code.length))).toEqual(new Set([2, 5, 8, 13]));
});

test("no database function of ours slices a village's code itself: the triggers ask region_enclosing and region_regency", async () => {
  const slicing = (await knex()
    .select('p.proname')
    .from('pg_proc as p')
    .join('pg_namespace as n', 'n.oid', 'p.pronamespace')
    .where('n.nspname', 'public')
    .whereRaw(`p.prosrc ~* 'left\\(\\s*(\\w+\\.){0,1}village_code'`)
    .orderBy('p.proname')) as { proname: string }[];
  expect(slicing).toEqual([]);
  // The refreshes and counters that used to slice it themselves call the shared functions.
  const callers = (await knex()
    .select('p.proname')
    .from('pg_proc as p')
    .join('pg_namespace as n', 'n.oid', 'p.pronamespace')
    .where('n.nspname', 'public')
    .whereRaw(`p.prosrc ~ 'region_(enclosing|regency)\\('`)
    .orderBy('p.proname')) as { proname: string }[];
  expect(callers.map((row) => row.proname)).toEqual(
    expect.arrayContaining([
      'cooperative_match_fact_refresh',
      'dashboard_cooperatives_apply',
      'dashboard_figures_rebuild',
      'dashboard_proposals_apply',
    ]),
  );
});

describe('regionCoversSql answers on PostgreSQL exactly like regionCovers', () => {
  const scopes = [...new Set(CASES.map(([scope]) => scope))];
  const codes = [...new Set(CASES.map(([, code]) => code))];

  test.each(scopes)('every case code under scope %j', async (scope) => {
    expect(await sqlAnswers([scope], codes)).toEqual(codes.map((code) => regionCovers(scope, code)));
  });

  test('several scopes, malformed ones among them, and none', async () => {
    for (const set of [['61.01', '61.03'], ['%', '61.03.01'], ['61.0', '6'], [], ['61', '61.03']]) {
      expect(await sqlAnswers(set, codes)).toEqual(codes.map((code) => anyRegionCovers(set, code)));
    }
  });

  test('generated scopes and codes, near-misses included', async () => {
    // Few distinct digits, so that generated codes often share levels, prefixes and siblings.
    const digit = fc.constantFrom('0', '1', '3', '6');
    const segment = (width: number) => fc.string({ unit: digit, minLength: width, maxLength: width });
    const wellFormed = fc
      .tuple(segment(2), segment(2), segment(2), segment(4), fc.integer({ min: 1, max: 4 }))
      .map(([province, regency, district, village, depth]) =>
        [province, regency, district, village].slice(0, depth).join('.'),
      );
    const nearMiss = fc.string({
      unit: fc.constantFrom('0', '1', '3', '6', '.', '%', '_', ' ', '٣'),
      maxLength: 14,
    });
    const code = fc.oneof({ arbitrary: wellFormed, weight: 4 }, { arbitrary: nearMiss, weight: 1 });
    const generatedScopes = fc.sample(code, { numRuns: 40, seed: 20261204 });
    const generatedCodes = fc.sample(code, { numRuns: 150, seed: 4122026 });
    let covered = 0;
    for (const scope of generatedScopes) {
      const expected = generatedCodes.map((candidate) => regionCovers(scope, candidate));
      covered += expected.filter(Boolean).length;
      expect(await sqlAnswers([scope], generatedCodes)).toEqual(expected);
    }
    // The sample must exercise both answers, or the comparison above proves little.
    expect(covered).toBeGreaterThan(50);
  });

  test('on the real cooperative column (varchar, pattern index), for each level of scope', async () => {
    const villages = (await knex()('cooperative').pluck('village_code')) as string[];
    const [village] = villages.filter((code) => code.startsWith('61.03.'));
    for (const scope of ['61', '61.03', village.slice(0, 8), village, '61.0', '']) {
      const covered = regionCoversSql([scope], 'c.village_code');
      const inSql = (await knex()('cooperative as c')
        .whereRaw(covered.sql, covered.bindings)
        .orderBy('c.village_code')
        .pluck('c.village_code')) as string[];
      expect(inSql).toEqual(villages.filter((code) => regionCovers(scope, code)).sort());
    }
  });
});

describe('dinasCovers and its SQL twin: "the Dinas office covers this region"', () => {
  const dinasOf = (...codes: string[]) => ({ dinasRegionCodes: () => codes });

  test('a viewer covers what their overseen regions cover; no viewer or no Dinas scope covers nothing', () => {
    expect(dinasCovers(dinasOf('61.03'), '61.03.01.2001')).toBe(true);
    expect(dinasCovers(dinasOf('61.03'), '61.04.01.2001')).toBe(false);
    expect(dinasCovers(dinasOf('33', '61.03'), '33.19')).toBe(true);
    expect(dinasCovers(dinasOf(), '61')).toBe(false);
    expect(dinasCovers(null, '61')).toBe(false);
    expect(dinasCovers(undefined, '61')).toBe(false);
  });

  test('on PostgreSQL, dinasCoversSql keeps exactly the cooperatives dinasCovers covers', async () => {
    const villages = (await knex()('cooperative').pluck('village_code')) as string[];
    const [village] = villages.filter((code) => code.startsWith('61.03.'));
    for (const viewer of [
      dinasOf('61'),
      dinasOf('61.03'),
      dinasOf('33', village),
      dinasOf('61.0', '%'),
      dinasOf(),
      null,
    ]) {
      const covered = dinasCoversSql(viewer, 'c.village_code');
      const inSql = (await knex()('cooperative as c')
        .whereRaw(covered.sql, covered.bindings)
        .orderBy('c.village_code')
        .pluck('c.village_code')) as string[];
      expect(inSql).toEqual(villages.filter((code) => dinasCovers(viewer, code)).sort());
    }
  });
});

const COOPERATIVE_SCOPE = /* GraphQL */ `
  query ($id: ID!, $partnerId: ID!, $cooperativeId: ID!) {
    cooperative: node(id: $id) {
      ... on Cooperative {
        proposalPipeline {
          total
        }
      }
    }
    partner: node(id: $partnerId) {
      ... on Partner {
        proposalPipeline {
          total
        }
      }
    }
    recommendedPartners(cooperativeId: $cooperativeId, first: 1) {
      score
    }
  }
`;

interface ScopeAnswer {
  pipeline: number | null;
  partnerPipeline: number | null;
  recommendations: 'ALLOWED' | string;
}

/** What a viewer sees of a cooperative's pipeline and recommendations, and of the bank's pipeline. */
async function seenBy(token: string, cooperativeId: number): Promise<ScopeAnswer> {
  const id = globalIdOf('Cooperative', cooperativeId);
  const response = await server.graphql<{
    cooperative: { proposalPipeline: { total: number } | null };
    partner: { proposalPipeline: { total: number } | null };
  }>(
    COOPERATIVE_SCOPE,
    { id, cooperativeId: id, partnerId: globalIdOf('Partner', fixture.bankId) },
    { token },
  );
  const refusal = response.errors?.find((error) => error.path?.[0] === 'recommendedPartners');
  expect(response.errors?.filter((error) => error !== refusal) ?? []).toEqual([]);
  return {
    pipeline: response.data?.cooperative.proposalPipeline?.total ?? null,
    partnerPipeline: response.data?.partner.proposalPipeline?.total ?? null,
    recommendations: refusal ? String(refusal.extensions?.code) : 'ALLOWED',
  };
}

/** The bank's proposals a Dinas counts, with cooperatives whose village satisfies `inside`. */
async function bankProposalsWhere(inside: string, binding: string): Promise<number> {
  const [row] = (await knex()('proposal as p')
    .join('cooperative as c', 'c.id', 'p.cooperative_id')
    .where('p.partner_id', fixture.bankId)
    .where((sent) => sent.whereNotNull('p.submitted_at').orWhere('p.started_by', 'PARTNER'))
    .whereRaw(inside, [binding])
    .count({ n: '*' })) as { n: string }[];
  return Number(row.n);
}

describe('a Dinas viewer through the API', () => {
  test('a regency Dinas: its own regency and the villages in it, not its province nor a sibling regency', async () => {
    const token = await server.signIn(DEMO.dinasSanggau);
    const dashboard = async (regionCode: string) =>
      (
        await server.graphql(
          'query ($r: String) { dinasDashboard(regionCode: $r) { region { code } } }',
          { r: regionCode },
          { token },
        )
      ).errors?.[0]?.extensions?.code ?? 'ALLOWED';
    expect(await dashboard('61.03')).toBe('ALLOWED');
    expect(await dashboard('61')).toBe('FORBIDDEN');
    expect(await dashboard('61.04')).toBe('FORBIDDEN');

    const inside = await seenBy(token, fixture.demoCooperativeId);
    expect(inside.pipeline).not.toBeNull();
    expect(inside.recommendations).toBe('ALLOWED');
    const sibling = await seenBy(token, fixture.otherCooperativeId);
    expect(sibling).toMatchObject({ pipeline: null, recommendations: 'FORBIDDEN' });

    // The bank's pipeline counts its proposals with Sanggau cooperatives only.
    const sanggau = await bankProposalsWhere("left(c.village_code, 6) = ? || '.'", '61.03');
    const everywhere = await bankProposalsWhere('c.village_code like ?', '%');
    expect(sanggau).toBeGreaterThan(0);
    expect(sanggau).toBeLessThan(everywhere);
    expect(inside.partnerPipeline).toBe(sanggau);
  });

  test('a Dinas scope equal to the village itself covers that village (the proposal pipelines once said no)', async () => {
    // The API only grants Dinas memberships for provinces and regencies; the rule covers any
    // level, so a scope at the village's own code is set directly, as a later grant could.
    const [village] = (await knex()('cooperative')
      .where('id', fixture.demoCooperativeId)
      .pluck('village_code')) as string[];
    const [dinasUser] = (await knex()('app_user').where('email', DEMO.dinasSanggau).pluck('id')) as number[];
    await knex()('membership')
      .where('user_id', dinasUser)
      .where('role', 'DINAS')
      .update({ region_code: village });
    try {
      const token = await server.signIn(DEMO.dinasSanggau);
      const own = await seenBy(token, fixture.demoCooperativeId);
      const ofVillage = await bankProposalsWhere('c.village_code = ?', village);
      expect(ofVillage).toBeGreaterThan(0);
      expect(own).toEqual({
        pipeline: expect.any(Number),
        partnerPipeline: ofVillage,
        recommendations: 'ALLOWED',
      });
      expect(await seenBy(token, fixture.otherCooperativeId)).toMatchObject({
        pipeline: null,
        recommendations: 'FORBIDDEN',
      });
    } finally {
      await knex()('membership')
        .where('user_id', dinasUser)
        .where('role', 'DINAS')
        .update({ region_code: '61.03' });
    }
  });
});

describe('regionOverlapsSql answers on PostgreSQL exactly like regionsOverlap', () => {
  // The column holds stored codes (coverage, delivery regions): well-formed ones.
  const codes = [...new Set(CASES.flatMap(([scope, code]) => [scope, code]))].filter(isWellFormedRegionCode);

  test.each([...new Set(CASES.map(([scope]) => scope))])(
    'every well-formed case code against %j',
    async (region) => {
      const overlaps = regionOverlapsSql(region, 'c.code');
      const rows = (await knex()
        .select('c.i', knex().raw(`${overlaps.sql} as overlaps`, overlaps.bindings))
        .from(knex().raw('unnest(?::text[]) with ordinality as c(code, i)', [codes]))
        .orderBy('c.i')) as { overlaps: boolean }[];
      expect(rows.map((row) => row.overlaps)).toEqual(codes.map((code) => regionsOverlap(region, code)));
    },
  );
});
