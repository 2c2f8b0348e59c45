import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from '../src/db/database';
import { seedNational as seedNationalData } from '../src/db/seeders/national/national-seed';
import { demoDatabase, nationalDatabase, type BenchDatabase, type Scale } from './databases';
import { loadFixtures } from './fixtures';
import { measure, type OperationResult } from './measure';
import { benchOperations } from './operations';
import { budgetSummary, comparisonTable, scaleTable, type ScaleRun } from './report';
import { API_NODE_FLAGS } from '../src/shared/node-flags';

/**
 * Load benchmark: a seeded database, the production build of the API in its own process, and
 * autocannon driving the reads users do (discovery with each filter, offerings, search, the
 * recommendations, dashboards, home figures, a partner's pipeline and inbox), each for a fixed
 * time at 1 and at 10 connections. Prints req/s, latency percentiles, SQL statements per request
 * and the API's peak RSS as Markdown tables, and marks each budget met or missed.
 *
 *   pnpm bench                         # the demo set (seeded fresh, seconds)
 *   pnpm bench --national              # the demo set, then the national set, side by side
 *   BENCH_SCALE=national pnpm bench    # the same
 *   BENCH_SCALE=national-only pnpm bench   # the national set alone
 *   BENCH_SECONDS=10 BENCH_CONNECTIONS=1,10,20 pnpm bench
 *   BENCH_ONLY=search pnpm bench       # only the operations whose name contains this
 *   BENCH_MARKDOWN=out.md pnpm bench   # also write the tables to this file
 *   DATABASE_URL=postgres://…/postgres pnpm bench   # on that server instead of embedded clusters
 *   BENCH_PORT=4101 BENCH_PG_PORT=54350 pnpm bench   # other ports for the API and embedded PostgreSQL
 *
 * The national set is seeded once (minutes) and kept: in BENCH_NATIONAL_DATABASE (default
 * mitradesa_bench_national) on the DATABASE_URL server, or in .data/bench-national-postgres. It
 * is seeded again when the seeders change. The demo set goes to BENCH_DEMO_DATABASE (default
 * mitradesa_bench), dropped after the run.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,10').split(',').map(Number);
const SERVER_PORT = Number(process.env.BENCH_PORT ?? 4100);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54349);
const DEMO_DATABASE = process.env.BENCH_DEMO_DATABASE ?? 'mitradesa_bench';
const NATIONAL_DATABASE = process.env.BENCH_NATIONAL_DATABASE ?? 'mitradesa_bench_national';
/** The API this benchmark was compiled with: dist/src/main.js beside dist/bench/run.js. */
const MAIN = path.join(__dirname, '../src/main.js');

const log = (message: string) => console.error(`[bench] ${message}`);

function scales(): Scale[] {
  const asked = process.argv.includes('--national') ? 'national' : (process.env.BENCH_SCALE ?? 'demo');
  switch (asked) {
    case 'demo':
      return ['demo'];
    case 'national':
      // The demo run gives the statement counts the national run must match, and the other column.
      return ['demo', 'national'];
    case 'national-only':
      return ['national'];
    default:
      throw new Error(`BENCH_SCALE must be demo, national or national-only; got "${asked}"`);
  }
}

async function main(): Promise<void> {
  const runs: ScaleRun[] = [];
  for (const scale of scales()) {
    const database =
      scale === 'demo'
        ? await demoDatabase({ name: DEMO_DATABASE, pgPort: PG_PORT })
        : await nationalDatabase({ name: NATIONAL_DATABASE, pgPort: PG_PORT + 1, seed: seedNational, log });
    try {
      runs.push(await runScale(database));
    } finally {
      await database.dispose();
    }
  }
  const output = report(runs);
  console.log(output);
  if (process.env.BENCH_MARKDOWN) fs.writeFileSync(process.env.BENCH_MARKDOWN, `${output}\n`);
}

/** The national set: one cooperative per village of all 38 provinces, with everything around them. */
async function seedNational(url: string): Promise<void> {
  const orm = await connect(url, 2);
  try {
    const summary = await seedNationalData(orm.em.getConnection().getKnex());
    log(`national set seeded in ${(summary.ms / 1000).toFixed(1)} s: ${JSON.stringify(summary.counts)}`);
  } finally {
    await orm.close(true);
  }
}

async function runScale(database: BenchDatabase): Promise<ScaleRun> {
  log(`${database.scale}: looking up fixtures`);
  const fixtures = await loadFixtures(database.url);
  const only = process.env.BENCH_ONLY?.toLowerCase();
  const operations = benchOperations(fixtures).filter(
    (operation) => !only || operation.name.toLowerCase().includes(only),
  );
  const server = await startServer(database.url);
  try {
    const results: OperationResult[] = [];
    for (const operation of operations) {
      log(`${database.scale}: ${operation.name}`);
      results.push(
        await measure(
          { url: `http://127.0.0.1:${SERVER_PORT}`, pid: server.pid!, databaseUrl: database.url },
          operation,
          {
            connections: CONNECTIONS,
            seconds: SECONDS,
          },
        ),
      );
    }
    return { scale: database.scale, seedMs: database.seedMs, counts: fixtures.counts, results };
  } finally {
    // Let the last requests finish, and the API close its pool before the database is dropped under it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

async function startServer(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...API_NODE_FLAGS, MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // The benchmark's documents are its own, not the web app's persisted ones.
      GRAPHQL_DOCUMENTS: 'any',
      DATABASE_URL: databaseUrl,
      PORT: String(SERVER_PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO_DATA: 'false',
      SQL_STATEMENT_HEADER: 'true',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let attempt = 0; attempt < 600; attempt += 1) {
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
  throw new Error('The API did not become healthy within 60 s');
}

function report(runs: ScaleRun[]): string {
  const lines = [
    `## MitraDesa API benchmark`,
    '',
    `${SECONDS} s per operation and number of connections (after 2 s of warm-up); ` +
      `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}; ${new Date().toISOString()}.`,
    'Latencies in ms; budgets apply at national size, p95 with one connection.',
  ];
  for (const run of runs) lines.push('', scaleTable(run, CONNECTIONS));
  const demo = runs.find((run) => run.scale === 'demo') ?? null;
  const national = runs.find((run) => run.scale === 'national');
  if (demo && national)
    lines.push('', '### demo and national side by side', '', comparisonTable(demo, national));
  lines.push('', '### budgets', '', ...budgetSummary(national ?? demo!, national ? demo : null));
  return lines.join('\n');
}

if (process.argv.includes('--compare')) {
  // `pnpm bench --compare`: our API against PostGraphile 5 and a one-statement floor.
  void import('./compare.js');
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
