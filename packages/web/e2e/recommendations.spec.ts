import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';

/** Global IDs of the demo data (deterministic ids): BRI's PMK 49 loan, and the ketua's palm offering. */
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const PMK49_BRI = `/programs/${globalId('Program', 1)}`;
const KETUA_PALM_OFFERING = `/offerings/${globalId('Offering', 96)}`;

test('the bank officer sees cooperatives recommended for its PMK 49 program, with scores, reasons and gaps', async ({
  page,
}, testInfo) => {
  // Anonymous visitors see the program but no recommendations.
  await page.goto(PMK49_BRI);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Pinjaman KDKMP BRI (PMK 49/2025)' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Koperasi yang cocok' })).toHaveCount(0);

  await signInAs(page, 'bank@demo.mitradesa.id', '/partner');
  await page.goto(PMK49_BRI);
  const panel = page.getByRole('region', { name: 'Koperasi yang cocok' });
  await expect(panel).toBeVisible();
  const items = panel
    .getByTestId('recommended-cooperatives')
    .getByRole('listitem')
    .filter({
      has: page.getByTestId('match-score'),
    });
  await expect(items).toHaveCount(10);

  // Scores from best to worst, each out of 100.
  const scores = (await panel.getByTestId('match-score').allTextContents()).map((text) =>
    Number(text.replace(/\D/g, '')),
  );
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const score of scores) expect(score).toBeLessThanOrEqual(100);

  const first = items.first();
  await expect(first.getByTestId('match-reasons')).toContainText('Wilayah terjangkau');
  await expect(first.getByTestId('match-reasons')).toContainText('Dokumen lengkap');
  await expect(first.getByRole('link', { name: 'Ajukan proposal' })).toBeVisible();
  // Gaps read as to-do items ("… belum ada", "Unit … belum aktif", "… kedaluwarsa sejak …").
  await expect(panel.getByTestId('match-gaps').first()).toContainText(/belum ada|belum aktif|kedaluwarsa/);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'recommended-cooperatives');
});

test('the ketua sees partners that match an offering, and can propose to one', async ({ page }, testInfo) => {
  await signInAs(page, 'ketua@demo.mitradesa.id', '/cooperative');
  await page.goto(KETUA_PALM_OFFERING);
  const panel = page.getByRole('region', { name: 'Mitra yang cocok' });
  await expect(panel).toBeVisible();
  const buyer = panel.getByRole('listitem').filter({ hasText: 'PT Kapuas Sawit Lestari' });
  await expect(buyer.getByTestId('match-score')).toHaveText(/Skor \d+/);
  await expect(buyer.getByTestId('match-reasons')).toContainText('Komoditas cocok: TBS sawit');
  await expect(buyer.getByTestId('match-reasons')).toContainText('Wilayah terjangkau');
  // A buyer that does not cover Sanggau says so as a gap.
  await expect(
    panel.getByTestId('match-gaps').filter({ hasText: 'Di luar wilayah layanan' }).first(),
  ).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'recommended-partners');

  await buyer.getByRole('link', { name: 'Ajukan proposal' }).click();
  await expect(page).toHaveURL(/\/proposals\/new\?(program|request)=/);
});
