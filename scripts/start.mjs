// `pnpm start`: builds the API and the web app, starts both (the API with its embedded
// PostgreSQL and demo data unless DATABASE_URL says otherwise) and prints where they are.
// Ctrl-C (or SIGTERM) stops the web app, then the API, which drains its requests and stops its
// database in order; a second Ctrl-C makes them exit at once. The services run in process groups of
// their own, so that a terminal's Ctrl-C reaches this script only and the order holds.
//
// Environment: PORT (API, 4000), WEB_PORT (web, 3000), API_URL (where the web app finds the
// API; default http://localhost:$PORT), SKIP_BUILD=1 to start the last build; every API
// variable of .env.example applies to the API.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const apiPort = process.env.PORT ?? '4000';
const webPort = process.env.WEB_PORT ?? '3000';
const apiUrl = process.env.API_URL ?? `http://localhost:${apiPort}`;
const children = new Set();
let webApp;
let stopping = false;

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed`)),
    );
  });
}

/** A long-running service; if it dies on its own, everything stops. */
function startService(name, command, args, options) {
  const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options });
  children.add(child);
  child.once('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping MitraDesa.`);
      void stopAll(code || 1);
    }
  });
  return child;
}

async function waitUntilUp(name, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * The web app's whole process group is signalled. The API is signalled alone: its PostgreSQL, in
 * the same group, is stopped by the API after the requests in flight.
 */
function signal(child, name) {
  try {
    if (child === webApp) process.kill(-child.pid, name);
    else child.kill(name);
  } catch {
    // already gone
  }
}

async function stopAll(exitCode) {
  if (stopping) {
    // A second Ctrl-C: everything exits now (the API stops its database without waiting).
    for (const child of children) signal(child, child === webApp ? 'SIGKILL' : 'SIGTERM');
    return;
  }
  stopping = true;
  let failed = false;
  // The web app first (it only talks to the API), then the API (which drains and stops its
  // database within its own SHUTDOWN_TIMEOUT_SECONDS).
  for (const child of [...children].reverse()) {
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    signal(child, 'SIGTERM');
    const code = await (child === webApp ? Promise.race([exited, sleep(15_000)]) : exited);
    if (code === undefined) signal(child, 'SIGKILL');
    else if (code !== 0 && code !== null) failed = true;
  }
  process.exit(exitCode || (failed ? 1 : 0));
}

for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(name, () => void stopAll(0));

try {
  if (process.env.SKIP_BUILD !== '1') {
    console.log('Building the API and the web app…');
    await run('pnpm', ['--filter', '@mitradesa/server', 'build']);
    await run('pnpm', ['--filter', '@mitradesa/web', 'build']);
  }
  // The heap sizes as in packages/server/src/shared/node-flags.ts.
  startService(
    'The API',
    'node',
    [
      '--enable-source-maps',
      '--max-old-space-size=256',
      '--max-semi-space-size=32',
      'packages/server/dist/src/main.js',
    ],
    {
      env: {
        ...process.env,
        PORT: apiPort,
        // Pages of the web app (and the API's own sandbox) may open the notification WebSocket.
        WEB_ORIGINS:
          process.env.WEB_ORIGINS ??
          `http://localhost:${webPort},http://127.0.0.1:${webPort},http://localhost:${apiPort}`,
      },
    },
  );
  await waitUntilUp('The API', `${apiUrl}/health`, 120_000);
  webApp = startService('The web app', 'node', ['server.mjs'], {
    cwd: 'packages/web',
    env: { ...process.env, API_URL: apiUrl, WEB_PORT: webPort },
  });
  await waitUntilUp('The web app', `http://localhost:${webPort}/sign-in`, 60_000);
  console.log(
    [
      '',
      'MitraDesa is running:',
      `  web  http://localhost:${webPort}`,
      `  API  ${apiUrl}/graphql`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
