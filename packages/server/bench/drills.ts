import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT, SERVER_ROOT } from '../src/shared/paths';
import { DEMO_PASSWORD } from '../src/db/seeders/demo-users';

/**
 * Resilience drills against the built API (dist/src/main.js) in its own process, with its own
 * embedded PostgreSQL:
 *  - database kill: SIGKILL of the postmaster under a steady write load (saved searches created
 *    and deleted); times to /health 200 and to the first successful query; every acknowledged
 *    write checked afterwards;
 *  - SIGTERM: keep-alive clients sending queries back to back; what happened to each request,
 *    the time to exit, the exit code, and whether PostgreSQL stopped.
 *
 *   pnpm --filter @mitradesa/server build && node packages/server/dist/bench/drills.js
 *   DRILL_KILLS=5 DRILL_PORT=4181 DRILL_PG_PORT=54381 node packages/server/dist/bench/drills.js
 */

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  dataDir: string;
  logs: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const MAIN = path.join(SERVER_ROOT, 'dist/src/main.js');

/** Starts the built API on an embedded PostgreSQL in `dataDir` (or on DATABASE_URL from `env`). */
export async function startApi(options: {
  port: number;
  pgPort: number;
  dataDir: string;
  env?: Record<string, string>;
}): Promise<ApiProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  Object.assign(env, {
    PORT: String(options.port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_DIR: options.dataDir,
    EMBEDDED_PG_PORT: String(options.pgPort),
    LOG_LEVEL: 'info',
    NODE_ENV: 'development',
    ...options.env,
  });
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const output = logs.join('');
    // After a seed, the API checkpoints in the background: the drills start from the steady state.
    const settled =
      !output.includes('demo data seeded') || /checkpoint after seeding (done|failed)/.test(output);
    if (output.includes('MitraDesa API ready at') && settled) {
      return { child, url: `http://127.0.0.1:${options.port}`, dataDir: options.dataDir, logs, exited };
    }
    if (child.exitCode !== null) break;
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not start:\n${logs.join('')}`);
}

/** The pid in postmaster.pid, if the file exists. */
export function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(file)) return undefined;
  return Number(fs.readFileSync(file, 'utf8').split('\n')[0]);
}

/** PostgreSQL processes (postmaster and backends) working in `dataDir`. */
export function postgresProcessesOn(dataDir: string): number[] {
  const real = fs.realpathSync(dataDir);
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return (
          fs.readlinkSync(`/proc/${pid}/cwd`) === real &&
          fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres'
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

interface GraphQLResult<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, ...((await response.json()) as Omit<GraphQLResult<T>, 'status'>) };
}

export async function signIn(url: string, email: string): Promise<string> {
  const result = await graphql<{ signIn: { token: string | null } }>(
    url,
    'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  const token = result.data?.signIn.token;
  if (!token) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result)}`);
  return token;
}

const SAVE_SEARCH =
  'mutation ($input: SaveSearchInput!) { saveSearch(input: $input) { savedSearch { id } userErrors { code } } }';
const DELETE_SEARCH =
  'mutation ($input: DeleteSavedSearchInput!) { deleteSavedSearch(input: $input) { deletedSavedSearchId userErrors { code } } }';
const SAVED_SEARCH_IDS = '{ savedSearches(first: 50) { edges { node { id } } } }';
/** Kept below the per-user limit of saved searches (20) by deleting the oldest. */
const LIVE_SEARCHES = 10;

export interface WriteLoad {
  stop(): Promise<WriteLoadOutcome>;
}

export interface WriteLoadOutcome {
  acknowledged: number;
  failed: number;
  /** Acknowledged saves not deleted that are missing, and acknowledged deletes still present. */
  lost: number;
}

/**
 * One client saving a search every `intervalMs` and deleting the oldest beyond LIVE_SEARCHES:
 * both are writes the server acknowledges. A failed request's outcome is unknown and not checked.
 */
export async function startWriteLoad(url: string, token: string, intervalMs = 20): Promise<WriteLoad> {
  const existing = await graphql<{ savedSearches: { edges: { node: { id: string } }[] } }>(
    url,
    SAVED_SEARCH_IDS,
    {},
    token,
  );
  const live = existing.data!.savedSearches.edges.map((edge) => edge.node.id);
  const deleted: string[] = [];
  let acknowledged = 0;
  let failed = 0;
  let running = true;
  let sequence = 0;
  const loop = (async () => {
    while (running) {
      try {
        if (live.length >= LIVE_SEARCHES) {
          const id = live[0]!;
          const result = await graphql<{ deleteSavedSearch: { deletedSavedSearchId: string | null } }>(
            url,
            DELETE_SEARCH,
            { input: { id } },
            token,
          );
          if (result.data?.deleteSavedSearch?.deletedSavedSearchId === id) {
            live.shift();
            deleted.push(id);
            acknowledged += 1;
          } else failed += 1;
        } else {
          sequence += 1;
          const result = await graphql<{ saveSearch: { savedSearch: { id: string } | null } }>(
            url,
            SAVE_SEARCH,
            { input: { name: `drill ${Date.now()} ${sequence}`, q: 'sawit' } },
            token,
          );
          const id = result.data?.saveSearch?.savedSearch?.id;
          if (id) {
            live.push(id);
            acknowledged += 1;
          } else failed += 1;
        }
      } catch {
        failed += 1;
      }
      await sleep(intervalMs);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      // A save whose answer was lost may exist; only acknowledged writes are checked.
      const now = await graphql<{ savedSearches: { edges: { node: { id: string } }[] } }>(
        url,
        SAVED_SEARCH_IDS,
        {},
        token,
      );
      const present = new Set(now.data!.savedSearches.edges.map((edge) => edge.node.id));
      const lost =
        live.filter((id) => !present.has(id)).length + deleted.filter((id) => present.has(id)).length;
      return { acknowledged, failed, lost };
    },
  };
}

export interface DatabaseKillOutcome {
  /** From the SIGKILL to the first /health 200 (after it had reported 503). */
  healthMs: number;
  /** From the SIGKILL to the first successful GraphQL query. */
  firstQueryMs: number;
  sawUnavailable: boolean;
  writes: WriteLoadOutcome;
}

/** SIGKILLs the postmaster under a running write load and waits for the API to serve again. */
export async function databaseKillDrill(
  api: ApiProcess,
  token: string,
  budgetMs = 15_000,
): Promise<DatabaseKillOutcome> {
  const load = await startWriteLoad(api.url, token);
  await sleep(500);
  const pid = postmasterPid(api.dataDir);
  if (!pid) throw new Error('no postmaster.pid');
  const killedAt = Date.now();
  process.kill(pid, 'SIGKILL');
  let sawUnavailable = false;
  let healthMs = -1;
  let firstQueryMs = -1;
  const deadline = killedAt + budgetMs;
  const health = (async () => {
    while (Date.now() < deadline) {
      const status = await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(2000) })
        .then((response) => response.status)
        .catch(() => 0);
      if (status !== 200) sawUnavailable = true;
      else if (sawUnavailable) return (healthMs = Date.now() - killedAt);
      await sleep(25);
    }
  })();
  const query = (async () => {
    while (Date.now() < deadline) {
      const ok = await graphql<{ cooperatives: { totalCount: number } }>(
        api.url,
        '{ cooperatives(first: 1) { totalCount } }',
      )
        .then((result) => (result.data?.cooperatives?.totalCount ?? 0) > 0)
        .catch(() => false);
      if (ok && sawUnavailable) return (firstQueryMs = Date.now() - killedAt);
      await sleep(25);
    }
  })();
  await Promise.all([health, query]);
  // Writes go on a little after the recovery, then every acknowledged one is checked.
  await sleep(500);
  const writes = await load.stop();
  return { healthMs, firstQueryMs, sawUnavailable, writes };
}

export interface ShutdownOutcome {
  sent: number;
  completed: number;
  /**
   * Never served: the listener was already closed, or a new connection was reset as it closed
   * (queued by the kernel, or accepted with no request read yet).
   */
  refused: number;
  /**
   * Sent on a kept-alive connection that the server closed as idle at that very moment (it never
   * read them; a client may resend them, as this one does once).
   */
  closedIdle: number;
  /** Accepted requests without a complete response (reset, cut or truncated). */
  failed: number;
  /** Responses that carried `Connection: close` after the signal. */
  toldToClose: number;
  exitMs: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  postgresLeft: number;
}

/**
 * `clients` keep-alive clients send queries back to back; SIGTERM after `warmupMs`. Every request
 * is classified by what the client saw.
 */
export async function sigtermDrill(api: ApiProcess, clients = 4, warmupMs = 1000): Promise<ShutdownOutcome> {
  const counts = { sent: 0, completed: 0, refused: 0, closedIdle: 0, failed: 0, toldToClose: 0 };
  let signalledAt = 0;
  const body = JSON.stringify({
    query: '{ cooperatives(first: 20) { totalCount edges { node { id name } } } }',
  });
  const { port } = new URL(api.url);

  type Outcome = 'completed' | 'refused' | 'closedIdle' | 'failed';
  const send = (agent: http.Agent) =>
    new Promise<Outcome>((resolve) => {
      let responded = false;
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          responded = true;
          if (signalledAt && response.headers.connection === 'close') counts.toldToClose += 1;
          response.resume();
          response.once('end', () =>
            resolve(response.complete && response.statusCode === 200 ? 'completed' : 'failed'),
          );
          response.once('error', () => resolve('failed'));
          response.once('aborted', () => resolve('failed'));
        },
      );
      request.once('error', (error: NodeJS.ErrnoException) => {
        if (responded) return;
        // Refused: the listener was closed, or a new connection the kernel had queued for it (or
        // that no request had reached yet) was reset as it closed; either way nothing was served.
        if (error.code === 'ECONNREFUSED' || (error.code === 'ECONNRESET' && !request.reusedSocket))
          resolve('refused');
        else if (request.reusedSocket && (error.code === 'ECONNRESET' || error.message === 'socket hang up'))
          resolve('closedIdle');
        else resolve('failed');
      });
      request.end(body);
    });

  const client = async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (;;) {
      counts.sent += 1;
      let outcome = await send(agent);
      if (outcome === 'closedIdle') {
        counts.closedIdle += 1;
        // The server never read it: resending is safe (RFC 9112, 9.3.1).
        counts.sent += 1;
        outcome = await send(agent);
      }
      if (outcome === 'completed') counts.completed += 1;
      else if (outcome === 'refused') counts.refused += 1;
      else if (outcome === 'failed') counts.failed += 1;
      else counts.closedIdle += 1;
      if (outcome === 'refused' || (signalledAt && Date.now() - signalledAt > 30_000)) break;
    }
    agent.destroy();
  };
  const running = Array.from({ length: clients }, () => client());
  await sleep(warmupMs);
  signalledAt = Date.now();
  api.child.kill('SIGTERM');
  const { code, signal } = await api.exited;
  const exitMs = Date.now() - signalledAt;
  await Promise.all(running);
  return { ...counts, exitMs, exitCode: code, signal, postgresLeft: postgresProcessesOn(api.dataDir).length };
}

async function main(): Promise<void> {
  const kills = Number(process.env.DRILL_KILLS ?? 5);
  const port = Number(process.env.DRILL_PORT ?? 4181);
  const pgPort = Number(process.env.DRILL_PG_PORT ?? 54381);
  const dataDir = path.join(REPO_ROOT, '.data/drills');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const api = await startApi({ port, pgPort, dataDir });
  try {
    const token = await signIn(api.url, 'pembeli@demo.mitradesa.id');
    console.log('Database kill (SIGKILL of the embedded postmaster under a write load):');
    console.log('try  /health 200  first query  writes acknowledged  failed  lost');
    for (let attempt = 1; attempt <= kills; attempt += 1) {
      const logsBefore = api.logs.length;
      const outcome = await databaseKillDrill(api, token);
      if (process.env.DRILL_VERBOSE) {
        const lines = api.logs.slice(logsBefore).join('').split('\n');
        console.log(lines.filter((line) => /PostgreSQL/.test(line)).join('\n'));
      }
      console.log(
        `${String(attempt).padStart(3)}  ${`${outcome.healthMs} ms`.padStart(11)}  ${`${outcome.firstQueryMs} ms`.padStart(11)}` +
          `  ${String(outcome.writes.acknowledged).padStart(19)}  ${String(outcome.writes.failed).padStart(6)}  ${String(outcome.writes.lost).padStart(4)}`,
      );
      await sleep(1000);
    }
    console.log('\nSIGTERM under load (4 keep-alive clients, queries back to back):');
    const shutdown = await sigtermDrill(api);
    console.log(JSON.stringify(shutdown, null, 2));
  } finally {
    if (api.child.exitCode === null) api.child.kill('SIGKILL');
    await api.exited;
    for (const pid of postgresProcessesOn(dataDir)) process.kill(pid, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
