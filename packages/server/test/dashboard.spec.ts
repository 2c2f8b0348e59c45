import { breakdownStatement, proposalCountersStatement } from '../src/modules/dashboard/dashboard.reads';
import { startTestServer, type TestServer } from './support/test-server';
import { DEMO, type DemoUser } from './authorization/fixture';
import { globalIdOf } from './support/ids';

/**
 * The Dinas dashboard, the public cooperative figures and the platform figures: every figure
 * checked against SQL written independently of the implementation (the dashboards read counters
 * kept by triggers, so the checks follow writes of every kind), the region scope of each Dinas
 * viewer across two provinces, the plans of the statements, and a statement count that does not
 * grow with the size of the region.
 */

/** The Dinas viewer of the second demo province, Jawa Tengah ("33"). */
const DINAS_JAWA_TENGAH = 'dinas.jateng@demo.mitradesa.id';

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
  region: { code: string; name: string; level: string } | null;
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
const tokens = new Map<DemoUser | 'dinasJawaTengah', string>();
const knex = () => server.orm.em.getKnex();

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Viewer = DemoUser | 'dinasJawaTengah';

async function tokenOf(user: Viewer): Promise<string> {
  if (!tokens.has(user)) {
    tokens.set(user, await server.signIn(user === 'dinasJawaTengah' ? DINAS_JAWA_TENGAH : DEMO[user]));
  }
  return tokens.get(user)!;
}

function dashboardAs(user: Viewer | 'anonymous', regionCode?: string | null) {
  return server.graphql<{ dinasDashboard: Dashboard | null }>(
    DASHBOARD,
    { regionCode: regionCode ?? null },
    user === 'anonymous' ? {} : { token: (tokens.get(user) as string) ?? undefined },
  );
}

async function dashboard(user: Viewer, regionCode?: string | null): Promise<Dashboard> {
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

async function expectedAreas(regionCode: string | null) {
  // Sub-regions by their parent (provinces for the nation), cooperatives by the code segments of their village.
  const segment = regionCode === null ? 1 : regionCode.split('.').length + 1;
  const areas = (await (
    regionCode === null
      ? knex()('region').where('level', 'PROVINCE')
      : knex()('region').where('parent_code', regionCode)
  )
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
    [segment, regionCode === null ? '' : `${regionCode}.`],
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

async function expectDashboardOf(actual: Dashboard, regionCode: string | null) {
  const areas = await expectedAreas(regionCode);
  const proposals = await expectedProposals(regionCode);
  const [{ n: cooperatives }] = (await knex()('cooperative')
    .whereLike('village_code', regionCode === null ? '%' : `${regionCode}.%`)
    .count({ n: '*' })) as { n: string }[];
  expect(actual.region?.code ?? null).toBe(regionCode);
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
  expect(province.region).toEqual({ code: '61', name: 'Kalimantan Barat', level: 'PROVINCE' });
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
    expect((await dashboard('dinasSanggau')).region!.code).toBe('61.03');
    expect((await dashboard('dinasSanggau', '61.03')).region!.code).toBe('61.03');
  });

  test.each([['61.01'], ['61'], ['62'], ['33'], ['33.19']])(
    'a Sanggau Dinas gets FORBIDDEN for %s',
    async (code) => {
      await tokenOf('dinasSanggau');
      const response = await dashboardAs('dinasSanggau', code);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(response.data?.dinasDashboard ?? null).toBeNull();
    },
  );

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

  test('admins see the whole of Indonesia by default, by province, and may open any region', async () => {
    const nation = await dashboard('admin');
    expect(nation.region).toBeNull();
    expect(nation.breakdown).toHaveLength(38);
    await expectDashboardOf(nation, null);
    expect(nation.breakdown.find((area) => area.region.code === '33')!.total).toBe(155);
    expect((await dashboard('admin', '61.12')).region!.code).toBe('61.12');
    await expectDashboardOf(await dashboard('admin', '33'), '33');
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

/* ---------- Scoping across provinces ---------- */

const PRIVATE_FIGURES = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      ... on Cooperative {
        proposalPipeline {
          total
        }
        documents {
          type
          number
        }
      }
    }
  }
`;

interface PrivateFigures {
  node: { proposalPipeline: { total: number } | null; documents: { type: string; number: string | null }[] };
}

async function firstCooperativeIn(regionCode: string): Promise<number> {
  const row = (await knex()('cooperative')
    .whereLike('village_code', `${regionCode}.%`)
    .orderBy('id')
    .first('id')) as { id: number };
  return row.id;
}

async function privateFiguresAs(user: Viewer, cooperativeId: number): Promise<PrivateFigures['node']> {
  const response = await server.graphql<PrivateFigures>(
    PRIVATE_FIGURES,
    { id: globalIdOf('Cooperative', cooperativeId) },
    { token: await tokenOf(user) },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.node;
}

describe('two provinces', () => {
  test('the Jawa Tengah Dinas sees Jawa Tengah by regency, and only Jawa Tengah', async () => {
    const province = await dashboard('dinasJawaTengah');
    expect(province.region).toEqual({ code: '33', name: 'Jawa Tengah', level: 'PROVINCE' });
    expect(province.breakdown).toHaveLength(35);
    expect(province.cooperatives).toBe(155);
    await expectDashboardOf(province, '33');
    const kudus = await dashboard('dinasJawaTengah', '33.19');
    expect(kudus.region!.name).toBe('Kabupaten Kudus');
    await expectDashboardOf(kudus, '33.19');
    for (const code of ['61', '61.03', '62']) {
      const response = await dashboardAs('dinasJawaTengah', code);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  test('the Kalimantan Barat Dinas gets FORBIDDEN for Jawa Tengah, and no Dinas sees the nation', async () => {
    await tokenOf('dinasProvince');
    for (const code of ['33', '33.19', '33.73']) {
      const response = await dashboardAs('dinasProvince', code);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Without a region each Dinas gets its own, never the national view.
    expect((await dashboard('dinasProvince')).region!.code).toBe('61');
    expect((await dashboard('dinasJawaTengah')).region!.code).toBe('33');
  });

  test("each Dinas sees the private figures of its own province's cooperatives and not the other's", async () => {
    const inJawaTengah = await firstCooperativeIn('33');
    const inKalbar = await firstCooperativeIn('61.03');
    const inSambas = await firstCooperativeIn('61.01');
    const hasNumbers = (figures: PrivateFigures['node']) =>
      figures.documents.some((doc) => doc.number !== null);

    const own = await privateFiguresAs('dinasJawaTengah', inJawaTengah);
    expect(own.proposalPipeline).not.toBeNull();
    expect(hasNumbers(own)).toBe(true);
    const other = await privateFiguresAs('dinasJawaTengah', inKalbar);
    expect(other.proposalPipeline).toBeNull();
    expect(other.documents.length).toBeGreaterThan(0);
    expect(hasNumbers(other)).toBe(false);

    expect((await privateFiguresAs('dinasProvince', inKalbar)).proposalPipeline).not.toBeNull();
    const fromKalbar = await privateFiguresAs('dinasProvince', inJawaTengah);
    expect(fromKalbar.proposalPipeline).toBeNull();
    expect(hasNumbers(fromKalbar)).toBe(false);

    // A regency Dinas: its regency only, not the rest of its province nor the other province.
    expect((await privateFiguresAs('dinasSanggau', inKalbar)).proposalPipeline).not.toBeNull();
    expect((await privateFiguresAs('dinasSanggau', inSambas)).proposalPipeline).toBeNull();
    expect((await privateFiguresAs('dinasSanggau', inJawaTengah)).proposalPipeline).toBeNull();
  });
});

describe('a Dinas of several provinces', () => {
  /** A viewer with a DINAS membership in each of `provinces`, signing in with the demo password. */
  async function dinasOf(email: string, provinces: string[] | 'ALL'): Promise<string> {
    const { password_hash: passwordHash } = (await knex()('app_user')
      .where('email', DEMO.admin)
      .first('password_hash')) as { password_hash: string };
    const [{ id }] = (await knex()('app_user')
      .insert({ email, name: email, password_hash: passwordHash })
      .returning('id')) as { id: number }[];
    const codes =
      provinces === 'ALL'
        ? ((await knex()('region').where('level', 'PROVINCE').pluck('code')) as string[])
        : provinces;
    await knex()('membership').insert(
      codes.map((code) => ({ user_id: id, role: 'DINAS', region_code: code })),
    );
    return server.signIn(email);
  }

  test('the ministry, Dinas of every province, sees the whole of Indonesia by default', async () => {
    const token = await dinasOf('kemenkop@test.mitradesa.id', 'ALL');
    const response = await server.graphql<{ dinasDashboard: Dashboard }>(
      DASHBOARD,
      { regionCode: null },
      { token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.dinasDashboard.region).toBeNull();
    await expectDashboardOf(response.data!.dinasDashboard, null);
    // Session, breakdown, proposals: as for an admin.
    expect(response.sqlStatements).toBe(3);
  });

  test('a Dinas of two provinces sees the first of them by default, and never the nation', async () => {
    const token = await dinasOf('dinas.dua@test.mitradesa.id', ['61', '33']);
    const response = await server.graphql<{ dinasDashboard: Dashboard }>(
      DASHBOARD,
      { regionCode: null },
      { token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.dinasDashboard.region!.code).toBe('33');
    const other = await server.graphql(DASHBOARD, { regionCode: '62' }, { token });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

/* ---------- Public cooperative figures ---------- */

const COOPERATIVE_FIGURES = /* GraphQL */ `
  query ($regionCode: String) {
    cooperativeFigures(regionCode: $regionCode) {
      region {
        code
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
    }
  }
`;

interface Figures {
  region: { code: string } | null;
  cooperatives: number;
  byStage: StageCount[];
  breakdown: Dashboard['breakdown'];
}

async function publicFigures(regionCode: string | null) {
  return server.graphql<{ cooperativeFigures: Figures | null }>(COOPERATIVE_FIGURES, { regionCode });
}

describe('cooperativeFigures (public)', () => {
  test('the nation by province, a province by regency, a regency by district, for anyone', async () => {
    for (const code of [null, '33', '61', '61.03']) {
      const response = await publicFigures(code);
      expect(response.errors).toBeUndefined();
      const figures = response.data!.cooperativeFigures!;
      expect(figures.region?.code ?? null).toBe(code);
      expect(figures.breakdown).toEqual(await expectedAreas(code));
      expect(figures.cooperatives).toBe(figures.breakdown.reduce((sum, area) => sum + area.total, 0));
    }
    const nation = (await publicFigures(null)).data!.cooperativeFigures!;
    expect(nation.cooperatives).toBe(2300);
    expect(nation.breakdown.map((area) => area.region.code)).toHaveLength(38);
  });

  test.each([['61.03.05'], ['Kalimantan'], ['99']])(
    'a code that is not a province or regency (%s) is BAD_USER_INPUT',
    async (code) => {
      const response = await publicFigures(code);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  test('costs the same statements for the nation as for a regency', async () => {
    const nation = await publicFigures(null);
    const regency = await publicFigures('61.03');
    // The breakdown only: a region is looked up in the kept region table.
    expect(nation.sqlStatements).toBe(1);
    expect(regency.sqlStatements).toBe(1);
  });
});

/* ---------- The counters follow every kind of write ---------- */

/** The counters hold exactly what the rows say (rows counted zero may linger, which is harmless). */
async function expectCountersMatchRows() {
  const cooperatives = await knex().raw(
    `with actual as (
       select code as region_code, stage, count(*)::int as cooperatives
         from cooperative, unnest(array[left(village_code, 2), left(village_code, 5), left(village_code, 8)]) code
        group by 1, 2),
     kept as (select region_code, stage, cooperatives from cooperative_stage_count where cooperatives <> 0)
     (select * from actual except select * from kept) union all (select * from kept except select * from actual)`,
  );
  expect(cooperatives.rows).toEqual([]);
  const proposals = await knex().raw(
    `with actual as (
       select left(c.village_code, 5) as regency_code, p.status, count(*)::int as proposals,
              (count(*) filter (where p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED')))::int as deals,
              coalesce(sum(t.amount) filter (where p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED')), 0)::numeric(20,2) as volume
         from proposal p join cooperative c on c.id = p.cooperative_id
         left join proposal_terms t on t.proposal_id = p.id and t.version = p.accepted_terms_version
        where p.submitted_at is not null
        group by 1, 2),
     kept as (select regency_code, status, proposals, financing_deals, financing_volume from proposal_status_count
               where (proposals, financing_deals, financing_volume) <> (0, 0, 0))
     (select * from actual except select * from kept) union all (select * from kept except select * from actual)`,
  );
  expect(proposals.rows).toEqual([]);
}

describe('the counters after writes', () => {
  test('a cooperative that changes stage moves one count from stage to stage, everywhere', async () => {
    const cooperative = (await knex()('cooperative')
      .whereLike('village_code', '33.19.%')
      .where('stage', 'LEGALLY_FORMED')
      .orderBy('id')
      .first('id', 'village_code')) as { id: number; village_code: string };
    const before = await dashboard('dinasJawaTengah', '33.19');
    await knex()('cooperative').where('id', cooperative.id).update({ stage: 'OPERATING' });
    const after = await dashboard('dinasJawaTengah', '33.19');
    const count = (figures: Dashboard, stage: string) =>
      figures.byStage.find((entry) => entry.stage === stage)!.count;
    expect(count(after, 'LEGALLY_FORMED')).toBe(count(before, 'LEGALLY_FORMED') - 1);
    expect(count(after, 'OPERATING')).toBe(count(before, 'OPERATING') + 1);
    expect(after.cooperatives).toBe(before.cooperatives);
    await expectDashboardOf(after, '33.19');
    await expectDashboardOf(await dashboard('admin'), null);
    await expectCountersMatchRows();
  });

  test('a new cooperative counts at once; a removed one leaves with its proposals', async () => {
    // A village of Kabupaten Semarang, which has no cooperative in the demo.
    const village = (await knex()('region')
      .whereLike('code', '33.22.%')
      .where('level', 'VILLAGE')
      .orderBy('code')
      .first('code')) as { code: string };
    const [{ id }] = (await knex()('cooperative')
      .insert({
        kind: 'KDMP',
        name: 'Koperasi Desa Merah Putih Uji',
        village_code: village.code,
        stage: 'ORGANISED',
      })
      .returning('id')) as { id: number }[];
    const added = await dashboard('admin', '33');
    expect(added.breakdown.find((area) => area.region.code === '33.22')!.total).toBe(1);
    await expectDashboardOf(added, '33');

    // A Sanggau cooperative with accepted financing goes, and its proposals with it (cascade).
    const withFinancing = (await knex()('proposal as p')
      .join('cooperative as c', 'c.id', 'p.cooperative_id')
      .whereLike('c.village_code', '61.03.%')
      .where('p.kind', 'FINANCING')
      .whereIn('p.status', ['ACCEPTED', 'COMPLETED'])
      .orderBy('c.id')
      .first('c.id')) as { id: number };
    const before = await dashboard('dinasSanggau');
    await knex()('cooperative').whereIn('id', [id, withFinancing.id]).delete();
    const after = await dashboard('dinasSanggau');
    expect(after.cooperatives).toBe(before.cooperatives - 1);
    expect(after.acceptedFinancingProposals).toBeLessThan(before.acceptedFinancingProposals);
    await expectDashboardOf(after, '61.03');
    await expectDashboardOf(await dashboard('admin', '33'), '33');
    await expectCountersMatchRows();
  });

  test('proposals: a status change, a changed accepted amount, a deleted proposal, a cooperative that moves', async () => {
    const accepted = (await knex()('proposal as p')
      .join('cooperative as c', 'c.id', 'p.cooperative_id')
      .whereLike('c.village_code', '61.%')
      .where('p.kind', 'FINANCING')
      .whereIn('p.status', ['ACCEPTED', 'COMPLETED'])
      .orderBy('p.id')
      .select('p.id', 'p.accepted_terms_version', 'c.id as cooperative_id', 'c.village_code')) as {
      id: number;
      accepted_terms_version: number;
      cooperative_id: number;
      village_code: string;
    }[];
    expect(accepted.length).toBeGreaterThanOrEqual(3);
    const [completed, amended, removed] = accepted;
    await knex()('proposal').where('id', completed.id).update({ status: 'COMPLETED', closed_at: new Date() });
    await knex()('proposal_terms')
      .where({ proposal_id: amended.id, version: amended.accepted_terms_version })
      .update({ amount: knex().raw('coalesce(amount, 0) + 1000000') });
    await knex()('proposal').where('id', removed.id).delete();
    await expectCountersMatchRows();

    // Moved to a village of another regency (its own village freed first): the proposals follow.
    const target = (await knex()('region as v')
      .where('v.level', 'VILLAGE')
      .whereLike('v.code', '33.22.%')
      .whereNotExists(knex()('cooperative as c').whereRaw('c.village_code = v.code'))
      .orderBy('v.code')
      .first('v.code')) as { code: string };
    await knex()('cooperative').where('id', completed.cooperative_id).update({ village_code: target.code });
    await expectCountersMatchRows();
    await expectDashboardOf(await dashboard('admin', '33'), '33');
    await expectDashboardOf(
      await dashboard('admin', completed.village_code.slice(0, 5)),
      completed.village_code.slice(0, 5),
    );
    await expectDashboardOf(await dashboard('admin'), null);
  });

  test('a rebuild from the rows reproduces the counters the triggers kept', async () => {
    const before = await knex().raw(
      "select md5(string_agg(t::text, '|' order by t::text)) as hash from cooperative_stage_count t where cooperatives <> 0",
    );
    await knex().raw('delete from cooperative_stage_count');
    await knex().raw('select dashboard_figures_rebuild()');
    const after = await knex().raw(
      "select md5(string_agg(t::text, '|' order by t::text)) as hash from cooperative_stage_count t where cooperatives <> 0",
    );
    expect(after.rows[0].hash).toBe(before.rows[0].hash);
    await expectCountersMatchRows();
  });
});

/* ---------- Plans ---------- */

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}

test.each([[null], ['33'], ['61'], ['61.03']])(
  'the dashboard statements for %s read the counters and the region index, never cooperative or proposal',
  async (regionCode) => {
    for (const { sql, bindings } of [breakdownStatement(regionCode), proposalCountersStatement(regionCode)]) {
      const result = await knex().raw(`explain (format json) ${sql}`, bindings);
      const nodes = planNodes(result.rows[0]['QUERY PLAN'][0].Plan as PlanNode);
      const relations = new Set(
        nodes.flatMap((node) => (node['Relation Name'] ? [node['Relation Name']] : [])),
      );
      for (const relation of relations) {
        expect(['region', 'cooperative_stage_count', 'proposal_status_count']).toContain(relation);
      }
      // The 91,599 regions are found through an index, whatever the size of the data.
      expect(
        nodes.some((node) => node['Relation Name'] === 'region' && node['Node Type'] === 'Seq Scan'),
      ).toBe(false);
    }
  },
);

/* ---------- Cost ---------- */

test('the statement count is the same for a province (14 regencies) as for a regency', async () => {
  await tokenOf('admin');
  const province = await dashboardAs('admin', '61');
  const regency = await dashboardAs('admin', '61.03');
  expect(province.errors).toBeUndefined();
  expect(regency.errors).toBeUndefined();
  expect(province.sqlStatements).toBe(regency.sqlStatements);
  // Session lookup + cooperatives by area + proposals by area and status (regions come from the
  // kept table).
  expect(province.sqlStatements).toBeLessThanOrEqual(3);
  const nation = await dashboardAs('admin');
  expect(nation.errors).toBeUndefined();
  expect(nation.sqlStatements).toBe(province.sqlStatements);
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

describe('proposals per regency and per month', () => {
  const BY_AREA = /* GraphQL */ `
    query ($regionCode: String) {
      dinasDashboard(regionCode: $regionCode) {
        proposals
        acceptedProposals
        financingVolume {
          amount
        }
        proposalBreakdown {
          region {
            code
          }
          proposals
          acceptedProposals
          financingVolume {
            amount
          }
        }
        trend {
          month
          submitted
          accepted
        }
      }
    }
  `;
  interface ByArea {
    proposals: number;
    acceptedProposals: number;
    financingVolume: { amount: string };
    proposalBreakdown: {
      region: { code: string };
      proposals: number;
      acceptedProposals: number;
      financingVolume: { amount: string };
    }[];
    trend: { month: string; submitted: number; accepted: number }[];
  }
  async function byArea(regionCode: string | null): Promise<ByArea> {
    const response = await server.graphql<{ dinasDashboard: ByArea }>(
      BY_AREA,
      { regionCode },
      { token: await tokenOf('admin') },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.dinasDashboard;
  }

  test('a province: each regency with its proposals and accepted financing, adding up to the province', async () => {
    const figures = await byArea('61');
    const regencies = (await knex()('region')
      .where('parent_code', '61')
      .orderBy('code')
      .pluck('code')) as string[];
    expect(figures.proposalBreakdown.map((area) => area.region.code)).toEqual(regencies);
    for (const area of figures.proposalBreakdown) {
      const expected = await expectedProposals(area.region.code);
      expect(area.proposals).toBe(expected.proposals);
      expect(area.acceptedProposals).toBe(expected.acceptedProposals);
      expect(canonical(area.financingVolume.amount)).toBe(expected.financingVolume);
    }
    expect(figures.proposalBreakdown.reduce((sum, area) => sum + area.proposals, 0)).toBe(figures.proposals);
  });

  test('the nation: each province; a regency: no breakdown below it', async () => {
    const nation = await byArea(null);
    expect(nation.proposalBreakdown.map((area) => area.region.code)).toContain('61');
    expect(nation.proposalBreakdown.reduce((sum, area) => sum + area.acceptedProposals, 0)).toBe(
      nation.acceptedProposals,
    );
    expect((await byArea('61.03')).proposalBreakdown).toEqual([]);
  });

  test('the trend counts the proposals sent and accepted each month, and follows a new event', async () => {
    const events = async (regionCode: string) =>
      (
        await knex().raw(
          `select to_char(date_trunc('month', e.created_at at time zone 'Asia/Pontianak'), 'YYYY-MM') as month,
                  count(*) filter (where e.to_status = 'SUBMITTED')::int as submitted,
                  count(*) filter (where e.to_status = 'ACCEPTED')::int as accepted
             from proposal_event e join proposal p on p.id = e.proposal_id join cooperative c on c.id = p.cooperative_id
            where starts_with(c.village_code, ?) group by 1`,
          [`${regionCode}.`],
        )
      ).rows as { month: string; submitted: number; accepted: number }[];
    const expectTrend = async () => {
      const trend = (await byArea('61')).trend;
      expect(trend).toHaveLength(12);
      const counted = new Map((await events('61')).map((row) => [row.month, row]));
      expect(trend).toEqual(
        trend.map(({ month }) => ({
          month,
          submitted: counted.get(month)?.submitted ?? 0,
          accepted: counted.get(month)?.accepted ?? 0,
        })),
      );
      return trend;
    };
    const before = await expectTrend();
    const proposal = (await knex()('proposal as p')
      .join('cooperative as c', 'c.id', 'p.cooperative_id')
      .whereLike('c.village_code', '61.%')
      .first('p.id')) as { id: number };
    await knex()('proposal_event').insert({
      proposal_id: proposal.id,
      actor: 'PARTNER',
      action: 'ACCEPT',
      to_status: 'ACCEPTED',
      created_at: new Date(),
    });
    const after = await expectTrend();
    expect(after[11].accepted).toBe(before[11].accepted + 1);
  });
});
