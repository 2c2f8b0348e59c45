import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';
import { asUser, publishSupply, type Call } from './pool-helpers';

/*
 * Building a pooled offer from a suggested pool, in the browser. The demo data has no request
 * whose suggested pools hold a cooperative a demo user may lead, so the test makes one through the
 * API: the demo buyer asks for cocoa across West Kalimantan (a commodity and region no other spec
 * asks for), and the demo cooperatives of Sanggau (Botuh Lintang) and Sambas publish cocoa supply
 * large enough that the fewest cooperatives reaching the quantity are those two. On a phone the
 * lead's chair offers the pool and sends it; on a desktop its mentor drafts it for the board.
 * Each project makes its own request and offerings (the desktop's larger, so that each cooperative's
 * largest offering, which a suggestion takes, is the fresh one).
 */
const LEAD_BOARD = 'ketua@demo.mitradesa.id';
const MEMBER_BOARD = 'ketua.sambas@demo.mitradesa.id';
const MENTOR = 'pendamping@demo.mitradesa.id';
const BUYER = 'pembeli@demo.mitradesa.id';
const TARGET = 5_000_000;
const BY_PROJECT: Record<string, { viewer: string; supply: number; send: string }> = {
  'phone-360': { viewer: LEAD_BOARD, supply: 3_000_000, send: 'Kirim penawaran gabungan' },
  desktop: { viewer: MENTOR, supply: 3_100_000, send: 'Simpan sebagai draf' },
};

/** Publishes a cocoa supply offering of `quantity` kg a month for the viewer's cooperative. */
async function publishCocoa(call: Call, quantity: number): Promise<{ id: string; name: string }> {
  const { cooperative } = await publishSupply(call, {
    title: 'Biji kakao kering fermentasi',
    commodity: 'COCOA',
    quantityKg: quantity,
    priceMin: '30000',
  });
  return cooperative;
}

test('a pooled offer built from a suggested pool: shares adjusted to the target, the proposal shows the members', async ({
  page,
  request,
}, testInfo) => {
  const project = BY_PROJECT[testInfo.project.name];
  const isPhone = testInfo.project.name === 'phone-360';

  const buyer = await asUser(request, BUYER);
  const { viewer } = await buyer('{ viewer { memberships { partner { id name } } } }');
  const partner = viewer.memberships.find((membership: { partner: unknown }) => membership.partner).partner;
  const requestTitle = `Dibutuhkan kakao kering 5.000 ton di Kalimantan Barat (${testInfo.project.name})`;
  const created = await buyer(
    `mutation ($input: CreateRequestInput!) {
      createRequest(input: $input) { request { id } userErrors { code message } }
    }`,
    {
      input: {
        partnerId: partner.id,
        title: requestTitle,
        commodity: 'COCOA',
        quantity: String(TARGET),
        quantityUnit: 'KG',
        deliveryRegionCode: '61',
        priceHint: '32000',
      },
    },
  );
  expect(created.createRequest.userErrors).toEqual([]);
  const requestId: string = created.createRequest.request.id;
  const lead = await publishCocoa(await asUser(request, LEAD_BOARD), project.supply);
  const member = await publishCocoa(await asUser(request, MEMBER_BOARD), project.supply);

  // The request and its suggested pools; the pool of the two offers itself to the lead's side.
  const poolsPath = `/requests/${encodeURIComponent(requestId)}/pools`;
  await signInAs(page, project.viewer, poolsPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Susun penawaran gabungan' })).toBeVisible();
  const details = page.getByTestId('pool-request');
  await expect(details).toContainText(partner.name);
  await expect(details).toContainText('5.000.000 kg per bulan');
  await expect(details).toContainText('Kalimantan Barat');
  const suggestion = page
    .getByTestId('suggested-pool')
    .filter({ hasText: lead.name })
    .filter({ hasText: member.name })
    .first();
  await expect(suggestion).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'pool-builder-suggestions');
  await suggestion.getByRole('link', { name: /^Ajukan penawaran gabungan ini/ }).click();

  // The form: the lead, the title, and the shares from the members' supply, reaching the target.
  const form = page.getByRole('form', { name: 'Penawaran gabungan baru' });
  await expect(form).toBeVisible();
  await expect(form.getByTestId('pool-offer-lead')).toHaveText(lead.name);
  await expect(form.getByLabel('Judul')).toHaveValue(`Penawaran gabungan: ${requestTitle}`);
  const tally = form.getByTestId('pool-offer-tally');
  await expect(tally).toContainText('Terkumpul 5.000.000 dari 5.000.000 kg/bulan');
  const shareOf = (name: string) =>
    form.getByTestId('pool-offer-member').filter({ hasText: name }).getByLabel('Bagian per bulan (kg)');

  // Short while the lead's share is lowered (the other supplies at most its 3 million), then half
  // each reaches the target exactly.
  await shareOf(lead.name).fill('1.000.000');
  await expect(tally).toHaveAttribute('data-reached', 'false');
  await expect(tally).toContainText('Kurang');
  await shareOf(member.name).fill('2.500.000');
  await shareOf(lead.name).fill('2.500.000');
  await expect(tally).toHaveAttribute('data-reached', 'true');
  await expect(tally).toContainText('Terkumpul 5.000.000 dari 5.000.000 kg/bulan. Kebutuhan terpenuhi.');
  await form.getByLabel('Harga per kg (Rp)').fill('31.500');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'pool-builder-form');
  await form.getByRole('button', { name: project.send }).click();

  // The new proposal, with the pool's members and their shares.
  await expect(page).toHaveURL(/\/proposals\/[^/]+$/);
  await expect(
    page.getByRole('heading', { level: 1, name: `Penawaran gabungan: ${requestTitle}` }),
  ).toBeVisible();
  const pool = page.getByRole('region', { name: 'Anggota penawaran gabungan' });
  await expect(pool.getByTestId('pool-committed')).toHaveText('5.000.000 kg per bulan');
  const members = pool.getByTestId(isPhone ? 'pool-member' : 'pool-member-row');
  await expect(members).toHaveCount(2);
  await expect(members.filter({ hasText: lead.name })).toContainText('Pemimpin');
  await expect(members.filter({ hasText: lead.name })).toContainText('2.500.000 kg per bulan');
  await expect(members.filter({ hasText: member.name })).toHaveAttribute('data-status', 'INVITED');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'pool-builder-proposal');
});
