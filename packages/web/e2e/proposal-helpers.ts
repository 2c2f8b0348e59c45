import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './workspace-sign-in';

/** Signs in on the sign-in page and waits for the signed-in home page. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('viewer-name')).toBeVisible();
}

/** Signs out through the account page, as a person would. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('viewer-name').click();
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Masuk' })).toBeVisible();
}

/** The cooperative a demo officer belongs to, read from the API (through the web app's /graphql). */
export async function cooperativeOf(
  request: APIRequestContext,
  email: string,
): Promise<{ id: string; name: string }> {
  const signedIn = await request.post('/graphql', {
    data: {
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
  });
  const token: string = (await signedIn.json()).data.signIn.token;
  const viewer = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}` },
    data: { query: '{ viewer { memberships { cooperative { id name } } } }' },
  });
  const memberships: { cooperative: { id: string; name: string } | null }[] = (await viewer.json()).data
    .viewer.memberships;
  const cooperative = memberships.find((membership) => membership.cooperative)?.cooperative;
  if (!cooperative) throw new Error(`${email} is not an officer of a cooperative`);
  return cooperative;
}
