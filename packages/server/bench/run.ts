import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { createScratchDatabase } from '../src/db/scratch-database';
import { connect, migrate } from '../src/db/database';
import { seedDemoData } from '../src/db/seeders/demo-seed';
import { SERVER_ROOT } from '../src/shared/paths';
import { toGlobalId } from '../src/graphql/relay';
import { newToken } from '../src/modules/account/credentials';
import {
  COOPERATIVE_DETAIL,
  DISCOVERY_PAGE,
  OFFERINGS_FILTER,
  SEARCH_PAGE,
  RECOMMENDED_COOPERATIVES,
  RECOMMENDED_PARTNERS,
  RECOMMENDED_REQUESTS,
  type BenchOperation,
} from './operations';

/**
 * Load benchmark: a freshly seeded database, the production build of the API in its own process,
 * and autocannon driving read operations (discovery, detail, filters, search) for a fixed time each. Prints req/s, latency
 * percentiles, SQL statements per request and the server's peak RSS.
 *
 *   pnpm bench                      # 10 s per operation, 10 connections
 *   BENCH_SECONDS=30 BENCH_CONNECTIONS=20 pnpm bench
 *   DATABASE_URL=postgres://…/postgres pnpm bench   # on that server (creates and drops mitradesa_bench)
 *   BENCH_PORT=4101 BENCH_PG_PORT=54350 pnpm bench   # other ports for the API and the embedded PostgreSQL
 *   BENCH_ONLY=search pnpm bench    # only the operations whose name contains this ("search", "recommended")
 *
 * The matching operations run as a (non-demo) admin signed in for the run, and rotate through
 * every seeded cooperative, program, open request and published supply offering.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SERVER_PORT = Number(process.env.BENCH_PORT ?? 4100);

/** Search page queries (20 results with the total): place + commodity, a typo, a broad word, a name. */
const SEARCHES: [string, Record<string, unknown>][] = [
  ['search: "sawit Sanggau", all types', { q: 'sawit Sanggau', first: 20 }],
  ['search: "karret" (typo), all types', { q: 'karret', first: 20 }],
  ['search: "koperasi" (broad), all types', { q: 'koperasi', first: 20 }],
  ['search: "Bank Mandri", partners', { q: 'Bank Mandri', types: ['PARTNER'], first: 20 }],
];

interface Result {
  operation: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  sqlStatements: number;
}

async function main(): Promise<void> {
  const database = await createScratchDatabase({
    name: 'mitradesa_bench',
    clusterFolder: 'bench-postgres',
    clusterPort: Number(process.env.BENCH_PG_PORT ?? 54349),
  });
  try {
    const seeded = await seed(database.url);
    const server = await startServer(database.url);
    try {
      const cooperativeId = toGlobalId('Cooperative', await busiestCooperative(database.url));
      const ids = await matchingIds(database.url);
      const token = seeded.adminToken;
      const all: BenchOperation[] = [
        {
          name: 'discovery page (20 coops, Sanggau)',
          query: DISCOVERY_PAGE,
          variables: { filter: { regionCode: '61.03' } },
        },
        { name: 'cooperative detail', query: COOPERATIVE_DETAIL, variables: { id: cooperativeId } },
        {
          name: 'offerings: palm FFB in Sanggau',
          query: OFFERINGS_FILTER,
          variables: { filter: { commodity: 'PALM_OIL_FFB', regionCode: '61.03' } },
        },
        ...SEARCHES.map(([name, variables]) => ({ name, query: SEARCH_PAGE, variables })),
        {
          name: `recommended partners, top 20 (all ${ids.cooperatives.length} coops)`,
          query: RECOMMENDED_PARTNERS,
          variables: {},
          rotate: ids.cooperatives.map((id) => ({ cooperativeId: toGlobalId('Cooperative', id) })),
          token,
        },
        {
          name: `recommended coops for programs, top 20 (${ids.programs.length})`,
          query: RECOMMENDED_COOPERATIVES,
          variables: {},
          rotate: ids.programs.map((id) => ({ programId: toGlobalId('Program', id) })),
          token,
        },
        {
          name: `recommended coops for requests, top 20 (${ids.requests.length})`,
          query: RECOMMENDED_COOPERATIVES,
          variables: {},
          rotate: ids.requests.map((id) => ({ requestId: toGlobalId('PartnerRequest', id) })),
          token,
        },
        {
          name: `recommended requests for offerings, top 20 (${ids.offerings.length})`,
          query: RECOMMENDED_REQUESTS,
          variables: {},
          rotate: ids.offerings.map((id) => ({ offeringId: toGlobalId('Offering', id) })),
          token,
        },
      ];
      const only = process.env.BENCH_ONLY?.toLowerCase();
      const operations = only ? all.filter((operation) => operation.name.toLowerCase().includes(only)) : all;
      const results: Result[] = [];
      for (const operation of operations) results.push(await measure(operation));
      report(results, { seedMs: seeded.ms, peakRssMb: peakRss(server.pid!) });
    } finally {
      // Let the API finish and close its pool before the database is dropped under it.
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  } finally {
    await database.dispose();
  }
}

async function seed(databaseUrl: string): Promise<{ ms: number; adminToken: string }> {
  const orm = await connect(databaseUrl, 2);
  try {
    await migrate(orm);
    const started = performance.now();
    await seedDemoData(orm.em.fork(), { reset: false });
    const ms = Math.round(performance.now() - started);
    const connection = orm.em.getConnection();
    // The API runs as in production, which refuses demo accounts: reads are anonymous, and the
    // matching reads use an admin created for this run with a session (no password can sign in).
    await connection.execute('delete from app_user where is_demo');
    const session = newToken('session');
    await connection.execute(
      `with admin as (
         insert into app_user (email, name, password_hash) values ('bench@mitradesa.invalid', 'Benchmark', '!')
         returning id
       ), role as (insert into membership (user_id, role) select id, 'ADMIN' from admin)
       insert into session (user_id, token_hash, expires_at) select id, ?, now() + interval '1 day' from admin`,
      [session.hash],
    );
    // A production database has planner statistics; a freshly seeded one has none until autovacuum runs.
    await connection.execute('analyze');
    return { ms, adminToken: session.token };
  } finally {
    await orm.close(true);
  }
}

/** What the matching operations rotate through: every cooperative and every public listing. */
async function matchingIds(
  databaseUrl: string,
): Promise<{ cooperatives: number[]; programs: number[]; requests: number[]; offerings: number[] }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const ids = async (sql: string) => (await client.query<{ id: number }>(sql)).rows.map((row) => row.id);
  try {
    return {
      cooperatives: await ids('select id from cooperative order by id'),
      programs: await ids("select id from program where status = 'ACTIVE' order by id"),
      requests: await ids("select id from partner_request where status = 'OPEN' order by id"),
      offerings: await ids(
        "select id from offering where status = 'PUBLISHED' and kind = 'SUPPLY' and commodity is not null order by id",
      ),
    };
  } finally {
    await client.end();
  }
}

async function busiestCooperative(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      "select cooperative_id as id from offering where status = 'PUBLISHED' group by cooperative_id order by count(*) desc, cooperative_id limit 1",
    );
    return rows[0].id;
  } finally {
    await client.end();
  }
}

async function startServer(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(SERVER_ROOT, 'dist/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(SERVER_PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      SQL_STATEMENT_HEADER: 'true',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null)
      throw new Error(`The API exited with code ${child.exitCode} during start-up`);
    try {
      if ((await fetch(`http://127.0.0.1:${SERVER_PORT}/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error('The API did not become healthy within 20 s');
}

function body(operation: BenchOperation, turn = 0): string {
  const variables = operation.rotate?.length
    ? operation.rotate[turn % operation.rotate.length]
    : operation.variables;
  return JSON.stringify({ query: operation.query, variables });
}

function headers(operation: BenchOperation): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...(operation.token ? { authorization: `Bearer ${operation.token}` } : {}),
  };
}

async function sqlStatementsOf(operation: BenchOperation): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${SERVER_PORT}/graphql`, {
    method: 'POST',
    headers: headers(operation),
    body: body(operation),
  });
  const payload = (await response.json()) as { errors?: unknown[] };
  if (payload.errors) throw new Error(`${operation.name} failed: ${JSON.stringify(payload.errors)}`);
  return Number(response.headers.get('x-sql-statements'));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(operation: BenchOperation): Promise<Result> {
  const sqlStatements = await sqlStatementsOf(operation);
  let turn = 0;
  const options = {
    url: `http://127.0.0.1:${SERVER_PORT}/graphql`,
    method: 'POST' as const,
    headers: headers(operation),
    body: body(operation),
    connections: CONNECTIONS,
    // Rotating operations send the next variables with every request (all cooperatives in turn).
    ...(operation.rotate?.length
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({ ...request, body: body(operation, turn++) }),
            },
          ],
        }
      : {}),
  };
  await autocannon({ ...options, duration: 2 }); // warm-up: JIT, pool, caches
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, duration: SECONDS }, (error, finished) =>
      error ? reject(error) : resolve(finished),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    operation: operation.name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.non2xx,
    sqlStatements,
  };
}

/** Peak resident set size of the server process (VmHWM), in MB. */
function peakRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

function report(results: Result[], totals: { seedMs: number; peakRssMb: number }): void {
  console.log(`\nMitraDesa API benchmark: ${SECONDS} s per operation, ${CONNECTIONS} connections`);
  console.table(
    results.map((result) => ({
      operation: result.operation,
      'req/s': result.requestsPerSecond,
      'p50 ms': result.p50.toFixed(1),
      'p95 ms': result.p95.toFixed(1),
      'p99 ms': result.p99.toFixed(1),
      'SQL/request': result.sqlStatements,
      errors: result.errors,
    })),
  );
  console.log(`seed: ${totals.seedMs} ms   server peak RSS: ${totals.peakRssMb} MB\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
