import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { REPO_ROOT } from '../shared/paths';
import { LocalCluster, missingHaproxy } from './local-cluster';

/**
 * `pnpm start:cluster` (scripts/start-cluster.mjs builds, then runs this): the several-process
 * set-up on one machine (local-cluster.ts) and the web app pointed at the load balancer. Ctrl-C
 * stops the web app, the balancer, the API processes (each drains), the replica and the primary,
 * in that order; a second Ctrl-C stops the API processes at once.
 *
 * Environment: CLUSTER_DATA_DIR (.data/cluster), LB_PORT (4000), API_PORTS (4001,4002),
 * CLUSTER_PG_PORTS (54361,54362: primary, replica), WEB_PORT (3000), CLUSTER_VERBOSE=1 to print
 * every API log line (otherwise warnings and errors only; HAProxy's request log is in
 * haproxy.log in the data folder).
 */
const webPort = Number(process.env.WEB_PORT ?? 3000);
const balancerPort = Number(process.env.LB_PORT ?? 4000);
const [apiPort1, apiPort2] = (process.env.API_PORTS ?? '4001,4002').split(',').map(Number);
const [primaryPort, replicaPort] = (process.env.CLUSTER_PG_PORTS ?? '54361,54362').split(',').map(Number);
const dataDir = path.resolve(REPO_ROOT, process.env.CLUSTER_DATA_DIR ?? '.data/cluster');
const verbose = process.env.CLUSTER_VERBOSE === '1';

let starting: Promise<LocalCluster> | undefined;
let cluster: LocalCluster | undefined;
let webApp: ChildProcess | undefined;
let stopping = false;
let stoppingSince = 0;

/** Pino's JSON level numbers: 40 warn, 50 error, 60 fatal. */
function worthShowing(service: string, line: string): boolean {
  if (verbose) return true;
  if (service === 'haproxy') return /Server .* is (UP|DOWN)|ALERT|WARNING|Proxy .* started/.test(line);
  if (service === 'primary' || service === 'replica') {
    // The replica's WAL receiver ends with a FATAL line at every orderly stop.
    return /FATAL|PANIC|ERROR/.test(line) && !/due to administrator command/.test(line);
  }
  const level = /"level":(\d+)/.exec(line);
  return level ? Number(level[1]) >= 40 : true;
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) {
    // A second Ctrl-C (not the echo of the first one through pnpm): no more draining.
    if (Date.now() - stoppingSince < 1000) return;
    console.log('Stopping at once.');
    if (webApp?.pid) signalGroup(webApp, 'SIGKILL');
    for (const api of cluster?.apis ?? []) api?.child.kill('SIGKILL');
    return;
  }
  stopping = true;
  stoppingSince = Date.now();
  console.log('Stopping: web app, load balancer, API processes, replica, primary…');
  if (webApp && webApp.exitCode === null && webApp.signalCode === null) {
    const exited = new Promise((resolve) => webApp!.once('exit', resolve));
    signalGroup(webApp, 'SIGTERM');
    if ((await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)])) === false) {
      signalGroup(webApp, 'SIGKILL');
    }
  }
  // Stopped during its start: what started is stopped once the start is through.
  const started = cluster ?? (await starting?.catch(() => undefined));
  await started?.stop();
  console.log('Stopped.');
  process.exit(exitCode);
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

async function waitUntilUp(name: string, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** If a service dies on its own, everything stops. */
function stopWhenGone(name: string, exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>) {
  void exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the cluster.`);
    void stopAll(1);
  });
}

async function main(): Promise<void> {
  for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(name, () => void stopAll(0));
  const missing = missingHaproxy();
  if (missing) {
    console.error(missing);
    process.exit(1);
  }
  const balancerUrl = `http://127.0.0.1:${balancerPort}`;
  starting = LocalCluster.start({
    dataDir,
    balancerPort,
    apiPorts: [apiPort1!, apiPort2!],
    primaryPort: primaryPort!,
    replicaPort: replicaPort!,
    apiEnv: {
      // Pages of the web app (and the sandbox through the balancer) may open the notification WebSocket.
      WEB_ORIGINS:
        process.env.WEB_ORIGINS ??
        [
          `http://localhost:${webPort}`,
          `http://127.0.0.1:${webPort}`,
          `http://localhost:${balancerPort}`,
          `http://127.0.0.1:${balancerPort}`,
        ].join(','),
    },
    onStep: (message) => console.log(message),
    onOutput: (service, line) => {
      if (worthShowing(service, line)) console.log(`[${service}] ${line}`);
    },
  });
  const started = (cluster = await starting);
  if (stopping) return;
  for (const api of started.apis) if (api) stopWhenGone(api.name, api.exited);
  stopWhenGone('HAProxy', started.balancer!.exited);
  webApp = spawn(process.execPath, ['server.mjs'], {
    cwd: path.join(REPO_ROOT, 'packages/web'),
    env: { ...process.env, API_URL: balancerUrl, WEB_PORT: String(webPort) },
    stdio: 'inherit',
    detached: true,
  });
  stopWhenGone(
    'The web app',
    new Promise((resolve) => webApp!.once('exit', (code, signal) => resolve({ code, signal }))),
  );
  await waitUntilUp('The web app', `http://localhost:${webPort}/sign-in`, 60_000);
  console.log(
    [
      '',
      'MitraDesa cluster is running:',
      `  web            http://localhost:${webPort}`,
      `  API (HAProxy)  ${balancerUrl}/graphql`,
      `  API processes  ${started.apiUrl(0)}, ${started.apiUrl(1)}`,
      `  PostgreSQL     primary 127.0.0.1:${primaryPort}, replica 127.0.0.1:${replicaPort} (data in ${path.relative(REPO_ROOT, dataDir)})`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
});
