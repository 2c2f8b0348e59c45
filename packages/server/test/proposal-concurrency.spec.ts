import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/database';
import { createApp, type App } from '../src/app';
import { ProposalSide } from '../src/modules/proposal/proposal.entity';
import {
  listenForTests,
  startTestServer,
  type GraphQLResponse,
  type TestServer,
} from './support/test-server';
import { globalIdOf } from './support/ids';
import { loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import {
  ACTION_MUTATIONS,
  countOf,
  insertProposal,
  mutationDocument,
  outcomeOf,
  storedProposal,
  tokenCache,
  type StageName,
} from './proposal/helpers';

/**
 * No lost updates: many conflicting actions on the same proposal, all naming the same version and
 * fired at once over HTTP at three API processes (separate connection pools on one database).
 * Exactly one wins per proposal, every other one gets CONFLICT, and the winner wrote exactly one
 * event.
 */

// A round is 1,000 requests at once over three processes in this one Node process: on a busy
// 2-core machine it can take over a minute, which is load, not a hang.
jest.setTimeout(240_000);

const PROPOSALS_PER_ROUND = 20;
const ACTIONS_PER_PROPOSAL = 50;

let server: TestServer;
let knex: Knex;
let fixture: Fixture;
const tokenOf = tokenCache(() => server);
/** Extra API processes on the same database, as in a deployment with several replicas. */
const replicas: { orm: MikroORM; app: App; http: Server; url: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  knex = server.orm.em.getKnex();
  fixture = await loadFixture(knex);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  for (let i = 0; i < 2; i += 1) {
    const orm = await connect(server.orm.config.get('clientUrl')!, 10);
    const app = await createApp(config, orm, pino({ level: 'silent' }));
    const http = await listenForTests(app);
    replicas.push({ orm, app, http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` });
  }
});

afterAll(async () => {
  for (const replica of replicas) {
    await new Promise<void>((resolve) => replica.http.close(() => resolve()));
    await replica.app.stop();
    await replica.orm.close(true);
  }
  await server.close();
});

/** Sends a request to one of the three processes, round robin. */
async function post(index: number, query: string, variables: Record<string, unknown>, token: string) {
  const urls = [server.url, ...replicas.map((replica) => replica.url)];
  const response = await fetch(`${urls[index % urls.length]}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) } as GraphQLResponse;
}

/** One contender: who sends which action. */
interface Contender {
  user: DemoUser;
  action: keyof typeof ACTION_MUTATIONS;
}

interface Round {
  name: string;
  stage: StageName;
  startedBy: ProposalSide;
  turn?: ProposalSide;
  /** Cycled through for the 50 actions on each proposal. */
  contenders: Contender[];
}

const ROUNDS: Round[] = [
  {
    name: 'cooperative on turn: accept vs decline vs counter',
    stage: 'NEGOTIATING',
    startedBy: ProposalSide.COOPERATIVE,
    turn: ProposalSide.COOPERATIVE,
    contenders: [
      { user: 'ketua', action: 'ACCEPT' },
      { user: 'pengurus', action: 'DECLINE' },
      { user: 'ketua', action: 'COUNTER' },
    ],
  },
  {
    name: 'partner on turn: accept vs decline vs counter, while the cooperative withdraws',
    stage: 'NEGOTIATING',
    startedBy: ProposalSide.COOPERATIVE,
    turn: ProposalSide.PARTNER,
    contenders: [
      { user: 'bankOfficer', action: 'ACCEPT' },
      { user: 'bankAdmin', action: 'DECLINE' },
      { user: 'bankOfficer', action: 'COUNTER' },
      { user: 'ketua', action: 'WITHDRAW' },
    ],
  },
  {
    name: 'under review: the bank answers while the cooperative withdraws',
    stage: 'UNDER_REVIEW',
    startedBy: ProposalSide.COOPERATIVE,
    contenders: [
      { user: 'bankAdmin', action: 'COUNTER' },
      { user: 'bankOfficer', action: 'ACCEPT' },
      { user: 'bankOfficer', action: 'DECLINE' },
      { user: 'pengurus', action: 'WITHDRAW' },
    ],
  },
];

const figures = { rounds: 0, proposals: 0, actions: 0, successes: 0, conflicts: 0, other: 0 };

test.each(ROUNDS.map((round) => [round.name, round] as const))(
  `round: %s — ${PROPOSALS_PER_ROUND} proposals × ${ACTIONS_PER_PROPOSAL} concurrent actions`,
  async (_name, round) => {
    const ids: number[] = [];
    for (let i = 0; i < PROPOSALS_PER_ROUND; i += 1) {
      ids.push(
        await insertProposal(knex, {
          stage: round.stage,
          startedBy: round.startedBy,
          turn: round.turn,
          cooperativeId: fixture.demoCooperativeId,
          partnerId: fixture.bankId,
        }),
      );
    }
    const before = new Map<number, { version: number; latest: number; events: number }>();
    for (const id of ids) {
      const row = await storedProposal(knex, id);
      before.set(id, {
        version: row.version,
        latest: row.latest_terms_version,
        events: await countOf(knex('proposal_event').where('proposal_id', id)),
      });
    }
    const tokens = new Map<DemoUser, string>();
    for (const contender of round.contenders) tokens.set(contender.user, await tokenOf(contender.user));

    // Every request is built first, then all are sent at once.
    const requests = ids.flatMap((id) =>
      Array.from({ length: ACTIONS_PER_PROPOSAL }, (_, n) => {
        const contender = round.contenders[n % round.contenders.length];
        const spec = ACTION_MUTATIONS[contender.action];
        const seen = before.get(id)!;
        return {
          id,
          send: (index: number) =>
            post(
              index,
              mutationDocument(spec.mutation),
              {
                input: {
                  proposalId: globalIdOf('Proposal', id),
                  version: seen.version,
                  ...spec.extra(seen.latest),
                },
              },
              tokens.get(contender.user)!,
            ),
        };
      }),
    );
    const outcomes = await Promise.all(requests.map((request, index) => request.send(index)));

    for (const id of ids) {
      const mine = outcomes.filter((_, index) => requests[index].id === id);
      const codes = mine.map((response) => outcomeOf(response) ?? 'OK');
      const successes = codes.filter((code) => code === 'OK').length;
      const conflicts = codes.filter((code) => code === 'CONFLICT').length;
      figures.actions += codes.length;
      figures.successes += successes;
      figures.conflicts += conflicts;
      figures.other += codes.length - successes - conflicts;
      expect({ id, successes, conflicts }).toEqual({ id, successes: 1, conflicts: ACTIONS_PER_PROPOSAL - 1 });
      const seen = before.get(id)!;
      const after = await storedProposal(knex, id);
      expect(after.version).toBe(seen.version + 1);
      expect(await countOf(knex('proposal_event').where('proposal_id', id))).toBe(seen.events + 1);
      // The one event is the winner's action.
      const winner =
        round.contenders[
          mine.findIndex((response) => outcomeOf(response) === undefined) % round.contenders.length
        ];
      const last = await knex('proposal_event')
        .where('proposal_id', id)
        .orderBy('id', 'desc')
        .first('action');
      expect(last.action).toBe(winner.action);
    }
    figures.rounds += 1;
    figures.proposals += ids.length;
  },
);

afterAll(() => {
  console.log(
    `proposal concurrency: ${figures.rounds} rounds, ${figures.proposals} proposals, ${figures.actions} concurrent actions ` +
      `(${ACTIONS_PER_PROPOSAL} per proposal over 3 API processes): ${figures.successes} succeeded, ` +
      `${figures.conflicts} CONFLICT, ${figures.other} other`,
  );
});
