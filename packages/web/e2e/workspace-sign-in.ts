import { expect, type Page } from '@playwright/test';

/** Demo accounts share one password (see the root README). */
export const DEMO_PASSWORD = 'mitradesa-demo';

/** Signs a demo user in through the sign-in page and lands on `next`. */
export async function signInAs(page: Page, email: string, next: string): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL((url) => url.pathname === next);
}
