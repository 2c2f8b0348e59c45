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
  // Signed in from the header: straight into the cooperative's workspace.
  await expect(page).toHaveURL((url) => url.pathname === '/cooperative');
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

test('each person lands in their own workspace after signing in, in either language; a page to return to wins', async ({
  page,
}) => {
  const signIn = async (
    email: string,
    path = '/sign-in',
    labels = { password: 'Kata sandi', submit: 'Masuk' },
  ) => {
    await page.context().clearCookies();
    await page.goto(path);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(labels.password).fill('mitradesa-demo');
    await page.getByRole('button', { name: labels.submit, exact: true }).click();
  };
  const english = { password: 'Password', submit: 'Sign in' };

  await signIn('bank@demo.mitradesa.id');
  await expect(page).toHaveURL((url) => url.pathname === '/partner');
  await signIn('pendamping@demo.mitradesa.id');
  await expect(page).toHaveURL((url) => url.pathname === '/mentor');
  await signIn('dinas.kalbar@demo.mitradesa.id', '/en/sign-in', english);
  await expect(page).toHaveURL((url) => url.pathname === '/en/dinas');
  await signIn('pembeli@demo.mitradesa.id', '/en/sign-in', english);
  await expect(page).toHaveURL((url) => url.pathname === '/en/partner');
  // The header's workspace row is the switch to the viewer's other workspaces.
  await expect(
    page.getByRole('navigation', { name: 'Workspaces' }).getByRole('link', { name: 'Proposals' }),
  ).toBeVisible();

  // Sent to sign in from a page: back to that page.
  await signIn('ketua@demo.mitradesa.id', '/sign-in?next=%2Fproposals');
  await expect(page).toHaveURL((url) => url.pathname === '/proposals');
});
