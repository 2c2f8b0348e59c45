import type { Knex } from '@mikro-orm/postgresql';
import { ProposalAction, ProposalActor, ProposalSide } from '../src/modules/proposal/proposal.entity';
import {
  findTransition,
  roleOf,
  statusOf,
  TRANSITIONS,
  turnAfter,
  type ProposalStage,
} from '../src/modules/proposal/proposal.transitions';
import { expireOverdueProposals } from '../src/modules/proposal/proposal.expiry';
import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import {
  ACTION_MUTATIONS,
  FINANCING_TERMS,
  insertProposal,
  mutationDocument,
  outcomeOf,
  payloadOf,
  runAction,
  snapshot,
  tokenCache,
  stage,
  type ProposalFixture,
  type StageName,
} from './proposal/helpers';

/**
 * Walks every combination of state × action × acting side of the transition table through the
 * API: what the table allows succeeds and lands where the table says; everything else is
 * INVALID_TRANSITION (or NOT_FOUND where the actor cannot see the proposal) and changes nothing.
 */

let server: TestServer;
let knex: Knex;
let fixture: Fixture;
const tokenOf = tokenCache(() => server);

beforeAll(async () => {
  server = await startTestServer();
  knex = server.orm.em.getKnex();
  fixture = await loadFixture(knex);
});
afterAll(() => server.close());

const { COOPERATIVE, PARTNER } = ProposalSide;

/** Every stage a proposal can be in, from both parties' side where that makes a difference. */
interface Situation {
  name: string;
  stage: StageName;
  startedBy: ProposalSide;
  turn?: ProposalSide;
  /** Drafted by the demo mentor, who then brokers it (only cooperative-started ones). */
  brokered: boolean;
}

const SITUATIONS: Situation[] = [
  { name: 'DRAFT of the cooperative', stage: 'DRAFT', startedBy: COOPERATIVE, brokered: false },
  { name: 'DRAFT of the partner', stage: 'DRAFT', startedBy: PARTNER, brokered: false },
  { name: 'MENTOR_DRAFT', stage: 'MENTOR_DRAFT', startedBy: COOPERATIVE, brokered: true },
  { name: 'SUBMITTED by the cooperative', stage: 'SUBMITTED', startedBy: COOPERATIVE, brokered: true },
  { name: 'SUBMITTED by the partner', stage: 'SUBMITTED', startedBy: PARTNER, brokered: false },
  { name: 'UNDER_REVIEW by the partner', stage: 'UNDER_REVIEW', startedBy: COOPERATIVE, brokered: true },
  { name: 'UNDER_REVIEW by the cooperative', stage: 'UNDER_REVIEW', startedBy: PARTNER, brokered: false },
  {
    name: 'NEGOTIATING, cooperative on turn',
    stage: 'NEGOTIATING',
    startedBy: COOPERATIVE,
    turn: COOPERATIVE,
    brokered: true,
  },
  {
    name: 'NEGOTIATING, partner on turn',
    stage: 'NEGOTIATING',
    startedBy: COOPERATIVE,
    turn: PARTNER,
    brokered: true,
  },
  { name: 'ACCEPTED', stage: 'ACCEPTED', startedBy: COOPERATIVE, brokered: true },
  { name: 'DECLINED', stage: 'DECLINED', startedBy: COOPERATIVE, brokered: true },
  { name: 'WITHDRAWN', stage: 'WITHDRAWN', startedBy: COOPERATIVE, brokered: true },
  { name: 'EXPIRED', stage: 'EXPIRED', startedBy: COOPERATIVE, brokered: true },
  { name: 'COMPLETED', stage: 'COMPLETED', startedBy: COOPERATIVE, brokered: true },
  { name: 'CANCELLED', stage: 'CANCELLED', startedBy: COOPERATIVE, brokered: true },
];

/** The acting sides, each played by a demo account. */
const ACTORS: { actor: ProposalActor; user: DemoUser }[] = [
  { actor: ProposalActor.COOPERATIVE, user: 'ketua' },
  { actor: ProposalActor.PARTNER, user: 'bankOfficer' },
  { actor: ProposalActor.MENTOR, user: 'mentor' },
];

const ACTIONS = Object.keys(ACTION_MUTATIONS) as (keyof typeof ACTION_MUTATIONS)[];

function fixtureOf(situation: Situation): ProposalFixture {
  return {
    stage: situation.stage,
    startedBy: situation.startedBy,
    turn: situation.turn,
    cooperativeId: fixture.demoCooperativeId,
    partnerId: fixture.bankId,
    mentorId: situation.brokered ? fixture.demoMentorId : null,
  };
}

/** Written out by hand: a draft stays with the side writing it; mentors see what they broker. */
function canSee(actor: ProposalActor, situation: Situation): boolean {
  const isDraft = situation.stage === 'DRAFT' || situation.stage === 'MENTOR_DRAFT';
  if (actor === ProposalActor.MENTOR) return situation.brokered;
  if (actor === ProposalActor.COOPERATIVE) return !isDraft || situation.startedBy === COOPERATIVE;
  return !isDraft || situation.startedBy === PARTNER;
}

function turnOf(stored: { turn: ProposalSide | null }): ProposalSide | null {
  return stored.turn;
}

const tally = { combinations: 0, allowed: 0, invalidTransition: 0, notVisible: 0 };

describe.each(SITUATIONS.map((situation) => [situation.name, situation] as const))(
  '%s',
  (_name, situation) => {
    test('every action by every side does what the table says, and only that', async () => {
      const problems: string[] = [];
      // One proposal takes every refused attempt (they must leave it untouched); allowed ones get a fresh one.
      const shared = await insertProposal(knex, fixtureOf(situation));
      for (const action of ACTIONS) {
        for (const { actor, user } of ACTORS) {
          tally.combinations += 1;
          const before = await snapshot(knex, shared);
          const role = roleOf(actor, turnOf(before.proposal));
          const transition = canSee(actor, situation)
            ? findTransition(stage(situation.stage), action as ProposalAction, role)
            : null;
          const id = transition ? await insertProposal(knex, fixtureOf(situation)) : shared;
          const start = transition ? await snapshot(knex, id) : before;
          const response = await runAction(
            server,
            await tokenOf(user),
            action,
            id,
            start.proposal.version,
            start.proposal.latest_terms_version,
          );
          const after = await snapshot(knex, id);
          const label = `${situation.name} × ${action} × ${actor}`;
          if (!transition) {
            const expected = canSee(actor, situation) ? 'INVALID_TRANSITION' : 'NOT_FOUND';
            if (expected === 'NOT_FOUND') tally.notVisible += 1;
            else tally.invalidTransition += 1;
            if (outcomeOf(response) !== expected)
              problems.push(`${label}: expected ${expected}, got ${outcomeOf(response)}`);
            if (JSON.stringify(after) !== JSON.stringify(start))
              problems.push(`${label}: refused but changed the proposal`);
            continue;
          }
          tally.allowed += 1;
          if (outcomeOf(response) !== undefined) {
            problems.push(
              `${label}: allowed by the table but got ${outcomeOf(response)} ${JSON.stringify(response.errors ?? payloadOf(response)?.userErrors)}`,
            );
            continue;
          }
          const expectedTurn = turnAfter(transition.turn, actor, start.proposal.turn);
          const landed = {
            status: after.proposal.status,
            awaitingDraftApproval: after.proposal.awaiting_draft_approval,
            turn: after.proposal.turn,
          };
          const wanted = {
            status: statusOf(transition.to as Exclude<ProposalStage, 'NEW'>),
            awaitingDraftApproval: transition.to === 'MENTOR_DRAFT',
            turn: expectedTurn,
          };
          if (JSON.stringify(landed) !== JSON.stringify(wanted)) {
            problems.push(
              `${label}: landed in ${JSON.stringify(landed)}, table says ${JSON.stringify(wanted)}`,
            );
          }
          if (action === ProposalAction.SEND_MESSAGE) {
            // Messages are not state changes: no event, no new version.
            if (after.messages !== start.messages + 1) problems.push(`${label}: no message stored`);
            if (after.events !== start.events || after.proposal.version !== start.proposal.version) {
              problems.push(`${label}: a message changed the proposal or its events`);
            }
          } else {
            if (after.events !== start.events + 1)
              problems.push(`${label}: ${after.events - start.events} events`);
            if (after.proposal.version !== start.proposal.version + 1)
              problems.push(`${label}: version not bumped`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  },
);

test('creating: cooperative board and partner staff start drafts, a mentor a draft for the board', async () => {
  const expectations: [DemoUser, ProposalActor][] = [
    ['ketua', ProposalActor.COOPERATIVE],
    ['bankOfficer', ProposalActor.PARTNER],
    ['mentor', ProposalActor.MENTOR],
  ];
  for (const [user, actor] of expectations) {
    const transition = findTransition('NEW', ProposalAction.CREATE, roleOf(actor, null));
    expect(transition).not.toBeNull();
    const response = await server.graphql(
      mutationDocument('createProposal'),
      {
        input: {
          kind: 'FINANCING',
          cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
          partnerId: globalIdOf('Partner', fixture.bankId),
          title: `Dibuat oleh ${user}`,
          terms: FINANCING_TERMS,
        },
      },
      { token: await tokenOf(user) },
    );
    expect(payloadOf(response)?.userErrors).toEqual([]);
    const proposal = payloadOf(response)!.proposal!;
    expect({ status: proposal.status, turn: proposal.turn }).toEqual({
      status: statusOf(transition!.to as Exclude<ProposalStage, 'NEW'>),
      turn: turnAfter(transition!.turn, actor, null),
    });
    const events = await knex('proposal_event').where('proposal_id', dbIdOf(proposal.id));
    expect(events.map((event) => [event.action, event.actor])).toEqual([['CREATE', actor]]);
  }
});

test('expiring: the job ends exactly the stages the table lets the system expire', async () => {
  const ids = new Map<Situation, number>();
  for (const situation of SITUATIONS) {
    ids.set(
      situation,
      await insertProposal(knex, { ...fixtureOf(situation), expiresAt: new Date(Date.now() - 1000) }),
    );
  }
  await expireOverdueProposals(server.orm.em.fork());
  for (const situation of SITUATIONS) {
    const transition = findTransition(stage(situation.stage), ProposalAction.EXPIRE, 'SYSTEM');
    const stored = await snapshot(knex, ids.get(situation)!);
    expect({ situation: situation.name, status: stored.proposal.status, events: stored.events }).toEqual({
      situation: situation.name,
      status: transition ? 'EXPIRED' : statusOf(stage(situation.stage)),
      events: transition ? 2 : 1,
    });
  }
});

/** Rules of the domain that the table must keep, whatever else changes in it. */
test('the table keeps the rules of the domain', () => {
  const rows = (predicate: (row: (typeof TRANSITIONS)[number]) => boolean) => TRANSITIONS.filter(predicate);
  const answers = [
    ProposalAction.START_REVIEW,
    ProposalAction.COUNTER,
    ProposalAction.ACCEPT,
    ProposalAction.DECLINE,
  ];
  // Only the party on turn answers; nobody answers their own offer.
  expect(rows((row) => answers.includes(row.action) && row.by !== 'ON_TURN')).toEqual([]);
  // Open proposals are withdrawn by the party waiting for an answer (drafts by whoever writes them).
  expect(
    rows(
      (row) =>
        row.action === ProposalAction.WITHDRAW &&
        ['SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING'].includes(row.from),
    ).map((row) => row.by),
  ).toEqual(['WAITING', 'WAITING', 'WAITING']);
  // A mentor only writes and discards its own draft: it goes out only through the board's approval.
  const mentorMoves = rows((row) => row.by === 'MENTOR' && row.from !== row.to);
  expect(mentorMoves.map((row) => [row.from, row.to])).toEqual([
    ['NEW', 'MENTOR_DRAFT'],
    ['MENTOR_DRAFT', 'WITHDRAWN'],
  ]);
  expect(rows((row) => row.action === ProposalAction.APPROVE_DRAFT).map((row) => [row.from, row.by])).toEqual(
    [['MENTOR_DRAFT', 'ON_TURN']],
  );
  // Final states are final; every waiting state can expire; accepting needs someone on turn.
  for (const final of ['DECLINED', 'WITHDRAWN', 'EXPIRED', 'COMPLETED', 'CANCELLED']) {
    expect(rows((row) => row.from === final)).toEqual([]);
  }
  expect(rows((row) => row.action === ProposalAction.EXPIRE).map((row) => row.from)).toEqual([
    'SUBMITTED',
    'UNDER_REVIEW',
    'NEGOTIATING',
  ]);
  // Every stage is reachable from a new proposal.
  const reached = new Set<string>(['NEW']);
  for (let changed = true; changed;) {
    changed = false;
    for (const row of TRANSITIONS) {
      if (reached.has(row.from) && !reached.has(row.to)) {
        reached.add(row.to);
        changed = true;
      }
    }
  }
  expect([...reached].sort()).toEqual(
    [...SITUATIONS.map((situation) => situation.stage), 'NEW']
      .filter((stage, index, all) => all.indexOf(stage) === index)
      .sort(),
  );
});

afterAll(() => {
  const rows = TRANSITIONS.length;
  console.log(
    `state machine walk: ${SITUATIONS.length} situations × ${ACTIONS.length} actions × ${ACTORS.length} sides = ` +
      `${tally.combinations} combinations: ${tally.allowed} allowed, ${tally.invalidTransition} INVALID_TRANSITION, ` +
      `${tally.notVisible} NOT_FOUND (cannot see it); table has ${rows} rows`,
  );
});
