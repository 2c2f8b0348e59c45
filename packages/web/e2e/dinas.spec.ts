import { readFile } from 'node:fs/promises';
import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';

const CSV_HEADER =
  'Kode wilayah,Kecamatan,Berbadan hukum,Terorganisasi,Membangun gerai,Beroperasi,Berkembang,Jumlah';

test('the Sanggau Dinas sees its dashboard and downloads it as CSV', async ({ page }, testInfo) => {
  await signInAs(page, 'dinas.sanggau@demo.mitradesa.id', '/dinas');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dasbor Dinas: Kabupaten Sanggau' }),
  ).toBeVisible();

  // The chart is one image for screen readers; the table beside it has every figure.
  await expect(page.getByRole('img', { name: /^Grafik batang koperasi per tahap/ })).toBeVisible();
  const table = page.getByRole('table', { name: 'Jumlah koperasi per tahap di Kabupaten Sanggau' });
  await expect(table.getByRole('columnheader', { name: 'Kecamatan' })).toBeVisible();
  expect(await table.getByRole('row').count()).toBeGreaterThan(3);
  await expect(table.getByRole('row', { name: /^Semua wilayah/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Jumlah proposal per status di Kabupaten Sanggau' }),
  ).toBeVisible();
  await expect(page.getByText(/^Rp[\d.]+$/).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'dinas-dashboard');

  // The download: an attachment named after the region and the day.
  const link = page.getByRole('link', { name: 'Unduh CSV Kabupaten Sanggau' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^mitradesa-dinas-61\.03-\d{4}-\d{2}-\d{2}\.csv$/);
  const saved = await readFile((await download.path())!, 'utf8');
  expect(saved.split('\r\n')[0]).toBe(CSV_HEADER);

  // The same address, fetched with the browser's cookies: CSV by its content type.
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="mitradesa-dinas-61\.03-/);
  expect((await response.text()).split('\r\n')[0]).toBe(CSV_HEADER);

  // Another regency is outside its remit, on the page and in the export.
  await page.goto('/dinas?region=61.01');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Wilayah ini di luar kewenangan Anda' }),
  ).toBeVisible();
  expect((await page.request.get('/dinas/export?region=61.01')).status()).toBe(403);
});

test('the province Dinas sees every regency and can narrow the dashboard to one', async ({ page }) => {
  await signInAs(page, 'dinas.kalbar@demo.mitradesa.id', '/dinas');
  await expect(
    page.getByRole('heading', { level: 1, name: /^Dasbor Dinas: Kalimantan Barat/i }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: /^Jumlah koperasi per tahap di / });
  await expect(table.getByRole('columnheader', { name: 'Kabupaten/kota' })).toBeVisible();
  // 14 regencies and cities, the header row and the totals row.
  await expect(table.getByRole('row')).toHaveCount(16);
  await page.getByLabel('Wilayah', { exact: true }).selectOption({ label: '— Kabupaten Sanggau' });
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(page).toHaveURL(/\/dinas\?region=61\.03$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dasbor Dinas: Kabupaten Sanggau' }),
  ).toBeVisible();
});

test('the Jawa Tengah Dinas sees its province by regency and nothing of Kalimantan Barat', async ({
  page,
}) => {
  await signInAs(page, 'dinas.jateng@demo.mitradesa.id', '/dinas');
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor Dinas: Jawa Tengah' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Jumlah koperasi per tahap di Jawa Tengah' });
  // 35 regencies and cities, the header row and the totals row.
  await expect(table.getByRole('row')).toHaveCount(37);
  await expect(table.getByRole('row', { name: /^Kabupaten Kudus/ })).toBeVisible();
  // Its picker: the province and its regencies, no other province and not the nation.
  const picker = page.getByLabel('Wilayah', { exact: true });
  await expect(picker.getByRole('option', { name: '— Kota Salatiga' })).toHaveCount(1);
  await expect(picker.getByRole('option', { name: 'Kalimantan Barat' })).toHaveCount(0);
  await expect(picker.getByRole('option', { name: 'Seluruh Indonesia' })).toHaveCount(0);

  await page.goto('/dinas?region=61');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Wilayah ini di luar kewenangan Anda' }),
  ).toBeVisible();
  expect((await page.request.get('/dinas/export?region=61.03')).status()).toBe(403);
});

test('an admin sees the whole of Indonesia by province and drills down to a province', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'admin@demo.mitradesa.id', '/dinas');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dasbor Dinas: Seluruh Indonesia' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Jumlah koperasi per tahap di Seluruh Indonesia' });
  await expect(table.getByRole('columnheader', { name: 'Provinsi' })).toBeVisible();
  // 38 provinces, the header row and the totals row.
  await expect(table.getByRole('row')).toHaveCount(40);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'dinas-dashboard-national');

  const link = page.getByRole('link', { name: 'Unduh CSV Seluruh Indonesia' });
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/filename="mitradesa-dinas-indonesia-/);
  expect((await response.text()).split('\r\n')[0]).toMatch(/^Kode wilayah,Provinsi,/);

  await page.getByLabel('Wilayah', { exact: true }).selectOption({ label: 'Jawa Tengah' });
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(page).toHaveURL(/\/dinas\?region=33$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor Dinas: Jawa Tengah' })).toBeVisible();
  // The picker now lists the regencies of the province on show, and the way back to the nation.
  await page.getByLabel('Wilayah', { exact: true }).selectOption({ label: '— Kabupaten Kudus' });
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(page).toHaveURL(/\/dinas\?region=33\.19$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor Dinas: Kabupaten Kudus' })).toBeVisible();
  await page.getByLabel('Wilayah', { exact: true }).selectOption({ label: 'Seluruh Indonesia' });
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dasbor Dinas: Seluruh Indonesia' }),
  ).toBeVisible();
});

test('a partner officer is told the dashboard is for Dinas', async ({ page }) => {
  await signInAs(page, 'bank@demo.mitradesa.id', '/dinas');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dasbor ini khusus untuk Dinas Koperasi' }),
  ).toBeVisible();
});

test('the province Dinas sees proposals and agreed financing per regency and a monthly trend, on a desk and on a phone', async ({
  page,
}) => {
  await signInAs(page, 'dinas.kalbar@demo.mitradesa.id', '/dinas');
  const byRegency = page.getByRole('region', { name: 'Proposal dan pembiayaan per kabupaten/kota' });
  const table = byRegency.getByRole('table', {
    name: 'Proposal dan pembiayaan yang disepakati di Kalimantan Barat',
  });
  // 14 regencies and cities and the header row.
  await expect(table.getByRole('row')).toHaveCount(15);
  await expect(table.getByRole('row', { name: /Kabupaten Sanggau/ })).toContainText(/Rp[\d.]+/);
  const trend = page.getByRole('region', { name: 'Tren proposal per bulan' });
  await expect(trend.getByRole('table').getByRole('row')).toHaveCount(13);

  // On a phone the regencies are a list of cards, the trend a three-column table: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.reload();
  await expect(table).toBeHidden();
  await expect(byRegency.getByRole('list').getByRole('listitem')).toHaveCount(14);
  await expect(trend.getByRole('table')).toBeVisible();
  await expectNoHorizontalScroll(page);
});
