import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import type { Knex } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { insertProposal, runAction, tokenCache } from './proposal/helpers';
import { ProposalSide } from '../src/modules/proposal/proposal.entity';
import { expireOverdueProposals } from '../src/modules/proposal/proposal.expiry';
import type { NotificationBus, NotificationRow } from '../src/modules/notification/notification.bus';
import { notify } from '../src/modules/notification/notification.service';
import { NotificationKind, NotificationSubjectType } from '../src/modules/notification/notification.entity';

/**
 * In-app notifications: who is told of a proposal move, reading and marking them, and live delivery
 * over WebSocket (graphql-ws) to the recipient only, after the change commits.
 */

let server: TestServer;
let knex: Knex;
let fixture: Fixture;
let bus: NotificationBus;
const tokenOf = tokenCache(() => server);

beforeAll(async () => {
  server = await startTestServer();
  knex = server.orm.em.getKnex();
  fixture = await loadFixture(knex);
  bus = server.services.notificationBus;
});
afterAll(() => server.close());

async function userIdOf(user: DemoUser): Promise<number> {
  return (await knex('app_user').where('email', DEMO[user]).first('id')).id as number;
}

async function stored(proposalId: number): Promise<{ email: string; kind: string; action: string }[]> {
  return knex('notification as n')
    .join('app_user as u', 'u.id', 'n.recipient_id')
    .where({ 'n.subject_type': 'PROPOSAL', 'n.subject_id': proposalId })
    .orderBy('u.email')
    .select('u.email', 'n.kind', 'n.proposal_action as action');
}

/** A proposal the bank sent to the demo cooperative, brokered by the demo mentor; the cooperative is on turn. */
function proposalOnTheCooperativesTurn(title = 'Kredit modal kerja'): Promise<number> {
  return insertProposal(knex, {
    stage: 'UNDER_REVIEW',
    startedBy: ProposalSide.PARTNER,
    cooperativeId: fixture.demoCooperativeId,
    partnerId: fixture.bankId,
    mentorId: fixture.demoMentorId,
    title,
  });
}

async function versionOf(proposalId: number): Promise<{ version: number; latest: number }> {
  const row = await knex('proposal').where('id', proposalId).first('version', 'latest_terms_version');
  return { version: row.version as number, latest: row.latest_terms_version as number };
}

async function counterAsKetua(proposalId: number) {
  const { version, latest } = await versionOf(proposalId);
  const response = await runAction(server, await tokenOf('ketua'), 'COUNTER', proposalId, version, latest);
  expect(response.errors).toBeUndefined();
  expect((Object.values(response.data!)[0] as { userErrors: unknown[] }).userErrors).toEqual([]);
}

const LIST = `query ($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges { cursor node { id kind subjectType subjectId subjectLabel actorName proposalAction isRead readAt createdAt } }
    pageInfo { hasNextPage endCursor }
  }
  unreadNotificationCount
}`;

interface ListResult {
  notifications: {
    edges: {
      node: {
        id: string;
        kind: string;
        subjectType: string;
        subjectId: string;
        subjectLabel: string;
        actorName: string | null;
        proposalAction: string | null;
        isRead: boolean;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
  unreadNotificationCount: number;
}

async function listOf(user: DemoUser, variables: Record<string, unknown> = {}) {
  const response = await server.graphql<ListResult>(LIST, variables, { token: await tokenOf(user) });
  expect(response.errors).toBeUndefined();
  return { ...response.data!, sqlStatements: response.sqlStatements };
}

describe('proposal moves', () => {
  test("a counter by the ketua makes it the bank's turn: its staff are told, the mentor hears of it, the cooperative's officers do not", async () => {
    const proposalId = await proposalOnTheCooperativesTurn();
    await counterAsKetua(proposalId);

    expect(await stored(proposalId)).toEqual([
      { email: DEMO.bankAdmin, kind: 'PROPOSAL_YOUR_TURN', action: 'COUNTER' },
      { email: DEMO.bankOfficer, kind: 'PROPOSAL_YOUR_TURN', action: 'COUNTER' },
      { email: DEMO.mentor, kind: 'PROPOSAL_UPDATED', action: 'COUNTER' },
    ]);

    const { notifications } = await listOf('bankOfficer', { first: 1 });
    const cooperative = await knex('cooperative').where('id', fixture.demoCooperativeId).first('name');
    expect(notifications.edges[0].node).toMatchObject({
      kind: 'PROPOSAL_YOUR_TURN',
      subjectType: 'PROPOSAL',
      subjectId: globalIdOf('Proposal', proposalId),
      subjectLabel: 'Kredit modal kerja',
      actorName: cooperative.name,
      proposalAction: 'COUNTER',
      isRead: false,
    });
  });

  test('accepting tells the other party and the mentor, not the acting side; a message tells the others', async () => {
    const proposalId = await proposalOnTheCooperativesTurn('Kredit diterima');
    await counterAsKetua(proposalId);
    await knex('notification').where({ subject_type: 'PROPOSAL', subject_id: proposalId }).delete();

    const { version, latest } = await versionOf(proposalId);
    const accepted = await runAction(
      server,
      await tokenOf('bankOfficer'),
      'ACCEPT',
      proposalId,
      version,
      latest,
    );
    expect(accepted.errors).toBeUndefined();
    expect(await stored(proposalId)).toEqual([
      { email: DEMO.ketua, kind: 'PROPOSAL_UPDATED', action: 'ACCEPT' },
      { email: DEMO.mentor, kind: 'PROPOSAL_UPDATED', action: 'ACCEPT' },
      { email: DEMO.pengurus, kind: 'PROPOSAL_UPDATED', action: 'ACCEPT' },
      { email: DEMO.staff, kind: 'PROPOSAL_UPDATED', action: 'ACCEPT' },
    ]);

    await knex('notification').where({ subject_type: 'PROPOSAL', subject_id: proposalId }).delete();
    const message = await runAction(server, await tokenOf('mentor'), 'SEND_MESSAGE', proposalId, 0, 0);
    expect(message.errors).toBeUndefined();
    expect((await stored(proposalId)).map((row) => row.email)).toEqual([
      DEMO.bankAdmin,
      DEMO.bankOfficer,
      DEMO.ketua,
      DEMO.pengurus,
      DEMO.staff,
    ]);
  });

  test('the other party hears nothing of a draft it cannot see', async () => {
    const mentorDraft = await insertProposal(knex, {
      stage: 'DRAFT',
      startedBy: ProposalSide.COOPERATIVE,
      cooperativeId: fixture.demoCooperativeId,
      partnerId: fixture.bankId,
      mentorId: fixture.demoMentorId,
    });
    const message = await runAction(server, await tokenOf('ketua'), 'SEND_MESSAGE', mentorDraft, 0, 0);
    expect(message.errors).toBeUndefined();
    // Only the mentor: the bank cannot see a draft, the ketua's own board is the acting group.
    expect(await stored(mentorDraft)).toEqual([
      { email: DEMO.mentor, kind: 'PROPOSAL_UPDATED', action: 'SEND_MESSAGE' },
    ]);
  });

  test('the expiry job tells both parties of every proposal it expires, in one statement per batch', async () => {
    const proposalId = await insertProposal(knex, {
      stage: 'SUBMITTED',
      startedBy: ProposalSide.COOPERATIVE,
      cooperativeId: fixture.otherCooperativeId,
      partnerId: fixture.buyerId,
      expiresAt: new Date(Date.now() - 60_000),
    });
    await expireOverdueProposals(server.orm.em.fork());
    const rows = await stored(proposalId);
    expect(rows).toEqual(
      expect.arrayContaining([
        { email: DEMO.otherKetua, kind: 'PROPOSAL_UPDATED', action: 'EXPIRE' },
        { email: DEMO.buyer, kind: 'PROPOSAL_UPDATED', action: 'EXPIRE' },
      ]),
    );
  });
});

describe('reading and marking', () => {
  test('the unread count drops as the recipient marks notifications read; others cannot mark them', async () => {
    await counterAsKetua(await proposalOnTheCooperativesTurn('Kredit hitung'));
    const before = await listOf('bankOfficer', { first: 2, unreadOnly: true });
    expect(before.unreadNotificationCount).toBeGreaterThanOrEqual(1);
    const id = before.notifications.edges[0].node.id;

    const MARK = `mutation ($input: MarkNotificationsReadInput!) {
      markNotificationsRead(input: $input) { notifications { id isRead readAt } unreadNotificationCount userErrors { code field } }
    }`;
    const readAt = () => knex('notification').where('id', dbIdOf(id)).first('read_at');

    // Someone else, even the bank's own admin: NOT_FOUND, and nothing changes.
    for (const user of ['ketua', 'bankAdmin', 'admin'] as const) {
      const refused = await server.graphql<{ markNotificationsRead: { userErrors: { code: string }[] } }>(
        MARK,
        { input: { ids: [id] } },
        { token: await tokenOf(user) },
      );
      expect(refused.data?.markNotificationsRead.userErrors.map((error) => error.code)).toEqual([
        'NOT_FOUND',
      ]);
      expect((await readAt()).read_at).toBeNull();
    }

    const marked = await server.graphql<{
      markNotificationsRead: {
        notifications: { id: string; isRead: boolean }[];
        unreadNotificationCount: number;
        userErrors: unknown[];
      };
    }>(MARK, { input: { ids: [id] } }, { token: await tokenOf('bankOfficer') });
    expect(marked.data?.markNotificationsRead).toMatchObject({
      notifications: [{ id, isRead: true }],
      unreadNotificationCount: before.unreadNotificationCount - 1,
      userErrors: [],
    });
    expect((await readAt()).read_at).not.toBeNull();

    // A mix of one's own and another's: all or nothing.
    const other = await listOf('bankOfficer', { first: 1, unreadOnly: true });
    const mine = other.notifications.edges[0].node.id;
    const [theirs] = await knex('notification')
      .where('recipient_id', await userIdOf('mentor'))
      .pluck('id');
    const mixed = await server.graphql<{ markNotificationsRead: { userErrors: { code: string }[] } }>(
      MARK,
      { input: { ids: [mine, globalIdOf('Notification', theirs)] } },
      { token: await tokenOf('bankOfficer') },
    );
    expect(mixed.data?.markNotificationsRead.userErrors.map((error) => error.code)).toEqual(['NOT_FOUND']);
    expect((await knex('notification').where('id', dbIdOf(mine)).first('read_at')).read_at).toBeNull();
  });

  test("markAllNotificationsRead marks only the caller's own; anonymous callers are refused", async () => {
    await counterAsKetua(await proposalOnTheCooperativesTurn('Kredit semua'));
    const bankOfficerId = await userIdOf('bankOfficer');
    const unreadOf = async (userId: number) =>
      Number(
        (await knex('notification')
          .where('recipient_id', userId)
          .whereNull('read_at')
          .count({ n: '*' })
          .first())!.n,
      );
    const before = await unreadOf(bankOfficerId);
    expect(before).toBeGreaterThan(0);

    const MARK_ALL = `mutation ($input: MarkAllNotificationsReadInput!) {
      markAllNotificationsRead(input: $input) { markedCount unreadNotificationCount userErrors { code } }
    }`;
    const anonymous = await server.graphql(MARK_ALL, { input: {} });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await server.graphql(MARK_ALL, { input: {} }, { token: await tokenOf('ketua') });
    expect(await unreadOf(bankOfficerId)).toBe(before);

    const marked = await server.graphql<{
      markAllNotificationsRead: { markedCount: number; unreadNotificationCount: number };
    }>(MARK_ALL, { input: {} }, { token: await tokenOf('bankOfficer') });
    expect(marked.data?.markAllNotificationsRead).toEqual({
      markedCount: before,
      unreadNotificationCount: 0,
      userErrors: [],
    });
    expect(await unreadOf(bankOfficerId)).toBe(0);
  });

  test('the list is keyset-paginated newest first and costs the same statements at 5 and 50 per page', async () => {
    const pembeliId = await userIdOf('buyer');
    const base = Date.now() - 10 * 60_000;
    await knex('notification').insert(
      Array.from({ length: 60 }, (_, index) => ({
        recipient_id: pembeliId,
        kind: 'PROPOSAL_UPDATED',
        subject_type: 'PROPOSAL',
        subject_id: 1,
        subject_label: `Usulan ${index}`,
        proposal_action: 'SEND_MESSAGE',
        // Pairs share a moment, so the id breaks ties.
        created_at: new Date(base + Math.floor(index / 2) * 1000),
      })),
    );
    const small = await listOf('buyer', { first: 5 });
    const large = await listOf('buyer', { first: 50 });
    expect(small.notifications.edges).toHaveLength(5);
    expect(large.notifications.edges).toHaveLength(50);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    expect(large.sqlStatements).toBeLessThanOrEqual(3);

    // Walking the pages visits every notification once, newest first.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listOf>> = await listOf('buyer', { first: 7, after });
      seen.push(...page.notifications.edges.map((edge) => edge.node.id));
      after = page.notifications.pageInfo.hasNextPage ? page.notifications.pageInfo.endCursor : null;
    } while (after);
    const expected: number[] = await knex('notification')
      .where('recipient_id', pembeliId)
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .pluck('id');
    expect(seen.map(dbIdOf)).toEqual(expected);
  });
});

/* ---------- Live delivery ---------- */

interface Live {
  received: { kind: string; subjectId: string; proposalAction: string | null }[];
  /** Resolves with the close code (or error) when the subscription ends with an error. */
  failed: Promise<unknown>;
  client: Client;
}

function wsUrl(): string {
  return `${server.url.replace('http', 'ws')}/graphql`;
}

/**
 * A graphql-ws client on `ws`, authenticated by a Bearer token in the connection params or a cookie;
 * a cookie comes with the Origin of the web app (by default http://localhost:3000), as a browser sends it.
 */
function subscribe(auth: { token?: string; cookie?: string }, query?: string): Live {
  const cookie = auth.cookie;
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie, origin: 'http://localhost:3000' } } : {});
    }
  }
  const client = createClient({
    url: wsUrl(),
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: auth.token ? { authorization: `Bearer ${auth.token}` } : {},
  });
  const received: Live['received'] = [];
  const failed = new Promise((resolve) => {
    client.subscribe<{ notificationAdded: Live['received'][number] }>(
      { query: query ?? 'subscription { notificationAdded { kind subjectId proposalAction } }' },
      {
        next: (result) => {
          if (result.errors) resolve(result.errors);
          if (result.data) received.push(result.data.notificationAdded);
        },
        error: resolve,
        complete: () => undefined,
      },
    );
  });
  return { received, failed, client };
}

async function until(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('live delivery over WebSocket', () => {
  test("the bank officer's open socket receives notificationAdded when the ketua counters; nobody else's does", async () => {
    const bankOfficerId = await userIdOf('bankOfficer');
    const buyerId = await userIdOf('buyer');
    const ketuaId = await userIdOf('ketua');
    const bank = subscribe({ token: await tokenOf('bankOfficer') });
    // The ketua's browser: authenticated by the session cookie, as the web app's socket is.
    const ketua = subscribe({ cookie: `mitradesa_session=${await tokenOf('ketua')}` });
    const buyer = subscribe({ token: await tokenOf('buyer') });
    try {
      await until(
        () =>
          bus.listenerCount(bankOfficerId) === 1 &&
          bus.listenerCount(buyerId) === 1 &&
          bus.listenerCount(ketuaId) === 1,
        'three subscriptions',
      );
      const proposalId = await proposalOnTheCooperativesTurn('Kredit langsung');
      await counterAsKetua(proposalId);

      await until(() => bank.received.length > 0, 'the bank officer’s notification');
      expect(bank.received).toEqual([
        {
          kind: 'PROPOSAL_YOUR_TURN',
          subjectId: globalIdOf('Proposal', proposalId),
          proposalAction: 'COUNTER',
        },
      ]);
      // The bank's message back reaches the ketua's cookie-authenticated socket.
      const message = await runAction(server, await tokenOf('bankOfficer'), 'SEND_MESSAGE', proposalId, 0, 0);
      expect(message.errors).toBeUndefined();
      await until(() => ketua.received.length > 0, 'the ketua’s notification');
      expect(ketua.received).toEqual([
        {
          kind: 'PROPOSAL_UPDATED',
          subjectId: globalIdOf('Proposal', proposalId),
          proposalAction: 'SEND_MESSAGE',
        },
      ]);
      expect(bank.received).toHaveLength(1); // not told of its own message
      expect(buyer.received).toEqual([]);
    } finally {
      await Promise.all([bank.client.dispose(), ketua.client.dispose(), buyer.client.dispose()]);
    }
    await until(() => bus.listenerCount(bankOfficerId) === 0, 'the subscription to end');
  });

  test('a change that rolls back publishes nothing; the same change committed is delivered', async () => {
    const userId = await userIdOf('pmo');
    const live = subscribe({ token: await tokenOf('pmo') });
    try {
      await until(() => bus.listenerCount(userId) === 1, 'the subscription');
      const draft = {
        recipientId: userId,
        kind: NotificationKind.SAVED_SEARCH_MATCH,
        subject: { type: NotificationSubjectType.OFFERING, id: 1, label: 'Karet kering' },
        savedSearch: { id: 7, name: 'Karet Sanggau' },
      };
      await expect(
        server.orm.em.fork().transactional(async (tx) => {
          await notify(tx, [draft]);
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await knex('notification').where('recipient_id', userId).count({ n: '*' }).first()).toEqual({
        n: '0',
      });

      const rows: NotificationRow[] = await notify(server.orm.em.fork(), [draft]);
      await until(() => live.received.length > 0, 'the committed notification');
      expect(live.received).toEqual([
        { kind: 'SAVED_SEARCH_MATCH', subjectId: globalIdOf('Offering', 1), proposalAction: null },
      ]);
      expect(rows).toHaveLength(1);
    } finally {
      await live.client.dispose();
    }
  });

  test('anonymous sockets and unknown tokens are refused with 4403', async () => {
    for (const auth of [{}, { token: 'mds_not-a-session' }, { cookie: 'mitradesa_session=mds_forged' }]) {
      const live = subscribe(auth);
      const failure = (await live.failed) as { code?: number };
      expect(failure.code).toBe(4403);
      await live.client.dispose();
    }
  });

  test('only subscriptions run over the socket, under the same query limits as HTTP', async () => {
    const token = await tokenOf('bankOfficer');
    const query = subscribe({ token }, '{ unreadNotificationCount }');
    expect(JSON.stringify(await query.failed)).toContain('Only subscriptions');
    await query.client.dispose();

    const aliases = Array.from({ length: 25 }, (_, index) => `a${index}: id`).join(' ');
    const tooMany = subscribe({ token }, `subscription { notificationAdded { ${aliases} } }`);
    expect(JSON.stringify(await tooMany.failed)).toMatch(/alias/i);
    await tooMany.client.dispose();
  });
});
