import type { Knex } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';
import { DEMO, loadFixture, type Fixture } from './authorization/fixture';
import { openRequest, supplyOffering } from './proposal/pool-helpers';

/**
 * Pooled offers: the demo cooperative leads, the Sambas cooperative is a member, the buyer's
 * request asks 100 t of shrimp a month. Every refusal is a typed error that changes nothing.
 */

let server: TestServer;
let knex: Knex;
let fixture: Fixture;
const tokens = new Map<string, string>();
const tokenOf = async (user: keyof typeof DEMO) => {
  if (!tokens.has(user)) tokens.set(user, await server.signIn(DEMO[user]));
  return tokens.get(user)!;
};

beforeAll(async () => {
  server = await startTestServer();
  knex = server.orm.em.getKnex();
  fixture = await loadFixture(knex);
});
afterAll(() => server.close());

const PROPOSAL = `id status version turn isPooled latestTermsVersion viewerActions
  latestTerms { quantity quantityUnit poolShares { quantity cooperative { name } } }
  pool { committed quantityUnit isFullyApproved
    members { isLead isViewersShare status quantity quantityUnit cooperative { id } offering { id } } }`;

const mutation = (name: string) =>
  `mutation ($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) {
    proposal { ${PROPOSAL} } userErrors { code message field } errors { code field } } }`;

interface Pool {
  committed: string;
  quantityUnit: string;
  isFullyApproved: boolean;
  members: {
    isLead: boolean;
    isViewersShare: boolean;
    status: string;
    quantity: string;
    cooperative: { id: string };
  }[];
}
interface ProposalView {
  id: string;
  status: string;
  version: number;
  isPooled: boolean;
  latestTermsVersion: number;
  viewerActions: string[];
  latestTerms: { quantity: string; quantityUnit: string; poolShares: { quantity: string }[] | null };
  pool: Pool | null;
}
interface Payload {
  proposal: ProposalView | null;
  userErrors: { code: string; message: string; field: string[] | null }[];
  errors: { code: string; field: string[] | null }[];
}

async function call(user: keyof typeof DEMO, name: string, input: Record<string, unknown>): Promise<Payload> {
  const response = await server.graphql(mutation(name), { input }, { token: await tokenOf(user) });
  expect(response.errors).toBeUndefined();
  return (response.data as Record<string, Payload>)[name];
}

async function view(user: keyof typeof DEMO, id: string): Promise<ProposalView | null> {
  const response = await server.graphql<{ proposal: ProposalView | null }>(
    `query ($id: ID!) { proposal(id: $id) { ${PROPOSAL} } }`,
    { id },
    { token: await tokenOf(user) },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.proposal;
}

const share = (cooperativeId: number, offeringId: number, quantity: string) => ({
  cooperativeId: globalIdOf('Cooperative', cooperativeId),
  offeringId: globalIdOf('Offering', offeringId),
  quantity,
});

/** A pooled offtake draft of the demo cooperative (lead) and the Sambas one to the buyer's request. */
function createInput(requestId: number, poolShares: ReturnType<typeof share>[]) {
  return {
    kind: 'OFFTAKE',
    cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
    partnerId: globalIdOf('Partner', fixture.buyerId),
    requestId: globalIdOf('PartnerRequest', requestId),
    title: 'Pasokan udang bersama 100 ton per bulan',
    terms: { pricePerUnit: '2500000', poolShares },
  };
}

const stored = async () => ({
  proposals: await knex('proposal').count({ n: '*' }).first(),
  members: await knex('proposal_pool_member').orderBy('id').select('proposal_id', 'cooperative_id', 'status'),
  events: await knex('proposal_event').count({ n: '*' }).first(),
});

describe('a pool from draft to acceptance', () => {
  let requestId: number;
  let leadOffering: number;
  let memberOffering: number;
  let id: string;

  beforeAll(async () => {
    requestId = await openRequest(knex, fixture.buyerId, fixture.demoCooperativeId, '100');
    leadOffering = await supplyOffering(knex, fixture.demoCooperativeId, '80');
    memberOffering = await supplyOffering(knex, fixture.otherCooperativeId, '50');
  });

  test('the lead starts it: the shares add up to the quantity, its own share approved, the member invited', async () => {
    const created = await call(
      'ketua',
      'createProposal',
      createInput(requestId, [
        share(fixture.demoCooperativeId, leadOffering, '60'),
        share(fixture.otherCooperativeId, memberOffering, '45.5'),
      ]),
    );
    expect(created.userErrors).toEqual([]);
    const proposal = created.proposal!;
    id = proposal.id;
    expect(proposal).toMatchObject({ status: 'DRAFT', isPooled: true });
    expect(proposal.latestTerms).toMatchObject({ quantity: '105.5', quantityUnit: 'TON' });
    expect(proposal.latestTerms.poolShares!.map((row) => row.quantity)).toEqual(['60', '45.5']);
    expect(proposal.pool).toMatchObject({ committed: '105.5', quantityUnit: 'TON', isFullyApproved: false });
    expect(proposal.pool!.members.map((member) => [member.isLead, member.status, member.quantity])).toEqual([
      [true, 'APPROVED', '60'],
      [false, 'INVITED', '45.5'],
    ]);
  });

  test('the members hear of the new pool, the partner not yet; the lead hears of a member’s decision by its name', async () => {
    const proposalId = Number(Buffer.from(id, 'base64').toString().split(':')[1]);
    const told = (email: string) =>
      knex('notification as n')
        .join('app_user as u', 'u.id', 'n.recipient_id')
        .where({ 'u.email': email, 'n.subject_type': 'PROPOSAL', 'n.subject_id': proposalId })
        .orderBy('n.id')
        .select('n.kind', 'n.proposal_action', 'n.actor_name');
    expect(await told(DEMO.otherKetua)).toEqual([
      { kind: 'PROPOSAL_UPDATED', proposal_action: 'CREATE', actor_name: expect.any(String) },
    ]);
    expect(await told(DEMO.buyer)).toEqual([]);
    expect(await told(DEMO.ketua)).toEqual([]);
  });

  test('the member sees the draft and may only decide on its share or write; the partner sees nothing yet', async () => {
    const seen = await view('otherKetua', id);
    expect(seen?.viewerActions).toEqual(['SEND_MESSAGE', 'APPROVE_SHARE', 'WITHDRAW_SHARE']);
    expect(await view('buyer', id)).toBeNull();
    const refused = await call('otherKetua', 'submitProposal', { proposalId: id, version: seen!.version });
    expect(refused.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  test('the partner cannot accept before every member approved; once it has, acceptance goes through', async () => {
    const sent = await call('ketua', 'submitProposal', {
      proposalId: id,
      version: (await view('ketua', id))!.version,
    });
    expect(sent.proposal!.status).toBe('SUBMITTED');
    const reviewing = await call('buyer', 'startProposalReview', {
      proposalId: id,
      version: sent.proposal!.version,
    });
    const early = await call('buyer', 'acceptProposal', {
      proposalId: id,
      version: reviewing.proposal!.version,
      termsVersion: 1,
    });
    expect(early.errors.map((error) => error.code)).toEqual(['POOL_NOT_APPROVED']);
    expect(early.userErrors[0].message).toContain('Not every member approved its share');

    const approved = await call('otherKetua', 'approvePoolShare', {
      proposalId: id,
      version: reviewing.proposal!.version,
      note: 'Disetujui rapat pengurus.',
    });
    expect(approved.userErrors).toEqual([]);
    expect(approved.proposal!.pool).toMatchObject({ isFullyApproved: true });
    // Approved: only withdrawing (and writing) is left to the member.
    const afterApproval = await view('otherKetua', id);
    expect(afterApproval!.viewerActions).toEqual(['SEND_MESSAGE', 'WITHDRAW_SHARE']);
    expect(afterApproval!.pool!.members.map((member) => member.isViewersShare)).toEqual([false, true]);
    expect((await view('ketua', id))!.pool!.members.map((member) => member.isViewersShare)).toEqual([
      false,
      false,
    ]);
    const event = await knex('proposal_event')
      .where({
        proposal_id: Number(Buffer.from(id, 'base64').toString().split(':')[1]),
        action: 'APPROVE_SHARE',
      })
      .first('actor', 'side', 'pool_member_id', 'note');
    expect(event).toEqual({
      actor: 'POOL_MEMBER',
      side: 'COOPERATIVE',
      pool_member_id: fixture.otherCooperativeId,
      note: 'Disetujui rapat pengurus.',
    });
    const memberName = (await knex('cooperative').where('id', fixture.otherCooperativeId).first('name')).name;
    const leadTold = await knex('notification as n')
      .join('app_user as u', 'u.id', 'n.recipient_id')
      .where({ 'u.email': DEMO.ketua, 'n.proposal_action': 'APPROVE_SHARE' })
      .first('n.actor_name');
    expect(leadTold).toEqual({ actor_name: memberName });

    // The version moved with the member's decision: an accept sent with the old one is a conflict.
    const stale = await call('buyer', 'acceptProposal', {
      proposalId: id,
      version: reviewing.proposal!.version,
      termsVersion: 1,
    });
    expect(stale.userErrors[0].code).toBe('CONFLICT');
    const accepted = await call('buyer', 'acceptProposal', {
      proposalId: id,
      version: approved.proposal!.version,
      termsVersion: 1,
    });
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.proposal!.status).toBe('ACCEPTED');
    // Accepted: shares are settled, so there is nothing left to decide on.
    expect((await view('otherKetua', id))!.viewerActions).toEqual(['SEND_MESSAGE']);
  });
});

describe('rules of a pool, each a typed refusal that changes nothing', () => {
  let requestId: number;
  let leadOffering: number;
  let memberOffering: number;

  beforeAll(async () => {
    requestId = await openRequest(knex, fixture.buyerId, fixture.demoCooperativeId, '100');
    leadOffering = await supplyOffering(knex, fixture.demoCooperativeId, '70');
    memberOffering = await supplyOffering(knex, fixture.otherCooperativeId, '40');
  });

  test.each([
    {
      name: 'a cooperative twice',
      shares: () => [
        share(fixture.demoCooperativeId, leadOffering, '30'),
        share(fixture.demoCooperativeId, leadOffering, '30'),
      ],
      code: 'DUPLICATE',
      field: ['input', 'terms', 'poolShares', '1', 'cooperativeId'],
    },
    {
      name: 'a pool without its lead',
      shares: () => [
        share(fixture.otherCooperativeId, memberOffering, '30'),
        share(fixture.otherCooperativeId + 1, memberOffering, '30'),
      ],
      code: 'POOL_LEAD_NOT_MEMBER',
      field: ['input', 'terms', 'poolShares'],
    },
    {
      name: "a share out of another cooperative's offering",
      shares: () => [
        share(fixture.demoCooperativeId, leadOffering, '30'),
        share(fixture.otherCooperativeId, leadOffering, '30'),
      ],
      code: 'POOL_OFFERING_DOES_NOT_FIT',
      field: ['input', 'terms', 'poolShares', '1', 'offeringId'],
    },
    {
      name: 'a share above what the offering has a month',
      shares: () => [
        share(fixture.demoCooperativeId, leadOffering, '60'),
        share(fixture.otherCooperativeId, memberOffering, '40.01'),
      ],
      code: 'POOL_MEMBER_OVER_CAPACITY',
      field: ['input', 'terms', 'poolShares', '1', 'quantity'],
    },
    {
      name: 'one cooperative alone',
      shares: () => [share(fixture.demoCooperativeId, leadOffering, '60')],
      code: 'INVALID',
      field: ['input', 'terms', 'poolShares'],
    },
  ])('$name: $code', async ({ shares, code, field }) => {
    const before = await stored();
    const refused = await call('ketua', 'createProposal', createInput(requestId, shares()));
    expect(refused.proposal).toBeNull();
    expect(refused.userErrors[0]).toMatchObject({ code, field });
    expect(refused.errors[0]).toMatchObject({ code, field });
    expect(await stored()).toEqual(before);
  });

  test('a pool answers an open request only', async () => {
    const closed = await openRequest(knex, fixture.buyerId, fixture.demoCooperativeId, '100');
    await knex('partner_request').where('id', closed).update({ status: 'CLOSED' });
    const before = await stored();
    const refused = await call(
      'ketua',
      'createProposal',
      createInput(closed, [
        share(fixture.demoCooperativeId, leadOffering, '30'),
        share(fixture.otherCooperativeId, memberOffering, '30'),
      ]),
    );
    expect(refused.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'requestId'] });
    expect(await stored()).toEqual(before);
  });

  test('a partner cannot start a pool, and a proposal that is not pooled takes no shares', async () => {
    const input = createInput(requestId, [
      share(fixture.demoCooperativeId, leadOffering, '60'),
      share(fixture.otherCooperativeId, memberOffering, '40'),
    ]);
    const byPartner = await call('buyer', 'createProposal', input);
    expect(byPartner.userErrors[0]).toMatchObject({
      code: 'INVALID',
      field: ['input', 'terms', 'poolShares'],
    });

    const single = await call('ketua', 'createProposal', {
      ...input,
      terms: { pricePerUnit: '2500000', quantity: '10', quantityUnit: 'TON' },
    });
    expect(single.proposal!.isPooled).toBe(false);
    const counter = await call('ketua', 'updateProposalDraft', {
      proposalId: single.proposal!.id,
      version: single.proposal!.version,
      terms: { pricePerUnit: '2500000', poolShares: input.terms.poolShares },
    });
    expect(counter.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'terms', 'poolShares'] });
  });

  test('a pool below the request is not sent; the quantity must be the sum of the shares', async () => {
    const created = await call(
      'ketua',
      'createProposal',
      createInput(requestId, [
        share(fixture.demoCooperativeId, leadOffering, '50'),
        share(fixture.otherCooperativeId, memberOffering, '30'),
      ]),
    );
    const draft = created.proposal!;
    const below = await call('ketua', 'submitProposal', { proposalId: draft.id, version: draft.version });
    expect(below.errors[0].code).toBe('POOL_BELOW_MINIMUM');
    expect(below.userErrors[0].message).toBe(
      "The pool's shares add up to 80.00 TON a month; the request asks 100.00.",
    );
    const wrongSum = await call('ketua', 'updateProposalDraft', {
      proposalId: draft.id,
      version: draft.version,
      terms: { pricePerUnit: '2500000', quantity: '100', quantityUnit: 'TON' },
    });
    expect(wrongSum.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'terms', 'quantity'] });
    // Discarded, so that its shares no longer count against the offerings.
    await call('ketua', 'withdrawProposal', { proposalId: draft.id, version: draft.version });
  });

  test('a member cannot promise the same supply to two open pools; a closed pool frees it', async () => {
    const shares = [
      share(fixture.demoCooperativeId, leadOffering, '60'),
      share(fixture.otherCooperativeId, memberOffering, '40'),
    ];
    const first = await call('ketua', 'createProposal', createInput(requestId, shares));
    expect(first.userErrors).toEqual([]);
    const second = await call('ketua', 'createProposal', createInput(requestId, shares));
    expect(second.errors.map((error) => [error.code, error.field])).toEqual([
      ['POOL_MEMBER_OVER_CAPACITY', ['input', 'terms', 'poolShares', '0', 'quantity']],
      ['POOL_MEMBER_OVER_CAPACITY', ['input', 'terms', 'poolShares', '1', 'quantity']],
    ]);
    expect(second.userErrors[1].message).toBe(
      'The offering has 0.00 TON a month left after the other pools it is promised to; the share asks 40.00 TON.',
    );
    await call('ketua', 'withdrawProposal', {
      proposalId: first.proposal!.id,
      version: first.proposal!.version,
    });
    const third = await call('ketua', 'createProposal', createInput(requestId, shares));
    expect(third.userErrors).toEqual([]);
  });
});

test('two pools asking for the same last supply at once: one gets it, the other is refused', async () => {
  const requestId = await openRequest(knex, fixture.buyerId, fixture.demoCooperativeId, '100');
  const leadOffering = await supplyOffering(knex, fixture.demoCooperativeId, '200');
  const memberOffering = await supplyOffering(knex, fixture.otherCooperativeId, '40');
  const input = createInput(requestId, [
    share(fixture.demoCooperativeId, leadOffering, '60'),
    share(fixture.otherCooperativeId, memberOffering, '40'),
  ]);
  const outcomes = await Promise.all([1, 2, 3].map(() => call('ketua', 'createProposal', input)));
  expect(outcomes.filter((outcome) => outcome.proposal !== null)).toHaveLength(1);
  for (const refused of outcomes.filter((outcome) => outcome.proposal === null)) {
    expect(refused.errors.map((error) => error.code)).toEqual(['POOL_MEMBER_OVER_CAPACITY']);
  }
});

describe('a member withdraws, the partner re-offers, the lead accepts', () => {
  test('acceptance waits for new shares and the re-invited member’s approval', async () => {
    const requestId = await openRequest(knex, fixture.buyerId, fixture.demoCooperativeId, '100');
    const leadOffering = await supplyOffering(knex, fixture.demoCooperativeId, '100');
    const memberOffering = await supplyOffering(knex, fixture.otherCooperativeId, '50');
    const created = await call(
      'ketua',
      'createProposal',
      createInput(requestId, [
        share(fixture.demoCooperativeId, leadOffering, '60'),
        share(fixture.otherCooperativeId, memberOffering, '40'),
      ]),
    );
    const id = created.proposal!.id;
    let current = (
      await call('ketua', 'submitProposal', { proposalId: id, version: created.proposal!.version })
    ).proposal!;
    current = (await call('buyer', 'startProposalReview', { proposalId: id, version: current.version }))
      .proposal!;

    const withdrawn = await call('otherKetua', 'withdrawPoolShare', {
      proposalId: id,
      version: current.version,
      reason: 'Panen gagal bulan ini.',
    });
    expect(withdrawn.proposal!.pool!.members.map((member) => member.status)).toEqual([
      'APPROVED',
      'WITHDRAWN',
    ]);
    expect(withdrawn.proposal!.pool!.committed).toBe('60');
    current = withdrawn.proposal!;
    const again = await call('otherKetua', 'withdrawPoolShare', {
      proposalId: id,
      version: current.version,
      reason: 'Lagi.',
    });
    expect(again.userErrors[0]).toMatchObject({ code: 'INVALID' });

    const blocked = await call('buyer', 'acceptProposal', {
      proposalId: id,
      version: current.version,
      termsVersion: 1,
    });
    expect(blocked.errors[0].code).toBe('POOL_BELOW_MINIMUM');

    // The partner answers with new shares: less from the member, more from the lead.
    const countered = await call('buyer', 'counterProposal', {
      proposalId: id,
      version: current.version,
      terms: {
        pricePerUnit: '2400000',
        poolShares: [
          share(fixture.demoCooperativeId, leadOffering, '70'),
          share(fixture.otherCooperativeId, memberOffering, '30'),
        ],
      },
    });
    expect(countered.userErrors).toEqual([]);
    // Both shares changed: both boards are asked again.
    expect(countered.proposal!.pool!.members.map((member) => member.status)).toEqual(['INVITED', 'INVITED']);
    current = countered.proposal!;
    const early = await call('ketua', 'acceptProposal', {
      proposalId: id,
      version: current.version,
      termsVersion: 2,
    });
    expect(early.errors[0].code).toBe('POOL_NOT_APPROVED');

    current = (await call('otherKetua', 'approvePoolShare', { proposalId: id, version: current.version }))
      .proposal!;
    // The lead's acceptance is its own approval.
    const accepted = await call('ketua', 'acceptProposal', {
      proposalId: id,
      version: current.version,
      termsVersion: 2,
    });
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.proposal!.pool!.members.map((member) => member.status)).toEqual(['APPROVED', 'APPROVED']);
  });
});

test('a page of pooled proposals reads its members in one batch', async () => {
  const query = `query ($first: Int!) { proposals(first: $first, filter: { side: COOPERATIVE }) { edges { node {
    isPooled pool { committed members { status cooperative { name } offering { title } } } } } } }`;
  const token = await tokenOf('otherKetua');
  const counts: number[] = [];
  for (const first of [5, 50]) {
    const response = await server.graphql<{ proposals: { edges: { node: { isPooled: boolean } }[] } }>(
      query,
      { first },
      { token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.proposals.edges.some((edge) => edge.node.isPooled)).toBe(true);
    counts.push(response.sqlStatements);
  }
  expect(counts[1]).toBe(counts[0]);
});

describe("a pool answering an offtake program's minimum volume", () => {
  const PROGRAM = `program { id kind commodity minimumVolume { quantityPerMonth unit } }`;
  const programMutation = (name: string) =>
    `mutation ($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) {
      ${PROGRAM} userErrors { code message field } } }`;
  interface ProgramPayload {
    program: {
      id: string;
      kind: string;
      commodity: string | null;
      minimumVolume: { quantityPerMonth: string; unit: string } | null;
    } | null;
    userErrors: { code: string; message: string; field: string[] | null }[];
  }
  async function programCall(
    user: keyof typeof DEMO,
    name: string,
    input: Record<string, unknown>,
  ): Promise<{ payload: ProgramPayload | null; code: unknown }> {
    const response = await server.graphql(programMutation(name), { input }, { token: await tokenOf(user) });
    return {
      payload: (response.data as Record<string, ProgramPayload> | null)?.[name] ?? null,
      code: response.errors?.[0]?.extensions?.code,
    };
  }
  /** An ACTIVE program of the buyer, made through the API; its database id. */
  async function activeProgram(input: Record<string, unknown>): Promise<number> {
    const { payload } = await programCall('buyer', 'createProgram', {
      partnerId: globalIdOf('Partner', fixture.buyerId),
      name: 'Kontrak udang bulanan',
      ...input,
    });
    expect(payload!.userErrors).toEqual([]);
    const id = payload!.program!.id;
    const dbId = Number(Buffer.from(id, 'base64').toString().split(':')[1]);
    const { version } = await knex('program').where('id', dbId).first('version');
    const opened = await programCall('buyer', 'setProgramStatus', { id, version, status: 'ACTIVE' });
    expect(opened.payload!.userErrors).toEqual([]);
    return dbId;
  }
  const programPoolInput = (programId: number, poolShares: ReturnType<typeof share>[]) => {
    const { requestId: _request, ...rest } = createInput(0, poolShares);
    return { ...rest, programId: globalIdOf('Program', programId) };
  };
  const programs = async () =>
    knex('program').orderBy('id').select('id', 'min_volume_per_month', 'min_volume_unit');

  let programId: number;
  let leadOffering: number;
  let memberOffering: number;

  beforeAll(async () => {
    programId = await activeProgram({
      kind: 'OFFTAKE',
      commodity: 'SHRIMP',
      minimumVolume: { quantityPerMonth: '100', unit: 'TON' },
    });
    leadOffering = await supplyOffering(knex, fixture.demoCooperativeId, '70');
    memberOffering = await supplyOffering(knex, fixture.otherCooperativeId, '40');
  });

  test('only an OFFTAKE program of a commodity states a minimum volume; partner staff alone set it, and may clear it', async () => {
    const before = await programs();
    const loan = await programCall('buyer', 'createProgram', {
      partnerId: globalIdOf('Partner', fixture.buyerId),
      kind: 'LOAN',
      name: 'Pinjaman dengan volume',
      loanTerms: { maxAmount: '100000000' },
      minimumVolume: { quantityPerMonth: '100', unit: 'TON' },
    });
    expect(loan.payload!.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'minimumVolume'] }),
    ]);
    const noCommodity = await programCall('buyer', 'createProgram', {
      partnerId: globalIdOf('Partner', fixture.buyerId),
      kind: 'OFFTAKE',
      name: 'Serapan tanpa komoditas',
      minimumVolume: { quantityPerMonth: '100', unit: 'TON' },
    });
    expect(noCommodity.payload!.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'commodity'] }),
    ]);
    const notPositive = await programCall('buyer', 'createProgram', {
      partnerId: globalIdOf('Partner', fixture.buyerId),
      kind: 'OFFTAKE',
      name: 'Serapan nol ton',
      commodity: 'SHRIMP',
      minimumVolume: { quantityPerMonth: '0', unit: 'TON' },
    });
    expect(notPositive.payload!.userErrors[0]).toMatchObject({
      field: ['input', 'minimumVolume', 'quantityPerMonth'],
    });
    const byCooperative = await programCall('ketua', 'createProgram', {
      partnerId: globalIdOf('Partner', fixture.buyerId),
      kind: 'OFFTAKE',
      name: 'Bukan staf mitra',
      commodity: 'SHRIMP',
      minimumVolume: { quantityPerMonth: '100', unit: 'TON' },
    });
    expect(byCooperative.code).toBe('FORBIDDEN');
    expect(await programs()).toEqual(before);

    const id = globalIdOf('Program', programId);
    const read = await server.graphql<{ program: ProgramPayload['program'] }>(
      `query ($id: ID!) { ${PROGRAM.replace('program', 'program(id: $id)')} }`,
      { id },
    );
    expect(read.data!.program!.minimumVolume).toEqual({ quantityPerMonth: '100', unit: 'TON' });
    const version = async () => (await knex('program').where('id', programId).first('version')).version;
    const byOtherStaff = await programCall('ketua', 'updateProgram', {
      id,
      version: await version(),
      minimumVolume: null,
    });
    expect(byOtherStaff.code).toBe('FORBIDDEN');
    const cleared = await programCall('buyer', 'updateProgram', {
      id,
      version: await version(),
      minimumVolume: null,
    });
    expect(cleared.payload!.program!.minimumVolume).toBeNull();
    const restored = await programCall('buyer', 'updateProgram', {
      id,
      version: await version(),
      minimumVolume: { quantityPerMonth: '100', unit: 'TON' },
    });
    expect(restored.payload!.program!.minimumVolume).toEqual({ quantityPerMonth: '100', unit: 'TON' });
  });

  test('below the minimum the pool is not sent; reaching it, it is; its shares are in the program’s unit', async () => {
    const below = await call(
      'ketua',
      'createProposal',
      programPoolInput(programId, [
        share(fixture.demoCooperativeId, leadOffering, '50'),
        share(fixture.otherCooperativeId, memberOffering, '30'),
      ]),
    );
    expect(below.userErrors).toEqual([]);
    const draft = below.proposal!;
    const refused = await call('ketua', 'submitProposal', { proposalId: draft.id, version: draft.version });
    expect(refused.errors[0].code).toBe('POOL_BELOW_MINIMUM');
    expect(refused.userErrors[0].message).toBe(
      "The pool's shares add up to 80.00 TON a month; the program's minimum is 100.00.",
    );
    expect((await view('ketua', draft.id))!.status).toBe('DRAFT');

    const raised = await call('ketua', 'updateProposalDraft', {
      proposalId: draft.id,
      version: draft.version,
      terms: {
        pricePerUnit: '2500000',
        poolShares: [
          share(fixture.demoCooperativeId, leadOffering, '60'),
          share(fixture.otherCooperativeId, memberOffering, '40'),
        ],
      },
    });
    expect(raised.userErrors).toEqual([]);
    expect(raised.proposal!.latestTerms).toMatchObject({ quantity: '100', quantityUnit: 'TON' });
    const sent = await call('ketua', 'submitProposal', {
      proposalId: draft.id,
      version: raised.proposal!.version,
    });
    expect(sent.userErrors).toEqual([]);
    expect(sent.proposal!.status).toBe('SUBMITTED');
    // The member approves its share against the program, then the partner accepts.
    const reviewing = await call('buyer', 'startProposalReview', {
      proposalId: draft.id,
      version: sent.proposal!.version,
    });
    const approved = await call('otherKetua', 'approvePoolShare', {
      proposalId: draft.id,
      version: reviewing.proposal!.version,
    });
    expect(approved.userErrors).toEqual([]);
    const accepted = await call('buyer', 'acceptProposal', {
      proposalId: draft.id,
      version: approved.proposal!.version,
      termsVersion: raised.proposal!.latestTermsVersion,
    });
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.proposal!.status).toBe('ACCEPTED');
  });

  test('over capacity, or out of another commodity, a share is refused and nothing is stored', async () => {
    const fish = await supplyOffering(knex, fixture.otherCooperativeId, '500', { commodity: 'FISH' });
    const before = await stored();
    // The accepted pool above holds 60 of the lead's 70 t and all 40 of the member's.
    const over = await call(
      'ketua',
      'createProposal',
      programPoolInput(programId, [
        share(fixture.demoCooperativeId, leadOffering, '10.01'),
        share(fixture.otherCooperativeId, fish, '100'),
      ]),
    );
    expect(over.errors.map((error) => [error.code, error.field])).toEqual([
      ['POOL_MEMBER_OVER_CAPACITY', ['input', 'terms', 'poolShares', '0', 'quantity']],
      ['POOL_OFFERING_DOES_NOT_FIT', ['input', 'terms', 'poolShares', '1', 'offeringId']],
    ]);
    expect(await stored()).toEqual(before);
  });

  test('a program of another kind, or one without a minimum volume, cannot be answered by a pool', async () => {
    const withoutMinimum = await activeProgram({ kind: 'OFFTAKE', commodity: 'SHRIMP' });
    const supply = await activeProgram({ kind: 'SUPPLY', commodity: 'SHRIMP' });
    const shares = [
      share(fixture.demoCooperativeId, leadOffering, '5'),
      share(fixture.otherCooperativeId, memberOffering, '0.5'),
    ];
    const before = await stored();
    const none = await call('ketua', 'createProposal', programPoolInput(withoutMinimum, shares));
    expect(none.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'programId'] }),
    ]);
    expect(none.userErrors[0].message).toContain('minimum volume');
    const otherKind = await call('ketua', 'createProposal', programPoolInput(supply, shares));
    expect(otherKind.proposal).toBeNull();
    expect(otherKind.errors.map((error) => [error.code, error.field])).toEqual([
      ['PROPOSAL_KIND_NOT_ADMITTED', ['input', 'kind']],
    ]);
    const neither = await call('ketua', 'createProposal', {
      ...programPoolInput(programId, shares),
      programId: null,
    });
    expect(neither.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'requestId'] }),
    ]);
    expect(await stored()).toEqual(before);
  });
});

test("a member's approval checks its own share only: another member's shortfall is the lead's, its own is refused", async () => {
  const requestId = await openRequest(knex, fixture.buyerId, fixture.demoCooperativeId, '100');
  const leadOffering = await supplyOffering(knex, fixture.demoCooperativeId, '60');
  const memberOffering = await supplyOffering(knex, fixture.otherCooperativeId, '40');
  const created = await call(
    'ketua',
    'createProposal',
    createInput(requestId, [
      share(fixture.demoCooperativeId, leadOffering, '60'),
      share(fixture.otherCooperativeId, memberOffering, '40'),
    ]),
  );
  expect(created.userErrors).toEqual([]);
  const id = created.proposal!.id;

  // The member's own offering shrank below its share: its approval is refused, nothing changes.
  await knex('offering').where('id', memberOffering).update({ quantity_per_month: '30' });
  const refused = await call('otherKetua', 'approvePoolShare', {
    proposalId: id,
    version: created.proposal!.version,
  });
  expect(refused.errors.map((error) => [error.code, error.field])).toEqual([
    ['POOL_MEMBER_OVER_CAPACITY', ['input', 'terms', 'poolShares', '1', 'quantity']],
  ]);
  expect((await view('otherKetua', id))!.pool!.members.map((member) => member.status)).toEqual([
    'APPROVED',
    'INVITED',
  ]);

  // The lead's offering shrank instead: not the member's business, its approval goes through.
  await knex('offering').where('id', memberOffering).update({ quantity_per_month: '40' });
  await knex('offering').where('id', leadOffering).update({ quantity_per_month: '10' });
  const approved = await call('otherKetua', 'approvePoolShare', {
    proposalId: id,
    version: created.proposal!.version,
  });
  expect(approved.userErrors).toEqual([]);
  expect(approved.proposal!.pool!.members.map((member) => member.status)).toEqual(['APPROVED', 'APPROVED']);
  await call('ketua', 'withdrawProposal', { proposalId: id, version: approved.proposal!.version });
});
