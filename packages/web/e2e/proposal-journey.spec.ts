import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll, openFilters } from './layout';
import { cooperativeOf, signIn, signOut } from './proposal-helpers';
import { saveScreenshot } from './screenshots';

const BANK = 'bank@demo.mitradesa.id';
const KETUA = 'ketua@demo.mitradesa.id';

test('a bank files a financing proposal, the cooperative reviews and counters, the bank accepts', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(180_000);
  // The demo cooperative of ketua@: the one the bank must find and open.
  const cooperative = await cooperativeOf(request, KETUA);
  const title = `Pembiayaan gerai simpan pinjam (${testInfo.project.name})`;

  /* ---- The bank officer discovers the cooperative and files a financing proposal. ---- */
  await signIn(page, BANK);
  await page.goto('/cooperatives');
  const filters = page.getByRole('form', { name: 'Saring' });
  await openFilters(page);
  await filters.getByLabel('Provinsi').selectOption({ label: 'Kalimantan Barat' });
  await expect(page).toHaveURL(/province=61(&|$)/);
  await filters.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Sanggau' });
  await expect(page).toHaveURL(/regency=61\.03/);
  await filters.getByLabel('Jenis gerai').selectOption({ label: 'Simpan pinjam' });
  await expect(page).toHaveURL(/unitType=SAVINGS_AND_LOAN/);
  await filters.getByLabel('Status gerai').selectOption({ label: 'Aktif' });
  await expect(page).toHaveURL(/unitStatus=ACTIVE/);
  const results = page.getByRole('region', { name: 'Cari koperasi' }).getByRole('article');
  await results.getByRole('link', { name: cooperative.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: cooperative.name })).toBeVisible();

  await page.getByRole('link', { name: 'Ajukan proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajukan proposal' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Proposal baru' });
  await expect(form.getByLabel('Jenis proposal')).toHaveValue('FINANCING');
  await form.getByLabel('Judul').fill(title);
  await form.getByLabel('Jumlah').fill('1.500.000.000');
  await expect(form.getByText('Terbaca: Rp1.500.000.000')).toBeVisible();
  await form.getByLabel('Tenor (bulan)').fill('36');
  await form.getByLabel(/Bunga\/margin per tahun/).fill('6');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'proposal-new');
  await form.getByRole('button', { name: 'Kirim proposal' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const proposalUrl = page.url();
  expect(proposalUrl).toMatch(/\/proposals\/[^/]+$/);
  await expect(page.getByRole('main').getByText('Terkirim', { exact: true })).toBeVisible();
  await expect(page.getByTestId('turn-info')).toContainText(`Giliran ${cooperative.name}`);
  const actions = page.getByRole('list', { name: 'Tindakan yang tersedia' });
  await expect(actions.getByRole('button')).toHaveText(['Tarik proposal']);
  await signOut(page);

  /* ---- The cooperative's chair finds it under "Giliran Anda", starts the review, counters. ---- */
  await signIn(page, KETUA);
  await page.getByRole('navigation', { name: 'Ruang kerja' }).getByRole('link', { name: 'Proposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Proposal' })).toBeVisible();
  const yourTurn = page.getByRole('list', { name: /Giliran Anda/ });
  const item = yourTurn.getByRole('article').filter({ hasText: title });
  await expect(item).toContainText('Rp1.500.000.000');
  await expect(item).toContainText('Giliran Anda');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'proposals-inbox-your-turn');
  await item.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('turn-info')).toContainText('Giliran Anda');

  // A second tab, loaded now, goes stale once the first one acts.
  const staleTab = await page.context().newPage();
  await staleTab.goto(proposalUrl);
  await expect(staleTab.getByRole('button', { name: 'Mulai tinjau' })).toBeVisible();

  await page.getByRole('button', { name: 'Mulai tinjau' }).click();
  await expect(page.getByText('Peninjauan dimulai.')).toBeVisible();
  await expect(page.getByRole('main').getByText('Sedang ditinjau', { exact: true })).toBeVisible();
  await expect(actions.getByRole('button')).toHaveText([
    'Terima syarat versi 1',
    'Ajukan penawaran balik',
    'Tolak proposal',
  ]);

  // The stale tab sends the version it loaded: the API answers CONFLICT, the page says so and
  // reloads the fresh proposal in place.
  await staleTab.getByRole('button', { name: 'Mulai tinjau' }).click();
  const conflict = staleTab.getByRole('main').getByRole('alert');
  await expect(conflict).toContainText('Seseorang telah mengubah proposal ini — muat ulang');
  await saveScreenshot(staleTab, testInfo, 'proposal-conflict');
  await conflict.getByRole('button', { name: 'Muat ulang' }).click();
  await expect(staleTab.getByRole('main').getByText('Sedang ditinjau', { exact: true })).toBeVisible();
  await expect(staleTab.getByRole('button', { name: 'Ajukan penawaran balik' })).toBeVisible();
  await expect(staleTab.getByRole('main').getByRole('alert')).toHaveCount(0);
  await staleTab.close();

  await page.getByRole('button', { name: 'Ajukan penawaran balik' }).click();
  const counter = page.getByRole('form', { name: 'Penawaran balik' });
  await expect(counter.getByLabel('Jumlah')).toHaveValue('1.500.000.000');
  await counter.getByLabel('Jumlah').fill('1.200.000.000');
  await counter.getByLabel('Tenor (bulan)').fill('48');
  await counter
    .getByLabel('Catatan (opsional)', { exact: true })
    .fill('Plafon disesuaikan dengan arus kas unit simpan pinjam.');
  await counter.getByRole('button', { name: 'Kirim penawaran balik' }).click();
  await expect(page.getByText('Penawaran balik terkirim.')).toBeVisible();
  await expect(page.getByRole('main').getByText('Negosiasi', { exact: true })).toBeVisible();
  await expect(page.getByTestId('turn-info')).toContainText('Giliran Bank Rakyat Indonesia (BRI)');
  await expect(page.getByTestId('latest-changes')).toHaveText('Versi 2 mengubah: Jumlah, Tenor, Catatan.');
  const changedAmount = page.locator('td[data-field="amount"][data-version="2"]');
  await expect(changedAmount).toHaveAttribute('data-changed', 'true');
  await expect(changedAmount).toContainText('Rp1.200.000.000');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'proposal-countered');

  // A word in the thread for the bank.
  await page.getByLabel('Pesan baru').fill('Kami siap dengan plafon Rp1,2 miliar selama 48 bulan.');
  await page.getByRole('button', { name: 'Kirim pesan' }).click();
  await expect(page.getByRole('list', { name: 'Percakapan' })).toContainText('Kami siap dengan plafon');
  await signOut(page);

  /* ---- The bank accepts version 2. ---- */
  await signIn(page, BANK);
  await page.goto('/proposals');
  const bankItem = page
    .getByRole('list', { name: /Giliran Anda/ })
    .getByRole('article')
    .filter({ hasText: title });
  await bankItem.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Percakapan' })).toContainText('Kami siap dengan plafon');
  await page.getByRole('button', { name: 'Terima syarat versi 2' }).click();
  const acceptPanel = page.getByRole('form', { name: 'Terima syarat' });
  await acceptPanel.getByRole('button', { name: 'Ya, terima versi 2' }).click();
  await expect(page.getByText('Syarat telah diterima.')).toBeVisible();
  await expectAccepted(page);
  await saveScreenshot(page, testInfo, 'proposal-accepted-bank');
  await signOut(page);

  /* ---- The cooperative sees it accepted too, with the accepted terms. ---- */
  await signIn(page, KETUA);
  await page.goto(proposalUrl);
  await expectAccepted(page);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'proposal-accepted-cooperative');
});

async function expectAccepted(page: import('@playwright/test').Page): Promise<void> {
  await expect(page.getByRole('main').getByText('Diterima', { exact: true }).first()).toBeVisible();
  await expect(page.getByTestId('accepted-terms')).toContainText('Disepakati: syarat versi 2');
  await expect(page.getByTestId('accepted-terms')).toContainText('Rp1.200.000.000 · 48 bulan · 6% per tahun');
  await expect(page.getByTestId('turn-info')).toContainText('Tidak ada yang perlu bertindak saat ini.');
  const accepted = page.locator('td[data-field="amount"][data-version="2"]');
  await expect(accepted).toContainText('Rp1.200.000.000');
  await expect(page.locator('td[data-field="tenorMonths"][data-version="2"]')).toContainText('48 bulan');
  // Side by side on a wide screen; on a phone one card per version, the latest first.
  const versionTwo =
    page.viewportSize()!.width < 640
      ? page
          .getByRole('list', { name: /Perbandingan syarat/ })
          .getByRole('listitem')
          .first()
      : page.getByRole('table').getByRole('columnheader', { name: /Versi 2/ });
  await expect(versionTwo).toContainText('Versi 2');
  await expect(versionTwo).toContainText('Diterima');
}
