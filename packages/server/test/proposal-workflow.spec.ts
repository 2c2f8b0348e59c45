import type { Knex } from '@mikro-orm/postgresql';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { ProposalSide } from '../src/modules/proposal/proposal.entity';
import { ProposalTermsField } from '../src/modules/proposal/proposal.terms';
import {
  FINANCING_TERMS,
  countOf,
  insertProposal,
  mutationDocument,
  outcomeOf,
  payloadOf,
  snapshot,
  tokenCache,
} from './proposal/helpers';

/**
 * The proposal workflow end to end over HTTP: the happy paths, a mentor's draft, who sees what,
 * the thread, the pipeline counts and responsiveness (against hand-computed figures).
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

const DETAIL = /* GraphQL */ `
  fragment Detail on Proposal {
    id
    title
    kind
    status
    version
    startedBy
    isAwaitingDraftApproval
    turn
    turnSince
    expiresAt
    submittedAt
    closedAt
    latestTermsVersion
    acceptedTermsVersion
    viewerActions
    cooperative {
      id
    }
    partner {
      id
    }
    program {
      id
      name
    }
    mentor {
      id
      name
    }
    latestTerms {
      version
      authorSide
      amount {
        amount
        currency
      }
      tenorMonths
      ratePerYear
    }
    acceptedTerms {
      version
      authorSide
      amount {
        amount
      }
    }
    terms {
      totalCount
      edges {
        node {
          version
          authorSide
          amount {
            amount
          }
        }
      }
    }
    events {
      edges {
        node {
          action
          actor
          side
          actorName
          fromStatus
          toStatus
          turnAfter
          termsVersion
          note
        }
      }
    }
    messages {
      totalCount
      edges {
        node {
          body
          authorRole
          authorName
        }
      }
    }
  }
`;

interface Detail {
  id: string;
  status: string;
  version: number;
  turn: ProposalSide | null;
  startedBy: ProposalSide;
  isAwaitingDraftApproval: boolean;
  turnSince: string | null;
  expiresAt: string | null;
  submittedAt: string | null;
  closedAt: string | null;
  latestTermsVersion: number;
  acceptedTermsVersion: number | null;
  viewerActions: string[];
  mentor: { id: string; name: string } | null;
  program: { id: string; name: string } | null;
  latestTerms: { version: number; authorSide: string; amount: { amount: string; currency: string } | null };
  acceptedTerms: { version: number; authorSide: string; amount: { amount: string } | null } | null;
  terms: {
    totalCount: number;
    edges: { node: { version: number; authorSide: string; amount: { amount: string } } }[];
  };
  events: { edges: { node: Record<string, unknown> }[] };
  messages: {
    totalCount: number;
    edges: { node: { body: string; authorRole: string; authorName: string } }[];
  };
}

async function read(user: DemoUser, id: string): Promise<Detail | null> {
  const response = await server.graphql<{ proposal: Detail | null }>(
    `query ($id: ID!) { proposal(id: $id) { ...Detail } } ${DETAIL}`,
    { id },
    { token: await tokenOf(user) },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.proposal;
}

/** Runs a proposal mutation that must succeed; returns the proposal as the actor now sees it. */
async function act(user: DemoUser, mutation: string, input: Record<string, unknown>): Promise<Detail> {
  const response = await server.graphql(
    mutationDocument(mutation),
    { input },
    { token: await tokenOf(user) },
  );
  expect({ mutation, errors: response.errors, userErrors: payloadOf(response)?.userErrors }).toEqual({
    mutation,
    errors: undefined,
    userErrors: [],
  });
  return (await read(user, (payloadOf(response)!.proposal ?? { id: input.proposalId as string }).id))!;
}

/** Runs a proposal mutation that must be refused; returns the refusal code. */
async function refused(
  user: DemoUser,
  mutation: string,
  input: Record<string, unknown>,
): Promise<GraphQLResponse> {
  const response = await server.graphql(
    mutationDocument(mutation),
    { input },
    { token: await tokenOf(user) },
  );
  expect(outcomeOf(response)).toBeDefined();
  return response;
}

const events = (detail: Detail) => detail.events.edges.map((edge) => edge.node);

async function pmk49Program(): Promise<string> {
  const row = await knex('program')
    .where('partner_id', fixture.bankId)
    .where('name', 'like', '%PMK 49%')
    .first('id');
  return globalIdOf('Program', row.id);
}

describe('happy paths', () => {
  test('the cooperative files, the bank reviews and counters, the cooperative accepts, the bank completes', async () => {
    const program = await pmk49Program();
    let proposal = await act('ketua', 'createProposal', {
      kind: 'FINANCING',
      cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
      partnerId: globalIdOf('Partner', fixture.bankId),
      programId: program,
      title: 'Pinjaman KDKMP untuk gudang dan cold storage',
      terms: { amount: '1500000000', tenorMonths: 60, ratePerYear: '6', note: 'Masa tenggang 6 bulan' },
    });
    expect(proposal).toMatchObject({
      status: 'DRAFT',
      startedBy: 'COOPERATIVE',
      turn: 'COOPERATIVE',
      isAwaitingDraftApproval: false,
      submittedAt: null,
      expiresAt: null,
      program: { id: program },
      latestTerms: {
        version: 1,
        authorSide: 'COOPERATIVE',
        amount: { amount: '1500000000', currency: 'IDR' },
      },
    });
    expect(proposal.viewerActions).toEqual(['UPDATE_DRAFT', 'SUBMIT', 'WITHDRAW', 'SEND_MESSAGE']);
    // A draft stays with the side writing it.
    expect(await read('bankOfficer', proposal.id)).toBeNull();

    proposal = await act('pengurus', 'updateProposalDraft', {
      proposalId: proposal.id,
      version: proposal.version,
      title: 'Pinjaman KDKMP untuk gudang, cold storage dan truk',
    });
    proposal = await act('ketua', 'submitProposal', { proposalId: proposal.id, version: proposal.version });
    expect(proposal).toMatchObject({ status: 'SUBMITTED', turn: 'PARTNER' });
    const window = Date.parse(proposal.expiresAt!) - Date.parse(proposal.turnSince!);
    expect(window).toBe(14 * 24 * 60 * 60 * 1000);

    let seenByBank = (await read('bankOfficer', proposal.id))!;
    expect(seenByBank.viewerActions).toEqual(['START_REVIEW', 'DECLINE', 'SEND_MESSAGE']);
    seenByBank = await act('bankOfficer', 'startProposalReview', {
      proposalId: proposal.id,
      version: seenByBank.version,
    });
    expect(seenByBank).toMatchObject({ status: 'UNDER_REVIEW', turn: 'PARTNER' });
    seenByBank = await act('bankOfficer', 'counterProposal', {
      proposalId: proposal.id,
      version: seenByBank.version,
      terms: { amount: '1200000000', tenorMonths: 48, ratePerYear: '6' },
      note: 'Plafon sesuai analisis arus kas.',
    });
    expect(seenByBank).toMatchObject({ status: 'NEGOTIATING', turn: 'COOPERATIVE', latestTermsVersion: 2 });

    proposal = (await read('ketua', proposal.id))!;
    expect(proposal.viewerActions).toEqual(['COUNTER', 'ACCEPT', 'DECLINE', 'SEND_MESSAGE']);
    proposal = await act('ketua', 'acceptProposal', {
      proposalId: proposal.id,
      version: proposal.version,
      termsVersion: 2,
    });
    expect(proposal).toMatchObject({
      status: 'ACCEPTED',
      turn: null,
      turnSince: null,
      expiresAt: null,
      acceptedTermsVersion: 2,
      acceptedTerms: { version: 2, authorSide: 'PARTNER', amount: { amount: '1200000000' } },
    });
    proposal = await act('bankAdmin', 'completeProposal', {
      proposalId: proposal.id,
      version: proposal.version,
    });
    expect(proposal.status).toBe('COMPLETED');
    expect(proposal.closedAt).not.toBeNull();

    expect(proposal.terms).toEqual({
      totalCount: 2,
      edges: [
        { node: { version: 1, authorSide: 'COOPERATIVE', amount: { amount: '1500000000' } } },
        { node: { version: 2, authorSide: 'PARTNER', amount: { amount: '1200000000' } } },
      ],
    });
    expect(events(proposal)).toEqual([
      {
        action: 'CREATE',
        actor: 'COOPERATIVE',
        side: 'COOPERATIVE',
        actorName: 'Ketua Koperasi Demo',
        fromStatus: null,
        toStatus: 'DRAFT',
        turnAfter: 'COOPERATIVE',
        termsVersion: 1,
        note: null,
      },
      {
        action: 'UPDATE_DRAFT',
        actor: 'COOPERATIVE',
        side: 'COOPERATIVE',
        actorName: 'Pengurus Koperasi Demo',
        fromStatus: 'DRAFT',
        toStatus: 'DRAFT',
        turnAfter: 'COOPERATIVE',
        termsVersion: 1,
        note: null,
      },
      {
        action: 'SUBMIT',
        actor: 'COOPERATIVE',
        side: 'COOPERATIVE',
        actorName: 'Ketua Koperasi Demo',
        fromStatus: 'DRAFT',
        toStatus: 'SUBMITTED',
        turnAfter: 'PARTNER',
        termsVersion: 1,
        note: null,
      },
      {
        action: 'START_REVIEW',
        actor: 'PARTNER',
        side: 'PARTNER',
        actorName: 'Petugas BRI Demo',
        fromStatus: 'SUBMITTED',
        toStatus: 'UNDER_REVIEW',
        turnAfter: 'PARTNER',
        termsVersion: 1,
        note: null,
      },
      {
        action: 'COUNTER',
        actor: 'PARTNER',
        side: 'PARTNER',
        actorName: 'Petugas BRI Demo',
        fromStatus: 'UNDER_REVIEW',
        toStatus: 'NEGOTIATING',
        turnAfter: 'COOPERATIVE',
        termsVersion: 2,
        note: 'Plafon sesuai analisis arus kas.',
      },
      {
        action: 'ACCEPT',
        actor: 'COOPERATIVE',
        side: 'COOPERATIVE',
        actorName: 'Ketua Koperasi Demo',
        fromStatus: 'NEGOTIATING',
        toStatus: 'ACCEPTED',
        turnAfter: null,
        termsVersion: 2,
        note: null,
      },
      {
        action: 'COMPLETE',
        actor: 'PARTNER',
        side: 'PARTNER',
        actorName: 'Admin BRI Demo',
        fromStatus: 'ACCEPTED',
        toStatus: 'COMPLETED',
        turnAfter: null,
        termsVersion: 2,
        note: null,
      },
    ]);
  });

  test('a mentor drafts for the cooperative; the board approves it, which sends it in the cooperative’s name', async () => {
    const agency = await knex('program')
      .where('partner_id', fixture.bankId)
      .where('kind', 'AGENCY')
      .first('id');
    let draft = await act('mentor', 'createProposal', {
      kind: 'AGENCY',
      cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
      partnerId: globalIdOf('Partner', fixture.bankId),
      programId: globalIdOf('Program', agency.id),
      title: 'Koperasi menjadi agen BRILink',
      terms: { note: 'Layanan di kantor koperasi, jam 08.00–16.00.' },
    });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      isAwaitingDraftApproval: true,
      startedBy: 'COOPERATIVE',
      turn: 'COOPERATIVE',
      mentor: { id: globalIdOf('Mentor', fixture.demoMentorId) },
    });
    expect(draft.viewerActions).toEqual(['UPDATE_DRAFT', 'WITHDRAW', 'SEND_MESSAGE']);
    expect(await read('bankOfficer', draft.id)).toBeNull();
    // The mentor cannot send it; the board decides.
    const submit = await refused('mentor', 'submitProposal', {
      proposalId: draft.id,
      version: draft.version,
    });
    expect(outcomeOf(submit)).toBe('INVALID_TRANSITION');
    const seenByBoard = (await read('ketua', draft.id))!;
    expect(seenByBoard.viewerActions).toEqual(['APPROVE_DRAFT', 'REJECT_DRAFT', 'SEND_MESSAGE']);
    // Cooperative staff see it but may not act in the cooperative's name.
    const before = await snapshot(knex, dbIdOf(draft.id));
    const byStaff = await refused('staff', 'approveProposalDraft', {
      proposalId: draft.id,
      version: draft.version,
    });
    expect(outcomeOf(byStaff)).toBe('FORBIDDEN');
    expect(await snapshot(knex, dbIdOf(draft.id))).toEqual(before);

    draft = await act('ketua', 'approveProposalDraft', {
      proposalId: draft.id,
      version: draft.version,
      note: 'Disetujui rapat pengurus.',
    });
    expect(draft).toMatchObject({ status: 'SUBMITTED', isAwaitingDraftApproval: false, turn: 'PARTNER' });
    expect((await read('bankOfficer', draft.id))?.status).toBe('SUBMITTED');
    expect(
      events(draft).map(({ action, actor, side, actorName, fromStatus, toStatus, note }) => ({
        action,
        actor,
        side,
        actorName,
        fromStatus,
        toStatus,
        note,
      })),
    ).toEqual([
      {
        action: 'CREATE',
        actor: 'MENTOR',
        side: 'COOPERATIVE',
        actorName: 'Pendamping Demo (BA)',
        fromStatus: null,
        toStatus: 'DRAFT',
        note: null,
      },
      {
        action: 'APPROVE_DRAFT',
        actor: 'COOPERATIVE',
        side: 'COOPERATIVE',
        actorName: 'Ketua Koperasi Demo',
        fromStatus: 'DRAFT',
        toStatus: 'SUBMITTED',
        note: 'Disetujui rapat pengurus.',
      },
    ]);
  });

  test('the board may reject a mentor’s draft instead: it is closed and never reaches the partner', async () => {
    const draft = await act('mentor', 'createProposal', {
      kind: 'FINANCING',
      cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
      partnerId: globalIdOf('Partner', fixture.bankId),
      title: 'Modal kerja unit simpan pinjam',
      terms: FINANCING_TERMS,
    });
    const rejected = await act('pengurus', 'rejectProposalDraft', {
      proposalId: draft.id,
      version: draft.version,
      reason: 'Perlu dibahas dulu di musyawarah anggota.',
    });
    expect(rejected).toMatchObject({ status: 'DECLINED', turn: null, submittedAt: null });
    expect(events(rejected).at(-1)).toMatchObject({
      action: 'REJECT_DRAFT',
      note: 'Perlu dibahas dulu di musyawarah anggota.',
    });
    expect(await read('bankOfficer', draft.id)).toBeNull();
  });

  test('an accepted partnership can be cancelled, with the reason in the audit trail', async () => {
    const id = await insertProposal(knex, {
      stage: 'ACCEPTED',
      cooperativeId: fixture.demoCooperativeId,
      partnerId: fixture.bankId,
    });
    const proposal = (await read('bankOfficer', globalIdOf('Proposal', id)))!;
    expect(proposal.viewerActions).toEqual(['SEND_MESSAGE', 'COMPLETE', 'CANCEL']);
    const cancelled = await act('bankOfficer', 'cancelProposal', {
      proposalId: proposal.id,
      version: proposal.version,
      reason: 'Agunan tidak memenuhi syarat.',
    });
    expect(cancelled.status).toBe('CANCELLED');
    expect(events(cancelled).at(-1)).toMatchObject({
      action: 'CANCEL',
      actor: 'PARTNER',
      fromStatus: 'ACCEPTED',
      termsVersion: 2,
      note: 'Agunan tidak memenuhi syarat.',
    });
  });
});

describe('refusals change nothing', () => {
  let id: number;
  beforeEach(async () => {
    id = await insertProposal(knex, {
      stage: 'NEGOTIATING',
      turn: ProposalSide.COOPERATIVE,
      cooperativeId: fixture.demoCooperativeId,
      partnerId: fixture.bankId,
    });
  });

  test('a stale version is a CONFLICT', async () => {
    const before = await snapshot(knex, id);
    const response = await refused('ketua', 'acceptProposal', {
      proposalId: globalIdOf('Proposal', id),
      version: before.proposal.version - 1,
      termsVersion: 2,
    });
    expect(payloadOf(response)?.userErrors).toEqual([
      { code: 'CONFLICT', message: expect.any(String), field: ['input', 'version'] },
    ]);
    expect(await snapshot(knex, id)).toEqual(before);
  });

  test('only the latest terms can be accepted', async () => {
    const before = await snapshot(knex, id);
    const response = await refused('ketua', 'acceptProposal', {
      proposalId: globalIdOf('Proposal', id),
      version: before.proposal.version,
      termsVersion: 1,
    });
    expect(payloadOf(response)?.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'termsVersion'],
    });
    expect(await snapshot(knex, id)).toEqual(before);
  });

  test('terms must fit the kind: financing needs an amount and a tenor', async () => {
    const before = await snapshot(knex, id);
    const response = await refused('ketua', 'counterProposal', {
      proposalId: globalIdOf('Proposal', id),
      version: before.proposal.version,
      terms: { ratePerYear: '101', quantity: '10' },
    });
    expect(payloadOf(response)?.userErrors.map((error) => error.field?.join('.'))).toEqual([
      'input.terms.amount',
      'input.terms.tenorMonths',
      'input.terms.quantityUnit',
      'input.terms.ratePerYear',
    ]);
    expect(await snapshot(knex, id)).toEqual(before);
  });

  test('the party waiting may not answer its own offer', async () => {
    const before = await snapshot(knex, id);
    const response = await refused('bankOfficer', 'acceptProposal', {
      proposalId: globalIdOf('Proposal', id),
      version: before.proposal.version,
      termsVersion: 2,
    });
    expect(outcomeOf(response)).toBe('INVALID_TRANSITION');
    expect(await snapshot(knex, id)).toEqual(before);
  });

  test('an admin must say for which party it acts', async () => {
    const before = await snapshot(knex, id);
    const input = {
      proposalId: globalIdOf('Proposal', id),
      version: before.proposal.version,
      termsVersion: 2,
    };
    const response = await refused('admin', 'acceptProposal', input);
    expect(payloadOf(response)?.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'actingAs'],
    });
    expect(await snapshot(knex, id)).toEqual(before);
    const accepted = await act('admin', 'acceptProposal', { ...input, actingAs: 'COOPERATIVE' });
    expect(accepted.status).toBe('ACCEPTED');
  });
});

describe('who sees what', () => {
  const LIST = /* GraphQL */ `
    query ($filter: ProposalFilter, $first: Int, $after: String) {
      proposals(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            turn
            turnSince
            isViewerTurn
          }
        }
      }
    }
  `;

  async function listAll(user: DemoUser, filter: Record<string, unknown> = {}) {
    const nodes: {
      id: string;
      status: string;
      turn: string | null;
      turnSince: string | null;
      isViewerTurn: boolean;
    }[] = [];
    let after: string | null = null;
    for (;;) {
      const response: GraphQLResponse<{
        proposals: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: (typeof nodes)[number] }[];
        };
      }> = await server.graphql(LIST, { filter, first: 100, after }, { token: await tokenOf(user) });
      expect(response.errors).toBeUndefined();
      const page = response.data!.proposals;
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return { nodes, totalCount: page.totalCount };
      after = page.pageInfo.endCursor;
    }
  }

  async function seededDemoProposal(status: string): Promise<string> {
    const row = await knex('proposal')
      .where({ cooperative_id: fixture.demoCooperativeId, partner_id: fixture.bankId, status })
      .orderBy('id')
      .first('id');
    return globalIdOf('Proposal', row.id);
  }

  test('outsiders get null from proposal(id) and node(id), and the list leaves it out', async () => {
    const id = await seededDemoProposal('NEGOTIATING');
    const query = `query ($id: ID!) { proposal(id: $id) { id } node(id: $id) { id } }`;
    for (const user of ['otherKetua', 'buyer', 'dinasProvince', 'dinasSanggau', 'pmo'] as DemoUser[]) {
      const response = await server.graphql(query, { id }, { token: await tokenOf(user) });
      expect({ user, data: response.data }).toEqual({ user, data: { proposal: null, node: null } });
      expect((await listAll(user)).nodes.map((node) => node.id)).not.toContain(id);
    }
    for (const user of ['ketua', 'staff', 'bankOfficer', 'bankAdmin', 'admin'] as DemoUser[]) {
      const response = await server.graphql(query, { id }, { token: await tokenOf(user) });
      expect({ user, data: response.data }).toEqual({ user, data: { proposal: { id }, node: { id } } });
    }
    // Anonymous: the query needs a signed-in viewer; node(id) is public but shows nothing.
    const anonymous = await server.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id });
    expect(anonymous.data).toEqual({ node: null });
  });

  test('a mentor sees the proposals it brokers, not the others of its cooperative', async () => {
    const brokered = await knex('proposal')
      .where({ cooperative_id: fixture.demoCooperativeId, mentor_id: fixture.demoMentorId })
      .select('id');
    const listed = (await listAll('mentor')).nodes.map((node) => dbIdOf(node.id)).sort((a, b) => a - b);
    expect(listed).toEqual(brokered.map((row) => row.id as number).sort((a, b) => a - b));
    expect(await read('mentor', await seededDemoProposal('NEGOTIATING'))).toBeNull();
  });

  test('each party lists its own proposals, but not the other party’s drafts', async () => {
    const cooperative = await listAll('ketua');
    const expectedCooperative = await countOf(
      knex('proposal')
        .where('cooperative_id', fixture.demoCooperativeId)
        .where((sent) => sent.whereNotNull('submitted_at').orWhere('started_by', 'COOPERATIVE')),
    );
    expect(cooperative.nodes).toHaveLength(expectedCooperative);
    expect(cooperative.totalCount).toBe(expectedCooperative);
    const bank = await listAll('bankOfficer');
    const expectedBank = await countOf(
      knex('proposal')
        .where('partner_id', fixture.bankId)
        .where((sent) => sent.whereNotNull('submitted_at').orWhere('started_by', 'PARTNER')),
    );
    expect(bank.nodes).toHaveLength(expectedBank);
    expect(bank.nodes.filter((node) => node.status === 'DRAFT')).toEqual([]);
  });

  test('“my turn”, oldest waiting first', async () => {
    const mine = (await listAll('ketua', { isMyTurn: true })).nodes;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((node) => node.turn === 'COOPERATIVE')).toBe(true);
    const waits = mine.map((node) => Date.parse(node.turnSince!));
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    const bankTurn = (
      await listAll('bankOfficer', { isMyTurn: true, statuses: ['SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING'] })
    ).nodes;
    expect(bankTurn.every((node) => node.turn === 'PARTNER')).toBe(true);
    // The others are every other proposal, those nobody has to act on (closed, accepted) included.
    const others = (await listAll('ketua', { isMyTurn: false })).nodes;
    const all = (await listAll('ketua')).nodes;
    expect(others.length + mine.length).toBe(all.length);
    expect(others.some((node) => node.turn === null)).toBe(true);
    expect(others.every((node) => node.turn !== 'COOPERATIVE')).toBe(true);
    // The default order puts proposals nobody waits on after every waiting one.
    const firstClosed = all.findIndex((node) => node.turn === null);
    expect(all.slice(firstClosed).every((node) => node.turn === null)).toBe(true);
  });

  test('Proposal.isViewerTurn answers as the “my turn” filter does, for every kind of viewer', async () => {
    const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id).sort();
    for (const user of ['ketua', 'staff', 'bankOfficer', 'bankAdmin', 'mentor', 'admin'] as DemoUser[]) {
      const all = (await listAll(user)).nodes;
      const mine = (await listAll(user, { isMyTurn: true })).nodes;
      expect({ user, ids: ids(all.filter((node) => node.isViewerTurn)) }).toEqual({ user, ids: ids(mine) });
      expect({ user, nobodyOnTurn: all.some((node) => node.turn === null && node.isViewerTurn) }).toEqual({
        user,
        nobodyOnTurn: false,
      });
    }
    // The parties see their own side on turn; the mentor, who answers for nobody, never.
    expect((await listAll('staff')).nodes.some((node) => node.isViewerTurn)).toBe(true);
    expect((await listAll('mentor')).nodes.some((node) => node.isViewerTurn)).toBe(false);
    expect((await listAll('admin')).nodes.filter((node) => node.isViewerTurn).length).toBe(
      (await listAll('admin')).nodes.filter((node) => node.turn !== null).length,
    );
  });

  test('the seeded demo cooperative has a proposal in every status, with BRI and a mentor’s draft', async () => {
    const statuses = await knex('proposal')
      .where('cooperative_id', fixture.demoCooperativeId)
      .distinct('status')
      .pluck('status');
    expect([...statuses].sort()).toEqual(
      [
        'ACCEPTED',
        'CANCELLED',
        'COMPLETED',
        'DECLINED',
        'DRAFT',
        'EXPIRED',
        'NEGOTIATING',
        'SUBMITTED',
        'UNDER_REVIEW',
        'WITHDRAWN',
      ].sort(),
    );
    expect(
      await countOf(
        knex('proposal').where({ cooperative_id: fixture.demoCooperativeId, partner_id: fixture.bankId }),
      ),
    ).toBeGreaterThanOrEqual(4);
    const mentorDraft = await knex('proposal')
      .where({
        cooperative_id: fixture.demoCooperativeId,
        mentor_id: fixture.demoMentorId,
        awaiting_draft_approval: true,
      })
      .first('id');
    const seen = (await read('ketua', globalIdOf('Proposal', mentorDraft.id)))!;
    expect(seen.viewerActions).toContain('APPROVE_DRAFT');
    expect(events(seen)[0]).toMatchObject({
      action: 'CREATE',
      actor: 'MENTOR',
      actorName: 'Pendamping Demo (BA)',
    });
  });
});

describe('the thread', () => {
  test('both parties and the brokering mentor write; messages are not events; closed threads and outsiders are refused', async () => {
    const id = await insertProposal(knex, {
      stage: 'NEGOTIATING',
      cooperativeId: fixture.demoCooperativeId,
      partnerId: fixture.bankId,
      mentorId: fixture.demoMentorId,
    });
    const proposalId = globalIdOf('Proposal', id);
    const before = await snapshot(knex, id);
    for (const [user, body] of [
      ['ketua', 'Terlampir berita acara musyawarah desa.'],
      ['bankOfficer', 'Terima kasih, kami jadwalkan survei.'],
      ['mentor', 'Dokumen legalitas sudah saya periksa.'],
    ] as [DemoUser, string][]) {
      const response = await server.graphql(
        mutationDocument('sendProposalMessage'),
        { input: { proposalId, body } },
        { token: await tokenOf(user) },
      );
      expect(payloadOf(response)).toMatchObject({ message: { body }, userErrors: [] });
    }
    const thread = (await read('bankOfficer', proposalId))!.messages;
    expect(thread).toEqual({
      totalCount: 3,
      edges: [
        {
          node: {
            body: 'Terlampir berita acara musyawarah desa.',
            authorRole: 'COOPERATIVE',
            authorName: 'Ketua Koperasi Demo',
          },
        },
        {
          node: {
            body: 'Terima kasih, kami jadwalkan survei.',
            authorRole: 'PARTNER',
            authorName: 'Petugas BRI Demo',
          },
        },
        {
          node: {
            body: 'Dokumen legalitas sudah saya periksa.',
            authorRole: 'MENTOR',
            authorName: 'Pendamping Demo (BA)',
          },
        },
      ],
    });
    const after = await snapshot(knex, id);
    expect({ ...after, messages: before.messages }).toEqual(before);

    for (const [user, code] of [
      ['otherKetua', 'NOT_FOUND'],
      ['buyer', 'NOT_FOUND'],
      ['dinasSanggau', 'FORBIDDEN'],
    ] as [DemoUser, string][]) {
      const response = await server.graphql(
        mutationDocument('sendProposalMessage'),
        { input: { proposalId, body: 'Halo?' } },
        { token: await tokenOf(user) },
      );
      expect({ user, code: outcomeOf(response) }).toEqual({ user, code });
    }
    const closed = globalIdOf(
      'Proposal',
      await insertProposal(knex, {
        stage: 'DECLINED',
        cooperativeId: fixture.demoCooperativeId,
        partnerId: fixture.bankId,
      }),
    );
    const late = await server.graphql(
      mutationDocument('sendProposalMessage'),
      { input: { proposalId: closed, body: 'Masih bisa?' } },
      { token: await tokenOf('ketua') },
    );
    expect(outcomeOf(late)).toBe('INVALID_TRANSITION');
    expect(await countOf(knex('proposal_message').where('proposal_id', id))).toBe(3);
  });
});

describe('pipeline and responsiveness', () => {
  /** A cooperative and partner with nothing seeded between them, so the figures are ours alone. */
  async function clearProposalsOf(cooperativeId: number, partnerId: number) {
    await knex('proposal').where('cooperative_id', cooperativeId).orWhere('partner_id', partnerId).delete();
  }

  const PIPELINES = /* GraphQL */ `
    query ($cooperative: ID!, $partner: ID!) {
      cooperative(id: $cooperative) {
        proposalPipeline {
          total
          awaitingResponse
          byStatus {
            status
            count
          }
        }
      }
      partner(id: $partner) {
        proposalPipeline {
          total
          awaitingResponse
          byStatus {
            status
            count
          }
        }
      }
    }
  `;

  interface Pipeline {
    total: number;
    awaitingResponse: number;
    byStatus: { status: string; count: number }[];
  }

  const nonZero = (pipeline: Pipeline | null) =>
    pipeline && {
      ...pipeline,
      byStatus: Object.fromEntries(
        pipeline.byStatus.filter((entry) => entry.count > 0).map((entry) => [entry.status, entry.count]),
      ),
    };

  test('counts by status, for the organisation’s members, its mentor, admins and Dinas of its region', async () => {
    const other = fixture.otherCooperativeId; // in Sambas (61.01)
    const demo = fixture.demoCooperativeId; // in Sanggau (61.03)
    await clearProposalsOf(other, fixture.buyerId);
    await knex('proposal').where({ cooperative_id: demo, partner_id: fixture.buyerId }).delete();
    const add = (
      stage: Parameters<typeof insertProposal>[1]['stage'],
      count: number,
      options: Partial<Parameters<typeof insertProposal>[1]> = {},
    ) =>
      Promise.all(
        Array.from({ length: count }, () =>
          insertProposal(knex, { stage, cooperativeId: other, partnerId: fixture.buyerId, ...options }),
        ),
      );
    await add('DRAFT', 2); // the cooperative's own drafts
    await add('DRAFT', 1, { startedBy: ProposalSide.PARTNER }); // the buyer's draft: only the buyer counts it
    await add('SUBMITTED', 3); // waiting for the buyer
    await add('NEGOTIATING', 1, { turn: ProposalSide.COOPERATIVE }); // waiting for the cooperative
    await add('ACCEPTED', 1);
    await insertProposal(knex, { stage: 'SUBMITTED', cooperativeId: demo, partnerId: fixture.buyerId }); // Sanggau

    const ids = {
      cooperative: globalIdOf('Cooperative', other),
      partner: globalIdOf('Partner', fixture.buyerId),
    };
    const as = async (user: DemoUser) => {
      const response = await server.graphql<{
        cooperative: { proposalPipeline: Pipeline | null };
        partner: { proposalPipeline: Pipeline | null };
      }>(PIPELINES, ids, { token: await tokenOf(user) });
      expect(response.errors).toBeUndefined();
      return {
        cooperative: nonZero(response.data!.cooperative.proposalPipeline),
        partner: nonZero(response.data!.partner.proposalPipeline),
      };
    };
    const cooperativeCounts = {
      total: 7,
      awaitingResponse: 1,
      byStatus: { DRAFT: 2, SUBMITTED: 3, NEGOTIATING: 1, ACCEPTED: 1 },
    };
    expect((await as('otherKetua')).cooperative).toEqual(cooperativeCounts);
    expect((await as('admin')).cooperative).toEqual(cooperativeCounts);
    expect((await as('dinasProvince')).cooperative).toEqual(cooperativeCounts);
    expect((await as('dinasSanggau')).cooperative).toBeNull(); // Sambas is not its region
    expect((await as('ketua')).cooperative).toBeNull();
    expect((await as('buyer')).cooperative).toBeNull();

    // The buyer counts its own draft but not the cooperative's, and the Sanggau proposal.
    const partnerCounts = {
      total: 7,
      awaitingResponse: 4,
      byStatus: { DRAFT: 1, SUBMITTED: 4, NEGOTIATING: 1, ACCEPTED: 1 },
    };
    expect((await as('buyer')).partner).toEqual(partnerCounts);
    expect((await as('admin')).partner).toEqual(partnerCounts);
    // Dinas sees the buyer's proposals with cooperatives of its own region only.
    expect((await as('dinasSanggau')).partner).toEqual({
      total: 1,
      awaitingResponse: 1,
      byStatus: { SUBMITTED: 1 },
    });
    expect((await as('dinasProvince')).partner).toEqual(partnerCounts);
    expect((await as('otherKetua')).partner).toBeNull();
    expect((await as('bankAdmin')).partner).toBeNull();
  });

  test('what waits on a cooperative: since when the longest-waiting proposal on its turn waits, and mentor drafts for its board', async () => {
    const other = fixture.otherCooperativeId;
    await clearProposalsOf(other, fixture.buyerId);
    const onTurn = (stage: 'NEGOTIATING' | 'SUBMITTED', startedBy: ProposalSide) =>
      insertProposal(knex, {
        stage,
        cooperativeId: other,
        partnerId: fixture.buyerId,
        startedBy,
        turn: ProposalSide.COOPERATIVE,
      });
    const oldest = await onTurn('NEGOTIATING', ProposalSide.COOPERATIVE);
    await onTurn('SUBMITTED', ProposalSide.PARTNER);
    await knex('proposal').where('id', oldest).update({ turn_since: '2026-11-02T03:00:00Z' });
    // Waiting for the buyer: not the cooperative's wait.
    await insertProposal(knex, { stage: 'SUBMITTED', cooperativeId: other, partnerId: fixture.buyerId });
    await insertProposal(knex, { stage: 'MENTOR_DRAFT', cooperativeId: other, partnerId: fixture.buyerId });
    await insertProposal(knex, { stage: 'DRAFT', cooperativeId: other, partnerId: fixture.buyerId });

    const query = `query ($id: ID!) { cooperative(id: $id) { proposalPipeline { awaitingResponse awaitingSince draftsAwaitingApproval } } }`;
    const response = await server.graphql<{
      cooperative: {
        proposalPipeline: {
          awaitingResponse: number;
          awaitingSince: string | null;
          draftsAwaitingApproval: number;
        };
      };
    }>(query, { id: globalIdOf('Cooperative', other) }, { token: await tokenOf('otherKetua') });
    expect(response.data!.cooperative.proposalPipeline).toEqual({
      awaitingResponse: 2,
      awaitingSince: '2026-11-02T03:00:00.000Z',
      draftsAwaitingApproval: 1,
    });

    await clearProposalsOf(other, fixture.buyerId);
    const none = await server.graphql<{ cooperative: { proposalPipeline: Record<string, unknown> } }>(
      query,
      { id: globalIdOf('Cooperative', other) },
      { token: await tokenOf('otherKetua') },
    );
    expect(none.data!.cooperative.proposalPipeline).toEqual({
      awaitingResponse: 0,
      awaitingSince: null,
      draftsAwaitingApproval: 0,
    });
  });

  test('the demo cooperative’s mentor and PMO see its pipeline', async () => {
    const query = `query ($id: ID!) { cooperative(id: $id) { proposalPipeline { total } } }`;
    const expected = await countOf(
      knex('proposal')
        .where('cooperative_id', fixture.demoCooperativeId)
        .where((sent) => sent.whereNotNull('submitted_at').orWhere('started_by', 'COOPERATIVE')),
    );
    for (const user of ['mentor', 'pmo', 'ketua', 'staff'] as DemoUser[]) {
      const response = await server.graphql<{ cooperative: { proposalPipeline: { total: number } | null } }>(
        query,
        { id: globalIdOf('Cooperative', fixture.demoCooperativeId) },
        { token: await tokenOf(user) },
      );
      expect({ user, pipeline: response.data!.cooperative.proposalPipeline }).toEqual({
        user,
        pipeline: { total: expected },
      });
    }
  });

  test('responsiveness: the median time to act on one’s turn over 90 days, public, matching a hand count', async () => {
    const quiet = await knex('cooperative as c')
      .whereNotExists(knex('proposal as p').whereRaw('p.cooperative_id = c.id'))
      .orderBy('c.id')
      .first('c.id');
    const [partner] = await knex('partner')
      .insert({
        type: 'PRIVATE_BUYER',
        name: 'PT Uji Responsif',
        description: '',
        commodities: '{}',
        verification_level: 'UNVERIFIED',
      })
      .returning('id');
    const H = 60 * 60 * 1000;
    const now = Date.now();
    const history = async (
      startedAgo: number,
      steps: [
        action: string,
        actor: string | null,
        from: string | null,
        to: string,
        turnAfter: string | null,
        hoursLater: number,
      ][],
    ) => {
      const [proposal] = await knex('proposal')
        .insert({
          kind: 'FINANCING',
          title: 'Uji',
          cooperative_id: quiet.id,
          partner_id: partner.id,
          started_by: 'COOPERATIVE',
          status: 'DRAFT',
          turn: 'COOPERATIVE',
          turn_since: new Date(now),
        })
        .returning('id');
      let at = now - startedAgo;
      for (const [action, actor, from, to, turnAfter, hoursLater] of steps) {
        at += hoursLater * H;
        await knex('proposal_event').insert({
          proposal_id: proposal.id,
          actor: actor ?? 'SYSTEM',
          side: actor,
          action,
          from_status: from,
          to_status: to,
          turn_after: turnAfter,
          created_at: new Date(at),
        });
      }
    };
    const C = 'COOPERATIVE';
    const P = 'PARTNER';
    // Ten days ago: the partner answers in 5 h, 3 h and 7 h; the cooperative in 20 h and 4 h.
    await history(10 * 24 * H, [
      ['CREATE', C, null, 'DRAFT', C, 0],
      ['SUBMIT', C, 'DRAFT', 'SUBMITTED', P, 30], // drafting time is not a response
      ['START_REVIEW', P, 'SUBMITTED', 'UNDER_REVIEW', P, 5],
      ['COUNTER', P, 'UNDER_REVIEW', 'NEGOTIATING', C, 3],
      ['COUNTER', C, 'NEGOTIATING', 'NEGOTIATING', P, 20],
      ['COUNTER', P, 'NEGOTIATING', 'NEGOTIATING', C, 7],
      ['ACCEPT', C, 'NEGOTIATING', 'ACCEPTED', null, 4],
    ]);
    // A month ago the cooperative let one expire, while the partner withdrew nothing on its turn.
    await history(30 * 24 * H, [
      ['CREATE', P, null, 'DRAFT', P, 0],
      ['SUBMIT', P, 'DRAFT', 'SUBMITTED', C, 1],
      ['EXPIRE', null, 'SUBMITTED', 'EXPIRED', null, 14 * 24],
    ]);
    // Withdrawing while the other side is on turn is not a response of the one withdrawing.
    await history(5 * 24 * H, [
      ['CREATE', C, null, 'DRAFT', C, 0],
      ['SUBMIT', C, 'DRAFT', 'SUBMITTED', P, 1],
      ['WITHDRAW', C, 'SUBMITTED', 'WITHDRAWN', null, 2],
    ]);
    // Older than 90 days: not counted.
    await history(120 * 24 * H, [
      ['CREATE', C, null, 'DRAFT', C, 0],
      ['SUBMIT', C, 'DRAFT', 'SUBMITTED', P, 1],
      ['DECLINE', P, 'SUBMITTED', 'DECLINED', null, 1],
    ]);

    const response = await server.graphql<{
      cooperative: { responsiveness: Record<string, number | null> };
      partner: { responsiveness: Record<string, number | null> };
    }>(
      `query ($c: ID!, $p: ID!) {
        cooperative(id: $c) { responsiveness { periodDays responses medianResponseSeconds expiredWhileWaiting } }
        partner(id: $p) { responsiveness { periodDays responses medianResponseSeconds expiredWhileWaiting } }
      }`,
      { c: globalIdOf('Cooperative', quiet.id), p: globalIdOf('Partner', partner.id) },
    );
    expect(response.errors).toBeUndefined();
    // Cooperative: 20 h and 4 h → median 12 h. Partner: 5 h, 3 h, 7 h → median 5 h.
    expect(response.data!.cooperative.responsiveness).toEqual({
      periodDays: 90,
      responses: 2,
      medianResponseSeconds: 12 * 3600,
      expiredWhileWaiting: 1,
    });
    expect(response.data!.partner.responsiveness).toEqual({
      periodDays: 90,
      responses: 3,
      medianResponseSeconds: 5 * 3600,
      expiredWhileWaiting: 0,
    });
  });
});

test('no N+1: a page of 50 proposals with their relations costs the same statements as a page of 5', async () => {
  // Fifty proposals with every relation filled in, so both pages need the same kinds of reads.
  const ketua = await knex('app_user').where('email', 'ketua@demo.mitradesa.id').first('id');
  const program = dbIdOf(await pmk49Program());
  for (let i = 0; i < 50; i += 1) {
    const id = await insertProposal(knex, {
      stage: 'ACCEPTED',
      cooperativeId: fixture.demoCooperativeId,
      partnerId: fixture.bankId,
      mentorId: fixture.demoMentorId,
    });
    await knex('proposal').where('id', id).update({ program_id: program });
    await knex('proposal_terms').where('proposal_id', id).update({ delivery_region_code: '61.03' });
    await knex('proposal_message').insert({
      proposal_id: id,
      author_id: ketua.id,
      author_actor: 'COOPERATIVE',
      body: 'Halo',
    });
  }
  const query = /* GraphQL */ `
    query ($first: Int!) {
      proposals(first: $first, orderBy: NEWEST) {
        edges {
          node {
            id
            cooperative {
              name
            }
            partner {
              name
            }
            program {
              name
            }
            mentor {
              name
            }
            latestTerms {
              version
              amount {
                amount
              }
              deliveryRegion {
                name
              }
            }
            acceptedTerms {
              version
            }
            events(first: 3) {
              totalCount
              edges {
                node {
                  action
                  actorName
                }
              }
            }
            messages(first: 2) {
              edges {
                node {
                  body
                  authorName
                }
              }
            }
            terms(first: 5) {
              edges {
                node {
                  version
                }
              }
            }
            viewerActions
          }
        }
      }
    }
  `;
  const statements = async (first: number) => {
    const response = await server.graphql<{ proposals: { edges: unknown[] } }>(
      query,
      { first },
      { token: await tokenOf('admin') },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.proposals.edges).toHaveLength(first);
    return response.sqlStatements;
  };
  const five = await statements(5);
  const fifty = await statements(50);
  console.log(`proposals page statements: 5 → ${five}, 50 → ${fifty}`);
  expect(fifty).toBe(five);
  // The viewer's session, the page, then one statement per relation hop: cooperative, partner,
  // program, mentor, terms versions, events (+ their count), messages, terms history, names
  // (regions come from the kept region table).
  expect(fifty).toBe(2 + 10);
});

describe('what each kind of proposal must state', () => {
  test('proposalKindTerms names exactly the fields terms of each kind are refused without', async () => {
    const response = await server.graphql<{
      proposalKindTerms: { kind: string; requiredTerms: string[] }[];
    }>(`{ proposalKindTerms { kind requiredTerms } }`, {}, { token: await tokenOf('ketua') });
    expect(response.errors).toBeUndefined();
    const kinds = response.data!.proposalKindTerms;
    expect(kinds).toEqual([
      { kind: 'FINANCING', requiredTerms: ['AMOUNT', 'TENOR_MONTHS'] },
      { kind: 'OFFTAKE', requiredTerms: ['PRICE_PER_UNIT', 'QUANTITY', 'QUANTITY_UNIT'] },
      { kind: 'SUPPLY', requiredTerms: ['PRICE_PER_UNIT', 'QUANTITY', 'QUANTITY_UNIT'] },
      { kind: 'AGENCY', requiredTerms: [] },
    ]);
    // AMOUNT → amount, TENOR_MONTHS → tenorMonths: the field of ProposalTermsInput it names.
    const before = await countOf(knex('proposal'));
    for (const { kind, requiredTerms } of kinds.filter((entry) => entry.requiredTerms.length > 0)) {
      const refusal = await refused('ketua', 'createProposal', {
        kind,
        cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
        partnerId: globalIdOf('Partner', fixture.bankId),
        title: `Tanpa syarat: ${kind}`,
        terms: {},
      });
      const missing = payloadOf(refusal)!
        .userErrors.filter((error) => error.message.includes('is required'))
        .map((error) => error.field);
      expect({ kind, missing }).toEqual({
        kind,
        missing: requiredTerms.map((term) => ['input', 'terms', camelCase(term)]),
      });
    }
    expect(await countOf(knex('proposal'))).toBe(before);
  });

  test('every term names its command field in camel case (clients derive the field from the enum value)', () => {
    for (const [term, field] of Object.entries(ProposalTermsField)) {
      expect({ term, field }).toEqual({ term, field: camelCase(term) });
    }
  });
});

function camelCase(constant: string): string {
  return constant.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
