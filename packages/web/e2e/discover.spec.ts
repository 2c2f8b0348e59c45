import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';

test('a partner finds a Sanggau cooperative with an active savings & loan unit and opens its profile', async ({
  page,
}, testInfo) => {
  await page.goto('/cooperatives');
  await expect(page.getByRole('heading', { level: 1, name: 'Cari koperasi' })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Saring' });

  // Province, then its regencies (the page reloads its lists from the URL).
  await filters.getByLabel('Provinsi').selectOption({ label: 'Kalimantan Barat' });
  await expect(page).toHaveURL(/province=61(&|$)/);
  await filters.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Sanggau' });
  await expect(page).toHaveURL(/regency=61\.03/);
  await filters.getByLabel('Jenis gerai').selectOption({ label: 'Simpan pinjam' });
  await expect(page).toHaveURL(/unitType=SAVINGS_AND_LOAN/);
  await filters.getByLabel('Status gerai').selectOption({ label: 'Aktif' });
  await expect(page).toHaveURL(/unitStatus=ACTIVE/);

  // The URL carries the filters: opening it afresh (a shared link) renders the same results.
  await page.goto(page.url());
  await expect(filters.getByLabel('Kabupaten/kota')).toHaveValue('61.03');
  await expect(page.getByRole('status').filter({ hasText: /\d+ koperasi ditemukan/ })).toBeVisible();
  const results = page.getByRole('region', { name: 'Cari koperasi' }).getByRole('article');
  await expect(results.first()).toContainText('Kabupaten Sanggau');
  for (const card of await results.all()) {
    await expect(card).toContainText('Simpan pinjam');
  }
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'discover-sanggau-savings-and-loan');

  const first = results.first().getByRole('link');
  const name = (await first.textContent())?.trim() ?? '';
  await first.click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Data badan hukum' })).toBeVisible();
  // The seven standard units as a checklist: recorded ones with their status, the rest named as missing.
  const standardUnits = page.getByRole('list', { name: 'Tujuh gerai standar' }).getByRole('listitem');
  await expect(standardUnits).toHaveCount(7);
  await expect(standardUnits.filter({ hasText: 'Simpan pinjam' })).toContainText('Aktif');
  await expect(page.getByText(/\d dari 7 gerai standar tercatat, \d aktif\./)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'cooperative-profile');
});

test('the region type-ahead finds a regency anywhere in Indonesia by part of its name, by keyboard or by touch', async ({
  page,
}, testInfo) => {
  await page.goto('/cooperatives');
  const filters = page.getByRole('form', { name: 'Saring' });
  const search = filters.getByRole('combobox', { name: 'Cari nama wilayah' });

  // Kudus, Central Java: typed in part, picked with the keyboard.
  await search.fill('kudu');
  const hits = filters.getByRole('listbox', { name: 'Cari nama wilayah' });
  const kudus = hits.getByRole('option', { name: 'Kabupaten Kudus, Prov. Jawa Tengah' });
  await expect(kudus).toBeVisible();
  await expect(filters.getByRole('status').filter({ hasText: /wilayah cocok/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'region-typeahead');
  const options = await hits.getByRole('option').allTextContents();
  for (let step = 0; step < options.indexOf('Kabupaten Kudus, Prov. Jawa Tengah'); step += 1) {
    await search.press('ArrowDown');
  }
  await expect(kudus).toHaveAttribute('aria-selected', 'true');
  await search.press('Enter');
  await expect(page).toHaveURL(/province=33&regency=33\.19(&|$)/);
  await expect(filters.getByLabel('Provinsi')).toHaveValue('33');
  await expect(filters.getByLabel('Kabupaten/kota')).toHaveValue('33.19');
  const results = page.getByRole('region', { name: 'Cari koperasi' }).getByRole('article');
  await expect(results.first()).toContainText('Kabupaten Kudus');

  // Sanggau, West Kalimantan: a tap on the hit (its ancestors tell it from namesakes).
  await search.fill('sanggau');
  await hits.getByRole('option', { name: 'Kabupaten Sanggau, Prov. Kalimantan Barat' }).click();
  await expect(page).toHaveURL(/province=61&regency=61\.03(&|$)/);
  await expect(filters.getByLabel('Kabupaten/kota')).toHaveValue('61.03');
  await expect(results.first()).toContainText('Kabupaten Sanggau');
  await expectNoHorizontalScroll(page);
});
