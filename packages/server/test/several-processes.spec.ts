import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import { REPO_ROOT, SERVER_ROOT } from '../src/shared/paths';
import { connect, EMBEDDED_DATABASE_NAME } from '../src/db/database';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users';
import { SIGN_IN_LIMITS } from '../src/modules/account/sign-in-limiter';
import { ProposalSide } from '../src/modules/proposal/proposal.entity';
import {
  graphql,
  postgresProcessesOn,
  postmasterPid,
  signIn,
  startApi,
  type ApiProcess,
} from '../bench/drills';
import { DEMO, loadFixture } from './authorization/fixture';
import { insertProposal, mutationDocument } from './proposal/helpers';
import { freePort, portFromEnv } from './support/free-port';
import { globalIdOf } from './support/ids';

/**
 * Two built API processes (dist/src/main.js) on one database, as behind a load balancer: the
 * first runs the embedded PostgreSQL, the second reaches it through DATABASE_URL. What one process
 * does reaches the other: live notifications, ended sessions, sign-in failures; and the channel
 * between them survives a restart of the database.
 */
const DATA_DIR = path.join(REPO_ROOT, '.data/test-several-processes');
const MAIN = path.join(SERVER_ROOT, 'dist/src/main.js');
let databaseUrl: string;

let first: ApiProcess;
let second: ApiProcess;
let orm: MikroORM;
const sockets: Client[] = [];

beforeAll(async () => {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run the package's build first`);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const pgPort = await portFromEnv('TEST_SEVERAL_PROCESSES_PG_PORT');
  databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${pgPort}/${EMBEDDED_DATABASE_NAME}`;
  first = await startApi({
    port: await portFromEnv('TEST_SEVERAL_PROCESSES_PORT'),
    pgPort,
    dataDir: DATA_DIR,
  });
  second = await startApi({
    port: await freePort(),
    pgPort,
    dataDir: DATA_DIR,
    env: { DATABASE_URL: databaseUrl, SEED_DEMO_DATA: 'false' },
  });
  orm = await connect(databaseUrl, 2);
}, 180_000);

afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await orm?.close(true);
  for (const api of [second, first]) {
    if (!api) continue;
    if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGTERM');
    await api.exited;
  }
  if (fs.existsSync(DATA_DIR)) for (const pid of postgresProcessesOn(DATA_DIR)) process.kill(pid, 'SIGKILL');
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
}, 60_000);

interface Live {
  received: { id: string; kind: string; subjectId: string; proposalAction: string | null }[];
  /** Resolves with the close event (code, reason) when the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
}

/** A graphql-ws subscription to notificationAdded on one process, authenticated by a Bearer token. */
function subscribe(api: ApiProcess, token: string): Live {
  let resolveClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  const client = createClient({
    url: `${api.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        resolveClosed({ code, reason });
      },
    },
  });
  sockets.push(client);
  const received: Live['received'] = [];
  client.subscribe<{ notificationAdded: Live['received'][number] }>(
    { query: 'subscription { notificationAdded { id kind subjectId proposalAction } }' },
    {
      next: (result) => {
        if (result.data) received.push(result.data.notificationAdded);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return { received, closed };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** A proposal the bank sent to the demo cooperative, brokered by the demo mentor. */
async function proposalWithMentor(title: string): Promise<number> {
  const knex = orm.em.getKnex();
  const fixture = await loadFixture(knex);
  return insertProposal(knex, {
    stage: 'UNDER_REVIEW',
    startedBy: ProposalSide.PARTNER,
    cooperativeId: fixture.demoCooperativeId,
    partnerId: fixture.bankId,
    mentorId: fixture.demoMentorId,
    title,
  });
}

/** The mentor's message on a proposal, sent through `api`: the cooperative's officers and the bank's staff are told. */
async function mentorMessage(api: ApiProcess, mentorToken: string, proposalId: number): Promise<void> {
  const response = await graphql<{ sendProposalMessage: { userErrors: unknown[] } }>(
    api.url,
    mutationDocument('sendProposalMessage'),
    { input: { proposalId: globalIdOf('Proposal', proposalId), body: 'Halo dari pendamping' } },
    mentorToken,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data?.sendProposalMessage.userErrors).toEqual([]);
}

/**
 * Sends mentor messages until every one of `lives` has received at least one more notification: a
 * subscription is registered on its process a moment after the socket opens, and nothing tells
 * the client when.
 */
async function messageUntilReceived(
  api: ApiProcess,
  mentorToken: string,
  proposalId: number,
  lives: Live[],
  timeoutMs = 15_000,
): Promise<void> {
  const targets = lives.map((live) => live.received.length + 1);
  const allReceived = () => lives.every((live, index) => live.received.length >= targets[index]!);
  const deadline = Date.now() + timeoutMs;
  let sent = 0;
  while (!allReceived()) {
    if (Date.now() > deadline) throw new Error(`not every socket had a notification after ${sent} messages`);
    await mentorMessage(api, mentorToken, proposalId);
    sent += 1;
    const waitUntil = Date.now() + 500;
    while (!allReceived() && Date.now() < waitUntil) await sleep(20);
  }
  // Messages sent before the last subscription was live may still be on their way.
  await sleep(300);
}

/** The promise's value, or `fallback` once `ms` have passed (the timer does not outlive it). */
async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<F>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

test('a notification made on one process reaches the subscriber on the other, and only its recipients', async () => {
  const mentor = await signIn(first.url, DEMO.mentor);
  const bankOfficer = await signIn(first.url, DEMO.bankOfficer);
  const ketua = await signIn(second.url, DEMO.ketua);
  const buyer = await signIn(second.url, DEMO.buyer);
  const proposalId = await proposalWithMentor('Kredit dua proses');

  // The bank officer watches on the second process; the message is sent through the first.
  const bankOnSecond = subscribe(second, bankOfficer);
  const ketuaOnFirst = subscribe(first, ketua);
  const buyerOnSecond = subscribe(second, buyer);
  await messageUntilReceived(first, mentor, proposalId, [bankOnSecond, ketuaOnFirst]);

  // Both subscriptions are live now: one more message, one more notification each, nothing for the buyer.
  const bankBefore = bankOnSecond.received.length;
  const ketuaBefore = ketuaOnFirst.received.length;
  await mentorMessage(first, mentor, proposalId);
  await until(() => bankOnSecond.received.length === bankBefore + 1, 'the bank officer’s notification');
  await until(() => ketuaOnFirst.received.length === ketuaBefore + 1, 'the ketua’s notification');
  await sleep(300);
  expect(bankOnSecond.received).toHaveLength(bankBefore + 1);
  expect(ketuaOnFirst.received).toHaveLength(ketuaBefore + 1);
  expect(bankOnSecond.received.at(-1)).toMatchObject({
    kind: 'PROPOSAL_UPDATED',
    subjectId: globalIdOf('Proposal', proposalId),
    proposalAction: 'SEND_MESSAGE',
  });
  expect(buyerOnSecond.received).toEqual([]);
  // What arrived is the bank officer's newest stored notification, read by the second process.
  const newest = await orm.em
    .getKnex()('notification as n')
    .join('app_user as u', 'u.id', 'n.recipient_id')
    .where('u.email', DEMO.bankOfficer)
    .orderBy('n.id', 'desc')
    .first('n.id');
  expect(bankOnSecond.received.at(-1)!.id).toBe(globalIdOf('Notification', newest.id as number));
});

test('failed sign-ins spread over both processes count against one limit', async () => {
  const address = '198.51.100.77';
  type SignInBody = { data: { signIn: { token: string | null; userErrors: { code: string }[] } } };
  const attempt = async (api: ApiProcess, password: string, from = address) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }',
        variables: { input: { email: DEMO.otherKetua, password } },
      }),
    });
    const body = (await response.json()) as SignInBody;
    return body.data.signIn.userErrors[0]?.code ?? null;
  };
  // 3 on the first process and 2 on the second: each alone is under the 5 in a row.
  for (let failure = 0; failure < SIGN_IN_LIMITS.consecutiveFailsPerAccountAndAddress; failure += 1) {
    expect(await attempt(failure % 2 === 0 ? first : second, `guess-${failure}`)).toBe('INVALID_CREDENTIALS');
  }
  expect(await attempt(second, DEMO_PASSWORD)).toBe('RATE_LIMITED');
  expect(await attempt(first, DEMO_PASSWORD)).toBe('RATE_LIMITED');
  // Another address is not held off, on either process.
  expect(await attempt(second, DEMO_PASSWORD, '192.0.2.77')).toBeNull();

  const counts = await orm.em
    .getKnex()('sign_in_limit')
    .where('key', 'like', `%${address}`)
    .select('key', 'points');
  expect(counts).toEqual(
    expect.arrayContaining([
      {
        key: `sign-in-consecutive-account-address:${DEMO.otherKetua}|${address}`,
        points: SIGN_IN_LIMITS.consecutiveFailsPerAccountAndAddress + 1,
      },
      { key: `sign-in-address-day:${address}`, points: SIGN_IN_LIMITS.consecutiveFailsPerAccountAndAddress },
    ]),
  );
});

test('signing out on one process closes the session’s socket on the other', async () => {
  const leaving = await signIn(first.url, DEMO.pengurus);
  const staying = await signIn(first.url, DEMO.pengurus);
  const leavingOnSecond = subscribe(second, leaving);
  const stayingOnSecond = subscribe(second, staying);
  // Both sockets are up once a notification reaches them.
  const mentor = await signIn(first.url, DEMO.mentor);
  const proposalId = await proposalWithMentor('Kredit keluar');
  await messageUntilReceived(first, mentor, proposalId, [leavingOnSecond, stayingOnSecond]);

  const signOut = await graphql(first.url, 'mutation { signOut { isSignedOut } }', {}, leaving);
  expect(signOut.errors).toBeUndefined();
  expect(await within(leavingOnSecond.closed, 5000, 'still open')).toEqual({
    code: 4401,
    reason: 'Signed out',
  });
  // The other session's socket stays and still receives.
  const before = stayingOnSecond.received.length;
  await mentorMessage(first, mentor, proposalId);
  await until(() => stayingOnSecond.received.length === before + 1, 'the staying socket’s next notification');
});

test('a session revoked while a listener was away has its socket closed when the listener reconnects', async () => {
  const token = await signIn(first.url, DEMO.staff);
  const live = subscribe(second, token);
  const mentor = await signIn(first.url, DEMO.mentor);
  await messageUntilReceived(first, mentor, await proposalWithMentor('Kredit terputus'), [live]);
  const knex = orm.em.getKnex();

  // Revoked behind the processes' backs, as if its announcement had been lost: the socket stays.
  await knex('session')
    .update({ revoked_at: knex.raw('now()') })
    .where(
      'id',
      knex('session as s')
        .join('app_user as u', 'u.id', 's.user_id')
        .where('u.email', DEMO.staff)
        .max('s.id'),
    );
  expect(await within(live.closed, 500, 'still open')).toBe('still open');

  // Both processes' listening connections are cut; on reconnecting, each checks the sessions it holds.
  const cut = await knex.raw(
    `select pg_terminate_backend(pid) from pg_stat_activity
      where application_name = 'mitradesa-listener' and datname = current_database()`,
  );
  expect(cut.rows).toHaveLength(2);
  expect(await within(live.closed, 5000, 'still open')).toEqual({ code: 4401, reason: 'Session revoked' });
});

test('after a database restart both listeners reconnect: notifications still cross between processes', async () => {
  const mentor = await signIn(second.url, DEMO.mentor);
  const bankOfficer = await signIn(first.url, DEMO.bankOfficer);
  const ketua = await signIn(first.url, DEMO.ketua);
  const proposalId = await proposalWithMentor('Kredit setelah restart');
  const bankOnFirst = subscribe(first, bankOfficer);
  const ketuaOnSecond = subscribe(second, ketua);
  await messageUntilReceived(second, mentor, proposalId, [bankOnFirst, ketuaOnSecond]);

  const occurrences = (api: ApiProcess, text: string) => api.logs.join('').split(text).length - 1;
  const lostBefore = [first, second].map((api) => occurrences(api, 'database listener connection lost'));
  const reconnectedBefore = [first, second].map((api) => occurrences(api, 'database listener reconnected'));
  const killed = postmasterPid(DATA_DIR)!;
  process.kill(killed, 'SIGKILL');
  const healthy = async (api: ApiProcess) =>
    (await fetch(`${api.url}/health`)
      .then((response) => response.status)
      .catch(() => 0)) === 200;
  await until(
    async () => postmasterPid(DATA_DIR) !== killed && (await healthy(first)),
    'the restart',
    30_000,
  );
  await until(
    () =>
      [first, second].every(
        (api, index) => occurrences(api, 'database listener reconnected') > reconnectedBefore[index]!,
      ),
    'both listeners to reconnect',
    30_000,
  );
  [first, second].forEach((api, index) =>
    expect(occurrences(api, 'database listener connection lost')).toBeGreaterThan(lostBefore[index]!),
  );

  // The sockets opened before the restart still get what is sent through either process.
  const bankBefore = bankOnFirst.received.length;
  const ketuaBefore = ketuaOnSecond.received.length;
  await mentorMessage(second, mentor, proposalId);
  await until(() => bankOnFirst.received.length === bankBefore + 1, 'the bank officer’s notification');
  await until(() => ketuaOnSecond.received.length === ketuaBefore + 1, 'the ketua’s notification');
  await mentorMessage(first, mentor, proposalId);
  await until(() => bankOnFirst.received.length === bankBefore + 2, 'the second notification on the first');
  await until(
    () => ketuaOnSecond.received.length === ketuaBefore + 2,
    'the second notification on the second',
  );
  expect(first.child.exitCode).toBeNull();
  expect(second.child.exitCode).toBeNull();
}, 90_000);
