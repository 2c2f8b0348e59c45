import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { connect } from '../src/db/database';
import { ProposalSide } from '../src/modules/proposal/proposal.entity';
import { expireOverdueProposals, startProposalExpiry } from '../src/modules/proposal/proposal.expiry';
import { startTestServer, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';
import { loadFixture, type Fixture } from './authorization/fixture';
import { countOf, insertProposal, type StageName } from './proposal/helpers';

/**
 * The expiry job ends proposals whose deadline has passed, exactly those, with one EXPIRE event
 * each, and stays correct when several processes run it at the same moment.
 */

let server: TestServer;
let knex: Knex;
let fixture: Fixture;
/** A second "process": its own MikroORM instance and pool on the same database. */
let otherProcess: MikroORM;

beforeAll(async () => {
  server = await startTestServer();
  knex = server.orm.em.getKnex();
  fixture = await loadFixture(knex);
  otherProcess = await connect(server.orm.config.get('clientUrl')!, 4);
});
afterAll(async () => {
  await otherProcess.close(true);
  await server.close();
});

const HOUR = 60 * 60 * 1000;

/** Proposals of a fresh pair of organisations, so the seeded data stays out of the counts. */
async function insertMany(
  count: number,
  stage: StageName,
  expiresAt: Date | null,
  title: string,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i += 1) {
    ids.push(
      await insertProposal(knex, {
        stage,
        startedBy: ProposalSide.COOPERATIVE,
        cooperativeId: fixture.otherCooperativeId,
        partnerId: fixture.buyerId,
        expiresAt,
        title,
      }),
    );
  }
  return ids;
}

async function statesOf(ids: number[]) {
  const rows: {
    id: number;
    status: string;
    turn: string | null;
    expires_at: string | null;
    events: string;
    expiries: string;
  }[] = await knex('proposal as p')
    .whereIn('p.id', ids)
    .select('p.id', 'p.status', 'p.turn', 'p.expires_at')
    .select(knex.raw('(select count(*) from proposal_event e where e.proposal_id = p.id) as events'))
    .select(
      knex.raw(
        "(select count(*) from proposal_event e where e.proposal_id = p.id and e.action = 'EXPIRE') as expiries",
      ),
    )
    .orderBy('p.id');
  return rows;
}

test('the seeded demo has no overdue proposals: nothing of it expires when a server starts', async () => {
  expect(
    await countOf(
      knex('proposal')
        .whereIn('status', ['SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING'])
        .where('expires_at', '<=', new Date()),
    ),
  ).toBe(0);
});

test('exactly the overdue open proposals expire, each with one EXPIRE event; the rest are untouched', async () => {
  const past = new Date(Date.now() - HOUR);
  const overdue = [
    ...(await insertMany(3, 'SUBMITTED', past, 'overdue')),
    ...(await insertMany(3, 'UNDER_REVIEW', past, 'overdue')),
    ...(await insertMany(3, 'NEGOTIATING', past, 'overdue')),
  ];
  const untouched = [
    ...(await insertMany(3, 'NEGOTIATING', new Date(Date.now() + HOUR), 'not yet due')),
    // Stale deadlines on proposals that are not waiting for anyone: the table does not expire these.
    ...(await insertMany(2, 'DRAFT', past, 'draft')),
    ...(await insertMany(2, 'ACCEPTED', past, 'accepted')),
  ];
  const untouchedBefore = await statesOf(untouched);

  const expired = await expireOverdueProposals(server.orm.em.fork());

  expect(expired).toBe(overdue.length);
  for (const row of await statesOf(overdue)) {
    expect(row).toMatchObject({
      status: 'EXPIRED',
      turn: null,
      expires_at: null,
      events: '2',
      expiries: '1',
    });
  }
  const event = await knex('proposal_event').where({ proposal_id: overdue[0], action: 'EXPIRE' }).first();
  expect(event).toMatchObject({
    actor: 'SYSTEM',
    side: null,
    actor_user_id: null,
    from_status: 'SUBMITTED',
    to_status: 'EXPIRED',
  });
  expect(await statesOf(untouched)).toEqual(untouchedBefore);
  // Running again finds nothing.
  expect(await expireOverdueProposals(server.orm.em.fork())).toBe(0);
});

test('two runs in parallel, in two processes, never expire a proposal twice', async () => {
  // More than one batch (200), so the runs interleave over several transactions.
  const overdue = await insertMany(450, 'NEGOTIATING', new Date(Date.now() - HOUR), 'race');
  const [first, second] = await Promise.all([
    expireOverdueProposals(server.orm.em.fork()),
    expireOverdueProposals(otherProcess.em.fork()),
  ]);
  console.log(
    `parallel expiry runs: ${first} + ${second} = ${first + second} of ${overdue.length} overdue proposals`,
  );
  expect(first + second).toBe(overdue.length);
  const rows = await statesOf(overdue);
  expect(rows.filter((row) => row.status !== 'EXPIRED')).toEqual([]);
  expect(rows.filter((row) => row.expiries !== '1')).toEqual([]);
});

test('a user action racing the job: one of them wins, the other changes nothing', async () => {
  const [id] = await insertMany(1, 'NEGOTIATING', new Date(Date.now() - HOUR), 'race with a user');
  const token = await server.signIn('ketua.sambas@demo.mitradesa.id');
  const { version } = await knex('proposal').where('id', id).first('version');
  const [expired, response] = await Promise.all([
    expireOverdueProposals(otherProcess.em.fork()),
    server.graphql(
      'mutation ($input: DeclineProposalInput!) { declineProposal(input: $input) { proposal { status } userErrors { code } } }',
      { input: { proposalId: globalIdOf('Proposal', id), version, reason: 'Tidak jadi.' } },
      { token },
    ),
  ]);
  const declined = (response.data as { declineProposal: { userErrors: { code: string }[] } }).declineProposal;
  const stored = await knex('proposal').where('id', id).first('status');
  const events = await countOf(knex('proposal_event').where('proposal_id', id));
  // Whoever came second found the proposal changed: the job skips it, the user gets CONFLICT.
  if (expired === 1) {
    expect({ status: stored.status, userErrors: declined.userErrors }).toEqual({
      status: 'EXPIRED',
      userErrors: [{ code: 'CONFLICT' }],
    });
  } else {
    expect({ status: stored.status, userErrors: declined.userErrors }).toEqual({
      status: 'DECLINED',
      userErrors: [],
    });
  }
  expect(events).toBe(2);
});

test('the scheduled job runs on its interval and stops cleanly', async () => {
  const [id] = await insertMany(1, 'SUBMITTED', new Date(Date.now() - HOUR), 'scheduled');
  const job = startProposalExpiry(server.orm, 50, pino({ level: 'silent' }));
  for (let waited = 0; waited < 5000; waited += 50) {
    const { status } = await knex('proposal').where('id', id).first('status');
    if (status === 'EXPIRED') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await job.stop();
  expect((await knex('proposal').where('id', id).first('status')).status).toBe('EXPIRED');
  // Stopped: a proposal that becomes overdue now stays as it is.
  const [later] = await insertMany(1, 'SUBMITTED', new Date(Date.now() - HOUR), 'after stop');
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect((await knex('proposal').where('id', later).first('status')).status).toBe('SUBMITTED');
});
