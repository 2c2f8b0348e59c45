import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT, SERVER_ROOT } from '../src/shared/paths';
import {
  databaseKillDrill,
  graphql,
  postgresProcessesOn,
  postmasterPid,
  signIn,
  startApi,
  type ApiProcess,
} from '../bench/drills';
import { freePort, portFromEnv } from './support/free-port';

/**
 * The database going away under the built API (dist/src/main.js, built by the test script):
 * the embedded PostgreSQL is restarted by the API itself; one left behind by a killed API is
 * stopped on the next start; an external database (DATABASE_URL) is reconnected to by the pool.
 */
let apiPort: number;
let pgPort: number;
const DATA_DIR = path.join(REPO_ROOT, '.data/test-resilience');
const EXTERNAL_DIR = path.join(REPO_ROOT, '.data/test-resilience-external');
const MAIN = path.join(SERVER_ROOT, 'dist/src/main.js');

const started: ApiProcess[] = [];
async function start(env?: Record<string, string>, port = apiPort, dataDir = DATA_DIR): Promise<ApiProcess> {
  const api = await startApi({ port, pgPort, dataDir, env });
  started.push(api);
  return api;
}

beforeAll(async () => {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run the package's build first`);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.rmSync(EXTERNAL_DIR, { recursive: true, force: true });
  apiPort = await portFromEnv('TEST_RESILIENCE_PORT');
  pgPort = await portFromEnv('TEST_RESILIENCE_PG_PORT');
});
afterAll(async () => {
  for (const api of started)
    if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill('SIGKILL');
  await Promise.all(started.map((api) => api.exited));
  for (const dir of [DATA_DIR, EXTERNAL_DIR]) {
    if (fs.existsSync(dir)) for (const pid of postgresProcessesOn(dir)) process.kill(pid, 'SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the embedded PostgreSQL killed under a write load is restarted; the API serves again within 5 s with every acknowledged write', async () => {
  const api = await start();
  const token = await signIn(api.url, 'pembeli@demo.mitradesa.id');
  const killed = postmasterPid(DATA_DIR);

  const outcome = await databaseKillDrill(api, token);

  expect(outcome.sawUnavailable).toBe(true);
  expect(outcome.healthMs).toBeGreaterThan(0);
  expect(outcome.healthMs).toBeLessThan(5000);
  expect(outcome.firstQueryMs).toBeGreaterThan(0);
  expect(outcome.firstQueryMs).toBeLessThan(5000);
  expect(outcome.writes.acknowledged).toBeGreaterThan(0);
  expect(outcome.writes.lost).toBe(0);
  // A new postmaster, started by the same API process, whose log names each attempt.
  expect(postmasterPid(DATA_DIR)).not.toBe(killed);
  expect(api.child.exitCode).toBeNull();
  const logs = api.logs.join('');
  expect(logs).toContain('embedded PostgreSQL exited unexpectedly; restarting it');
  expect(logs).toMatch(/"attempt":1,"delayMs":0,"msg":"restarting embedded PostgreSQL"/);
  expect(logs).toMatch(/"attempt":1,"downMs":\d+,"msg":"embedded PostgreSQL restarted"/);
});

test('a PostgreSQL left running by a killed API is stopped on the next start; one a live API uses is refused', async () => {
  const first = started[0]!;
  first.child.kill('SIGKILL');
  await first.exited;
  const orphan = postmasterPid(DATA_DIR)!;
  expect(postgresProcessesOn(DATA_DIR)).toContain(orphan);

  const second = await start();
  expect(second.logs.join('')).toContain(
    'stopping the embedded PostgreSQL left running by a MitraDesa server that is gone',
  );
  expect(postgresProcessesOn(DATA_DIR)).not.toContain(orphan);
  const query = await graphql<{ cooperatives: { totalCount: number } }>(
    second.url,
    '{ cooperatives(first: 1) { totalCount } }',
  );
  expect(query.data?.cooperatives.totalCount).toBe(2300);

  // Same data folder while the second API runs: refused, and the running one is untouched.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    EMBEDDED_PG_DIR: DATA_DIR,
    EMBEDDED_PG_PORT: String(pgPort),
  };
  delete env.DATABASE_URL;
  const refused = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 60_000 });
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(
    new RegExp(
      `PostgreSQL \\(pid \\d+\\) is already running on .*used by the MitraDesa server with pid ${second.child.pid}`,
    ),
  );
  expect((await fetch(`${second.url}/health`)).status).toBe(200);

  second.child.kill('SIGTERM');
  expect((await second.exited).code).toBe(0);
  expect(postgresProcessesOn(DATA_DIR)).toEqual([]);
  expect(fs.existsSync(path.join(DATA_DIR, 'postmaster.pid'))).toBe(false);
});

test('with DATABASE_URL, the pool reconnects by itself once the database server is back', async () => {
  // The "external" server is a cluster of this test's own (the machine's PostgreSQL is shared), in
  // a process of its own that restarts it when it dies, as an operator's service manager would.
  const externalPort = await freePort();
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(path.join(SERVER_ROOT, 'dist/src/db/embedded-postgres.js'))});
    startEmbeddedPostgres({ dataDir: ${JSON.stringify(EXTERNAL_DIR)}, port: ${externalPort} }).then(async (pg) => {
      await pg.createDatabase('mitradesa');
      process.on('SIGTERM', () => pg.stop().then(() => process.exit(0)));
      console.log(pg.url('mitradesa'));
    });`;
  const external = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const externalExited = new Promise((resolve) => external.once('exit', resolve));
  try {
    const url = await new Promise<string>((resolve) =>
      external.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())),
    );
    const api = await start({ DATABASE_URL: url, SEED_DEMO_DATA: 'false' }, await freePort());
    const count = () =>
      graphql<{ cooperatives: { totalCount: number } }>(api.url, '{ cooperatives(first: 1) { totalCount } }')
        .then((result) => result.data?.cooperatives.totalCount)
        .catch(() => undefined);
    expect(await count()).toBe(0);

    // Killed; its supervisor starts it again.
    const killedAt = Date.now();
    process.kill(postmasterPid(EXTERNAL_DIR)!, 'SIGKILL');
    let sawUnavailable = false;
    let healthy = false;
    while (!healthy && Date.now() - killedAt < 15_000) {
      const status = await fetch(`${api.url}/health`).then((response) => response.status);
      if (status === 503) sawUnavailable = true;
      healthy = sawUnavailable && status === 200;
      await sleep(25);
    }
    expect(sawUnavailable).toBe(true);
    expect(healthy).toBe(true);
    expect(await count()).toBe(0);
    expect(api.child.exitCode).toBeNull();

    api.child.kill('SIGTERM');
    expect((await api.exited).code).toBe(0);
  } finally {
    external.kill('SIGTERM');
    await externalExited;
  }
  // A new cluster (initdb) and a migration of the empty database come first.
}, 150_000);
