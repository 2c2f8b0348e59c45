import { expect, test } from '@playwright/test';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';

test('a partner finds a Sanggau cooperative with an active savings & loan unit and opens its profile', async ({
  page,
}, testInfo) => {
  await page.goto('/cooperatives');
  await expect(page.getByRole('heading', { level: 1, name: 'Cari koperasi' })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Saring' });

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
  const savingsAndLoan = page
    .getByRole('list', { name: 'Gerai usaha' })
    .getByRole('listitem')
    .filter({ hasText: 'Simpan pinjam' });
  await expect(savingsAndLoan).toContainText('Aktif');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'cooperative-profile');
});
