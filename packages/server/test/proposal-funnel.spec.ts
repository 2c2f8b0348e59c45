import { startTestServer, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { lastMonths } from '../src/modules/proposal/proposal.funnel';

/**
 * A partner's proposal funnel: how far its sent proposals got, where the ones that ended stopped,
 * the median time to a decision and the volume per month; who may read it; its statements.
 */
let server: TestServer;
let fixture: Fixture;
const knex = () => server.orm.em.getKnex();

beforeAll(async () => {
  server = await startTestServer();
  fixture = await loadFixture(knex());
});
afterAll(() => server.close());

const STEPS = ['SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING', 'ACCEPTED', 'COMPLETED'];
const DROPPED = ['DECLINED', 'WITHDRAWN', 'EXPIRED', 'CANCELLED'];

const FUNNEL = `query ($id: ID!) {
  partner(id: $id) {
    proposalFunnel {
      steps { status reached droppedOut }
      decided
      medianDaysToDecision
      byMonth { month submitted accepted }
    }
  }
}`;

interface Funnel {
  steps: { status: string; reached: number; droppedOut: number }[];
  decided: number;
  medianDaysToDecision: number | null;
  byMonth: { month: string; submitted: number; accepted: number }[];
}

async function funnelAs(user: DemoUser | null, partnerId: number) {
  const token = user ? await server.signIn(DEMO[user]) : undefined;
  const response = await server.graphql<{ partner: { proposalFunnel: Funnel | null } }>(
    FUNNEL,
    { id: globalIdOf('Partner', partnerId) },
    { token },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.partner.proposalFunnel;
}

/** The same figures worked out here, from the proposals and their events. */
async function expectedFunnel(partnerId: number) {
  const proposals = (await knex()('proposal')
    .where('partner_id', partnerId)
    .whereNotNull('submitted_at')
    .select('id', 'status', 'submitted_at')) as { id: number; status: string; submitted_at: string }[];
  const events = (await knex()('proposal_event')
    .whereIn(
      'proposal_id',
      proposals.map((proposal) => proposal.id),
    )
    .select('proposal_id', 'to_status', knex().raw(`extract(epoch from created_at) as at`))) as {
    proposal_id: number;
    to_status: string;
    at: string;
  }[];
  const furthest = new Map<number, number>();
  for (const event of events) {
    const rank = STEPS.indexOf(event.to_status) + 1;
    if (rank > (furthest.get(event.proposal_id) ?? 0)) furthest.set(event.proposal_id, rank);
  }
  return STEPS.map((status, index) => ({
    status,
    reached: proposals.filter((proposal) => (furthest.get(proposal.id) ?? 0) >= index + 1).length,
    droppedOut: proposals.filter(
      (proposal) => furthest.get(proposal.id) === index + 1 && DROPPED.includes(proposal.status),
    ).length,
  }));
}

test('a bank officer reads its funnel: the steps agree with its proposals and their events', async () => {
  const funnel = await funnelAs('bankOfficer', fixture.bankId);
  expect(funnel).not.toBeNull();
  expect(funnel!.steps).toEqual(await expectedFunnel(fixture.bankId));
  expect(funnel!.steps[0].reached).toBeGreaterThan(0);
  // Each step holds no more than the one before it.
  for (let index = 1; index < funnel!.steps.length; index += 1) {
    expect(funnel!.steps[index].reached).toBeLessThanOrEqual(funnel!.steps[index - 1].reached);
  }
  const decided = (await knex()('proposal as p')
    .where('p.partner_id', fixture.bankId)
    .whereNotNull('p.submitted_at')
    .whereExists((event) =>
      event
        .select(1)
        .from('proposal_event as e')
        .whereRaw('e.proposal_id = p.id')
        .whereIn('e.to_status', ['ACCEPTED', 'DECLINED']),
    )
    .count({ n: '*' })
    .first()) as { n: string };
  expect(funnel!.decided).toBe(Number(decided.n));
  if (funnel!.decided > 0) expect(funnel!.medianDaysToDecision).toBeGreaterThanOrEqual(0);
  expect(funnel!.byMonth.map((month) => month.month)).toEqual(lastMonths(new Date(), 12));
});

test('a month counts the proposals sent and accepted in it', async () => {
  const before = await funnelAs('bankAdmin', fixture.bankId);
  const proposal = (await knex()('proposal')
    .where({ partner_id: fixture.bankId })
    .whereNotNull('submitted_at')
    .first('id')) as { id: number };
  await knex()('proposal_event').insert([
    {
      proposal_id: proposal.id,
      actor: 'PARTNER',
      action: 'ACCEPT',
      to_status: 'ACCEPTED',
      created_at: new Date(),
    },
  ]);
  const after = await funnelAs('bankAdmin', fixture.bankId);
  const thisMonth = (funnel: Funnel) => funnel.byMonth[funnel.byMonth.length - 1];
  expect(thisMonth(after!).accepted).toBe(thisMonth(before!).accepted + 1);
  expect(thisMonth(after!).submitted).toBe(thisMonth(before!).submitted);
});

test('only its staff and admins, and Dinas for its region, read it; the public and other partners do not', async () => {
  expect(await funnelAs(null, fixture.bankId)).toBeNull();
  expect(await funnelAs('buyer', fixture.bankId)).toBeNull();
  expect(await funnelAs('ketua', fixture.bankId)).toBeNull();
  const dinas = await funnelAs('dinasSanggau', fixture.bankId);
  expect(dinas).not.toBeNull();
  const all = await funnelAs('admin', fixture.bankId);
  expect(dinas!.steps[0].reached).toBeLessThanOrEqual(all!.steps[0].reached);
});

test('the funnels of a page of partners cost two statements, however many partners', async () => {
  const token = await server.signIn(DEMO.admin);
  const page = (first: number) =>
    server.graphql(
      `query ($first: Int) { partners(first: $first) { edges { node { proposalFunnel { decided steps { reached } } } } } }`,
      { first },
      { token },
    );
  const few = await page(2);
  const many = await page(20);
  expect(few.errors).toBeUndefined();
  expect(many.errors).toBeUndefined();
  expect(many.sqlStatements).toBe(few.sqlStatements);
});
