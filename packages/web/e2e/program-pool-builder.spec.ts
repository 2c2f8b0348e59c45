import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';
import {
  asUser,
  closeOffering,
  closeProgram,
  openOfftakeProgram,
  publishSupply,
  type Call,
} from './pool-helpers';

/*
 * A pooled offer answering an offtake program's minimum volume, built in the browser. The demo
 * buyer opens a honey program across West Kalimantan (a commodity no other spec pools) that takes
 * at least 5,000 t a month, and the demo cooperatives of Sanggau (Botuh Lintang) and Sambas publish
 * honey supply large enough that the fewest cooperatives reaching it are those two. The lead's
 * chair finds the link on the public program page, gathers the pool around the lead's regency (the
 * page's default), offers a suggested pool and sends it; the proposal shows the program's minimum
 * as the pool's target. Each project opens its own program and offerings (the desktop's larger, so
 * that each cooperative's largest offering, which a suggestion takes, is the fresh one); all are
 * closed afterwards whatever the outcome.
 */
const LEAD_BOARD = 'ketua@demo.mitradesa.id';
const MEMBER_BOARD = 'ketua.sambas@demo.mitradesa.id';
const BUYER = 'pembeli@demo.mitradesa.id';
const MINIMUM = 5_000_000;
const SUPPLY: Record<string, number> = { 'phone-360': 3_000_000, desktop: 3_100_000 };

const opened: { call: Call; kind: 'program' | 'offering'; id: string }[] = [];
test.afterEach(async () => {
  for (const { call, kind, id } of opened.splice(0)) {
    if (kind === 'program') await closeProgram(call, id);
    else await closeOffering(call, id);
  }
});

async function publishHoney(call: Call, quantity: number): Promise<{ id: string; name: string }> {
  const { cooperative, offeringId } = await publishSupply(call, {
    title: 'Madu hutan kelulut',
    commodity: 'HONEY',
    quantityKg: quantity,
    priceMin: '150000',
  });
  opened.push({ call, kind: 'offering', id: offeringId });
  return cooperative;
}

test('a pooled offer for an offtake program: from the program page to a proposal whose target is the minimum volume', async ({
  page,
  request,
}, testInfo) => {
  const isPhone = testInfo.project.name === 'phone-360';
  const buyer = await asUser(request, BUYER);
  const programName = `Serapan madu hutan Kalimantan Barat (${testInfo.project.name})`;
  const program = await openOfftakeProgram(buyer, {
    name: programName,
    commodity: 'HONEY',
    minimumKg: MINIMUM,
    coverage: ['61'],
  });
  opened.push({ call: buyer, kind: 'program', id: program.id });
  const lead = await publishHoney(await asUser(request, LEAD_BOARD), SUPPLY[testInfo.project.name]);
  const member = await publishHoney(await asUser(request, MEMBER_BOARD), SUPPLY[testInfo.project.name]);

  // The public program page links the board to the pool builder.
  const programPath = `/programs/${encodeURIComponent(program.id)}`;
  await signInAs(page, LEAD_BOARD, programPath);
  await page.getByRole('link', { name: 'Tawarkan bersama koperasi lain' }).click();
  await expect(page).toHaveURL((url) => url.pathname === `${programPath}/pools`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tawarkan bersama koperasi lain' })).toBeVisible();
  const details = page.getByTestId('pool-program');
  await expect(details).toContainText(program.partner.name);
  await expect(details).toContainText('Madu');
  await expect(page.getByTestId('pool-program-minimum')).toHaveText('5.000.000 kg per bulan');
  await expect(details).toContainText('Kalimantan Barat');
  // Gathered by default around the lead's own regency, inside the program's coverage.
  const near = page.getByLabel('Kumpulkan koperasi di sekitar');
  await expect(near.locator('option:checked')).toContainText('Sanggau');

  const suggestion = page
    .getByTestId('suggested-pool')
    .filter({ hasText: lead.name })
    .filter({ hasText: member.name })
    .first();
  await expect(suggestion).toBeVisible();
  await expect(suggestion).toHaveAttribute('data-target', String(MINIMUM));
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'program-pool-suggestions');
  await suggestion.getByRole('link', { name: /^Ajukan penawaran gabungan ini/ }).click();

  // The form answers the program: the shares start from the members' supply and reach the minimum.
  const form = page.getByRole('form', { name: 'Penawaran gabungan baru' });
  await expect(form).toBeVisible();
  await expect(form.getByTestId('pool-offer-lead')).toHaveText(lead.name);
  await expect(form.getByLabel('Judul')).toHaveValue(`Penawaran gabungan: ${programName}`);
  const tally = form.getByTestId('pool-offer-tally');
  await expect(tally).toHaveAttribute('data-reached', 'true');
  await expect(tally).toContainText('Terkumpul 5.000.000 dari 5.000.000 kg/bulan');
  await form.getByLabel('Harga per kg (Rp)').fill('155.000');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'program-pool-form');
  await form.getByRole('button', { name: 'Kirim penawaran gabungan' }).click();

  // The proposal: the pool's target is the program's minimum volume.
  await expect(page).toHaveURL(/\/proposals\/[^/]+$/);
  await expect(
    page.getByRole('heading', { level: 1, name: `Penawaran gabungan: ${programName}` }),
  ).toBeVisible();
  const pool = page.getByRole('region', { name: 'Anggota penawaran gabungan' });
  await expect(pool.getByTestId('pool-target')).toHaveText('5.000.000 kg per bulan');
  await expect(pool.getByTestId('pool-committed')).toHaveText('5.000.000 kg per bulan');
  const members = pool.getByTestId(isPhone ? 'pool-member' : 'pool-member-row');
  await expect(members).toHaveCount(2);
  await expect(members.filter({ hasText: lead.name })).toContainText('Pemimpin');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'program-pool-proposal');
});
