import type { Page } from '@playwright/test';
import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';

/** Types into the search box of the site header and submits it. */
async function searchFromHeader(page: Page, text: string): Promise<void> {
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Cari di MitraDesa' });
  await box.fill(text);
  await box.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === '/search' && url.searchParams.get('q') === text);
}

const results = (page: Page) => page.getByTestId('search-result');

test('"sawit Sanggau" from the header box finds a Sanggau palm-oil offering first, which opens', async ({
  page,
}, testInfo) => {
  await page.goto('/cooperatives');
  await searchFromHeader(page, 'sawit Sanggau');
  await expect(page.getByRole('heading', { level: 1, name: 'Cari' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /\d+ hasil untuk “sawit Sanggau”/ })).toBeVisible();
  const firstOffering = results(page).filter({ hasText: 'Penawaran' }).first();
  await expect(firstOffering).toContainText('TBS sawit');
  // Where it is: the cooperative's village, district and regency.
  await expect(firstOffering).toContainText('Kabupaten Sanggau');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'search-sawit-sanggau');

  // Only offerings: the kind chips narrow the results and keep the text.
  await page.getByRole('navigation', { name: 'Jenis' }).getByRole('link', { name: 'Penawaran' }).click();
  await expect(page).toHaveURL(/type=offering/);
  const top = results(page).first();
  await expect(top).toContainText('Penawaran');
  await expect(top).toContainText('TBS sawit');

  const link = top.getByRole('link');
  const title = (await link.textContent())?.trim() ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Sanggau');
  await saveScreenshot(page, testInfo, 'search-offering-opened');
});

test('"karret" (a typo) finds rubber; an unknown word shows suggestions', async ({ page }, testInfo) => {
  await page.goto('/');
  await searchFromHeader(page, 'karret');
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).filter({ hasText: 'Karet' }).first()).toBeVisible();

  // The region and commodity filters.
  const filters = page.locator('form').filter({ has: page.getByLabel('Komoditas') });
  await filters.getByLabel('Komoditas').selectOption({ label: 'Karet' });
  await filters.getByRole('button', { name: 'Terapkan filter' }).click();
  await expect(page).toHaveURL(/commodity=RUBBER/);
  for (const card of await results(page).all()) {
    await expect(card).toContainText('Karet');
  }
  await saveScreenshot(page, testInfo, 'search-karret-rubber');

  await page.goto('/search?q=qwxzvbn');
  await expect(page.getByRole('status').filter({ hasText: 'Tidak ada hasil untuk “qwxzvbn”' })).toBeVisible();
  await page.getByRole('list', { name: 'Saran' }).getByRole('link', { name: 'karet' }).click();
  await expect(results(page).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test('a search narrowed to a region with the region picker keeps the region on its links', async ({
  page,
}, testInfo) => {
  await page.goto('/search?q=karet');
  const filters = page.locator('form').filter({ has: page.getByLabel('Komoditas') });
  await filters.getByRole('combobox', { name: 'Cari nama wilayah' }).fill('sanggau');
  // Picking a hit applies it at once, with the whole region path in the URL.
  await filters.getByRole('option', { name: 'Kabupaten Sanggau, Prov. Kalimantan Barat' }).click();
  await expect(page).toHaveURL(
    (url) =>
      url.searchParams.get('q') === 'karet' &&
      url.searchParams.get('province') === '61' &&
      url.searchParams.get('regency') === '61.03',
  );
  await expect(filters.getByLabel('Kabupaten/kota')).toHaveValue('61.03');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'search-region-picker');

  // The kind chips keep the region; every cooperative found lies in Sanggau.
  await page.getByRole('navigation', { name: 'Jenis' }).getByRole('link', { name: 'Koperasi' }).click();
  await expect(page).toHaveURL(
    (url) => url.searchParams.get('type') === 'cooperative' && url.searchParams.get('regency') === '61.03',
  );
  await expect(results(page).first()).toBeVisible();
  for (const card of await results(page).all()) {
    await expect(card).toContainText('Kabupaten Sanggau');
  }

  // The regency's districts are listed: choosing one and applying narrows further.
  const district = filters.getByLabel('Kecamatan');
  const firstDistrict = await district.locator('option').nth(1).getAttribute('value');
  await district.selectOption(firstDistrict!);
  await filters.getByRole('button', { name: 'Terapkan filter' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('district') === firstDistrict);
  await expect(filters.getByLabel('Kecamatan')).toHaveValue(firstDistrict!);

  // An older link names the region as `?region=`.
  await page.goto('/search?q=karet&region=61.03');
  await expect(filters.getByLabel('Provinsi')).toHaveValue('61');
  await expect(filters.getByLabel('Kabupaten/kota')).toHaveValue('61.03');

  // Abenaho (Yalimo, Papua Pegunungan) has 108 villages, more than one page of the API: all are listed.
  await page.goto('/search?q=karet&district=95.06.03');
  const villages = filters.getByLabel('Desa/kelurahan').locator('option');
  await expect(villages).toHaveCount(109);
  await expect(villages.last()).toHaveAttribute('value', '95.06.03.2108');
});

test('a signed-in partner saves a search, sees it listed, runs it and deletes it', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'bank@demo.mitradesa.id', '/search');
  await searchFromHeader(page, 'lada Bengkayang');
  await page.getByLabel('Nama pencarian ini').fill('Lada Bengkayang untuk KUR');
  await page.getByRole('button', { name: 'Simpan pencarian' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Pencarian disimpan' });
  await expect(saved).toBeVisible();
  await saved.getByRole('link', { name: 'Pencarian tersimpan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Pencarian tersimpan' })).toBeVisible();
  const item = page
    .getByTestId('saved-searches')
    .getByRole('listitem')
    .filter({ hasText: 'Lada Bengkayang untuk KUR' });
  await expect(item).toContainText('“lada Bengkayang”');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'saved-searches');

  await item.getByRole('link', { name: 'Jalankan' }).click();
  await expect(page).toHaveURL(/q=lada\+Bengkayang/);
  await expect(results(page).first()).toContainText('Lada');

  await page.goto('/saved-searches');
  await page.getByRole('button', { name: 'Hapus pencarian tersimpan Lada Bengkayang untuk KUR' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pencarian tersimpan dihapus.' })).toBeVisible();
  await expect(page.getByText('Lada Bengkayang untuk KUR')).toHaveCount(0);
});

test('English: /en/search', async ({ page }) => {
  await page.goto('/en/search?q=karet');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /results? for “karet”/ })).toBeVisible();
});

test('a word in every cooperative shows a capped count, “1.000+” / “1,000+”, and still pages on', async ({
  page,
}) => {
  await page.goto('/search?q=koperasi');
  await expect(page.getByRole('status').filter({ hasText: '1.000+ hasil untuk “koperasi”' })).toBeVisible();
  await expect(results(page)).toHaveCount(20);
  await expect(page.getByRole('link', { name: 'Hasil berikutnya' })).toBeVisible();
  await page.goto('/en/search?q=koperasi');
  await expect(page.getByRole('status').filter({ hasText: '1,000+ results for “koperasi”' })).toBeVisible();
});

test('unit names and abbreviations find cooperatives; with no object matching every word, the closest are shown and the page says so', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await searchFromHeader(page, 'simpan pinjam Sanggau');
  await expect(
    page.getByRole('status').filter({ hasText: /\d+ hasil untuk “simpan pinjam Sanggau”/ }),
  ).toBeVisible();
  await expect(page.getByText(/cocok dengan semua kata/)).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Jenis' }).getByRole('link', { name: 'Koperasi' }).click();
  await expect(results(page).first()).toContainText('Sanggau');

  await page.goto('/search?q=USP&type=cooperative');
  await expect(results(page).first()).toBeVisible();

  await page.goto('/search?q=sawit%20Sanggau%20qxzvwy');
  await expect(
    page.getByText(
      'Tidak ada yang cocok dengan semua kata. Ditampilkan hasil yang cocok dengan 2 dari 3 kata.',
    ),
  ).toBeVisible();
  await expect(results(page).filter({ hasText: 'TBS sawit' }).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'search-closest-words');

  await page.goto('/en/search?q=sawit%20Sanggau%20qxzvwy');
  await expect(
    page.getByText('Nothing matched every word. Showing results that match 2 of 3 words.'),
  ).toBeVisible();
  await expect(results(page).first()).toBeVisible();
});
