import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { signInAs } from './workspace-sign-in';

test('a chair turns the daily digest off in the settings, and it stays off', async ({ page }, testInfo) => {
  // Each project its own user, so the two runs do not change each other's settings.
  const email = testInfo.project.name.startsWith('phone')
    ? 'pengurus@demo.mitradesa.id'
    : 'ketua@demo.mitradesa.id';
  await signInAs(page, email, '/cooperative');
  await page.getByRole('link', { name: 'Pengaturan' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaturan' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Email' });
  const digest = form.getByRole('checkbox', { name: /Ringkasan harian/ });
  await expect(digest).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /Giliran Anda pada proposal/ })).toBeChecked();
  // Reminders of an offering's or a proposal's deadline are a kind of their own.
  await expect(form.getByRole('checkbox', { name: /Tenggat penawaran dan proposal/ })).toBeChecked();
  await digest.uncheck();
  await form.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByRole('status')).toHaveText('Pengaturan email disimpan.');
  await page.reload();
  await expect(
    page.getByRole('form', { name: 'Email' }).getByRole('checkbox', { name: /Ringkasan harian/ }),
  ).not.toBeChecked();
  await expectNoHorizontalScroll(page);
  // Back on, as the demo had it.
  await page
    .getByRole('form', { name: 'Email' })
    .getByRole('checkbox', { name: /Ringkasan harian/ })
    .check();
  await page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  await expect(page.getByRole('status')).toHaveText('Pengaturan email disimpan.');
});

test('an unsubscribe link asks first, and a forged one changes nothing, through the page or one click', async ({
  page,
  request,
}) => {
  const forged = `1.DAILY_DIGEST.${'A'.repeat(32)}`;
  await page.goto(`/unsubscribe?token=${forged}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Berhenti menerima email ini?' })).toBeVisible();
  await expect(page.getByText('Anda tidak akan menerima email "Ringkasan harian" lagi.')).toBeVisible();
  await page.getByRole('button', { name: 'Ya, berhenti' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tautan tidak berlaku' })).toBeVisible();
  // A mail client's one-click POST reaches the API through the web app's address.
  const oneClick = await request.post(`/email/unsubscribe?token=${forged}`, {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    data: 'List-Unsubscribe=One-Click',
  });
  expect(oneClick.status()).toBe(404);
  expect(await oneClick.text()).toBe('not a valid link');
});
