import { defineConfig, devices } from '@playwright/test';

/*
 * Browser tests in Debian's Chromium (`apt-get install -y chromium`; Playwright cannot download
 * browsers here). They start their own API on a fresh embedded PostgreSQL and the production build
 * of the web app, on ports of their own, so a running development stack is never touched.
 */
/*
 * E2E_API_PORT, E2E_PG_PORT and E2E_WEB_PORT move the whole run to other ports (and its database
 * and test output to folders of their own), so that two runs on one machine do not collide.
 */
const API_PORT = Number(process.env.E2E_API_PORT ?? 4200);
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54399);
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3200);
/** Relative to the repository root, like every EMBEDDED_PG_DIR. */
const E2E_DATABASE_DIR = process.env.E2E_PG_PORT ? `.data/e2e-postgres-${PG_PORT}` : '.data/e2e-postgres';

export const BASE_URL = `http://localhost:${WEB_PORT}`;

/**
 * Each journey runs on the device its people use: cooperative officers and mentors on cheap
 * phones, banks, buyers, the Dinas and partners' developers at a desk. Public pages, sign-in,
 * the security checks and journeys between both sides run on both. (Running every journey on both
 * doubled the browser suite's time for layouts nobody uses there.)
 */
const spec = (names: string[]) => new RegExp(`/(${names.join('|')})\\.spec\\.ts$`);
const PHONE_ONLY = spec([
  'cooperative-workspace',
  'eligibility',
  'email-settings',
  'financing-passport',
  'mentor-draft',
  'mentor-workspace',
  'pool-builder',
  'pooled-offer',
  'proposal-journey',
]);
const DESK_ONLY = spec([
  'api-tokens',
  'developers',
  'dinas',
  'partner-workspace',
  'program-pool-builder',
  'simkopdes-import',
  'suggested-pools',
  // Starts an API and a web server of its own and checks no layout.
  'trusted-documents',
  'webhooks',
]);

export default defineConfig({
  testDir: './e2e',
  // Playwright empties this folder when a run starts: a run on other ports keeps a folder of its own.
  outputDir: process.env.E2E_WEB_PORT ? `./test-output/playwright-${WEB_PORT}` : './test-output/playwright',
  // One API and database behind every test: run the journeys one after another.
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromiumSandbox: false,
      // Without the networking flags Chromium floods the closed network with refused connections.
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'phone-360',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 360, height: 780 },
        isMobile: true,
        hasTouch: true,
      },
      testIgnore: DESK_ONLY,
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
      testIgnore: PHONE_ONLY,
    },
  ],
  webServer: [
    {
      name: 'API',
      // `exec` so the stop signal reaches node, which then stops its PostgreSQL in order.
      command: `rm -rf ../../${E2E_DATABASE_DIR} && exec node ../server/dist/src/main.js`,
      url: `http://127.0.0.1:${API_PORT}/health`,
      env: {
        // The API refuses to start in production while demo accounts exist.
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(API_PORT),
        EMBEDDED_PG_PORT: String(PG_PORT),
        EMBEDDED_PG_DIR: E2E_DATABASE_DIR,
        SEED_DEMO_DATA: 'true',
        LOG_LEVEL: 'warn',
        // The browser's Origin for the live-notification WebSocket: the web app under test.
        WEB_ORIGINS: `${BASE_URL},http://127.0.0.1:${WEB_PORT}`,
        // Links the API gives out (invitations) lead to the web app under test.
        PUBLIC_WEB_URL: BASE_URL,
        // The SIMKOPDES import job wakes every 2 s rather than 10 s, so its spec does not wait long.
        SIMKOPDES_IMPORT_INTERVAL_SECONDS: '2',
        // Reminders of deadlines are made every 2 s rather than 5 min, so their spec does not wait long.
        REMINDER_INTERVAL_SECONDS: '2',
        // A failed webhook delivery is tried again after 1 s rather than 30 s.
        WEBHOOK_FIRST_RETRY_SECONDS: '1',
      },
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      name: 'web',
      // The production server (server.mjs: `next start` plus the client address from the socket).
      command: `exec node server.mjs`,
      // A page that needs no API call for an anonymous visitor.
      url: `${BASE_URL}/sign-in`,
      env: {
        API_URL: `http://127.0.0.1:${API_PORT}`,
        WEB_PORT: String(WEB_PORT),
        NEXT_TELEMETRY_DISABLED: '1',
      },
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
