import { expect, type Page } from '@playwright/test';

/** Nothing sticks out sideways: at 360 px the page must not scroll horizontally. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
}

/** The button a list's filters fold behind on a phone (its name says how many are active). */
export const filtersToggle = (page: Page) =>
  page.getByRole('button', {
    name: /^(Tampilkan filter|Filter \(\d+ aktif\)|Show filters|Filters \(\d+ active\))$/,
  });

/**
 * Opens a list's filters where they fold (a phone); nothing to do at a desk. Retried until the page
 * has hydrated: a tap before that does nothing.
 */
export async function openFilters(page: Page): Promise<void> {
  const toggle = filtersToggle(page);
  if (!(await toggle.isVisible())) return;
  await expect(async () => {
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
  }).toPass();
}
