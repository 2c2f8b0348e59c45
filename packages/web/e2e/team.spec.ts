import type { Page } from '@playwright/test';
import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';

const member = (page: Page, name: string | RegExp) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name }) });
/** A member's role as its badge shows it (the role picker beside it lists every role). */
const roleBadge = (article: ReturnType<typeof member>, role: string) =>
  article.locator('span', { hasText: new RegExp(`^${role}$`) });

test('the ketua invites a new staff member, who joins by the link; the ketua changes the role and removes them, and stays the last ketua', async ({
  page,
  browser,
}, testInfo) => {
  const email = `rina.${testInfo.project.name}.${Date.now()}@contoh.id`;
  const name = `Rina ${testInfo.project.name}`;
  await signInAs(page, 'ketua@demo.mitradesa.id', '/cooperative');
  await page.getByRole('link', { name: 'Tim & akun' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Tim Koperasi/ })).toBeVisible();

  const form = page.getByRole('form', { name: 'Undang anggota' });
  await form.getByLabel('Email').fill('bukan-email');
  await form.getByRole('button', { name: 'Kirim undangan' }).click();
  await expect(form.getByText('Tulis alamat email yang lengkap')).toBeVisible();
  await form.getByLabel('Email').fill(email);
  await form.getByLabel(/^Nama/).fill(name);
  await expect(form.getByLabel('Peran')).toHaveValue('STAFF');
  await form.getByRole('button', { name: 'Kirim undangan' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Undangan terkirim ke ${email}` })).toBeVisible();
  const link = (await page.getByTestId('invitation-link').textContent())!.trim();
  expect(link).toMatch(/\/invitation\?token=mdi_[\w-]{43}$/);
  const invitation = page.getByRole('region', { name: 'Undangan terbuka' }).getByRole('article');
  await expect(invitation.filter({ hasText: email })).toContainText('Staf');
  await expectNoHorizontalScroll(page);

  // The invitee, on a phone of their own: sets a password and lands in the cooperative's workspace.
  const invitee = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await expect(
    inviteePage.getByRole('heading', { level: 1, name: /^Bergabung dengan Koperasi/ }),
  ).toBeVisible();
  await expect(inviteePage.getByText(`Undangan untuk ${email}`)).toBeVisible();
  await expect(inviteePage.getByLabel('Nama lengkap')).toHaveValue(name);
  await saveScreenshot(inviteePage, testInfo, 'invitation');
  await inviteePage.getByLabel('Kata sandi', { exact: true }).fill('kopi-sanggau-2026');
  await inviteePage.getByLabel('Ulangi kata sandi').fill('kopi-sanggau-2025');
  await inviteePage.getByRole('button', { name: 'Buat akun dan bergabung' }).click();
  await expect(inviteePage.getByText('Kedua kata sandi baru berbeda.')).toBeVisible();
  await inviteePage.getByLabel('Ulangi kata sandi').fill('kopi-sanggau-2026');
  await inviteePage.getByRole('button', { name: 'Buat akun dan bergabung' }).click();
  await expect(inviteePage).toHaveURL(/\/cooperative\?id=/);
  await expect(inviteePage.getByRole('heading', { level: 1, name: /^Koperasi/ })).toBeVisible();
  await expectNoHorizontalScroll(inviteePage);
  // The link is used up.
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole('heading', { name: 'Undangan sudah diterima' })).toBeVisible();
  await invitee.close();

  // The ketua sees the new member and the record, gives them another role, then removes them.
  await page.reload();
  const rina = member(page, name);
  await expect(roleBadge(rina, 'Staf')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Riwayat perubahan' })).toContainText(
    `${email} menerima undangan dan bergabung sebagai Staf.`,
  );
  await rina.getByLabel(`Peran ${name}`).selectOption('PENGURUS');
  await rina.getByRole('button', { name: 'Ubah peran' }).click();
  await expect(page.getByRole('region', { name: 'Riwayat perubahan' })).toContainText(
    `mengubah peran ${email} dari Staf menjadi Pengurus.`,
  );
  await saveScreenshot(page, testInfo, 'team');
  await expect(roleBadge(member(page, name), 'Pengurus')).toBeVisible();

  // The only ketua cannot step down.
  const self = page.getByRole('article').filter({ hasText: 'ketua@demo.mitradesa.id' });
  await self.getByLabel(/^Peran /).selectOption('PENGURUS');
  await self.getByRole('button', { name: 'Ubah peran' }).click();
  await expect(self.getByRole('alert')).toContainText('Ini Ketua terakhir. Jadikan anggota lain Ketua dulu.');

  await member(page, name).getByRole('button', { name: 'Keluarkan' }).click();
  await member(page, name).getByRole('button', { name: 'Ya, keluarkan' }).click();
  await expect(member(page, name)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Riwayat perubahan' })).toContainText(
    `mengeluarkan ${email}`,
  );
});

test('in English, a bank officer sees the team but manages nobody; an unknown link says so', async ({
  page,
}) => {
  await signInAs(page, 'bank@demo.mitradesa.id', '/en/partner');
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Bank Rakyat Indonesia.*'s team$/ }),
  ).toBeVisible();
  await expect(page.getByText('Invitations and roles are managed by its Partner admin.')).toBeVisible();
  await expect(roleBadge(member(page, 'Admin BRI Demo'), 'Partner admin')).toBeVisible();
  await expect(roleBadge(member(page, 'Petugas BRI Demo'), 'Partner officer')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Invite a member' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remove' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Record of changes' })).toHaveCount(0);
  await expectNoHorizontalScroll(page);

  await page.goto('/en/invitation?token=mdi_unknown');
  await expect(page.getByRole('heading', { name: 'Invitation not found' })).toBeVisible();
});
