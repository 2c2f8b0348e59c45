import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { REPO_ROOT, SERVER_ROOT } from '../shared/paths';
import { EMBEDDED_DATABASE_NAME } from '../db/database';
import { API_NODE_FLAGS } from '../shared/node-flags';
import { allowReplication, makeStandby, startPostgres, type PostgresServer } from '../db/replica';

/**
 * The several-process set-up of docker-compose.cluster.yml on one machine, from the built API and
 * the embedded PostgreSQL binaries: a primary, a streaming replica, two API processes (queries
 * read from the replica, one shared document folder) and HAProxy in front of them with
 * deploy/haproxy/haproxy.cfg. Used by `pnpm start:cluster` (start-cluster.ts) and the cluster
 * drill (bench/cluster-drill.ts), which also kills and restarts its parts.
 *
 * The data folders are kept: the first start initialises and seeds the primary (through the API,
 * as `pnpm start` does) and copies it into the replica; later starts reuse both. Removing replica/
 * makes the replica again from the primary; removing the whole folder starts over.
 */

export interface LocalClusterOptions {
  /** Holds primary/, replica/, documents/ and haproxy.log. */
  dataDir: string;
  balancerPort: number;
  apiPorts: [number, number];
  primaryPort: number;
  replicaPort: number;
  /** Extra environment of the API processes. */
  apiEnv?: Record<string, string>;
  /** Every line the services print (HAProxy's go to haproxy.log as well). */
  onOutput?: (service: string, line: string) => void;
  /** Progress, for a person watching. */
  onStep?: (message: string) => void;
}

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const MAIN = path.join(SERVER_ROOT, 'dist/src/main.js');
const HAPROXY_CONFIG = path.join(REPO_ROOT, 'deploy/haproxy/haproxy.cfg');
const POSTGRES_USER = 'postgres';
const POSTGRES_PASSWORD = 'postgres';
/** How the replica shows in the primary's pg_stat_replication. */
export const REPLICA_APPLICATION_NAME = 'mitradesa-cluster-replica';
/**
 * HAProxy checks /health every 2 s and takes a process out after two failures: an API process
 * told to stop keeps serving this long with /health at 503, so the balancer stops first.
 */
const SHUTDOWN_DELAY_SECONDS = 6;
/** WAL the primary keeps for a replica that was stopped for a while (drills stop it under load). */
const WAL_KEEP_SIZE = '512MB';

/** Why a cluster cannot start here; undefined when HAProxy is installed. */
export function missingHaproxy(): string | undefined {
  const probe = spawnSync('haproxy', ['-v'], { stdio: 'ignore' });
  if (!probe.error) return undefined;
  return (
    'HAProxy is not installed (the load balancer of the cluster). On Debian or Ubuntu: ' +
    'sudo apt-get install haproxy (on macOS: brew install haproxy), then run this again.'
  );
}

export class LocalCluster {
  primary!: PostgresServer;
  replica: PostgresServer | undefined;
  readonly apis: (ServiceProcess | undefined)[] = [undefined, undefined];
  balancer: ServiceProcess | undefined;
  private balancerLog: fs.WriteStream | undefined;

  private constructor(readonly options: LocalClusterOptions) {}

  get balancerUrl(): string {
    return `http://127.0.0.1:${this.options.balancerPort}`;
  }

  apiUrl(index: 0 | 1): string {
    return `http://127.0.0.1:${this.options.apiPorts[index]}`;
  }

  get primaryDir(): string {
    return path.join(this.options.dataDir, 'primary');
  }

  get replicaDir(): string {
    return path.join(this.options.dataDir, 'replica');
  }

  /** The application database on the primary / the replica. */
  get primaryUrl(): string {
    return this.primary.url(EMBEDDED_DATABASE_NAME);
  }

  get replicaUrl(): string {
    return `postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@127.0.0.1:${this.options.replicaPort}/${EMBEDDED_DATABASE_NAME}`;
  }

  /**
   * Starts everything but a web app: primary, replica, both API processes, HAProxy; resolves once
   * the balancer answers /health with both processes in it. What started is stopped on failure.
   */
  static async start(options: LocalClusterOptions): Promise<LocalCluster> {
    const missing = missingHaproxy();
    if (missing) throw new Error(missing);
    if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first`);
    const cluster = new LocalCluster(options);
    try {
      await cluster.startDatabases();
      await Promise.all([cluster.startApi(0), cluster.startApi(1)]);
      await cluster.startBalancer();
    } catch (error) {
      await cluster.stop();
      throw error;
    }
    return cluster;
  }

  private step(message: string): void {
    this.options.onStep?.(message);
  }

  private async startDatabases(): Promise<void> {
    const { dataDir, primaryPort } = this.options;
    fs.mkdirSync(dataDir, { recursive: true });
    for (const dir of [this.primaryDir, this.replicaDir]) refuseRunningServer(dir);
    // Written once the first start's seeding finished: without it, a primary folder is what an
    // interrupted first start left, and is made again.
    const seededMarker = path.join(dataDir, 'primary-seeded');
    if (!fs.existsSync(seededMarker)) {
      for (const dir of [this.primaryDir, this.replicaDir]) fs.rmSync(dir, { recursive: true, force: true });
      await this.seedPrimary();
      fs.writeFileSync(seededMarker, `${new Date().toISOString()}\n`);
    }
    if (!fs.existsSync(path.join(this.replicaDir, 'standby.signal'))) {
      // The copy needs a cleanly stopped primary: one that crashed is started (recovery) and stopped first.
      if (fs.existsSync(path.join(this.primaryDir, 'postmaster.pid'))) {
        await (await startPostgres(this.postgresOptions(this.primaryDir, primaryPort))).stop();
      }
      this.step('making the replica from a copy of the primary');
      allowReplication(this.primaryDir);
      makeStandby({
        primaryDataDir: this.primaryDir,
        standbyDataDir: this.replicaDir,
        primary: { host: '127.0.0.1', port: primaryPort, user: POSTGRES_USER, password: POSTGRES_PASSWORD },
        applicationName: REPLICA_APPLICATION_NAME,
      });
    }
    this.primary = await startPostgres(this.postgresOptions(this.primaryDir, primaryPort));
    await this.onPrimary(async (client) => {
      // A setting of the server (postgresql.auto.conf), applied at once by the reload.
      await client.query(`alter system set wal_keep_size = '${WAL_KEEP_SIZE}'`);
      await client.query('select pg_reload_conf()');
    });
    await this.startReplica();
    this.step(
      `PostgreSQL primary on port ${primaryPort}, streaming replica on port ${this.options.replicaPort}`,
    );
  }

  private postgresOptions(dataDir: string, port: number) {
    const name = dataDir === this.primaryDir ? 'primary' : 'replica';
    return {
      dataDir,
      port,
      user: POSTGRES_USER,
      password: POSTGRES_PASSWORD,
      log: (text: string) => {
        for (const line of text.split('\n')) if (line.trim()) this.options.onOutput?.(name, line);
      },
    };
  }

  /** The first start: the API initialises the embedded primary, migrates and seeds it, and stops it cleanly. */
  private async seedPrimary(): Promise<void> {
    this.step('first start: initialising the primary and loading the demo data (a minute or two)');
    const seeding = spawnApi('seed', {
      PORT: String(this.options.apiPorts[0]),
      HOST: '127.0.0.1',
      EMBEDDED_PG_DIR: this.primaryDir,
      EMBEDDED_PG_PORT: String(this.options.primaryPort),
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'info',
      DOCUMENT_STORAGE_DIR: path.join(this.options.dataDir, 'documents'),
    });
    const lines: string[] = [];
    const seen = { ready: false, seeded: false, checkpointed: false };
    watchLines(seeding.child, (line) => {
      lines.push(line);
      if (lines.length > 50) lines.shift();
      if (line.includes('MitraDesa API ready at')) seen.ready = true;
      if (line.includes('demo data seeded')) seen.seeded = true;
      if (/checkpoint after seeding (done|failed)/.test(line)) seen.checkpointed = true;
      this.options.onOutput?.('seed', line);
    });
    // The API checkpoints after seeding in the background; the copy then starts from that state.
    const ready = await waitFor(seeding, () => seen.ready && (!seen.seeded || seen.checkpointed), 300_000);
    if (!ready) {
      seeding.child.kill('SIGKILL');
      throw new Error(`the API could not initialise the primary:\n${lines.join('\n')}`);
    }
    seeding.child.kill('SIGTERM');
    const { code } = await seeding.exited;
    if (code !== 0) throw new Error(`the seeding API exited with ${code}:\n${lines.join('\n')}`);
  }

  async startReplica(): Promise<void> {
    this.replica = await startPostgres(this.postgresOptions(this.replicaDir, this.options.replicaPort));
    await this.onReplica(async (client) => {
      // The primary keeps the row versions the replica's queries still read: without it, replaying
      // the primary's clean-up of a row updated often cancels reads on the replica ("canceling
      // statement due to conflict with recovery"; the cluster drill saw a few in 1,000 updates).
      await client.query('alter system set hot_standby_feedback = on');
      await client.query('select pg_reload_conf()');
    });
  }

  /** Fast shutdown of the replica (the API processes then read from the primary). */
  async stopReplica(): Promise<void> {
    await this.replica?.stop();
    this.replica = undefined;
  }

  /** Starts API process `index` (again) and resolves once it serves. */
  async startApi(index: 0 | 1): Promise<ServiceProcess> {
    const api = await this.startExtraApi(`api-${index + 1}`, this.options.apiPorts[index]);
    this.apis[index] = api;
    return api;
  }

  /**
   * An API process on the cluster's databases outside the balancer (the caller stops it); `env`
   * overrides its settings, e.g. DATABASE_REPLICA_URLS: '' for one that reads the primary only.
   */
  async startExtraApi(name: string, port: number, env: Record<string, string> = {}): Promise<ServiceProcess> {
    const api = spawnApi(name, {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: this.primaryUrl,
      DATABASE_REPLICA_URLS: this.replicaUrl,
      SEED_DEMO_DATA: 'false',
      DOCUMENT_STORAGE_DIR: path.join(this.options.dataDir, 'documents'),
      SHUTDOWN_DELAY_SECONDS: String(SHUTDOWN_DELAY_SECONDS),
      LOG_LEVEL: 'info',
      ...this.options.apiEnv,
      ...env,
    });
    const lines: string[] = [];
    let ready = false;
    watchLines(api.child, (line) => {
      if (lines.length < 200) lines.push(line);
      if (line.includes('MitraDesa API ready at')) ready = true;
      this.options.onOutput?.(name, line);
    });
    if (!(await waitFor(api, () => ready))) {
      api.child.kill('SIGKILL');
      throw new Error(`${name} did not start:\n${lines.join('\n')}`);
    }
    return api;
  }

  private async startBalancer(): Promise<void> {
    const [first, second] = this.options.apiPorts;
    const child = spawn('haproxy', ['-db', '-f', HAPROXY_CONFIG], {
      env: {
        ...process.env,
        MITRADESA_LB_BIND: `127.0.0.1:${this.options.balancerPort}`,
        MITRADESA_API_1: `127.0.0.1:${first}`,
        MITRADESA_API_2: `127.0.0.1:${second}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    this.balancerLog = fs.createWriteStream(path.join(this.options.dataDir, 'haproxy.log'), { flags: 'a' });
    watchLines(child, (line) => {
      this.balancerLog?.write(`${line}\n`);
      this.options.onOutput?.('haproxy', line);
    });
    this.balancer = { name: 'haproxy', child, exited: exitOf(child) };
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error('HAProxy exited at start (see haproxy.log)');
      const status = await fetch(`${this.balancerUrl}/health`, { signal: AbortSignal.timeout(2000) })
        .then((response) => response.status)
        .catch(() => 0);
      if (status === 200) return;
      await sleep(200);
    }
    throw new Error(`HAProxy did not answer on ${this.balancerUrl} within 30 s`);
  }

  /** Runs `work` with a connection to the primary's application database. */
  async onPrimary<T>(work: (client: Client) => Promise<T>): Promise<T> {
    return withClient(this.primaryUrl, work);
  }

  async onReplica<T>(work: (client: Client) => Promise<T>): Promise<T> {
    return withClient(this.replicaUrl, work);
  }

  /**
   * Stops everything in order: the balancer (its connections get a few seconds), the API
   * processes (each drains), the replica, the primary. `now`: no waiting for the API processes.
   */
  async stop(now = false): Promise<void> {
    if (this.balancer && this.balancer.child.exitCode === null) {
      signalGroup(this.balancer.child, 'SIGUSR1'); // soft stop: no new connections
      if (!(await settles(this.balancer.exited, 3000))) signalGroup(this.balancer.child, 'SIGTERM');
      await this.balancer.exited;
    }
    this.balancerLog?.end();
    await Promise.all(
      this.apis.map(async (api) => {
        if (!api || api.child.exitCode !== null || api.child.signalCode !== null) return;
        api.child.kill(now ? 'SIGKILL' : 'SIGTERM');
        await api.exited;
      }),
    );
    await this.replica?.stop();
    await this.primary?.stop();
  }
}

function spawnApi(name: string, env: Record<string, string>): ServiceProcess {
  const environment: NodeJS.ProcessEnv = { ...process.env };
  // Only what is given here: a DATABASE_URL of the caller's shell would bypass the cluster.
  delete environment.DATABASE_URL;
  delete environment.DATABASE_REPLICA_URLS;
  const child = spawn(process.execPath, ['--enable-source-maps', ...API_NODE_FLAGS, MAIN], {
    env: { ...environment, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a terminal's Ctrl-C reaches whoever runs the cluster, which stops it in order.
    detached: true,
  });
  return { name, child, exited: exitOf(child) };
}

function exitOf(child: ChildProcess): ServiceProcess['exited'] {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function watchLines(child: ChildProcess, onLine: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) readline.createInterface({ input: stream }).on('line', onLine);
  }
}

/** Polls until `done` holds (true), the process exits or the time is up (false). */
async function waitFor(service: ServiceProcess, done: () => boolean, timeoutMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (done()) return true;
    if (service.child.exitCode !== null || service.child.signalCode !== null) return false;
    await sleep(100);
  }
  return false;
}

async function settles(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), sleep(ms).then(() => false)]);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A server still running on `dir` (another cluster, or one left behind) would make the start fail later, less clearly. */
function refuseRunningServer(dir: string): void {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return; // a stale file from a crash: PostgreSQL recovers on start
  }
  throw new Error(
    `PostgreSQL (pid ${pid}) is already running on ${dir}: is another cluster running? Stop it first.`,
  );
}
