import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { connect } from '../src/db/database';
import { databaseUrl } from '../src/db/scratch-database';
import { seedNational as seedNationalData } from '../src/db/seeders/national/national-seed';
import {
  canonicalScalars,
  compareOperations,
  firstDifference,
  PEER_LABELS,
  PEERS,
  type CompareOperation,
  type PeerName,
} from './compare-operations';
import { DatabaseWatch, processCpuMs, startPeer, stopPeer, type PeerServer } from './compare-processes';
import { demoDatabase, nationalDatabase, type BenchDatabase } from './databases';

/**
 * Our API against PostGraphile 5 (a GraphQL API served straight from PostgreSQL, one SQL statement
 * per query) and a floor (node:http + pg, one hand-written statement per read), on the same
 * database, interleaved, so that changes to our read path can be judged by ratios rather than by
 * absolute req/s on a noisy machine.
 *
 *   pnpm bench --compare                 # the demo set (seeded fresh)
 *   pnpm bench --compare --national      # the kept national set (never reseeded by this script)
 *   COMPARE_ROUNDS=3 COMPARE_SECONDS=10 COMPARE_LATENCY_SECONDS=5 pnpm bench --compare
 *   COMPARE_MARKDOWN=compare.md pnpm bench --compare
 *   COMPARE_OURS_NODE=22 pnpm bench --compare   # our API on the bench-only Node 22 (or a node binary's path)
 *   DATABASE_URL=postgres://…/postgres BENCH_NATIONAL_DATABASE=bench_national pnpm bench --compare --national
 *
 * Each operation runs on each server in turn (A/B/C, the order rotating by round) at 10
 * connections, then once more at 1 connection for p50/p95. Before measuring, every server's
 * answer is checked to hold the same rows. CPU per request: the server process and the
 * database's backends (from /proc), over the requests of that run.
 */
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 3);
const SECONDS = Number(process.env.COMPARE_SECONDS ?? 10);
const LATENCY_SECONDS = Number(process.env.COMPARE_LATENCY_SECONDS ?? 5);
const CONNECTIONS = 10;
const PORT = Number(process.env.COMPARE_PORT ?? 4310);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54370);
const DEMO_DATABASE = process.env.COMPARE_DEMO_DATABASE ?? 'mitradesa_bench_compare';
const NATIONAL_DATABASE = process.env.BENCH_NATIONAL_DATABASE ?? 'mitradesa_bench_national';
/** Sequential requests whose transactions are counted in pg_stat_database (PostGraphile and the floor). */
const COUNTED_REQUESTS = 100;
/** PostgreSQL flushes an idle backend's statistics within 10 s (PGSTAT_IDLE_INTERVAL). */
const STATS_FLUSH_MS = 11_000;

const log = (message: string) => console.error(`[compare] ${message}`);

interface Run {
  requestsPerSecond: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  serverCpuMs: number;
  databaseCpuMs: number;
}

interface OperationResult {
  operation: CompareOperation;
  /** rounds[round][peer] at 10 connections */
  rounds: Record<PeerName, Run>[];
  single: Record<PeerName, Run>;
  statements: Record<PeerName, string>;
}

async function main(): Promise<void> {
  const national = process.argv.includes('--national');
  const database = national
    ? await keptNationalDatabase()
    : await demoDatabase({ name: DEMO_DATABASE, pgPort: PG_PORT });
  if (!database) return;
  try {
    const output = await compare(database);
    console.log(output);
    if (process.env.COMPARE_MARKDOWN) fs.writeFileSync(process.env.COMPARE_MARKDOWN, `${output}\n`);
  } finally {
    await database.dispose();
  }
}

async function compare(database: BenchDatabase): Promise<string> {
  const cooperativeId = await busiestCooperative(database.url);
  const operations = compareOperations(cooperativeId);
  const peers: PeerServer[] = [];
  const watch = await DatabaseWatch.open(database.url);
  try {
    for (const [index, name] of PEERS.entries()) {
      log(`starting ${PEER_LABELS[name]}`);
      peers.push(await startPeer(name, database.url, PORT + index));
    }
    const byName = Object.fromEntries(peers.map((peer) => [peer.name, peer])) as Record<PeerName, PeerServer>;
    for (const operation of operations) await checkSameRows(operation, byName);
    const results: OperationResult[] = [];
    for (const operation of operations) {
      log(`${operation.name}: statements per request`);
      const statements = await statementsPerRequest(operation, byName, watch);
      const rounds: Record<PeerName, Run>[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const row = {} as Record<PeerName, Run>;
        for (const name of rotated(round)) {
          log(`${operation.name}: round ${round + 1}, ${PEER_LABELS[name]}`);
          if (round === 0) await load(byName[name], operation, CONNECTIONS, 2, watch); // warm-up
          row[name] = await load(byName[name], operation, CONNECTIONS, SECONDS, watch);
        }
        rounds.push(row);
      }
      const single = {} as Record<PeerName, Run>;
      for (const name of rotated(ROUNDS)) {
        log(`${operation.name}: 1 connection, ${PEER_LABELS[name]}`);
        single[name] = await load(byName[name], operation, 1, LATENCY_SECONDS, watch);
      }
      results.push({ operation, rounds, single, statements });
    }
    return report(database, results);
  } finally {
    // Let the last requests finish before the servers stop and a demo database is dropped.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const peer of peers) await stopPeer(peer);
    await watch.close();
  }
}

/** A/B/C, B/C/A, C/A/B…: no server always runs first or right after another one. */
function rotated(round: number): PeerName[] {
  return PEERS.map((_, index) => PEERS[(index + round) % PEERS.length]);
}

async function request(peer: PeerServer, operation: CompareOperation) {
  const { path: requestPath, body } = operation.requests[peer.name];
  const response = await fetch(`${peer.url}${requestPath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${peer.name} ${operation.name}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  const payload = JSON.parse(text) as { errors?: unknown };
  if (payload.errors)
    throw new Error(`${peer.name} ${operation.name}: ${JSON.stringify(payload.errors).slice(0, 1000)}`);
  return { payload };
}

/** Fails loudly unless every server answers the same rows (ids as database ids, scalars normalised). */
async function checkSameRows(
  operation: CompareOperation,
  peers: Record<PeerName, PeerServer>,
): Promise<void> {
  const canonical = {} as Record<PeerName, unknown>;
  for (const name of PEERS) {
    const { payload } = await request(peers[name], operation);
    canonical[name] = canonicalScalars(operation.canonical[name](payload));
  }
  for (const name of PEERS.slice(1)) {
    const difference = firstDifference(canonical.ours, canonical[name]);
    if (difference)
      throw new Error(
        `${operation.name}: ${PEER_LABELS[name]} does not answer the same rows as ours: ${difference}` +
          ' (if our API changed shape, that is work in progress on the API: see bench/compare-operations.ts)',
      );
  }
  const rows = JSON.stringify(canonical.ours).length;
  log(`${operation.name}: the same rows from every server (${rows} bytes canonical)`);
}

/**
 * SQL statements per request, counted alike for every server: the transactions the database
 * counted over sequential requests (reads run outside an explicit transaction, so one statement is
 * one transaction), less those counted in as long a window without requests (autovacuum works on
 * a fresh database). Our API's own count (x-sql-statements) is off here, as in production; the
 * statement-count tests check it.
 */
async function statementsPerRequest(
  operation: CompareOperation,
  peers: Record<PeerName, PeerServer>,
  watch: DatabaseWatch,
): Promise<Record<PeerName, string>> {
  const counts = {} as Record<PeerName, string>;
  const window = async (work: () => Promise<void>) => {
    const before = await watch.transactions();
    const started = performance.now();
    await work();
    await new Promise((resolve) => setTimeout(resolve, STATS_FLUSH_MS));
    // The watcher's own reading of `before` is one transaction.
    return { transactions: (await watch.transactions()) - before - 1, ms: performance.now() - started };
  };
  await new Promise((resolve) => setTimeout(resolve, STATS_FLUSH_MS));
  const idle = await window(async () => undefined);
  for (const name of PEERS) {
    const counted = await window(async () => {
      for (let index = 0; index < COUNTED_REQUESTS; index += 1) await request(peers[name], operation);
    });
    const background = (idle.transactions * counted.ms) / idle.ms;
    // Statements per request are whole numbers; the measured figure stays visible beside it.
    const measured = Math.max(0, (counted.transactions - background) / COUNTED_REQUESTS);
    counts[name] = `${Math.round(measured)} (${measured.toFixed(2)})`;
  }
  return counts;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One timed run of an operation on one server; CPU is read before and after (once the database is idle). */
async function load(
  peer: PeerServer,
  operation: CompareOperation,
  connections: number,
  seconds: number,
  watch: DatabaseWatch,
): Promise<Run> {
  const { path: requestPath, body } = operation.requests[peer.name];
  await watch.settle();
  const serverBefore = processCpuMs(peer.pid);
  const databaseBefore = await watch.backendCpu(peer.name);
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${peer.url}${requestPath}`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections,
        duration: seconds,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  await watch.settle();
  const serverCpuMs = processCpuMs(peer.pid) - serverBefore;
  const databaseCpuMs = await watch.backendCpuSince(peer.name, databaseBefore);
  latencies.sort((a, b) => a - b);
  const requests = Math.max(latencies.length, 1);
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    requests: latencies.length,
    errors: result.errors + result.non2xx + result.timeouts,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    serverCpuMs: serverCpuMs / requests,
    databaseCpuMs: databaseCpuMs / requests,
  };
}

/** The cooperative with the most published offerings (as the bench's fixtures pick it). */
async function busiestCooperative(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      `select cooperative_id as id from offering where status = 'PUBLISHED'
        group by 1 order by count(*) desc, 1 limit 1`,
    );
    if (!rows[0]) throw new Error('The benchmark database has no published offering');
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/**
 * The kept national set, only when it was seeded by the seeders compiled here: bench/databases.ts
 * would otherwise drop and reseed it (minutes), which a comparison must not do behind one's back.
 * COMPARE_ALLOW_RESEED=true lets it.
 */
async function keptNationalDatabase(): Promise<BenchDatabase | null> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl && process.env.COMPARE_ALLOW_RESEED !== 'true') {
    const seeded = await seededVersion(databaseUrl(serverUrl, NATIONAL_DATABASE));
    const current = seedVersion();
    if (seeded !== current) {
      log(
        `national set: ${NATIONAL_DATABASE} holds seed version ${seeded ?? 'none'}, the seeders here are ` +
          `${current}; not reseeding it (COMPARE_ALLOW_RESEED=true would). Skipped.`,
      );
      return null;
    }
  }
  return nationalDatabase({ name: NATIONAL_DATABASE, pgPort: PG_PORT + 1, seed: seedNational, log });
}

async function seedNational(url: string): Promise<void> {
  const orm = await connect(url, 2);
  try {
    const summary = await seedNationalData(orm.em.getConnection().getKnex());
    log(`national set seeded in ${(summary.ms / 1000).toFixed(1)} s`);
  } finally {
    await orm.close(true);
  }
}

/** The version bench/databases.ts gives the national set: a hash of the compiled seeders. */
function seedVersion(): string {
  const dir = path.join(__dirname, '../src/db/seeders');
  const hash = crypto.createHash('sha256');
  const files = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.js'))
    .sort();
  for (const file of files) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function seededVersion(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>('select version from bench_seed');
    return rows[0]?.version ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '–');

function report(database: BenchDatabase, results: OperationResult[]): string {
  const [load1, load5, load15] = os.loadavg().map((value) => value.toFixed(2));
  const lines = [
    `## MitraDesa API compared with PostGraphile 5 and a one-statement floor (${database.scale} set)`,
    '',
    `${ROUNDS} rounds × ${SECONDS} s at ${CONNECTIONS} connections per operation and server, interleaved ` +
      `(the order rotates by round; 2 s warm-up before the first), then ${LATENCY_SECONDS} s at 1 connection. ` +
      `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}; load average at the end ` +
      `${load1} / ${load5} / ${load15}; ${new Date().toISOString()}.`,
    'Every server answered the same rows for each operation before measuring. PostGraphile: amber preset, ' +
      'production mode, pool of 10 with JIT off (as ours); no bench-only index (its condition/orderBy ' +
      'columns are all in existing indexes). Floor: node:http + pg on Node ' +
      `${process.versions.node}, one prepared SQL statement per read, pool of 10. Ours: production build on ` +
      `${process.env.COMPARE_OURS_NODE ? `COMPARE_OURS_NODE=${process.env.COMPARE_OURS_NODE}` : `Node ${process.versions.node}`}.`,
    '',
    '### req/s at 10 connections, per round',
    '',
    '| operation | round | ours | PostGraphile | floor | ours / PostGraphile | ours / floor | errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { operation, rounds } of results) {
    rounds.forEach((round, index) => {
      const errors = PEERS.map((name) => round[name].errors).reduce((a, b) => a + b, 0);
      lines.push(
        `| ${operation.name} | ${index + 1} | ${round.ours.requestsPerSecond} | ${round.postgraphile.requestsPerSecond} | ` +
          `${round.floor.requestsPerSecond} | ${ratio(round.ours.requestsPerSecond, round.postgraphile.requestsPerSecond)} | ` +
          `${ratio(round.ours.requestsPerSecond, round.floor.requestsPerSecond)} | ${errors} |`,
      );
    });
  }
  lines.push(
    '',
    '### summary',
    '',
    'Ratios: median over the rounds of the per-round ratio. Latency in ms at 1 connection. CPU in ms per ' +
      'request at 10 connections (median over the rounds): the server process, and its PostgreSQL backends ' +
      '(told apart by application_name). Our API runs without its background jobs. SQL statements per ' +
      "request: every server's, from the transactions counted in pg_stat_database (less the background " +
      'rate of an idle window); our API runs as in production, without its own statement count.',
    '',
    '| operation | ours / PostGraphile | ours / floor | p50 / p95 @1: ours | PostGraphile | floor | server CPU ms/req: ours / PG / floor | PostgreSQL CPU ms/req: ours / PG / floor | SQL/req: ours / PG / floor |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const { operation, rounds, single, statements } of results) {
    const ratios = (peer: PeerName) =>
      median(rounds.map((round) => round.ours.requestsPerSecond / round[peer].requestsPerSecond)).toFixed(2);
    const cpu = (key: 'serverCpuMs' | 'databaseCpuMs') =>
      PEERS.map((name) => ms(median(rounds.map((round) => round[name][key])))).join(' / ');
    const latency = (name: PeerName) => `${ms(single[name].p50)} / ${ms(single[name].p95)}`;
    lines.push(
      `| ${operation.name} | ${ratios('postgraphile')} | ${ratios('floor')} | ${latency('ours')} | ` +
        `${latency('postgraphile')} | ${latency('floor')} | ${cpu('serverCpuMs')} | ${cpu('databaseCpuMs')} | ` +
        `${PEERS.map((name) => statements[name]).join(' / ')} |`,
    );
  }
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
