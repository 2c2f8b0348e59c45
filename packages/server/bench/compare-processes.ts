import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '../src/shared/paths';
import type { PeerName } from './compare-operations';
import { API_NODE_FLAGS } from '../src/shared/node-flags';

/** The bench-only peers (PostGraphile 5 and the floor), with their own Node 22 for PostGraphile. */
const PEERS_DIR = path.join(REPO_ROOT, 'packages', 'bench-peers');
/** The API this comparison was compiled with: dist/src/main.js beside dist/bench/compare.js. */
const MAIN = path.join(__dirname, '../src/main.js');
/** The Node.js binary of the bench-only peers' package (22.x). */
export const BENCH_NODE_22 = path.join(PEERS_DIR, 'node_modules', '.bin', 'node');
/**
 * The Node.js our API runs on: this process's (the product's Node 20), or COMPARE_OURS_NODE
 * (`22` for the bench-only Node 22, or a path), to see which Node the API is fastest on.
 */
function oursNode(): string {
  const chosen = process.env.COMPARE_OURS_NODE;
  if (!chosen) return process.execPath;
  return chosen === '22' ? BENCH_NODE_22 : chosen;
}

/** Each server's connections carry this application_name (pg reads PGAPPNAME), so its backends can be told apart. */
export const applicationName = (name: PeerName) => `mitradesa-compare-${name}`;

export interface PeerServer {
  name: PeerName;
  url: string;
  process: ChildProcess;
  pid: number;
}

/** Starts one peer on the database and waits until it answers (up to 60 s). */
export async function startPeer(name: PeerName, databaseUrl: string, port: number): Promise<PeerServer> {
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  let ready: () => Promise<boolean>;
  switch (name) {
    case 'ours':
      // As in production: bench/run.ts starts it the same way.
      child = spawn(oursNode(), [...API_NODE_FLAGS, MAIN], {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          // The benchmark's documents are its own, not the web app's persisted ones.
          GRAPHQL_DOCUMENTS: 'any',
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          SEED_DEMO_DATA: 'false',
          // Off, as in production: counting scopes every request in an AsyncLocalStorage, whose
          // promise hooks cost ~0.2 ms of CPU per request on Node 20. Statements are counted by the
          // database instead, as for the other servers (compare.ts statementsPerRequest).
          SQL_STATEMENT_HEADER: 'false',
          // The background jobs would run during the other servers' measurements; reads are compared.
          PROPOSAL_EXPIRY_INTERVAL_SECONDS: '0',
          LISTING_EXPIRY_INTERVAL_SECONDS: '0',
          MATCH_RESPONSIVENESS_INTERVAL_SECONDS: '0',
          REMINDER_INTERVAL_SECONDS: '0',
          DOCUMENT_ORPHAN_SWEEP_INTERVAL_SECONDS: '0',
          PGAPPNAME: applicationName(name),
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      ready = async () => (await fetch(`${url}/health`)).ok;
      break;
    case 'postgraphile': {
      const node = BENCH_NODE_22;
      if (!fs.existsSync(node))
        throw new Error(`${node} is missing: run pnpm install (packages/bench-peers brings Node 22)`);
      child = spawn(node, [path.join(PEERS_DIR, 'postgraphile-server.mjs'), String(port)], {
        env: {
          ...process.env,
          GRAPHILE_ENV: 'production',
          NODE_ENV: 'production',
          DATABASE_URL: databaseUrl,
          PGAPPNAME: applicationName(name),
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      ready = async () => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        return response.ok;
      };
      break;
    }
    case 'floor':
      child = spawn(process.execPath, [path.join(PEERS_DIR, 'floor-server.mjs'), String(port)], {
        env: { ...process.env, DATABASE_URL: databaseUrl, PGAPPNAME: applicationName(name) },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      ready = async () => (await fetch(`${url}/health`)).ok;
      break;
  }
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode} during start-up`);
    try {
      if (await ready()) return { name, url, process: child, pid: child.pid! };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`${name} did not answer within 60 s`);
}

export async function stopPeer(peer: PeerServer): Promise<void> {
  if (peer.process.exitCode !== null) return;
  const exited = new Promise((resolve) => peer.process.once('exit', resolve));
  peer.process.kill('SIGTERM');
  await exited;
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU time (user + system) a process has used so far, in ms; 0 when it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime, stime are 14, 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * Watches the PostgreSQL backends serving one database: their CPU time from /proc (the server
 * runs on this machine), and the transactions committed there (pg_stat_database).
 */
export class DatabaseWatch {
  private constructor(
    private readonly client: Client,
    private readonly database: string,
  ) {}

  static async open(databaseUrl: string): Promise<DatabaseWatch> {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ name: string }>('select current_database() as name');
    return new DatabaseWatch(client, rows[0].name);
  }

  /** CPU ms so far of each backend of one server (by its application_name) on the database. */
  async backendCpu(name: PeerName): Promise<Map<number, number>> {
    const { rows } = await this.client.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = $1 and application_name = $2`,
      [this.database, applicationName(name)],
    );
    return new Map(rows.map(({ pid }) => [pid, processCpuMs(pid)]));
  }

  /**
   * CPU ms the backends used since `before`: backends that started since count from zero; a
   * backend that ended in between is missed (the pools keep theirs for 30 s idle).
   */
  async backendCpuSince(name: PeerName, before: Map<number, number>): Promise<number> {
    const after = await this.backendCpu(name);
    let total = 0;
    for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
    return total;
  }

  /** Waits until no statement of the database is running (up to 60 s). */
  async settle(): Promise<void> {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const { rows } = await this.client.query<{ active: string }>(
        `select count(*) as active from pg_stat_activity
          where datname = $1 and state = 'active' and pid <> pg_backend_pid()`,
        [this.database],
      );
      if (Number(rows[0].active) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Transactions committed or rolled back in the database so far (as reported to the statistics). */
  async transactions(): Promise<number> {
    const { rows } = await this.client.query<{ count: string }>(
      'select xact_commit + xact_rollback as count from pg_stat_database where datname = $1',
      [this.database],
    );
    return Number(rows[0].count);
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
