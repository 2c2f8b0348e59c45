/**
 * The durable job queue: graphile-worker (0.17, the last line that runs on Node 20) in its own
 * schema of our database. Chosen over a table of our own because it already does what a queue
 * needs and we would otherwise write: jobs added by SQL inside the transaction of the change
 * (`graphile_worker.add_job`, so a rolled-back change queues nothing), `for update skip locked`
 * claims across processes, LISTEN/NOTIFY so a job starts within milliseconds, and jobs locked by
 * a process that died are taken over. pg-boss, the other PostgreSQL queue, needs Node 22 from
 * its version 11. Periodic sweeps stay in shared/periodic-job.ts.
 */
import { Logger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import pg from 'pg';
import type { Logger as Pino } from 'pino';

/** graphile-worker's log lines through ours (its debug lines only at debug). */
function workerLogger(log: Pino | null): Logger {
  return new Logger((scope) => (level, message, meta) => {
    if (!log) return;
    const fields = { queue: scope.label ?? 'worker', ...(meta ?? {}) };
    if (level === 'error') log.error(fields, message);
    else if (level === 'warning') log.warn(fields, message);
    else if (level === 'info') log.debug(fields, message);
    else log.trace(fields, message);
  });
}

function poolOf(url: string, max: number, log: Pino | null): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  // A connection that the server closed must not crash the process (pg emits on the pool when
  // the connection is idle, on the client while it is checked out).
  const lost = (error: Error) => log?.warn({ err: error }, 'job queue connection lost');
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  return pool;
}

/** Creates or updates the queue's schema (`graphile_worker`); part of every migration run. */
export async function installJobQueue(url: string): Promise<void> {
  const pool = poolOf(url, 1, null);
  try {
    await runMigrations({ pgPool: pool, logger: workerLogger(null) });
  } finally {
    await pool.end();
  }
}

export interface JobQueue {
  stop(): Promise<void>;
}

/**
 * Works the queue's jobs in this process, `concurrency` at a time, until stopped (a job in
 * progress finishes first). Every API process runs one; each job runs in exactly one of them.
 */
export async function startJobQueue(
  url: string,
  tasks: TaskList,
  options: { concurrency: number; log: Pino },
): Promise<JobQueue> {
  // One connection listens for new jobs; the others run them.
  const pool = poolOf(url, options.concurrency + 1, options.log);
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      taskList: tasks,
      concurrency: options.concurrency,
      noHandleSignals: true,
      // New jobs arrive by NOTIFY; the poll only catches retries whose time came.
      pollInterval: 1000,
      parsedCronItems: [],
      logger: workerLogger(options.log),
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    async stop() {
      await runner.stop();
      await pool.end();
    },
  };
}
