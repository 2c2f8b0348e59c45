import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll, filtersToggle, openFilters } from './layout';
import { saveScreenshot } from './screenshots';

test('a partner finds a Sanggau cooperative with an active savings & loan unit and opens its profile', async ({
  page,
}, testInfo) => {
  await page.goto('/cooperatives');
  await expect(page.getByRole('heading', { level: 1, name: 'Cari koperasi' })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Saring' });
  await openFilters(page);

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
  await openFilters(page);
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

test('partners narrow by minimum verification and by ticket size; on a phone the filters fold behind one button that counts them', async ({
  page,
}, testInfo) => {
  const phone = testInfo.project.name.startsWith('phone');
  await page.goto('/cooperatives?stage=OPERATING&verification=DOCUMENTS_VERIFIED');
  const filters = page.getByRole('form', { name: 'Saring' });
  const verification = filters.getByLabel('Verifikasi minimal');
  const results = page.getByRole('region', { name: 'Cari koperasi' }).getByRole('article');
  await expect(results.first()).toBeVisible();
  if (phone) {
    // Results first: the fields wait behind the button, which says two filters are set.
    await expect(filtersToggle(page)).toHaveAccessibleName('Filter (2 aktif)');
    await expect(verification).toBeHidden();
    await expectNoHorizontalScroll(page);
    await saveScreenshot(page, testInfo, 'discover-filters-folded');
    await openFilters(page);
  } else {
    await expect(filtersToggle(page)).toBeHidden();
  }
  await expect(verification).toBeVisible();
  await expect(verification).toHaveValue('DOCUMENTS_VERIFIED');
  for (const card of await results.all()) {
    await expect(card).toContainText(/Dokumen terverifikasi|Terverifikasi pemerintah/);
  }
  // One level lower: cooperatives a mentor vouched for come in too.
  await verification.selectOption({ label: 'Dibenarkan pendamping' });
  await expect(page).toHaveURL(/verification=MENTOR_ATTESTED/);
  await expect(results.filter({ hasText: 'Dibenarkan pendamping' }).first()).toBeVisible();
  for (const card of await results.all()) {
    await expect(card).toContainText(/Dibenarkan pendamping|Dokumen terverifikasi|Terverifikasi pemerintah/);
  }
  await expect(results.filter({ hasText: 'Belum diverifikasi' })).toHaveCount(0);
  await expect(results.filter({ hasText: 'Dinyatakan sendiri' })).toHaveCount(0);

  // Offerings by ticket size, typed the Indonesian way.
  await page.goto('/offerings?kind=FINANCING_NEED');
  await openFilters(page);
  const offeringFilters = page.getByRole('form', { name: 'Saring' });
  await offeringFilters.getByLabel('Kebutuhan dana dari (Rp)').fill('1.000.000.000');
  await offeringFilters.getByLabel('Kebutuhan dana sampai (Rp)').fill('3.000.000.000');
  await offeringFilters.getByRole('button', { name: 'Terapkan' }).click();
  await expect(page).toHaveURL(/amountMin=1\.000\.000\.000/);
  const offerings = page.getByRole('article');
  await expect(offerings.first()).toBeVisible();
  for (const card of await offerings.all()) {
    // Each card states the financing needed ("Rp1.500.000.000"): within the range asked.
    const needed = await card
      .getByText(/^Rp[\d.]+$/)
      .first()
      .textContent();
    const amount = Number((needed ?? '').replace(/^Rp|\./g, ''));
    expect(amount).toBeGreaterThanOrEqual(1_000_000_000);
    expect(amount).toBeLessThanOrEqual(3_000_000_000);
  }
  await expect(offeringFilters.getByLabel('Kebutuhan dana dari (Rp)')).toHaveValue('1.000.000.000');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters that fold on a phone are simply shown, and still filter', async ({ page }) => {
    await page.goto('/cooperatives?stage=OPERATING');
    const filters = page.getByRole('form', { name: 'Saring' });
    await expect(filters.getByLabel('Tahap', { exact: true })).toBeVisible();
    await filters.getByLabel('Verifikasi minimal').selectOption('DOCUMENTS_VERIFIED');
    await filters.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL(/verification=DOCUMENTS_VERIFIED/);
    await expect(
      page.getByRole('region', { name: 'Cari koperasi' }).getByRole('article').first(),
    ).toContainText(/Dokumen terverifikasi|Terverifikasi pemerintah/);
  });
});
