import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';

test('a cooperative chair signs in, sees their name in the header, and signs out', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  const header = page.getByRole('banner');
  await header.getByRole('link', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk ke MitraDesa' })).toBeVisible();

  await page.getByLabel('Email').fill('ketua@demo.mitradesa.id');
  await page.getByLabel('Kata sandi').fill('salah-sandi');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Email atau kata sandi salah.');

  await page.getByLabel('Kata sandi').fill('mitradesa-demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/$/);
  const account = header.getByRole('link', { name: 'Akun Ketua Koperasi Demo' });
  await expect(account).toHaveText('Ketua Koperasi Demo');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'signed-in-home');

  // The session is the API's httpOnly cookie on this origin: it survives a full reload.
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === 'mitradesa_session')).toMatchObject({ httpOnly: true });
  await page.reload();
  await expect(account).toBeVisible();

  await account.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anda sudah masuk' })).toBeVisible();
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(header.getByRole('link', { name: 'Masuk' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk ke MitraDesa' })).toBeVisible();
  expect((await page.context().cookies()).some((cookie) => cookie.name === 'mitradesa_session')).toBe(false);
});
