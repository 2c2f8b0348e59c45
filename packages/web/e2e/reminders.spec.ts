import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { asUser, closeOffering, publishSupply } from './pool-helpers';
import { signInAs } from './workspace-sign-in';

const KETUA = 'ketua@demo.mitradesa.id';

test('the chair is reminded of an offering that ends within the week, in both languages, and the reminder leads to the offerings', async ({
  page,
  request,
}, testInfo) => {
  const title = `Pasokan TBS segera berakhir (${testInfo.project.name} ${Date.now()})`;
  const asChair = await asUser(request, KETUA);
  // Three days: inside the seven days before an offering's end that are reminded of.
  const { offeringId } = await publishSupply(asChair, {
    title,
    commodity: 'PALM_OIL_FFB',
    quantityKg: 1000,
    priceMin: '2500',
    validForDays: 3,
  });
  try {
    await signInAs(page, KETUA, '/notifications');
    // The reminder round runs every 2 s in this set-up; the page is rendered on the server.
    const reminder = page.getByRole('listitem').filter({ hasText: title });
    await expect(async () => {
      await page.reload();
      await expect(reminder).toContainText('Penawaran berakhir', { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(reminder).toContainText('Konfirmasi bila masih berlaku.');
    await expectNoHorizontalScroll(page);

    await page.goto('/en/notifications');
    const inEnglish = page.getByRole('listitem').filter({ hasText: title });
    await expect(inEnglish).toContainText('Offering ends');
    await inEnglish.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/en\/cooperative#offerings$/);
  } finally {
    await closeOffering(asChair, offeringId);
  }
});
