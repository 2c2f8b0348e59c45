// `pnpm start:cluster`: builds the API and the web app, then runs the several-process set-up on
// this machine (packages/server/src/cli/start-cluster.ts): an embedded PostgreSQL primary and a
// streaming replica (data in .data/cluster, kept between runs), two API processes, HAProxy in front
// of them on port 4000 and the web app on port 3000 talking to HAProxy. Needs HAProxy installed.
//
// The cluster runs in a process group of its own, so that a terminal's Ctrl-C reaches this script
// only: it is passed on, and the cluster stops its parts in order (web app, load balancer, API
// processes, replica, primary). A second Ctrl-C makes the API processes exit at once.
//
// Environment: SKIP_BUILD=1 to start the last build; WEB_PORT, LB_PORT, API_PORTS,
// CLUSTER_PG_PORTS, CLUSTER_DATA_DIR, CLUSTER_VERBOSE=1 (see start-cluster.ts).
import { spawn, spawnSync } from 'node:child_process';

if (spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).error) {
  console.error(
    'HAProxy is not installed (the load balancer of the cluster). On Debian or Ubuntu: ' +
      'sudo apt-get install haproxy (on macOS: brew install haproxy), then run this again.',
  );
  process.exit(1);
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed`)),
    );
  });
}

let cluster;
let signalled = false;
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(name, () => {
    if (!cluster) process.exit(130);
    cluster.kill(signalled ? 'SIGINT' : 'SIGTERM');
    signalled = true;
  });
}

try {
  if (process.env.SKIP_BUILD !== '1') {
    console.log('Building the API and the web app…');
    await run('pnpm', ['--filter', '@mitradesa/server', 'build']);
    await run('pnpm', ['--filter', '@mitradesa/web', 'build']);
  }
  cluster = spawn(
    process.execPath,
    ['--enable-source-maps', 'packages/server/dist/src/cli/start-cluster.js'],
    {
      stdio: 'inherit',
      detached: true,
    },
  );
  cluster.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
