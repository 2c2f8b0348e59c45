import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { cooperativeOf, signIn, signOut } from './proposal-helpers';
import { saveScreenshot } from './screenshots';
import { DEMO_PASSWORD } from './workspace-sign-in';

const KETUA = 'ketua@demo.mitradesa.id';
const BUYER = 'pembeli@demo.mitradesa.id';
const OTHER_CHAIR = 'ketua.sambas@demo.mitradesa.id';
const BANK = 'bank@demo.mitradesa.id';

/** GraphQL through the web app's /graphql as a demo user (signed in with a bearer token). */
async function graphqlAs(request: APIRequestContext, email: string) {
  const signedIn = await request.post('/graphql', {
    data: {
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    },
  });
  const token: string = (await signedIn.json()).data.signIn.token;
  return async (query: string, variables: Record<string, unknown> = {}) =>
    (
      await (
        await request.post('/graphql', {
          headers: { authorization: `Bearer ${token}` },
          data: { query, variables },
        })
      ).json()
    ).data;
}

/** The partner the demo buyer works for. */
async function buyerPartner(request: APIRequestContext): Promise<{ id: string; name: string }> {
  const graphql = await graphqlAs(request, BUYER);
  const data = await graphql('{ viewer { memberships { partner { id name } } } }');
  const partner = (data.viewer.memberships as { partner: { id: string; name: string } | null }[]).find(
    (membership) => membership.partner,
  )?.partner;
  if (!partner) throw new Error(`${BUYER} works for no partner`);
  return partner;
}

/** A run of the other screen size (or an earlier failed run) may have left the passport shared. */
async function notSharedWith(request: APIRequestContext, cooperativeId: string, partnerId: string) {
  const graphql = await graphqlAs(request, KETUA);
  await graphql(
    'mutation ($input: PassportSharingInput!) { stopSharingPassport(input: $input) { userErrors { code } } }',
    { input: { cooperativeId, partnerId } },
  );
}

/**
 * The hint needs a unit to build for its range and instalment: the demo cooperative has one, but
 * the mentor's attestations in another spec turn units active, so add a planned one when none is left.
 */
async function withUnitToBuild(request: APIRequestContext, cooperativeId: string) {
  const graphql = await graphqlAs(request, KETUA);
  const data = await graphql('query ($id: ID!) { cooperative(id: $id) { units { type status } } }', {
    id: cooperativeId,
  });
  const units = data.cooperative.units as { type: string; status: string }[];
  if (units.some((unit) => unit.status === 'PLANNED' || unit.status === 'UNDER_CONSTRUCTION')) return;
  const type = [
    'WAREHOUSE_COLD_STORAGE',
    'LOGISTICS',
    'VILLAGE_CLINIC',
    'VILLAGE_PHARMACY',
    'GROCERY_KIOSK',
  ].find((candidate) => !units.some((unit) => unit.type === candidate));
  await graphql(
    'mutation ($input: AddBusinessUnitInput!) { addBusinessUnit(input: $input) { userErrors { code } } }',
    { input: { cooperativeId, type, status: 'PLANNED' } },
  );
}

const passportPath = (cooperativeId: string) => `/cooperatives/${encodeURIComponent(cooperativeId)}/passport`;

test('the chair opens the financing passport from the workspace and shares it with a buyer, whose staff may then open it while another cooperative’s chair may not', async ({
  page,
  request,
}, testInfo) => {
  const cooperative = await cooperativeOf(request, KETUA);
  const buyer = await buyerPartner(request);
  await notSharedWith(request, cooperative.id, buyer.id);
  await withUnitToBuild(request, cooperative.id);
  const path = passportPath(cooperative.id);

  // From the workspace to the passport.
  await signIn(page, KETUA);
  await page
    .getByRole('navigation', { name: 'Ruang kerja' })
    .getByRole('link', { name: 'Koperasi saya' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: cooperative.name })).toBeVisible();
  // The income the debt-service check compares with, stated in the profile.
  const profile = page.getByRole('form', { name: 'Profil koperasi' });
  await profile.getByLabel(/Perkiraan pendapatan per bulan \(Rp\)/).fill('60.000.000');
  await profile.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(profile.getByRole('status')).toHaveText('Perubahan disimpan.');
  await page.getByRole('link', { name: 'Paspor pembiayaan' }).click();
  await expect(page).toHaveURL((url) => url.pathname === path);
  await expect(page.getByRole('heading', { level: 1, name: 'Paspor pembiayaan' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(cooperative.name);

  // The level, with what it means, and the requirements behind it.
  const readiness = page.getByRole('region', { name: 'Kesiapan pembiayaan' });
  await expect(readiness.getByTestId('readiness-level')).toHaveText(
    /^Tingkat kesiapan: .+ \(tingkat [1-4] dari 4\)$/,
  );
  const requirements = page.getByRole('region', { name: 'Syarat pinjaman PMK 49/2025' });
  await expect(requirements.getByText(/dari \d+ syarat terpenuhi/)).toBeVisible();
  await expect(requirements.locator('[data-requirement="DOCUMENT:SK_AHU"]')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Susunan pengurus' }).getByTestId('board-completeness'),
  ).toHaveText(/^(Lengkap|Belum lengkap)/);

  // The hint, step by step, with its disclaimer.
  const hint = page.getByRole('region', { name: 'Perkiraan besar pinjaman' });
  await expect(hint.getByTestId('hint-disclaimer')).toContainText('bukan keputusan kredit');
  await expect(hint.getByTestId('hint-disclaimer')).toContainText('not a credit decision');
  await expect(hint).toContainText(
    'Paling banyak Rp3.000.000.000 per koperasi, dengan paling banyak Rp500.000.000 untuk biaya operasional.',
  );
  await expect(hint.getByTestId('loan-range')).toHaveText(/^(Rp[\d.]+( – Rp[\d.]+)?|Tidak dapat dihitung)$/);
  await expect(hint).toContainText(/Sumber angka biaya: .+ \(per \d+ \w+ \d{4}\)\./);
  // With a unit to build there is a range, and an instalment to compare the income with.
  await expect(hint.getByTestId('monthly-instalment')).toHaveText(
    /^Lalu \d+ bulan: cicilan Rp[\d.]+ per bulan\.$/,
  );
  await expect(hint.getByTestId('expected-income')).toHaveText('Rp60.000.000');
  await expect(hint.getByTestId('income-cover')).toHaveText(/^\d+(,\d+)?×$/);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'financing-passport');

  // On paper: no site header, buttons or sharing; the passport itself stays.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Cetak / Print' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Berbagi paspor dengan mitra' })).toBeHidden();
  await expect(hint).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Cetak / Print' })).toBeVisible();

  // Shared with the buyer.
  const sharing = page.getByRole('region', { name: 'Berbagi paspor dengan mitra' });
  await sharing.getByLabel('Mitra').selectOption({ label: buyer.name });
  await sharing.getByRole('button', { name: 'Bagikan' }).click();
  await expect(sharing.getByText(`Paspor dibagikan kepada ${buyer.name}.`)).toBeVisible();
  await expect(sharing.getByRole('list', { name: 'Dibagikan kepada' })).toContainText(buyer.name);
  await signOut(page);

  // The buyer's staff may open it now (without the sharing controls), in both languages.
  await signIn(page, BUYER);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: 'Paspor pembiayaan' })).toBeVisible();
  await expect(page.getByTestId('readiness-level')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Perkiraan besar pinjaman' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Berbagi paspor dengan mitra' })).toHaveCount(0);
  await page.goto(`/en${path}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Financing passport' })).toBeVisible();
  await expect(page.getByTestId('readiness-level')).toHaveText(/^Readiness level: .+ \(level [1-4] of 4\)$/);
  await expect(page.getByRole('region', { name: 'Loan-size hint' })).toContainText('Not a credit decision');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'financing-passport-english');
  // Back to Bahasa Indonesia for the next sign-in.
  await page.context().clearCookies({ name: 'NEXT_LOCALE' });
  await page.goto('/');
  await signOut(page);

  // Another cooperative's chair gets a plain refusal, nothing of the passport.
  await signIn(page, OTHER_CHAIR);
  await page.goto(path);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Anda tidak dapat membuka paspor ini' }),
  ).toBeVisible();
  await expect(page.getByTestId('readiness-level')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText(cooperative.name);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'financing-passport-forbidden');
  await page.goto(`/en${path}`);
  await expect(page.getByRole('heading', { level: 1, name: 'You may not open this passport' })).toBeVisible();
  await page.context().clearCookies({ name: 'NEXT_LOCALE' });
  await page.goto('/');
  await signOut(page);

  // The chair stops sharing.
  await signIn(page, KETUA);
  await page.goto(path);
  const stillSharing = page.getByRole('region', { name: 'Berbagi paspor dengan mitra' });
  await stillSharing.getByRole('button', { name: `Berhenti berbagi dengan ${buyer.name}` }).click();
  await expect(stillSharing.getByText(`${buyer.name} tidak lagi dapat membuka paspor ini.`)).toBeVisible();
  await expect(
    stillSharing.getByRole('button', { name: `Berhenti berbagi dengan ${buyer.name}` }),
  ).toHaveCount(0);

  // An emptied income field clears the figure.
  await page.getByRole('link', { name: 'Ruang kerja koperasi' }).click();
  const profileAgain = page.getByRole('form', { name: 'Profil koperasi' });
  await expect(profileAgain.getByLabel(/Perkiraan pendapatan per bulan \(Rp\)/)).toHaveValue('60.000.000');
  await profileAgain.getByLabel(/Perkiraan pendapatan per bulan \(Rp\)/).fill('');
  await profileAgain.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(profileAgain.getByRole('status')).toHaveText('Perubahan disimpan.');
  await page.goto(path);
  await expect(page.getByTestId('expected-income')).toHaveText('pendapatan belum dinyatakan');
});

test('a bank officer opens the passport from a financing proposal with the cooperative', async ({
  page,
  request,
}) => {
  const cooperative = await cooperativeOf(request, KETUA);
  const graphql = await graphqlAs(request, BANK);
  const data = await graphql(
    'query ($cooperativeId: ID!) { proposals(first: 1, filter: { kinds: [FINANCING], cooperativeId: $cooperativeId, statuses: [SUBMITTED, UNDER_REVIEW, NEGOTIATING, ACCEPTED, COMPLETED, DECLINED] }) { edges { node { id } } } }',
    { cooperativeId: cooperative.id },
  );
  const proposal = (data.proposals.edges as { node: { id: string } }[])[0]?.node;
  if (!proposal) throw new Error('the demo cooperative has no financing proposal with the bank');

  await signIn(page, BANK);
  await page.goto(`/proposals/${encodeURIComponent(proposal.id)}`);
  await page.getByRole('link', { name: 'Lihat paspor pembiayaan' }).click();
  await expect(page).toHaveURL((url) => url.pathname === passportPath(cooperative.id));
  await expect(page.getByRole('heading', { level: 1, name: 'Paspor pembiayaan' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(cooperative.name);
  await expect(page.getByTestId('readiness-level')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Berbagi paspor dengan mitra' })).toHaveCount(0);
});
