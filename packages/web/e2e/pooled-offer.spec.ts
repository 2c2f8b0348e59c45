import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';
import { asUser, closeOffering, publishSupply, type Call } from './pool-helpers';

/*
 * A pooled offer from the demo cooperative (lead, Sanggau) and the Sambas demo cooperative
 * (member) for one of the demo buyer's open TBS sawit requests. Neither cooperative publishes TBS
 * in the demo seed, so the test first publishes a TBS supply offering for each through the API,
 * as their boards would, and the lead's board writes and submits the pool there too. In the
 * browser: the member's board approves its share, and the buyer sees the members and accepts.
 * Each project answers a request of its own (accepting may close it), and no other spec uses them.
 */
const LEAD = 'ketua@demo.mitradesa.id';
const MEMBER = 'ketua.sambas@demo.mitradesa.id';
const BUYER = 'pembeli@demo.mitradesa.id';
const REQUEST_BY_PROJECT: Record<string, string> = {
  'phone-360': 'Dibutuhkan TBS sawit 250 ton di Kabupaten Sanggau',
  desktop: 'Dibutuhkan TBS sawit 1.600 ton di Kabupaten Landak',
};

/** The offerings a test published, with the board that closes them when it ends. */
const published: { call: Call; id: string }[] = [];

/** Publishes a TBS supply offering of `quantity` kg a month for the viewer's cooperative. */
async function publishTbsOffering(call: Call, quantity: number) {
  const offering = await publishSupply(call, {
    title: 'TBS sawit segar untuk penawaran gabungan',
    commodity: 'PALM_OIL_FFB',
    quantityKg: quantity,
    priceMin: '2500',
  });
  published.push({ call, id: offering.offeringId });
  return offering;
}

// Whatever the outcome: the supply must not outlive the test (see closeOffering).
test.afterEach(async () => {
  for (const { call, id } of published.splice(0)) await closeOffering(call, id);
});

test('a pooled offer: the member approves its share, the buyer sees the members and accepts', async ({
  page,
  request,
}, testInfo) => {
  const requestTitle = REQUEST_BY_PROJECT[testInfo.project.name];
  const buyer = await asUser(request, BUYER);
  const { viewer } = await buyer(
    '{ viewer { memberships { partner { id requests(first: 20) { edges { node { id title quantity } } } } } } }',
  );
  const partner = viewer.memberships.find((membership: { partner: unknown }) => membership.partner).partner;
  const wanted = partner.requests.edges
    .map((edge: { node: { id: string; title: string; quantity: string } }) => edge.node)
    .find((node: { title: string }) => node.title === requestTitle);
  const target = Number(wanted.quantity);

  const lead = await asUser(request, LEAD);
  const member = await asUser(request, MEMBER);
  const leadShare = await publishTbsOffering(lead, target);
  const memberShare = await publishTbsOffering(member, target);
  const title = `Penawaran gabungan TBS sawit (${testInfo.project.name})`;
  const created = await lead(
    `mutation ($input: CreateProposalInput!) {
      createProposal(input: $input) { proposal { id version } errors { code message } }
    }`,
    {
      input: {
        kind: 'OFFTAKE',
        cooperativeId: leadShare.cooperative.id,
        partnerId: partner.id,
        requestId: wanted.id,
        title,
        terms: {
          pricePerUnit: '2600',
          poolShares: [
            {
              cooperativeId: leadShare.cooperative.id,
              offeringId: leadShare.offeringId,
              quantity: String(target * 0.6),
            },
            {
              cooperativeId: memberShare.cooperative.id,
              offeringId: memberShare.offeringId,
              quantity: String(target * 0.4),
            },
          ],
        },
      },
    },
  );
  expect(created.createProposal.errors).toEqual([]);
  const proposal = created.createProposal.proposal;
  const submitted = await lead(
    'mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { errors { code } } }',
    { input: { proposalId: proposal.id, version: proposal.version } },
  );
  expect(submitted.submitProposal.errors).toEqual([]);
  const proposalPath = `/proposals/${encodeURIComponent(proposal.id)}`;

  // The member's board sees the pool, its own share invited, and approves it.
  await signInAs(page, MEMBER, '/cooperative');
  await page.goto(proposalPath);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const pool = page.getByRole('region', { name: 'Anggota penawaran gabungan' });
  await expect(page.getByRole('main').getByText('Gabungan', { exact: true }).first()).toBeVisible();
  const members = pool.getByTestId(testInfo.project.name === 'phone-360' ? 'pool-member' : 'pool-member-row');
  await expect(members).toHaveCount(2);
  await expect(members.filter({ hasText: leadShare.cooperative.name })).toHaveAttribute(
    'data-status',
    'APPROVED',
  );
  await expect(members.filter({ hasText: leadShare.cooperative.name })).toContainText('Pemimpin');
  const ours = members.filter({ hasText: memberShare.cooperative.name });
  await expect(ours).toHaveAttribute('data-status', 'INVITED');
  await expect(ours).toContainText('Diundang');
  // Its own share is marked, and its answer sits at that member.
  await expect(ours).toHaveAttribute('data-viewers-share', 'true');
  await expect(ours).toContainText('Bagian Anda');
  await expect(pool.getByTestId('pool-approvals')).toHaveText('1 dari 2 anggota telah menyetujui');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'pooled-offer-member');

  await pool.getByRole('button', { name: 'Setujui bagian kami' }).click();
  await pool.getByRole('button', { name: 'Ya, setujui bagian kami' }).click();
  await expect(pool.getByText('Bagian koperasi Anda telah disetujui.')).toBeVisible();
  await expect(ours).toHaveAttribute('data-status', 'APPROVED');
  await expect(pool.getByTestId('pool-approvals')).toHaveText('Semua anggota telah menyetujui bagiannya');
  // The timeline names the member that approved.
  const timeline = page.getByRole('list', { name: 'Riwayat' });
  await expect(timeline).toContainText(`Anggota menyetujui bagiannya: ${memberShare.cooperative.name}`);
  await page.context().clearCookies();

  // The buyer sees the pool in its inbox and on the proposal, reviews it and accepts.
  await signInAs(page, BUYER, '/proposals');
  const item = page.getByRole('article').filter({ hasText: title });
  await expect(item.getByText('Gabungan', { exact: true })).toBeVisible();
  await item.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const buyersPool = page.getByRole('region', { name: 'Anggota penawaran gabungan' });
  await expect(buyersPool.getByTestId('pool-target')).toBeVisible();
  await expect(
    buyersPool.getByTestId(testInfo.project.name === 'phone-360' ? 'pool-member' : 'pool-member-row'),
  ).toHaveCount(2);
  await expect(buyersPool.getByRole('button', { name: 'Setujui bagian kami' })).toHaveCount(0);
  await expect(buyersPool.getByText('Bagian Anda')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'pooled-offer-buyer');

  const actions = page.getByRole('region', { name: 'Tindakan Anda' });
  await actions.getByRole('button', { name: 'Mulai tinjau' }).click();
  await actions.getByRole('button', { name: /^Terima syarat versi/ }).click();
  await actions.getByRole('button', { name: /^Ya, terima versi/ }).click();
  await expect(page.getByTestId('accepted-terms')).toBeVisible();
});
