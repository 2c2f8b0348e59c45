import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';

test('the home page counts the cooperatives of Indonesia by province and drills down to regencies', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Koperasi per provinsi: Seluruh Indonesia' }),
  ).toBeVisible();
  const provinces = page.getByRole('table', {
    name: 'Jumlah koperasi dan yang sudah beroperasi di setiap provinsi',
  });
  // 38 provinces, the header row and the totals row (2,145 in Kalimantan Barat, 155 in Jawa Tengah).
  await expect(provinces.getByRole('row')).toHaveCount(40);
  await expect(provinces.getByRole('row', { name: /^Jumlah 2\.300/ })).toBeVisible();
  await expect(provinces.getByRole('row', { name: /^Kalimantan Barat 2\.145/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'home-figures-national');

  await provinces.getByRole('link', { name: 'Jawa Tengah' }).click();
  await expect(page).toHaveURL(/\?wilayah=33$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Koperasi per kabupaten/kota: Jawa Tengah' }),
  ).toBeVisible();
  const regencies = page.getByRole('table', {
    name: 'Jumlah koperasi dan yang sudah beroperasi di setiap kabupaten/kota Jawa Tengah',
  });
  await expect(regencies.getByRole('row')).toHaveCount(37);
  await expect(regencies.getByRole('row', { name: /^Kabupaten Kudus 132/ })).toBeVisible();
  await expect(regencies.getByRole('link', { name: 'Kabupaten Kudus' })).toHaveAttribute(
    'href',
    /\/cooperatives\?regency=33\.19$/,
  );
  await page.getByRole('link', { name: 'Kembali ke Seluruh Indonesia' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Koperasi per provinsi: Seluruh Indonesia' }),
  ).toBeVisible();

  // English names the nation too.
  await page.goto('/en?wilayah=61');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Cooperatives per regency: Kalimantan Barat' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to all of Indonesia' })).toBeVisible();
});

test('a province code that names nothing shows the not-found page', async ({ page }) => {
  // The status is already sent with the page's loading shell, so the page itself says so.
  await page.goto('/?wilayah=99');
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
});
