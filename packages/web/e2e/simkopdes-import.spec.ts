import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';

/*
 * A SIMKOPDES import in the browser. The province Dinas of Kalimantan Barat uploads generated
 * exports (the server's sample generator, with its deliberately wrong rows) of twelve villages
 * of Kabupaten Kayong Utara (61.11, a regency no other spec looks at), waits for the dry run's
 * report, applies it, watches the progress end, and undoes it, so the demo data is as before for
 * the next project and the other specs. The API's import job runs every 2 s here (see
 * playwright.config.ts).
 */
const REGENCY = '61.11';
const JOB_WAIT = { timeout: 45_000 };
let samples: string;
let files: string[];

test.beforeAll(() => {
  samples = mkdtempSync(path.join(tmpdir(), 'simkopdes-e2e-'));
  execFileSync(
    process.execPath,
    [
      '../server/dist/src/cli/simkopdes-samples.js',
      ...['--regions', REGENCY, '--per-region', '12', '--members', '2', '--bad', '--format', 'csv'],
      ...['--out', samples],
    ],
    { stdio: 'ignore' },
  );
  files = readdirSync(samples)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => path.join(samples, name));
});

test.afterAll(() => rmSync(samples, { recursive: true, force: true }));

test('the province Dinas uploads SIMKOPDES exports, reads the report, applies and undoes them', async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  await signInAs(page, 'dinas.kalbar@demo.mitradesa.id', '/dinas');
  await page.getByRole('link', { name: 'Buka impor SIMKOPDES' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impor SIMKOPDES' })).toBeVisible();
  // The province's own export links, the workbook and one CSV per table.
  await expect(page.getByRole('link', { name: 'Buku kerja XLSX Kalimantan Barat' })).toHaveAttribute(
    'href',
    '/simkopdes/export?region=61&format=xlsx',
  );
  // The export comes from the API through the web app's own origin, with the browser's cookie.
  const exported = await page.request.get('/simkopdes/export?region=61.11&table=profil_koperasi');
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect((await exported.text()).split(/\r?\n/)[0]).toMatch(/^koperasi_ref,nama_koperasi,/);
  await expectNoHorizontalScroll(page);

  // The upload: the accepted shape is said next to the field.
  const input = page.getByLabel('Berkas ekspor SIMKOPDES');
  await expect(input).toHaveAccessibleDescription(/profil_koperasi\.csv/);
  await input.setInputFiles(files);
  await page.getByRole('button', { name: 'Unggah dan periksa' }).click();
  await expect(page).toHaveURL(/\/dinas\/simkopdes\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Impor / })).toBeVisible();

  // The dry run, made by the job while the page waits for it.
  await expect(page.getByRole('heading', { name: 'Hasil pemeriksaan' })).toBeVisible(JOB_WAIT);
  await expect(page.getByText('Siap diterapkan').first()).toBeVisible();
  const tables = page.getByRole('table', { name: 'Baris per tabel dan apa yang terjadi padanya' });
  const profiles = tables.getByRole('row', { name: /^profil_koperasi/ });
  await expect(profiles).toBeVisible();
  await expect(tables.getByRole('columnheader', { name: 'Ditolak' })).toBeVisible();
  const reasons = page.getByRole('table', { name: 'Baris yang ditolak per alasan' });
  await expect(reasons.getByRole('row', { name: /^Kode desa tidak dikenal \d+$/ })).toBeVisible();
  const rejectedRow = page
    .getByRole('listitem')
    .filter({ has: page.getByText('Kode desa tidak dikenal') })
    .filter({ hasText: /, baris \d+/ })
    .first();
  await expect(rejectedRow).toContainText('Kolom');
  // Rows imported with a note (masked dates, unknown banks…) are counted per note, in words, and
  // rows that differ from data edited in MitraDesa have a column of their own.
  await expect(tables.getByRole('columnheader', { name: 'Berbeda' })).toBeVisible();
  const notes = page.getByRole('table', { name: 'Baris dengan catatan per jenis catatan' });
  await expect(notes.getByRole('row', { name: /^Tanggal tersamar: dibiarkan kosong \d+$/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'simkopdes-report');

  // Applying: the progress bar follows the job until the run is applied.
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await expect(page.getByRole('progressbar', { name: 'Kemajuan impor' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Selesai: Diterapkan' })).toBeVisible(JOB_WAIT);
  await expect(page.getByRole('button', { name: 'Terapkan' })).toHaveCount(0);

  // Undoing asks once more, then puts everything back.
  await page.getByRole('button', { name: 'Batalkan impor' }).click();
  await page
    .getByRole('group', { name: /^Batalkan impor ini\?/ })
    .getByRole('button', { name: 'Batalkan impor' })
    .click();
  await expect(page.getByText('Dibatalkan').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Batalkan impor' })).toHaveCount(0);

  // The list shows the run, newest first.
  await page.getByRole('link', { name: 'Semua impor SIMKOPDES' }).click();
  const runs = page.getByRole('list', { name: 'Impor SIMKOPDES, terbaru di atas' });
  await expect(runs.getByRole('listitem').first()).toContainText('Dibatalkan');
  await expect(runs.getByRole('listitem').first()).toContainText('profil_koperasi.csv');
});
