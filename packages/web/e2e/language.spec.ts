import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';

test('switching to English changes the interface and is remembered on the next pages', async ({
  page,
}, testInfo) => {
  // Bahasa Indonesia first, whatever the browser's own language (Playwright's is English).
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kemitraan yang nyata untuk koperasi desa' }),
  ).toBeVisible();

  await page.getByRole('navigation', { name: 'Bahasa' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Real partnerships for village cooperatives' }),
  ).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'home-english');

  // The next page, reached by a link…
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Partners' })
    .click();
  await expect(page).toHaveURL(/\/en\/partners$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperative partners' })).toBeVisible();

  // …and a page opened by its plain (Indonesian) address: the choice is remembered.
  await page.goto('/offerings');
  await expect(page).toHaveURL(/\/en\/offerings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Cooperative offerings' })).toBeVisible();
  // Each card says where the offering is: its cooperative's village, district and regency or city.
  await expect(page.getByRole('article').first()).toContainText(/, (Kabupaten|Kota) \S/);

  // Switching back is remembered too.
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Bahasa Indonesia' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Penawaran koperasi' })).toBeVisible();
  await page.goto('/partners');
  await expect(page).toHaveURL(/\/partners$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mitra koperasi' })).toBeVisible();
});
