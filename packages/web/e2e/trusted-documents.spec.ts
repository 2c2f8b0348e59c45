import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test } from './persisted-only';
import { signInAs } from './workspace-sign-in';

/*
 * The web app against an API that runs only its persisted documents for browsers, as production
 * does (GRAPHQL_DOCUMENTS=trusted): the API of the other browser tests accepts any document,
 * because their API helpers send their own. A second API on the same database and a second web
 * server in front of it; pages rendered on the server, the browser's own queries and mutations,
 * and the Dinas CSV export all have to work through hashes alone.
 */

const API_PORT = Number(process.env.E2E_API_PORT ?? 4200);
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54399);
const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3200);
// Beside the ports of security.spec.ts's extra web servers (WEB_PORT + 1, + 2).
const TRUSTED_API_PORT = API_PORT + 3;
const TRUSTED_WEB_PORT = WEB_PORT + 3;
const TRUSTED_WEB = `http://localhost:${TRUSTED_WEB_PORT}`;

const processes: ChildProcess[] = [];

async function startAndWait(command: string[], env: Record<string, string>, cwd: string, ready: string) {
  processes.push(
    spawn(process.execPath, command, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  await expect
    .poll(
      () =>
        fetch(ready).then(
          (response) => response.ok,
          () => false,
        ),
      { timeout: 60_000 },
    )
    .toBe(true);
}

test.describe('an API that trusts only the web app’s documents', () => {
  test.use({ baseURL: TRUSTED_WEB });

  test.beforeAll(async () => {
    // Two servers to start, each within a minute.
    test.setTimeout(150_000);
    const web = path.join(__dirname, '..');
    await startAndWait(
      ['../server/dist/src/main.js'],
      {
        NODE_ENV: 'development',
        GRAPHQL_DOCUMENTS: 'trusted',
        DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${PG_PORT}/mitradesa`,
        HOST: '127.0.0.1',
        PORT: String(TRUSTED_API_PORT),
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL: 'warn',
        WEB_ORIGINS: `${TRUSTED_WEB},http://127.0.0.1:${TRUSTED_WEB_PORT}`,
        // The first API runs the background jobs.
        PROPOSAL_EXPIRY_INTERVAL_SECONDS: '0',
        LISTING_EXPIRY_INTERVAL_SECONDS: '0',
        MATCH_RESPONSIVENESS_INTERVAL_SECONDS: '0',
        REMINDER_INTERVAL_SECONDS: '0',
        SIGN_IN_LIMIT_SWEEP_INTERVAL_SECONDS: '0',
        DOCUMENT_ORPHAN_SWEEP_INTERVAL_SECONDS: '0',
        SIMKOPDES_IMPORT_INTERVAL_SECONDS: '0',
      },
      web,
      `http://127.0.0.1:${TRUSTED_API_PORT}/health`,
    );
    await startAndWait(
      ['server.mjs'],
      { API_URL: `http://127.0.0.1:${TRUSTED_API_PORT}`, WEB_PORT: String(TRUSTED_WEB_PORT) },
      web,
      `http://127.0.0.1:${TRUSTED_WEB_PORT}/sign-in`,
    );
  });

  test.afterAll(() => {
    for (const child of processes) child.kill('SIGTERM');
  });

  test('a document the app does not have is refused; the app’s pages, searches and forms work', async ({
    page,
  }) => {
    const ownDocument = await page.request.post('/graphql', {
      data: { query: '{ cooperatives(first: 1) { totalCount } }' },
    });
    expect(ownDocument.status()).toBe(400);
    expect((await ownDocument.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_REQUIRED');

    // Anonymous: a list rendered on the server, and the region type-ahead's GET from the browser.
    await page.goto('/cooperatives');
    const filters = page.getByRole('form', { name: 'Saring' });
    await filters.getByRole('combobox', { name: 'Cari nama wilayah' }).fill('kudu');
    await expect(filters.getByRole('option', { name: 'Kabupaten Kudus, Prov. Jawa Tengah' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Cari koperasi' }).getByRole('article').first(),
    ).toBeVisible();

    // A chair's workspace (server-rendered) and a mutation from the browser.
    await signInAs(page, 'ketua@demo.mitradesa.id', '/cooperative');
    const profile = page.getByRole('form', { name: 'Profil koperasi' });
    await profile.getByRole('button', { name: 'Simpan profil' }).click();
    await expect(profile.getByRole('status')).toHaveText(/Perubahan/);
  });

  test('the Dinas CSV export asks the API by hash', async ({ page }) => {
    await signInAs(page, 'dinas.sanggau@demo.mitradesa.id', '/dinas');
    const link = page.getByRole('link', { name: 'Unduh CSV Kabupaten Sanggau' });
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect((await response.text()).split('\r\n')[0]).toMatch(/^Kode wilayah,Kecamatan,/);
  });
});
