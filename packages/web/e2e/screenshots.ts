import type { Page, TestInfo } from '@playwright/test';

/** Keeps a full-page picture of a key page in test-output/screenshots (gitignored). */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({
    path: `test-output/screenshots/${testInfo.project.name}-${name}.png`,
    fullPage: true,
  });
}
