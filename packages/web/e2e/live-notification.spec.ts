import type { APIRequestContext, Locator } from '@playwright/test';
import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { cooperativeOf, signIn } from './proposal-helpers';
import { saveScreenshot } from './screenshots';
import { DEMO_PASSWORD } from './workspace-sign-in';

const BANK = 'bank@demo.mitradesa.id';
const KETUA = 'ketua@demo.mitradesa.id';

/** Calls the API through the web app's /graphql as a demo user (Bearer token); returns `data`. */
async function api(
  request: APIRequestContext,
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON of hand-written test queries
): Promise<Record<string, any>> {
  const signedIn = await request.post('/graphql', {
    data: {
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
  });
  const token: string = (await signedIn.json()).data.signIn.token;
  const response = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}` },
    data: { query, variables },
  });
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The number on the bell's badge (no badge: nothing unread). */
async function badgeCount(bell: Locator): Promise<number> {
  const badge = bell.getByTestId('notification-count');
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

test("the bank officer's bell rings live when the cooperative's chair counters, and opens the proposal", async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const title = `Kredit gerai sembako (${testInfo.project.name})`;

  /* ---- Set-up through the API: the bank sends a proposal, the chair starts reviewing it. ---- */
  const cooperative = await cooperativeOf(request, KETUA);
  const bankViewer = await api(request, BANK, '{ viewer { memberships { partner { id } } } }');
  const partnerId: string = bankViewer.viewer.memberships.find(
    (membership: { partner: { id: string } | null }) => membership.partner,
  ).partner.id;
  const created = await api(
    request,
    BANK,
    `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id version } userErrors { message } } }`,
    {
      input: {
        kind: 'FINANCING',
        cooperativeId: cooperative.id,
        partnerId,
        title,
        terms: { amount: '800000000', tenorMonths: 24, ratePerYear: '6' },
      },
    },
  );
  const proposal: { id: string; version: number } = created.createProposal.proposal;
  const submitted = await api(
    request,
    BANK,
    `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { proposal { version } } }`,
    { input: { proposalId: proposal.id, version: proposal.version } },
  );
  await api(
    request,
    KETUA,
    `mutation ($input: StartProposalReviewInput!) { startProposalReview(input: $input) { proposal { version } } }`,
    { input: { proposalId: proposal.id, version: submitted.submitProposal.proposal.version } },
  );

  /* ---- Two people, two browsers: the bank officer has the proposals page open. ---- */
  const bankContext = await browser.newContext();
  const ketuaContext = await browser.newContext();
  try {
    const bankPage = await bankContext.newPage();
    await signIn(bankPage, BANK);
    await bankPage.goto('/proposals');
    const bell = bankPage.getByTestId('notification-bell');
    await expect(bell.getByRole('button', { name: /^Notifikasi/ })).toBeVisible();
    // The review the chair started is already there (loaded over HTTP).
    await bell.getByRole('button', { name: /^Notifikasi/ }).click();
    await expect(bell.getByTestId('notification-item').filter({ hasText: title })).toHaveCount(1);
    await bell.getByRole('button', { name: /^Notifikasi/ }).click();
    const before = await badgeCount(bell);
    // A reload would drop this mark: the new notification must arrive without one.
    await bankPage.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    /* ---- The chair counters in the other browser: now it is the bank's turn. ---- */
    const ketuaPage = await ketuaContext.newPage();
    await signIn(ketuaPage, KETUA);
    await ketuaPage.goto(`/proposals/${encodeURIComponent(proposal.id)}`);
    await ketuaPage.getByRole('button', { name: 'Ajukan penawaran balik' }).click();
    const counter = ketuaPage.getByRole('form', { name: 'Penawaran balik' });
    await counter.getByLabel('Jumlah').fill('650.000.000');
    await counter.getByRole('button', { name: 'Kirim penawaran balik' }).click();
    await expect(ketuaPage.getByText('Penawaran balik terkirim.')).toBeVisible();

    /* ---- The bank's bell rises and shows it, without a reload. ---- */
    await expect(bell.getByTestId('notification-count')).toHaveText(String(before + 1));
    await expect(bell.getByRole('button', { name: `Notifikasi, ${before + 1} belum dibaca` })).toBeVisible();
    expect(
      await bankPage.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
    await bell.getByRole('button', { name: /^Notifikasi/ }).click();
    const item = bell.getByTestId('notification-item').first();
    await expect(item).toContainText(`Giliran Anda: ${title}`);
    await expect(item).toContainText(`${cooperative.name} mengajukan penawaran balik`);
    await expectNoHorizontalScroll(bankPage);
    await saveScreenshot(bankPage, testInfo, 'notification-bell-live');

    /* ---- Opening it leads to the proposal, and it counts as read. ---- */
    await item.click();
    await expect(bankPage).toHaveURL(new RegExp(`/proposals/${encodeURIComponent(proposal.id)}$`));
    await expect(bankPage.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(bankPage.getByTestId('turn-info')).toContainText('Giliran Anda');
    await expect.poll(() => badgeCount(bankPage.getByTestId('notification-bell'))).toBe(before);

    /* ---- The notifications page lists it, read now, with the earlier one. ---- */
    const bellAgain = bankPage.getByTestId('notification-bell');
    await bellAgain.getByRole('button', { name: /^Notifikasi/ }).click();
    await bellAgain.getByRole('link', { name: 'Lihat semua notifikasi' }).click();
    await expect(bankPage.getByRole('heading', { level: 1, name: 'Notifikasi' })).toBeVisible();
    const listed = bankPage.getByRole('main').getByRole('listitem').filter({ hasText: title });
    await expect(listed.first()).toContainText(`Giliran Anda: ${title}`);
    await expect(listed).toHaveCount(2);
  } finally {
    await bankContext.close();
    await ketuaContext.close();
  }
});
