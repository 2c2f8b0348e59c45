import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll, openFilters } from './layout';
import { saveScreenshot } from './screenshots';

test('partners are filtered by kind, and each partner and each request has a page of its own', async ({
  page,
}, testInfo) => {
  await page.goto('/partners');
  await openFilters(page);
  await page
    .getByRole('form', { name: 'Saring' })
    .getByLabel('Jenis mitra')
    .selectOption({ label: 'Bank BUMN' });
  await expect(page).toHaveURL(/type=STATE_BANK/);
  await expect(page.getByRole('status').filter({ hasText: '4 mitra' })).toBeVisible();
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(4);
  for (const card of await cards.all()) await expect(card).toContainText('Bank BUMN');

  // A partner's page: its profile and every program.
  await cards.getByRole('link', { name: 'Bank Rakyat Indonesia (BRI)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bank Rakyat Indonesia (BRI)' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /^Program — Bank Rakyat Indonesia/ })
      .getByRole('link')
      .first(),
  ).toHaveAttribute('href', /^\/programs\//);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'partner-page');

  // A buyer's request: from its partner's page to the request's own page, in both languages.
  await page.goto('/partners?type=PRIVATE_BUYER&q=Kapuas');
  await page.getByRole('article').getByRole('link', { name: 'PT Kapuas Sawit Lestari' }).click();
  await expect(page).toHaveURL(/\/partners\/[^/?]+$/);
  const requests = page.getByRole('region', { name: /^Permintaan — / });
  const request = requests.getByRole('listitem').first().getByRole('link').first();
  const title = ((await request.textContent()) ?? '').trim();
  await request.click();
  await expect(page).toHaveURL(/\/requests\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Permintaan dari')).toBeVisible();
  await expect(page.getByText('Dikirim ke', { exact: true })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'request-page');
  await page.goto(page.url().replace(/\/requests\//, '/en/requests/'));
  await expect(page.getByText('A request of')).toBeVisible();
  await expect(page.getByText('Deliver to', { exact: true })).toBeVisible();

  // Search leads to these pages too (in English now: the language chosen is remembered).
  await page.goto('/search?q=Bank%20Rakyat&type=partner');
  await expect(page.getByTestId('search-result').first().getByRole('link')).toHaveAttribute(
    'href',
    /^\/en\/partners\/[^#]+$/,
  );
});
