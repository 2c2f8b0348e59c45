import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { startJobQueue, type JobQueue } from '../src/db/job-queue';
import { ProposalAction, ProposalActor, ProposalSide } from '../src/modules/proposal/proposal.entity';
import {
  DELIVER_WEBHOOK_TASK,
  deliverWebhookTask,
  type WebhookDeliverySettings,
} from '../src/modules/webhook/webhook.delivery';
import { queueProposalMoves, queueSavedSearchMatches } from '../src/modules/webhook/webhook.events';
import {
  LISTING_MATCH_LIMIT,
  LISTING_MATCH_MIN_SCORE,
  recordListingMatches,
} from '../src/modules/matching/listing-match.events';
import { matchStatement } from '../src/modules/matching/matching.reads';
import { SearchType } from '../src/modules/text-search/text-search.type';
import { postWebhook } from '../src/modules/webhook/webhook.http';
import { DEMO } from './authorization/fixture';
import { dbIdOf, globalIdOf } from './support/ids';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Partners' webhooks end to end: an admin registers an endpoint of a real HTTP receiver on
 * loopback (allowed outside production), a proposal moves through the API, the queue (the same
 * graphile-worker jobs the API processes run) delivers it signed, and the receiver verifies the
 * signature with the secret it was shown once. Retries after 500s, a rolled-back change, replay,
 * disabling after days of failures, the address checks and who may do what.
 */

let server: TestServer;
let queue: JobQueue;
let receiver: Receiver;
let bankAdmin: string;
let bankOfficer: string;
let buyer: string;
let proposalId: number;
let partnerId: number;

const SETTINGS: WebhookDeliverySettings = {
  allowPrivateUrls: true,
  retryWindowMs: 60_000,
  firstRetryMs: 50,
  disableAfterMs: 3 * 86_400_000,
  timeoutMs: 2000,
};

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A partner's system: answers with the next status of its script (then 200), records every request. */
class Receiver {
  readonly requests: Received[] = [];
  private script: number[] = [];
  private server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      this.requests.push({
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.statusCode = this.script.shift() ?? 200;
      response.end(response.statusCode === 200 ? 'ok' : 'receiver down');
    });
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }
  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }
  answer(...statuses: number[]): void {
    this.script = statuses;
  }
  at(path: string): Received[] {
    return this.requests.filter((request) => request.path === path);
  }
  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

beforeAll(async () => {
  server = await startTestServer();
  receiver = new Receiver();
  await receiver.start();
  queue = await startJobQueue(
    server.orm.config.getClientUrl(),
    {
      [DELIVER_WEBHOOK_TASK]: deliverWebhookTask(
        server.orm.em.getKnex(),
        SETTINGS,
        pino({ level: 'silent' }),
      ),
    },
    { concurrency: 2, log: pino({ level: 'silent' }) },
  );
  bankAdmin = await server.signIn(DEMO.bankAdmin);
  bankOfficer = await server.signIn(DEMO.bankOfficer);
  buyer = await server.signIn(DEMO.buyer);
  const row = await server.orm.em
    .getKnex()('proposal as p')
    .join('membership as m', 'm.partner_id', 'p.partner_id')
    .join('app_user as u', 'u.id', 'm.user_id')
    .where('u.email', DEMO.bankOfficer)
    .whereIn('p.status', ['SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING'])
    .orderBy('p.id')
    .first('p.id', 'p.partner_id');
  proposalId = row.id;
  partnerId = row.partner_id;
});
afterAll(async () => {
  await queue.stop();
  await receiver.close();
  await server.close();
});

const ENDPOINT_FIELDS = 'id url description eventTypes failingSince disabledAt disabledReason';

async function createEndpoint(
  input: Record<string, unknown>,
  token = bankAdmin,
): Promise<{ id: string | null; secret: string | null; codes: string[]; messages: string[] }> {
  const response = await server.graphql<{
    createWebhookEndpoint: {
      webhookEndpoint: { id: string } | null;
      secret: string | null;
      userErrors: { code: string; message: string }[];
    };
  }>(
    `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
       webhookEndpoint { ${ENDPOINT_FIELDS} } secret userErrors { code message } } }`,
    { input: { partnerId: globalIdOf('Partner', partnerId), description: 'Sistem kredit', ...input } },
    { token },
  );
  expect(response.errors).toBeUndefined();
  const payload = response.data!.createWebhookEndpoint;
  return {
    id: payload.webhookEndpoint?.id ?? null,
    secret: payload.secret,
    codes: payload.userErrors.map((error) => error.code),
    messages: payload.userErrors.map((error) => error.message),
  };
}

async function sendMessage(body: string): Promise<void> {
  const response = await server.graphql<{ sendProposalMessage: { userErrors: unknown[] } }>(
    `mutation ($input: SendProposalMessageInput!) { sendProposalMessage(input: $input) { userErrors { code } } }`,
    { input: { proposalId: globalIdOf('Proposal', proposalId), body } },
    { token: bankOfficer },
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.sendProposalMessage.userErrors).toEqual([]);
}

type DeliveryView = {
  id: string;
  messageId: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  payload: string;
};

async function deliveries(endpointId: string, token = bankAdmin): Promise<DeliveryView[]> {
  const response = await server.graphql<{ webhookDeliveries: { edges: { node: DeliveryView }[] } }>(
    `query ($id: ID!) { webhookDeliveries(endpointId: $id, first: 50) {
       edges { node { id messageId status attempts lastStatusCode lastError payload } } } }`,
    { id: endpointId },
    { token },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.webhookDeliveries.edges.map((edge) => edge.node);
}

async function deliveryPage(
  endpointId: string,
  first: number,
  after: string | null,
): Promise<{ ids: string[]; hasNextPage: boolean; endCursor: string | null }> {
  const response = await server.graphql<{
    webhookDeliveries: {
      edges: { node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }>(
    `query ($id: ID!, $first: Int!, $after: String) {
       webhookDeliveries(endpointId: $id, first: $first, after: $after) {
         edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
    { id: endpointId, first, after },
    { token: bankAdmin },
  );
  expect(response.errors).toBeUndefined();
  const connection = response.data!.webhookDeliveries;
  return { ids: connection.edges.map((edge) => edge.node.id), ...connection.pageInfo };
}

/** Waits until `done` holds (the queue works in the background), for at most ten seconds. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function verify(secret: string, request: Received): { type: string; data: Record<string, unknown> } {
  return new Webhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  }) as { type: string; data: Record<string, unknown> };
}

test('a proposal move is delivered signed; after two 500s the third attempt gets through, with one message id', async () => {
  const endpoint = await createEndpoint({
    url: receiver.url('/moves'),
    eventTypes: ['PROPOSAL_MOVED', 'POOL_MEMBER_JOINED'],
  });
  expect(endpoint.codes).toEqual([]);
  expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  receiver.answer(500, 500);
  await sendMessage('Jadwal survei lapangan: Senin.');

  const log = await eventually(
    () => deliveries(endpoint.id!),
    (list) => list[0]?.status === 'DELIVERED',
  );
  expect(log).toHaveLength(1);
  expect(log[0]).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 200, lastError: null });
  const requests = receiver.at('/moves');
  expect(requests).toHaveLength(3);
  // The same message on every attempt, each signed afresh and verifiable with the secret.
  expect(new Set(requests.map((request) => request.headers['webhook-id']))).toEqual(
    new Set([log[0].messageId]),
  );
  for (const request of requests) {
    const event = verify(endpoint.secret!, request);
    expect(event.type).toBe('proposal.moved');
    expect(event.data).toMatchObject({
      proposalId: globalIdOf('Proposal', proposalId),
      action: 'SEND_MESSAGE',
      actor: 'PARTNER',
    });
    expect(event.data).toHaveProperty('status');
    expect(event.data).toHaveProperty('isPartnersTurn');
  }
  // A wrong secret does not verify.
  expect(() => verify(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, requests[2])).toThrow();
  // Each request's timestamp is its own (a retry is not a replay of the first request's headers).
  expect(Number(requests[2].headers['webhook-timestamp'])).toBeGreaterThanOrEqual(
    Number(requests[0].headers['webhook-timestamp']),
  );
});

test('a change that rolls back queues nothing and sends nothing', async () => {
  const endpoint = await createEndpoint({ url: receiver.url('/rollback'), eventTypes: ['PROPOSAL_MOVED'] });
  const knex = server.orm.em.getKnex();
  const before = Number((await knex('webhook_delivery').count({ n: '*' }))[0].n);
  await expect(
    server.orm.em.fork().transactional(async (tx) => {
      const queued = await queueProposalMoves(tx, [
        {
          proposalId,
          action: ProposalAction.SEND_MESSAGE,
          actor: ProposalActor.PARTNER,
          actorUserId: null,
          turnBefore: ProposalSide.PARTNER,
          turnAfter: ProposalSide.PARTNER,
        },
      ]);
      // Queued for both endpoints subscribed to proposal moves, inside the transaction…
      expect(queued).toBe(2);
      throw new Error('the change fails after its event was raised');
    }),
  ).rejects.toThrow('the change fails');
  // …and gone with it.
  expect(Number((await knex('webhook_delivery').count({ n: '*' }))[0].n)).toBe(before);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(receiver.at('/rollback')).toEqual([]);
  expect(await deliveries(endpoint.id!)).toEqual([]);
  await server.graphql(
    'mutation ($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }',
    { input: { id: endpoint.id } },
    { token: bankAdmin },
  );
});

test('a delivery that fails through its retry window is FAILED; a replay sends the same message again', async () => {
  const knex = server.orm.em.getKnex();
  const endpoint = await createEndpoint({ url: receiver.url('/down'), eventTypes: ['PROPOSAL_MOVED'] });
  receiver.answer(503, 503, 503, 503, 503, 503, 503, 503, 503, 503);
  // A short window for this run: waits of 50, 100, 200, 400 and 800 ms fit, 1,600 ms no longer
  // does. It counts from the queueing, so it leaves room for a first attempt that a loaded
  // machine starts late (a 300 ms window once saw only one attempt).
  const window = 2000;
  SETTINGS.retryWindowMs = window;
  try {
    await sendMessage('Mohon kirim laporan keuangan.');
    const failed = await eventually(
      () => deliveries(endpoint.id!),
      (list) => list[0]?.status === 'FAILED',
    );
    expect(failed[0]).toMatchObject({ status: 'FAILED', lastStatusCode: 503 });
    expect(failed[0].attempts).toBeGreaterThanOrEqual(2);
    expect(failed[0].lastError).toContain('HTTP 503');
    const attemptsSoFar = receiver.at('/down').length;
    expect(attemptsSoFar).toBe(failed[0].attempts);
    // The endpoint is failing since the first failure, not disabled (that takes days).
    const [row] = await knex('webhook_endpoint').where({ id: dbIdOf(endpoint.id!) });
    expect(row.failing_since).not.toBeNull();
    expect(row.disabled_at).toBeNull();

    // The partner's system is back: a replay delivers the same message.
    receiver.answer();
    SETTINGS.retryWindowMs = 60_000;
    const replayed = await server.graphql<{
      replayWebhookDelivery: { webhookDelivery: { status: string } | null; userErrors: { code: string }[] };
    }>(
      `mutation ($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) {
         webhookDelivery { status } userErrors { code } } }`,
      { input: { id: failed[0].id } },
      { token: bankAdmin },
    );
    expect(replayed.data!.replayWebhookDelivery).toEqual({
      webhookDelivery: { status: 'PENDING' },
      userErrors: [],
    });
    const delivered = await eventually(
      () => deliveries(endpoint.id!),
      (list) => list[0]?.status === 'DELIVERED',
    );
    expect(delivered[0]).toMatchObject({ status: 'DELIVERED', attempts: failed[0].attempts + 1 });
    const requests = receiver.at('/down');
    expect(requests).toHaveLength(attemptsSoFar + 1);
    expect(requests.at(-1)!.headers['webhook-id']).toBe(failed[0].messageId);
    expect(verify(await secretOf(endpoint.id!), requests.at(-1)!).type).toBe('proposal.moved');
    // A success clears the failure record.
    const [after] = await knex('webhook_endpoint').where({ id: row.id });
    expect(after.failing_since).toBeNull();
    // Replaying one that is still being tried is refused.
    await knex('webhook_delivery')
      .where({ id: dbIdOf(failed[0].id) })
      .update({ status: 'PENDING' });
    const again = await server.graphql<{ replayWebhookDelivery: { userErrors: { code: string }[] } }>(
      `mutation ($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { userErrors { code } } }`,
      { input: { id: failed[0].id } },
      { token: bankAdmin },
    );
    expect(again.data!.replayWebhookDelivery.userErrors).toEqual([{ code: 'INVALID_TRANSITION' }]);
  } finally {
    SETTINGS.retryWindowMs = 60_000;
  }
});

async function secretOf(endpointGlobalId: string): Promise<string> {
  const row = await server.orm.em
    .getKnex()('webhook_endpoint')
    .where({ id: dbIdOf(endpointGlobalId) })
    .first('secret');
  return row.secret as string;
}

test('an endpoint failing for three days is disabled, its admins are told, and it gets nothing more until enabled', async () => {
  const knex = server.orm.em.getKnex();
  const endpoint = await createEndpoint({ url: receiver.url('/gone'), eventTypes: ['PROPOSAL_MOVED'] });
  const id = dbIdOf(endpoint.id!);
  await knex('webhook_endpoint')
    .where({ id })
    .update({ failing_since: knex.raw("now() - interval '3 days 1 minute'") });
  receiver.answer(500, 500, 500);
  await sendMessage('Apakah dokumen RAT sudah ada?');
  const endpointRow = await eventually(
    () => knex('webhook_endpoint').where({ id }).first(),
    (row) => row.disabled_at !== null,
  );
  expect(endpointRow.disabled_reason).toMatch(
    /^Every delivery failed since \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\.$/,
  );
  const [delivery] = await deliveries(endpoint.id!);
  expect(delivery).toMatchObject({ status: 'FAILED', attempts: 1 });
  const told = await knex('notification as n')
    .join('app_user as u', 'u.id', 'n.recipient_id')
    .where({ 'n.kind': 'WEBHOOK_ENDPOINT_DISABLED', 'n.subject_id': id })
    .pluck('u.email');
  expect(told).toContain(DEMO.bankAdmin);
  expect(told).not.toContain(DEMO.bankOfficer);
  // The bell shows it, linking to the endpoint.
  const bell = await server.graphql<{
    notifications: { edges: { node: { kind: string; subjectType: string; subjectId: string } }[] };
  }>(
    '{ notifications(first: 5) { edges { node { kind subjectType subjectId } } } }',
    {},
    { token: bankAdmin },
  );
  expect(bell.data!.notifications.edges[0].node).toEqual({
    kind: 'WEBHOOK_ENDPOINT_DISABLED',
    subjectType: 'WEBHOOK_ENDPOINT',
    subjectId: endpoint.id,
  });

  // Disabled: the next move queues nothing for it.
  const requestsBefore = receiver.at('/gone').length;
  await sendMessage('Kami tunggu kabarnya.');
  expect(await deliveries(endpoint.id!)).toHaveLength(1);
  // Enabled again: it starts afresh and hears of the next move.
  const enabled = await server.graphql<{
    updateWebhookEndpoint: { webhookEndpoint: { disabledAt: string | null; failingSince: string | null } };
  }>(
    `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) {
       webhookEndpoint { disabledAt failingSince } userErrors { code } } }`,
    { input: { id: endpoint.id, enabled: true } },
    { token: bankAdmin },
  );
  expect(enabled.data!.updateWebhookEndpoint.webhookEndpoint).toEqual({
    disabledAt: null,
    failingSince: null,
  });
  await sendMessage('Sudah kami terima, terima kasih.');
  await eventually(
    () => deliveries(endpoint.id!),
    (list) => list[0]?.status === 'DELIVERED',
  );
  expect(receiver.at('/gone')).toHaveLength(requestsBefore + 1);
});

test('addresses on private networks are refused when not allowed: at registration, and on connection', async () => {
  server.services.allowPrivateWebhookUrls = false;
  try {
    for (const url of [
      'http://example.com/hook',
      'https://127.0.0.1/hook',
      'https://[::1]/hook',
      'https://10.0.0.8/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost:8443/hook',
      'https://user:secret@example.com/hook',
      'not a url',
    ]) {
      const refused = await createEndpoint({ url, eventTypes: ['PROPOSAL_MOVED'] });
      expect({ url, id: refused.id, codes: refused.codes }).toEqual({ url, id: null, codes: ['INVALID'] });
    }
    const accepted = await createEndpoint({
      url: 'https://hooks.example.com/mitradesa',
      eventTypes: ['PROPOSAL_MOVED'],
    });
    expect(accepted.codes).toEqual([]);
    await server.graphql(
      'mutation ($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }',
      { input: { id: accepted.id } },
      { token: bankAdmin },
    );
  } finally {
    server.services.allowPrivateWebhookUrls = true;
  }
  // A public-looking name that resolves to loopback (DNS rebinding) is refused when connecting.
  await expect(
    postWebhook(
      receiver.url('/rebound').replace('127.0.0.1', 'localhost'),
      '{}',
      {},
      {
        timeoutMs: 1000,
        allowPrivate: false,
      },
    ),
  ).rejects.toThrow(/resolves to no public address/);
  expect(receiver.at('/rebound')).toEqual([]);
});

test("only the partner's admins, signed in with a session, see and manage its endpoints", async () => {
  const endpoint = await createEndpoint({ url: receiver.url('/private'), eventTypes: ['OFFERING_MATCHED'] });
  const listOf = async (token: string) => {
    const response = await server.graphql<{ webhookEndpoints: { id: string }[] }>(
      '{ webhookEndpoints { id } }',
      {},
      { token },
    );
    return response;
  };
  expect((await listOf(bankAdmin)).data!.webhookEndpoints.map((entry) => entry.id)).toContain(endpoint.id);
  // Another partner's admin sees none of them and cannot change, delete or replay them.
  expect((await listOf(buyer)).data!.webhookEndpoints.map((entry) => entry.id)).not.toContain(endpoint.id);
  const update = await server.graphql<{ updateWebhookEndpoint: { userErrors: { code: string }[] } }>(
    `mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { userErrors { code } } }`,
    { input: { id: endpoint.id, url: receiver.url('/stolen') } },
    { token: buyer },
  );
  expect(update.data!.updateWebhookEndpoint.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  const node = await server.graphql<{ node: { id: string } | null }>(
    'query ($id: ID!) { node(id: $id) { id } }',
    { id: endpoint.id },
    { token: buyer },
  );
  expect(node.data!.node).toBeNull();
  // Nor may another partner's admin register one for this partner, or the partner's officer see them.
  const foreign = await server.graphql(
    `mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`,
    {
      input: {
        partnerId: globalIdOf('Partner', partnerId),
        url: receiver.url('/x'),
        eventTypes: ['PROPOSAL_MOVED'],
      },
    },
    { token: buyer },
  );
  expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const officer = await server.graphql('{ webhookEndpoints { id } }', {}, { token: bankOfficer });
  expect(officer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // The secret is never read back: the type has no such field.
  const type = await server.graphql<{ __type: { fields: { name: string }[] } }>(
    '{ __type(name: "WebhookEndpoint") { fields { name } } }',
  );
  expect(type.data!.__type.fields.map((field) => field.name)).not.toContain('secret');
  // No event type at all is refused before anything is written.
  const none = await createEndpoint({ url: receiver.url('/none'), eventTypes: [] });
  expect(none).toMatchObject({ id: null, codes: ['INVALID'] });
});

test('an offering published that fits the partner, and a saved search of its staff that matched, are delivered', async () => {
  const knex = server.orm.em.getKnex();
  const endpoint = await createEndpoint({
    url: receiver.url('/listings'),
    eventTypes: ['OFFERING_MATCHED', 'SAVED_SEARCH_MATCHED'],
  });
  // An offering among whose best-fitting partners the bank is, well enough (as the matching ranks them).
  const offerings: { id: number; title: string }[] = await knex('offering')
    .where({ status: 'PUBLISHED' })
    .orderBy('id')
    .limit(40)
    .select('id', 'title');
  let fitting: { id: number; title: string } | undefined;
  for (const offering of offerings) {
    const match = matchStatement(
      { kind: 'partnersForOffering', offeringId: offering.id },
      LISTING_MATCH_LIMIT,
    );
    const { rows } = await knex.raw(match.sql, match.bindings);
    const bank = (rows as { partner_id: number; score: number }[]).find(
      (row) => row.partner_id === partnerId,
    );
    if (bank && bank.score >= LISTING_MATCH_MIN_SCORE) {
      fitting = offering;
      break;
    }
  }
  expect(fitting).toBeDefined();
  const bankOfficerId = (await knex('app_user').where({ email: DEMO.bankOfficer }).first('id')).id as number;
  const listing = { type: SearchType.OFFERING as const, id: fitting!.id, label: fitting!.title };
  const published = { ...listing, owner: async () => 'Koperasi', actingUserId: null };
  await server.orm.em.fork().transactional(async (tx) => {
    // Recording the matches tells the matched partners' endpoints.
    const matches = await recordListingMatches(tx, published);
    expect(matches.map((match) => match.organisationId)).toContain(partnerId);
    expect(
      await queueSavedSearchMatches(tx, { listing, matches: [{ savedSearchId: 7, userId: bankOfficerId }] }),
    ).toBe(1);
  });
  // An edit while public matches the same partners again: nobody is told twice.
  await server.orm.em.fork().transactional(async (tx) => {
    expect(await recordListingMatches(tx, published)).toEqual([]);
  });
  const requests = await eventually(
    async () => receiver.at('/listings'),
    (list) => list.length >= 2,
  );
  const secret = await secretOf(endpoint.id!);
  const events = requests.map((request) => verify(secret, request));
  expect(events.map((event) => event.type).sort()).toEqual(['offering.matched', 'saved_search.matched']);
  expect(events.find((event) => event.type === 'offering.matched')!.data).toMatchObject({
    offeringId: globalIdOf('Offering', fitting!.id),
    title: fitting!.title,
  });
  expect(events.find((event) => event.type === 'saved_search.matched')!.data).toEqual({
    savedSearchId: globalIdOf('SavedSearch', 7),
    listingType: 'OFFERING',
    listingId: globalIdOf('Offering', fitting!.id),
    title: fitting!.title,
  });
  // The delivery log pages by cursor: one at a time gives both, newest first.
  const all = await deliveries(endpoint.id!);
  expect(all).toHaveLength(2);
  const first = await deliveryPage(endpoint.id!, 1, null);
  expect(first.ids).toEqual([all[0]!.id]);
  expect(first.hasNextPage).toBe(true);
  const second = await deliveryPage(endpoint.id!, 1, first.endCursor);
  expect(second.ids).toEqual([all[1]!.id]);
  expect(second.hasNextPage).toBe(false);
});
