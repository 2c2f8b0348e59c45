import fs from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import type { MikroORM } from '@mikro-orm/postgresql';
import { REPO_ROOT, SERVER_ROOT } from '../src/shared/paths';
import { loadConfig } from '../src/config';
import { connect, EMBEDDED_DATABASE_NAME } from '../src/db/database';
import { allowReplication, makeStandby, startPostgres, type PostgresServer } from '../src/db/replica';
import { parseWalPosition } from '../src/db/read-replicas';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users';
import { createApp, type App } from '../src/app';
import { WAL_POSITION_COOKIE, WAL_POSITION_HEADER } from '../src/api/read-routing';
import { loadFixture, DEMO } from './authorization/fixture';
import { globalIdOf } from './support/ids';
import { listenForTests, startTestServer } from './support/test-server';
import { startApi } from '../bench/drills';
import { freePort, portFromEnv } from './support/free-port';

/**
 * Reads of queries on a streaming replica, with read-your-writes. A primary and its standby run on
 * embedded PostgreSQL 17: the built API initialises and seeds the primary and stops it, the
 * standby is made from a copy of its folder, then both run and an API in this process uses them. The
 * standby applies each commit APPLY_DELAY_MS late (recovery_min_apply_delay): a row changed on the
 * primary behind the API's back and read at once still shows its old value there, which proves
 * which server answered a read.
 */
let primaryPort: number;
let standbyPort: number;
const DATA_DIR = path.join(REPO_ROOT, '.data/test-read-replicas');
const PRIMARY_DIR = path.join(DATA_DIR, 'primary');
const STANDBY_DIR = path.join(DATA_DIR, 'standby');
const APPLY_DELAY_MS = 2000;
const POLL_INTERVAL_MS = 100;
const DATABASE = EMBEDDED_DATABASE_NAME;
const MAIN = path.join(SERVER_ROOT, 'dist/src/main.js');

let primary: PostgresServer | undefined;
let standby: PostgresServer | undefined;
let orm: MikroORM;
let app: App;
let server: Server;
let url: string;
let cooperativeId: number;
const documentDir = path.join(tmpdir(), `mitradesa-documents-read-replicas-${process.pid}`);
/** How long making the standby from the stopped primary and starting both took. */
let buildMs: number;

const startPrimary = () =>
  startPostgres({ dataDir: PRIMARY_DIR, port: primaryPort, user: 'postgres', password: 'postgres' });
const startTheStandby = () =>
  startPostgres({ dataDir: STANDBY_DIR, port: standbyPort, user: 'postgres', password: 'postgres' });

beforeAll(async () => {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run the package's build first`);
  const started = Date.now();
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  primaryPort = await portFromEnv('TEST_READ_REPLICAS_PG_PORT');
  standbyPort = await freePort();
  // The built API initialises the embedded cluster, migrates and seeds it; SIGTERM stops it cleanly.
  const seeding = await startApi({
    port: await portFromEnv('TEST_READ_REPLICAS_PORT'),
    pgPort: primaryPort,
    dataDir: PRIMARY_DIR,
  });
  seeding.child.kill('SIGTERM');
  expect(await seeding.exited).toEqual({ code: 0, signal: null });
  const seededMs = Date.now() - started;
  const standbyStarted = Date.now();
  allowReplication(PRIMARY_DIR);
  makeStandby({
    primaryDataDir: PRIMARY_DIR,
    standbyDataDir: STANDBY_DIR,
    primary: { host: '127.0.0.1', port: primaryPort, user: 'postgres', password: 'postgres' },
    applicationName: 'read-replica-spec',
    settings: { recovery_min_apply_delay: `${APPLY_DELAY_MS}ms` },
  });
  primary = await startPrimary();
  standby = await startTheStandby();
  buildMs = Date.now() - standbyStarted;
  console.log(`primary seeded and stopped in ${seededMs} ms; standby made and both running in ${buildMs} ms`);

  orm = await connect(primary.url(DATABASE), 4);
  cooperativeId = (await loadFixture(orm.em.getKnex())).demoCooperativeId;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DOCUMENT_STORAGE_DIR: documentDir,
    DATABASE_REPLICA_URLS: standby.url(DATABASE),
    REPLICA_POLL_INTERVAL_MS: String(POLL_INTERVAL_MS),
  });
  app = await createApp(config, orm, pino({ level: 'silent' }));
  server = await listenForTests(app);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await until('the standby is in use', () => app.readReplicas!.status()[0]!.healthy);
}, 240_000);

afterAll(async () => {
  if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  await app?.stop();
  await orm?.close(true);
  await standby?.stop();
  await primary?.stop();
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.rmSync(documentDir, { recursive: true, force: true });
});

interface Answer<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  headers: Headers;
}

async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  api = url,
): Promise<Answer<T>> {
  const response = await fetch(`${api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Answer<T>, 'status' | 'headers'>;
  return { status: response.status, ...body, headers: response.headers };
}

const NAME = 'query ($id: ID!) { cooperative(id: $id) { name version } }';
const UPDATE = `mutation ($input: UpdateCooperativeProfileInput!) {
  updateCooperativeProfile(input: $input) { cooperative { name version } userErrors { code } }
}`;

/** The cooperative's name as the API answers it, failing on any error. */
async function nameRead(headers: Record<string, string> = {}, api = url): Promise<string> {
  const answer = await graphql<{ cooperative: { name: string } }>(
    NAME,
    { id: globalIdOf('Cooperative', cooperativeId) },
    headers,
    api,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.cooperative.name;
}

/** Renames the cooperative on the primary behind the API's back (no WAL position reaches any client). */
async function renameOnPrimary(name: string): Promise<void> {
  await orm.em.getKnex()('cooperative').where({ id: cooperativeId }).update({ name });
}

async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(50);
  }
}

/** The cookies a response sets, by name, with their attributes. */
function cookiesOf(headers: Headers): Map<string, string> {
  return new Map(headers.getSetCookie().map((cookie) => [cookie.slice(0, cookie.indexOf('=')), cookie]));
}

const valueOf = (cookie: string) => cookie.slice(cookie.indexOf('=') + 1).split(';')[0]!;

test('the standby streams from the primary and was built in reasonable time', async () => {
  const { rows } = await orm.em
    .getKnex()
    .raw<{ rows: { application_name: string; state: string }[] }>(
      'select application_name, state from pg_stat_replication',
    );
  expect(rows).toEqual([{ application_name: 'read-replica-spec', state: 'streaming' }]);
  expect(app.readReplicas!.status()).toEqual([
    expect.objectContaining({ name: `127.0.0.1:${standbyPort}/${DATABASE}`, healthy: true }),
  ]);
  // A copy of the seeded folder (~100 MB) and two server starts: seconds, even on a busy 2-core machine.
  expect(buildMs).toBeLessThan(20_000);
});

test('a query reads from the replica: a change made on the primary is not there yet', async () => {
  const before = await nameRead();
  await renameOnPrimary('Koperasi Dibaca dari Primer');
  // The primary has it; the standby applies it APPLY_DELAY_MS later, so only it can answer the old name.
  expect(await nameRead()).toBe(before);
  await until(
    'the standby applied the change',
    async () => (await nameRead()) === 'Koperasi Dibaca dari Primer',
  );
});

test('after a mutation, its client reads its write (cookie or header) while others may read the replica', async () => {
  const signIn = await graphql<{ signIn: { token: string } }>(
    'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email: DEMO.ketua, password: DEMO_PASSWORD } },
  );
  const session = cookiesOf(signIn.headers).get('mitradesa_session')!;
  expect(session).toBeDefined();
  // Signing in is a mutation too: its WAL position comes along with the session cookie.
  expect(cookiesOf(signIn.headers).get(WAL_POSITION_COOKIE)).toBeDefined();
  const sessionCookie = `mitradesa_session=${valueOf(session)}`;

  const { version } = await orm.em.getKnex()('cooperative').where({ id: cooperativeId }).first('version');
  const before = await nameRead();
  const update = await graphql<{
    updateCooperativeProfile: { cooperative: { name: string; version: number }; userErrors: unknown[] };
  }>(
    UPDATE,
    { input: { id: globalIdOf('Cooperative', cooperativeId), version, name: 'Koperasi Tulis lalu Baca' } },
    { cookie: sessionCookie },
  );
  // The payload is read back on the primary (the standby would still show the old name).
  expect(update.data!.updateCooperativeProfile).toEqual({
    cooperative: { name: 'Koperasi Tulis lalu Baca', version: version + 1 },
    userErrors: [],
  });
  const position = update.headers.get(WAL_POSITION_HEADER)!;
  expect(parseWalPosition(position)).toBeDefined();
  const cookie = cookiesOf(update.headers).get(WAL_POSITION_COOKIE)!;
  expect(decodeURIComponent(valueOf(cookie))).toBe(position);
  expect(cookie).toMatch(/; HttpOnly/);
  expect(cookie).toMatch(/; Max-Age=\d+;/);
  expect(Number(/Max-Age=(\d+)/.exec(cookie)![1])).toBeLessThanOrEqual(10);

  // Same browser, right away: the write is there (the standby has not applied it, so the primary answered).
  expect(await nameRead({ cookie: `${sessionCookie}; ${WAL_POSITION_COOKIE}=${valueOf(cookie)}` })).toBe(
    'Koperasi Tulis lalu Baca',
  );
  // An API client sends the position back as a header.
  expect(await nameRead({ [WAL_POSITION_HEADER]: position })).toBe('Koperasi Tulis lalu Baca');
  // Without the position: the replica, which does not have the write yet.
  expect(await nameRead()).toBe(before);
  // A malformed position is ignored rather than refused.
  expect(await nameRead({ [WAL_POSITION_HEADER]: 'not-a-position' })).toBe(before);

  // Once the standby has replayed the position, a read carrying it goes back to the standby: a
  // change made on the primary since is not seen.
  await until('the standby replayed the write', () => {
    const replayed = parseWalPosition(app.readReplicas!.status()[0]!.replayed ?? undefined);
    return replayed !== undefined && replayed >= parseWalPosition(position)!;
  });
  await renameOnPrimary('Koperasi Sesudah Tulis');
  expect(await nameRead({ [WAL_POSITION_HEADER]: position })).toBe('Koperasi Tulis lalu Baca');
  await until('the standby applied the change', async () => (await nameRead()) === 'Koperasi Sesudah Tulis');
});

test('a replica further behind than REPLICA_MAX_LAG_MS is skipped until it catches up', async () => {
  // A second API whose limit (500 ms) is below the standby's apply delay: each commit puts it over.
  const strict = await createApp(
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DOCUMENT_STORAGE_DIR: documentDir,
      DATABASE_REPLICA_URLS: standby!.url(DATABASE),
      REPLICA_POLL_INTERVAL_MS: String(POLL_INTERVAL_MS),
      REPLICA_MAX_LAG_MS: '500',
    }),
    orm,
    pino({ level: 'silent' }),
  );
  const strictServer = await listenForTests(strict);
  const strictUrl = `http://127.0.0.1:${(strictServer.address() as AddressInfo).port}`;
  try {
    const replica = () => strict.readReplicas!.status()[0]!;
    await until('the standby is in use', () => replica().healthy);
    const before = await nameRead({}, strictUrl);
    await renameOnPrimary('Koperasi Replika Tertinggal');
    expect(await nameRead({}, strictUrl)).toBe(before);
    await until('the standby is marked lagging', () => !replica().healthy);
    expect(replica().lagMs).toBeGreaterThan(500);
    // The standby has not applied the change yet (APPLY_DELAY_MS): the primary answers.
    expect(await nameRead({}, strictUrl)).toBe('Koperasi Replika Tertinggal');
    await until('the standby caught up', () => replica().healthy);
  } finally {
    await new Promise<void>((resolve) => strictServer.close(() => resolve()));
    await strict.stop();
  }
});

test('a stopped replica is skipped without errors, and used again once it is back', async () => {
  await standby!.stop();
  standby = undefined;
  await until('the standby is marked down', () => !app.readReplicas!.status()[0]!.healthy);
  // The primary serves the reads: a change made there is seen at once, and nothing fails.
  await renameOnPrimary('Koperasi Tanpa Replika');
  for (let read = 0; read < 5; read += 1) expect(await nameRead()).toBe('Koperasi Tanpa Replika');

  standby = await startTheStandby();
  await until('the standby is in use again', () => app.readReplicas!.status()[0]!.healthy, 30_000);
  await until('the standby caught up', async () => (await nameRead()) === 'Koperasi Tanpa Replika');
  await renameOnPrimary('Koperasi Replika Kembali');
  expect(await nameRead()).toBe('Koperasi Tanpa Replika');
});

test('without DATABASE_REPLICA_URLS nothing changes: no replicas, no WAL position on mutations', async () => {
  const plain = await startTestServer();
  try {
    const answer = await fetch(`${plain.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
        variables: { input: { email: DEMO.ketua, password: DEMO_PASSWORD } },
      }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get(WAL_POSITION_HEADER)).toBeNull();
    expect(cookiesOf(answer.headers).has('mitradesa_session')).toBe(true);
    expect(cookiesOf(answer.headers).has(WAL_POSITION_COOKIE)).toBe(false);
  } finally {
    await plain.close();
  }
});

test('settings: DATABASE_REPLICA_URLS is a comma-separated list of PostgreSQL URLs, none by default', () => {
  expect(loadConfig({}).readReplicas).toEqual({ urls: [], maxLagMs: 5000, pollIntervalMs: 150 });
  expect(
    loadConfig({
      DATABASE_REPLICA_URLS: 'postgres://r1:5432/mitradesa, postgresql://r2/mitradesa,',
      REPLICA_MAX_LAG_MS: '2000',
    }).readReplicas,
  ).toEqual({
    urls: ['postgres://r1:5432/mitradesa', 'postgresql://r2/mitradesa'],
    maxLagMs: 2000,
    pollIntervalMs: 150,
  });
  expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://r1/db,mysql://r2/db' })).toThrow(
    /DATABASE_REPLICA_URLS: must be comma-separated postgres:\/\/ or postgresql:\/\/ URLs/,
  );
  expect(() => loadConfig({ REPLICA_MAX_LAG_MS: '10' })).toThrow(/REPLICA_MAX_LAG_MS/);
});

test('WAL positions compare as numbers, not as text', () => {
  expect(parseWalPosition('0/8BBFA90')).toBe(0x8bbfa90n);
  expect(parseWalPosition('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
  expect(parseWalPosition('A/0')! > parseWalPosition('9/FFFFFFFF')!).toBe(true);
  expect(parseWalPosition('0/10')! > parseWalPosition('0/F')!).toBe(true);
  for (const bad of ['', '0', '0/', '/1', 'x/1', '123456789/0', '0/1 ', undefined]) {
    expect(parseWalPosition(bad)).toBeUndefined();
  }
});
