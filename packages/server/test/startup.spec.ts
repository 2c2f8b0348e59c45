import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SERVER_ROOT } from '../src/shared/paths';
import { freePort, portFromEnv } from './support/free-port';

/**
 * The product as a user starts it: the built server with no DATABASE_URL, so it launches the
 * embedded PostgreSQL, migrates, seeds the empty database and serves; SIGINT stops both; the
 * data survives a restart. Runs against dist/ (the test script builds first).
 */
const DATA_DIR = path.join(REPO_ROOT, '.data/test-startup');
let apiPort: number;
let pgPort: number;
const MAIN = path.join(SERVER_ROOT, 'dist/src/main.js');

interface Started {
  child: ChildProcess;
  logs: string[];
  exited: Promise<number | null>;
}

async function start(): Promise<Started> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(apiPort), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  Object.assign(env, {
    EMBEDDED_PG_DIR: DATA_DIR,
    EMBEDDED_PG_PORT: String(pgPort),
    LOG_LEVEL: 'info',
    NODE_ENV: 'development',
  });
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // Up to 60 s: a first start initialises the cluster, migrates and seeds, slow on a busy machine.
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (logs.join('').includes('MitraDesa API ready at')) return { child, logs, exited };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start:\n${logs.join('')}`);
}

async function cooperativeCount(): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ cooperatives(first: 1) { totalCount } }' }),
  });
  const body = (await response.json()) as { data: { cooperatives: { totalCount: number } } };
  return body.data.cooperatives.totalCount;
}

function postgresRunningOn(dataDir: string): boolean {
  const processes = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return processes.split('\n').some((line) => line.includes('postgres') && line.includes(dataDir));
}

beforeAll(async () => {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: run the package's build first`);
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  apiPort = await portFromEnv('TEST_STARTUP_PORT');
  pgPort = await portFromEnv('TEST_STARTUP_PG_PORT');
});
afterAll(() => fs.rmSync(DATA_DIR, { recursive: true, force: true }));

test('first start seeds the embedded database, SIGINT stops it, a restart keeps the data', async () => {
  const first = await start();
  expect(first.logs.join('')).toContain('demo data seeded');
  expect(first.logs.join('')).toContain(`http://127.0.0.1:${apiPort}/graphql`);
  const health = await fetch(`http://127.0.0.1:${apiPort}/health`);
  expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });
  expect(await cooperativeCount()).toBe(2300);
  expect(postgresRunningOn(DATA_DIR)).toBe(true);

  first.child.kill('SIGINT');
  expect(await first.exited).toBe(0);
  expect(postgresRunningOn(DATA_DIR)).toBe(false);

  const second = await start();
  expect(second.logs.join('')).not.toContain('demo data seeded');
  expect(await cooperativeCount()).toBe(2300);
  second.child.kill('SIGTERM');
  expect(await second.exited).toBe(0);
  expect(postgresRunningOn(DATA_DIR)).toBe(false);
});

test('a bad configuration stops the start with a readable message', () => {
  let output = '';
  try {
    execFileSync(process.execPath, [MAIN], {
      env: { ...process.env, PORT: 'eighty' },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const failed = error as { status: number; stderr: string };
    expect(failed.status).toBe(1);
    output = failed.stderr;
  }
  expect(output).toMatch(/Invalid configuration:\n\s+PORT: /);
});

test('production refuses to start while demo accounts with the published password exist', async () => {
  const dataDir = path.join(REPO_ROOT, '.data/test-startup-production');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    SEED_DEMO_DATA: 'true',
    EMBEDDED_PG_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    PORT: String(await freePort()),
  };
  delete env.DATABASE_URL;
  let failure: { status: number; stderr: string } | undefined;
  try {
    execFileSync(process.execPath, [MAIN], { env, encoding: 'utf8', stdio: 'pipe', timeout: 60000 });
  } catch (error) {
    failure = error as { status: number; stderr: string };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  expect(failure?.status).toBe(1);
  expect(failure?.stderr).toMatch(/Refusing to start in production: \d+ demo account/);
  expect(postgresRunningOn(dataDir)).toBe(false);
});

test('a start that fails half-way (port taken) stops the embedded PostgreSQL it started', async () => {
  const dataDir = path.join(REPO_ROOT, '.data/test-startup-port-taken');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const blocker = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => blocker.once('listening', resolve));
  const takenPort = (blocker.address() as AddressInfo).port;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_PG_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    PORT: String(takenPort),
    HOST: '127.0.0.1',
  };
  delete env.DATABASE_URL;
  try {
    const result = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 60000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/failed to start: .*EADDRINUSE/);
    expect(postgresRunningOn(dataDir)).toBe(false);
  } finally {
    blocker.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
