import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { cooperativeOf, signIn, signOut } from './proposal-helpers';
import { saveScreenshot } from './screenshots';

const MENTOR = 'pendamping@demo.mitradesa.id';
const KETUA = 'ketua@demo.mitradesa.id';

test('a mentor drafts a proposal for a caseload cooperative, the board approves it, and it is submitted', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const cooperative = await cooperativeOf(request, KETUA);
  const title = `Draf pendamping: modal gerai simpan pinjam (${testInfo.project.name})`;

  /* ---- The mentor drafts it from the caseload, naming the partner. ---- */
  await signIn(page, MENTOR);
  await page.goto('/mentor');
  const card = page
    .getByRole('region', { name: 'Koperasi dampingan Anda' })
    .getByTestId('caseload-cooperative')
    .filter({ hasText: cooperative.name });
  await card.getByRole('link', { name: /^Susun proposal untuk / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajukan proposal' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Proposal baru' });
  await expect(form.getByText('Sebagai pendamping, Anda menyimpan draf ini')).toBeVisible();
  await form.getByLabel('Mitra').selectOption({ label: 'Bank Rakyat Indonesia (BRI)' });
  await form.getByLabel('Jenis proposal').selectOption('FINANCING');
  await form.getByLabel('Judul').fill(title);
  await form.getByLabel('Jumlah').fill('750.000.000');
  await form.getByLabel('Tenor (bulan)').fill('24');
  await expect(form.getByRole('button', { name: 'Kirim proposal' })).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await form.getByRole('button', { name: 'Simpan sebagai draf' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Draf pendamping, menunggu persetujuan pengurus koperasi')).toBeVisible();
  await expect(page.getByTestId('turn-info')).toContainText(`Giliran ${cooperative.name}`);
  await saveScreenshot(page, testInfo, 'proposal-mentor-draft');
  await signOut(page);

  /* ---- The cooperative's chair finds it waiting and approves it: it goes to the bank. ---- */
  await signIn(page, KETUA);
  await page.goto('/proposals');
  const item = page
    .getByRole('list', { name: /Giliran Anda/ })
    .getByRole('article')
    .filter({ hasText: title });
  await item.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const actions = page.getByRole('list', { name: 'Tindakan yang tersedia' });
  await expect(actions.getByRole('button', { name: 'Setujui dan kirim' })).toBeVisible();
  // Approving acts at once (no confirmation panel): the draft goes out in the cooperative's name.
  await actions.getByRole('button', { name: 'Setujui dan kirim' }).click();

  await expect(page.getByRole('main').getByText('Terkirim', { exact: true })).toBeVisible();
  await expect(page.getByTestId('turn-info')).toContainText('Giliran Bank Rakyat Indonesia (BRI)');
  // The history shows both the mentor's draft and the board's approval.
  const history = page.getByRole('region', { name: 'Riwayat' });
  await expect(history).toContainText('Draf dibuat');
  await expect(history).toContainText('Pendamping');
  await expect(history).toContainText('Draf pendamping disetujui dan dikirim');
  await saveScreenshot(page, testInfo, 'proposal-mentor-draft-approved');
});
