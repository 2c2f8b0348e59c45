import { startTestServer, type TestServer } from './support/test-server';
import { DEMO, type DemoUser } from './authorization/fixture';

/**
 * The Dinas dashboard and the public platform figures: every figure checked against SQL written
 * independently of the implementation, the region scope of each Dinas viewer, and a statement
 * count that does not grow with the size of the region.
 */

const DASHBOARD = /* GraphQL */ `
  query ($regionCode: String) {
    dinasDashboard(regionCode: $regionCode) {
      region {
        code
        name
        level
      }
      cooperatives
      byStage {
        stage
        count
      }
      breakdown {
        region {
          code
          name
        }
        total
        byStage {
          stage
          count
        }
      }
      proposals
      proposalsByStatus {
        status
        count
      }
      acceptedProposals
      acceptedFinancingProposals
      financingVolume {
        amount
        currency
      }
    }
  }
`;

interface StageCount {
  stage: string;
  count: number;
}
interface Dashboard {
  region: { code: string; name: string; level: string };
  cooperatives: number;
  byStage: StageCount[];
  breakdown: { region: { code: string; name: string }; total: number; byStage: StageCount[] }[];
  proposals: number;
  proposalsByStatus: { status: string; count: number }[];
  acceptedProposals: number;
  acceptedFinancingProposals: number;
  financingVolume: { amount: string; currency: string };
}

const STAGES = ['LEGALLY_FORMED', 'ORGANISED', 'BUILDING_UNITS', 'OPERATING', 'GROWING'];
const SUBMITTED_STATUSES = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'NEGOTIATING',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
  'EXPIRED',
  'COMPLETED',
  'CANCELLED',
];

let server: TestServer;
const tokens = new Map<DemoUser, string>();
const knex = () => server.orm.em.getKnex();

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function tokenOf(user: DemoUser): Promise<string> {
  if (!tokens.has(user)) tokens.set(user, await server.signIn(DEMO[user]));
  return tokens.get(user)!;
}

function dashboardAs(user: DemoUser | 'anonymous', regionCode?: string | null) {
  return server.graphql<{ dinasDashboard: Dashboard | null }>(
    DASHBOARD,
    { regionCode: regionCode ?? null },
    user === 'anonymous' ? {} : { token: (tokens.get(user) as string) ?? undefined },
  );
}

async function dashboard(user: DemoUser, regionCode?: string | null): Promise<Dashboard> {
  await tokenOf(user);
  const response = await dashboardAs(user, regionCode);
  expect(response.errors).toBeUndefined();
  return response.data!.dinasDashboard!;
}

/** Decimal strings compared exactly: "12.50" and "12.5" are the same amount. */
function canonical(amount: string): string {
  return amount.includes('.') ? amount.replace(/0+$/, '').replace(/\.$/, '') : amount;
}

/* ---------- The expected figures, in SQL of their own ---------- */

async function expectedAreas(regionCode: string) {
  // Sub-regions by their parent, cooperatives by the code segments of their village.
  const segment = regionCode.split('.').length + 1;
  const areas = (await knex()('region')
    .where('parent_code', regionCode)
    .orderBy('code')
    .select('code', 'name')) as {
    code: string;
    name: string;
  }[];
  const counts = (await knex().raw(
    `select array_to_string((string_to_array(village_code, '.'))[1:?], '.') as area, stage, count(*) as n
       from cooperative
      where starts_with(village_code, ?)
      group by 1, 2`,
    [segment, `${regionCode}.`],
  )) as { rows: { area: string; stage: string; n: string }[] };
  return areas.map((area) => {
    const byStage = STAGES.map((stage) => ({
      stage,
      count: Number(counts.rows.find((row) => row.area === area.code && row.stage === stage)?.n ?? 0),
    }));
    return { region: area, total: byStage.reduce((sum, entry) => sum + entry.count, 0), byStage };
  });
}

async function expectedProposals(regionCode: string | null) {
  const inRegion = regionCode
    ? `and exists (select 1 from cooperative c where c.id = p.cooperative_id and starts_with(c.village_code, '${regionCode}.'))`
    : '';
  const byStatus = (await knex().raw(
    `select status, count(*) as n from proposal p where submitted_at is not null ${inRegion} group by status`,
  )) as { rows: { status: string; n: string }[] };
  const financing = (await knex().raw(
    `select count(*) as deals,
            coalesce(sum((select t.amount from proposal_terms t
                           where t.proposal_id = p.id and t.version = p.accepted_terms_version)), 0)::text as volume
       from proposal p
      where kind = 'FINANCING' and status in ('ACCEPTED', 'COMPLETED') ${inRegion}`,
  )) as { rows: { deals: string; volume: string }[] };
  const count = (status: string) => Number(byStatus.rows.find((row) => row.status === status)?.n ?? 0);
  return {
    proposals: byStatus.rows.reduce((sum, row) => sum + Number(row.n), 0),
    proposalsByStatus: SUBMITTED_STATUSES.map((status) => ({ status, count: count(status) })),
    acceptedProposals: count('ACCEPTED') + count('COMPLETED'),
    acceptedFinancingProposals: Number(financing.rows[0].deals),
    financingVolume: canonical(financing.rows[0].volume),
  };
}

async function expectDashboardOf(actual: Dashboard, regionCode: string) {
  const areas = await expectedAreas(regionCode);
  const proposals = await expectedProposals(regionCode);
  const [{ n: cooperatives }] = (await knex()('cooperative')
    .whereLike('village_code', `${regionCode}.%`)
    .count({ n: '*' })) as { n: string }[];
  expect(actual.region.code).toBe(regionCode);
  expect(actual.breakdown).toEqual(areas);
  expect(actual.cooperatives).toBe(Number(cooperatives));
  expect(actual.byStage).toEqual(
    STAGES.map((stage) => ({
      stage,
      count: areas.reduce((sum, area) => sum + area.byStage.find((entry) => entry.stage === stage)!.count, 0),
    })),
  );
  expect({
    proposals: actual.proposals,
    proposalsByStatus: actual.proposalsByStatus,
    acceptedProposals: actual.acceptedProposals,
    acceptedFinancingProposals: actual.acceptedFinancingProposals,
    financingVolume: canonical(actual.financingVolume.amount),
  }).toEqual(proposals);
  expect(actual.financingVolume.currency).toBe('IDR');
}

/* ---------- Figures ---------- */

test('the province dashboard: cooperatives by stage per regency, proposals by status, financing accepted', async () => {
  const province = await dashboard('dinasProvince');
  expect(province.region).toEqual({ code: '61', name: expect.any(String), level: 'PROVINCE' });
  expect(province.breakdown).toHaveLength(14);
  await expectDashboardOf(province, '61');
  // The demo data has accepted financing, so the volume is a real sum and not a trivial zero.
  expect(province.acceptedFinancingProposals).toBeGreaterThan(0);
  expect(canonical(province.financingVolume.amount)).not.toBe('0');
});

test('a regency dashboard breaks the figures down by district', async () => {
  const sanggau = await dashboard('dinasSanggau');
  expect(sanggau.region).toEqual({ code: '61.03', name: 'Kabupaten Sanggau', level: 'REGENCY' });
  expect(sanggau.breakdown.every((area) => area.region.code.startsWith('61.03.'))).toBe(true);
  await expectDashboardOf(sanggau, '61.03');
  expect(sanggau.cooperatives).toBeGreaterThan(0);
  expect(sanggau.proposals).toBeGreaterThan(0);
});

test('a change in the data shows in the figures: a newly accepted financing proposal adds its accepted amount', async () => {
  const before = await dashboard('dinasSanggau');
  const proposal = (await knex()('proposal as p')
    .join('cooperative as c', 'c.id', 'p.cooperative_id')
    .whereLike('c.village_code', '61.03.%')
    .where('p.kind', 'FINANCING')
    .whereIn('p.status', ['SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING'])
    .orderBy('p.id')
    .first('p.id', 'p.status', 'p.latest_terms_version')) as
    { id: number; status: string; latest_terms_version: number } | undefined;
  expect(proposal).toBeDefined();
  const terms = (await knex()('proposal_terms')
    .where({ proposal_id: proposal!.id, version: proposal!.latest_terms_version })
    .first('amount')) as { amount: string | null };
  await knex()('proposal').where('id', proposal!.id).update({
    status: 'ACCEPTED',
    accepted_terms_version: proposal!.latest_terms_version,
    turn: null,
    turn_since: null,
  });
  const after = await dashboard('dinasSanggau');
  await expectDashboardOf(after, '61.03');
  expect(after.acceptedFinancingProposals).toBe(before.acceptedFinancingProposals + 1);
  const cents = (amount: string) => {
    const [whole, fraction = ''] = amount.split('.');
    return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  };
  expect(cents(after.financingVolume.amount) - cents(before.financingVolume.amount)).toBe(
    cents(terms.amount ?? '0'),
  );
});

test('platformFigures: public, the accepted proposals and financing of the whole platform', async () => {
  const response = await server.graphql<{
    platformFigures: {
      acceptedProposals: number;
      acceptedFinancingProposals: number;
      financingVolume: { amount: string; currency: string };
    };
  }>(
    '{ platformFigures { acceptedProposals acceptedFinancingProposals financingVolume { amount currency } } }',
  );
  expect(response.errors).toBeUndefined();
  const expected = await expectedProposals(null);
  const figures = response.data!.platformFigures;
  expect({
    acceptedProposals: figures.acceptedProposals,
    acceptedFinancingProposals: figures.acceptedFinancingProposals,
    financingVolume: canonical(figures.financingVolume.amount),
  }).toEqual({
    acceptedProposals: expected.acceptedProposals,
    acceptedFinancingProposals: expected.acceptedFinancingProposals,
    financingVolume: expected.financingVolume,
  });
  expect(figures.acceptedProposals).toBeGreaterThan(0);
  expect(response.sqlStatements).toBe(1);
});

/* ---------- Region scope ---------- */

describe('region scope', () => {
  test('a province Dinas may open any regency of its province', async () => {
    await expectDashboardOf(await dashboard('dinasProvince', '61.01'), '61.01');
  });

  test('a Sanggau Dinas sees Sanggau by default and when it asks for it', async () => {
    expect((await dashboard('dinasSanggau')).region.code).toBe('61.03');
    expect((await dashboard('dinasSanggau', '61.03')).region.code).toBe('61.03');
  });

  test.each([['61.01'], ['61'], ['62']])('a Sanggau Dinas gets FORBIDDEN for %s', async (code) => {
    await tokenOf('dinasSanggau');
    const response = await dashboardAs('dinasSanggau', code);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data?.dinasDashboard ?? null).toBeNull();
  });

  test.each([['ketua'], ['bankOfficer'], ['buyer'], ['mentor'], ['pmo']] as [DemoUser][])(
    'refuses %s (not Dinas) with FORBIDDEN',
    async (user) => {
      await tokenOf(user);
      const response = await dashboardAs(user, '61.03');
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    },
  );

  test('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const response = await dashboardAs('anonymous', '61.03');
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('admins may open any region; by default the province', async () => {
    expect((await dashboard('admin')).region.code).toBe('61');
    expect((await dashboard('admin', '61.12')).region.code).toBe('61.12');
  });

  test.each([['61.03.05'], ['61.03.05.2001'], ['Sanggau'], ['61.99']])(
    'a code that is not an existing province or regency (%s) is BAD_USER_INPUT',
    async (code) => {
      await tokenOf('admin');
      const response = await dashboardAs('admin', code);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );
});

/* ---------- Cost ---------- */

test('the statement count is the same for a province (14 regencies) as for a regency', async () => {
  await tokenOf('admin');
  const province = await dashboardAs('admin', '61');
  const regency = await dashboardAs('admin', '61.03');
  expect(province.errors).toBeUndefined();
  expect(regency.errors).toBeUndefined();
  expect(province.sqlStatements).toBe(regency.sqlStatements);
  // Session lookup + region + cooperatives by area + proposals by status.
  expect(province.sqlStatements).toBeLessThanOrEqual(4);
});

test('memberships name the mentor record and the Dinas region', async () => {
  const query = '{ viewer { memberships { role mentor { id role } region { code } } } }';
  type Result = {
    viewer: {
      memberships: { role: string; mentor: { role: string } | null; region: { code: string } | null }[];
    };
  };
  const mentor = await server.graphql<Result>(query, {}, { token: await tokenOf('mentor') });
  expect(mentor.data!.viewer.memberships).toEqual([
    { role: 'MENTOR', mentor: { id: expect.any(String), role: 'BA' }, region: null },
  ]);
  const dinas = await server.graphql<Result>(query, {}, { token: await tokenOf('dinasSanggau') });
  expect(dinas.data!.viewer.memberships).toEqual([
    { role: 'DINAS', mentor: null, region: { code: '61.03' } },
  ]);
});
