import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';

/*
 * The demo buyer (PT Kapuas Sawit Lestari) has four open requests for palm fresh fruit bunches
 * (TBS sawit) in West Kalimantan, and the demo seed publishes TBS supply offerings of 20–400 t a
 * month from cooperatives across the province (seeders/offerings.ts, commodity-catalogue.ts). The
 * 480 t request delivered to Kabupaten Sanggau is the one taken here: five cooperatives of Sanggau
 * itself publish about 1,530 t a month, more than three times what it wants, yet no single one
 * reaches 480 t, so its suggestions are true pools, and they still exist if another spec pauses
 * or adds an offering. This spec only reads: it changes nothing other specs rely on.
 */
const BUYER = 'pembeli@demo.mitradesa.id';
const REQUEST = 'Dibutuhkan TBS sawit 480 ton di Kabupaten Sanggau';

test('the buyer sees suggested pooled offers that reach the quantity of its open request', async ({
  page,
}, testInfo) => {
  await signInAs(page, BUYER, '/partner');
  const requests = page.getByRole('region', { name: 'Permintaan' });
  const request = requests.getByTestId('workspace-request').filter({ hasText: REQUEST });
  await expect(request).toContainText('Terbuka');
  await request.getByRole('link', { name: REQUEST }).click();
  await expect(page.getByRole('heading', { level: 1, name: REQUEST })).toBeVisible();

  const panel = page.getByRole('region', { name: 'Penawaran gabungan yang disarankan' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Penawaran gabungan adalah beberapa koperasi');
  const pools = panel.getByTestId('suggested-pool');
  await expect(pools.first()).toBeVisible();
  const count = await pools.count();
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(3);

  // Every pool reaches the target (the figures the card shows, also kept as data attributes).
  for (let index = 0; index < count; index += 1) {
    const pool = pools.nth(index);
    const total = Number(await pool.getAttribute('data-total'));
    const target = Number(await pool.getAttribute('data-target'));
    expect(target).toBe(480_000);
    expect(total).toBeGreaterThanOrEqual(target);
    await expect(pool.getByTestId('pool-target')).toHaveText('480.000 kg per bulan');
    await expect(pool.getByTestId('pool-total')).toHaveText(/^[\d.]+ kg per bulan$/);
  }

  // The nearest pool comes first, its basis in words, and its members are Sanggau's own.
  const nearest = pools.first();
  await expect(nearest).toHaveAttribute('data-basis', 'NEAREST');
  await expect(nearest.getByRole('heading', { level: 3, name: 'Terdekat' })).toBeVisible();
  await expect(nearest).toContainText(/\d+ koperasi/);
  // A table on a desktop, a list on a phone: only one of them is shown.
  const members = nearest.getByRole('link', { name: /^Koperasi / }).filter({ visible: true });
  expect(await members.count()).toBeGreaterThanOrEqual(2);
  await expect(nearest.getByText('Di wilayah pengiriman').filter({ visible: true }).first()).toBeVisible();
  await expect(nearest.getByText(/%$/).filter({ visible: true }).first()).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'suggested-pools');

  // The same panel in English.
  const requestPath = new URL(page.url()).pathname;
  await page.goto(`/en${requestPath}`);
  const english = page.getByRole('region', { name: 'Suggested pooled offers' });
  await expect(english.getByRole('heading', { level: 3, name: 'Nearest' })).toBeVisible();
  await expect(english.getByTestId('pool-target').first()).toHaveText('480,000 kg a month');
  await expectNoHorizontalScroll(page);

  // A member links to its cooperative's public page.
  const member = english
    .getByTestId('suggested-pool')
    .first()
    .getByRole('link', { name: /^Koperasi / })
    .filter({ visible: true })
    .first();
  const name = (await member.textContent())!.trim();
  await member.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});
