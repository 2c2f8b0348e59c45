import fs from 'node:fs';
import autocannon from 'autocannon';
import { Client } from 'pg';
import type { BenchOperation } from './operations';

/** One operation at one number of connections. */
export interface Measurement {
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  /** Peak resident set size of the API process during this measurement, in MB. */
  peakRssMb: number;
}

export interface OperationResult {
  operation: BenchOperation;
  /** SQL statements per request: the fewest and the most over the first few variable sets. */
  sql: { min: number; max: number };
  measurements: Measurement[];
}

export interface Target {
  url: string;
  pid: number;
  /** The database the API reads: the next measurement waits until its statements have finished. */
  databaseUrl: string;
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

/** Sends one request and returns the statements the API counted for it (SQL_STATEMENT_HEADER). */
async function sqlStatementsOf(target: Target, operation: BenchOperation, turn: number): Promise<number> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: headers(operation),
    body: body(operation, turn),
  });
  const payload = (await response.json()) as { errors?: unknown[] };
  if (payload.errors) throw new Error(`${operation.name} failed: ${JSON.stringify(payload.errors)}`);
  return Number(response.headers.get('x-sql-statements'));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * The peak RSS (VmHWM) is reset before each measurement (clear_refs 5, Linux ≥ 4.0), so each
 * reports its own peak; where that is not allowed it is the peak since the API started.
 */
function resetPeakRss(pid: number): void {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not permitted: the reading stays cumulative
  }
}

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024);
}

async function run(
  target: Target,
  operation: BenchOperation,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  let turn = 0;
  const options = {
    url: `${target.url}/graphql`,
    method: 'POST' as const,
    headers: headers(operation),
    body: body(operation),
    connections,
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
  resetPeakRss(target.pid);
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...options, duration: seconds }, (error, finished) =>
      error ? reject(error) : resolve(finished),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    // Requests still in flight when the run ends are not errors; a run without any answer has no
    // p95 and misses its budget.
    errors: result.errors + result.non2xx + result.timeouts,
    peakRssMb: peakRssMb(target.pid),
  };
}

/**
 * Waits until the API's statements still running in the database have finished (up to 60 s): a
 * request dropped by the client at the end of a run keeps running on the server, and would slow
 * the next measurement down.
 */
async function settle(target: Target): Promise<void> {
  const client = new Client({ connectionString: target.databaseUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const { rows } = await client.query<{ active: string }>(
        `select count(*) as active from pg_stat_activity
          where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
      );
      if (Number(rows[0].active) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}

/** Statement counts, then a timed run at each number of connections. */
export async function measure(
  target: Target,
  operation: BenchOperation,
  options: { connections: number[]; seconds: number },
): Promise<OperationResult> {
  const turns = Math.min(3, operation.rotate?.length ?? 1);
  const counts: number[] = [];
  for (let turn = 0; turn < turns; turn += 1) counts.push(await sqlStatementsOf(target, operation, turn));
  const measurements: Measurement[] = [];
  for (const connections of options.connections) {
    await settle(target);
    measurements.push(await run(target, operation, connections, options.seconds));
  }
  await settle(target);
  return { operation, sql: { min: Math.min(...counts), max: Math.max(...counts) }, measurements };
}
