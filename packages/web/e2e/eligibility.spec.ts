import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { cooperativeOf, signIn } from './proposal-helpers';
import { saveScreenshot } from './screenshots';
import { DEMO_PASSWORD } from './workspace-sign-in';

const KETUA = 'ketua@demo.mitradesa.id';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

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

/**
 * The demo cooperative has no business proposal (the seed makes sure of it); a run of the other
 * screen size may have added one, so the journey starts by removing any.
 */
async function withoutBusinessProposal(request: APIRequestContext, cooperativeId: string): Promise<void> {
  const graphql = await graphqlAs(request, KETUA);
  const data = await graphql('query ($id: ID!) { cooperative(id: $id) { documents { id type version } } }', {
    id: cooperativeId,
  });
  for (const document of data.cooperative.documents as { id: string; type: string; version: number }[]) {
    if (document.type !== 'BUSINESS_PROPOSAL') continue;
    await graphql(
      'mutation ($input: RemoveCooperativeDocumentInput!) { removeCooperativeDocument(input: $input) { removedDocumentId } }',
      { input: { id: document.id, version: document.version } },
    );
  }
}

async function briPmk49Loan(request: APIRequestContext): Promise<string> {
  const graphql = await graphqlAs(request, KETUA);
  const data = await graphql('{ programs(first: 100) { edges { node { id name } } } }');
  const program = (data.programs.edges as { node: { id: string; name: string } }[]).find(
    (edge) => edge.node.name === 'Pinjaman KDKMP BRI (PMK 49/2025)',
  );
  if (!program) throw new Error('the demo data has no BRI PMK 49 loan');
  return program.node.id;
}

test('the chair sees the PMK 49 checklist, adds the missing business proposal with its PDF, and sees it met', async ({
  page,
  request,
}, testInfo) => {
  const cooperative = await cooperativeOf(request, KETUA);
  await withoutBusinessProposal(request, cooperative.id);
  const programId = await briPmk49Loan(request);
  await signIn(page, KETUA);

  // The program page: every requirement with its sign; the business proposal is missing.
  await page.goto(`/programs/${encodeURIComponent(programId)}`);
  const checklist = page.getByRole('region', { name: 'Kelayakan koperasi Anda' });
  await expect(checklist).toContainText(cooperative.name);
  await expect(checklist.getByText('Belum memenuhi syarat')).toBeVisible();
  const proposal = checklist.locator('[data-requirement="DOCUMENT:BUSINESS_PROPOSAL"]');
  await expect(proposal).toHaveAttribute('data-status', 'MISSING');
  await expect(proposal).toContainText('✗');
  await expect(proposal).toContainText('Proposal bisnis (belum ada)');
  await expect(checklist.locator('[data-requirement="DOCUMENT:SK_AHU"]')).toHaveAttribute(
    'data-status',
    'MET',
  );
  await expect(checklist.locator('[data-requirement="AMOUNT"]')).toHaveAttribute('data-status', 'UNKNOWN');

  // An amount above the Rp3 billion ceiling is not met; within it, it is.
  await checklist.getByLabel(/Jumlah pinjaman/).fill('3.500.000.000');
  await checklist.getByRole('button', { name: 'Periksa' }).click();
  await expect(checklist.locator('[data-requirement="AMOUNT"]')).toHaveAttribute('data-status', 'NOT_MET');
  await expect(checklist.locator('[data-requirement="AMOUNT"]')).toContainText(
    'melebihi batas Rp3.000.000.000',
  );
  await checklist.getByLabel(/Jumlah pinjaman/).fill('1.500.000.000');
  await checklist.getByRole('button', { name: 'Periksa' }).click();
  await expect(checklist.locator('[data-requirement="AMOUNT"]')).toHaveAttribute('data-status', 'MET');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'eligibility-missing');

  // The link leads to the workspace's documents, the missing type chosen.
  await proposal.getByRole('link', { name: 'Tambahkan Proposal bisnis' }).click();
  const add = page.getByRole('form', { name: 'Tambah dokumen' });
  await expect(add.getByLabel('Jenis dokumen')).toHaveValue('BUSINESS_PROPOSAL');

  // A file that only pretends to be a PDF: the record is kept, the server refuses the file.
  await add.getByLabel('Tanggal terbit').fill('2026-10-01');
  await add.getByLabel(/^Berkas/).setInputFiles({
    name: 'proposal.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('bukan pdf sungguhan'),
  });
  await add.getByRole('button', { name: 'Tambah dokumen' }).click();
  await expect(add.getByText('Jenis berkas tidak diterima: hanya PDF, JPEG, PNG atau WebP.')).toBeVisible();

  // The real PDF, uploaded from the document's own editor.
  const item = page.locator('[data-document-type="BUSINESS_PROPOSAL"]');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Berlaku');
  await item.getByText('Ubah Proposal bisnis').click();
  const upload = item.getByRole('form', { name: 'Unggah berkas Proposal bisnis' });
  await upload
    .getByLabel(/^Berkas/)
    .setInputFiles({ name: 'proposal-bisnis.pdf', mimeType: 'application/pdf', buffer: PDF });
  await upload.getByRole('button', { name: 'Unggah berkas' }).click();
  const download = item.getByRole('link', { name: 'Unduh proposal-bisnis.pdf' });
  await expect(download).toBeVisible();
  const file = await page.request.get((await download.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/pdf');
  expect(Buffer.from(await file.body()).equals(PDF)).toBe(true);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'eligibility-documents');

  // Back on the program page, the requirement is met.
  await page.goto(`/programs/${encodeURIComponent(programId)}`);
  const met = page
    .getByRole('region', { name: 'Kelayakan koperasi Anda' })
    .locator('[data-requirement="DOCUMENT:BUSINESS_PROPOSAL"]');
  await expect(met).toHaveAttribute('data-status', 'MET');
  await expect(met).toContainText('✓');
  await expect(met).toContainText('Proposal bisnis (terpenuhi)');
  await saveScreenshot(page, testInfo, 'eligibility-met');
});

test('an outsider may not download the file of a document', async ({ page, request }) => {
  const cooperative = await cooperativeOf(request, KETUA);
  const graphql = await graphqlAs(request, KETUA);
  const data = await graphql('query ($id: ID!) { cooperative(id: $id) { documents { id } } }', {
    id: cooperative.id,
  });
  const id = (data.cooperative.documents as { id: string }[])[0]!.id;
  await signIn(page, 'bank@demo.mitradesa.id');
  const response = await page.request.get(`/documents/${id}/file`);
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('FORBIDDEN');
});

test('the mentor attests a document and a unit on the cooperative page; the attestation shows who and when', async ({
  page,
  request,
}, testInfo) => {
  const cooperative = await cooperativeOf(request, KETUA);
  await signIn(page, 'pendamping@demo.mitradesa.id');
  await page.goto(`/cooperatives/${encodeURIComponent(cooperative.id)}`);
  const documents = page.getByRole('region', { name: 'Dokumen', exact: true });
  const skAhu = documents.locator('[data-document-type="SK_AHU"]');
  await skAhu.getByRole('button', { name: 'Saya sudah melihat dokumen ini: SK AHU' }).click();
  await expect(skAhu.getByRole('status')).toHaveText('Tercatat: SK AHU.');
  const attestations = page.getByRole('region', { name: 'Kesaksian pendamping' });
  await expect(attestations).toContainText('Dokumen asli dilihat: SK AHU');
  await expect(attestations).toContainText('oleh ');
  await expect(skAhu).toContainText(/Dibenarkan pendamping|Dokumen terverifikasi|Terverifikasi pemerintah/);

  // A unit the mentor saw trading: it becomes active.
  const units = page.getByRole('region', { name: 'Gerai usaha' });
  const unitButton = units.getByRole('button', { name: /^Unit aktif: / }).first();
  const unitName = ((await unitButton.getAttribute('aria-label')) ?? '').replace('Unit aktif: ', '');
  await unitButton.click();
  // The unit turns active. The "Tercatat" note lives beside the button, which the refreshed page
  // no longer shows for an active unit, so only a slow refresh leaves time to see it.
  await expect(units.getByRole('listitem').filter({ hasText: unitName })).toContainText('Aktif sejak');
  await expect(units.getByRole('button', { name: `Unit aktif: ${unitName}` })).toHaveCount(0);
  await expect(attestations).toContainText(`Gerai aktif: ${unitName}`);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'mentor-attestation');
});

test('the chair sees no attest buttons on their own cooperative page', async ({ page, request }) => {
  const cooperative = await cooperativeOf(request, KETUA);
  await signIn(page, KETUA);
  await page.goto(`/cooperatives/${encodeURIComponent(cooperative.id)}`);
  await expect(page.getByRole('region', { name: 'Dokumen', exact: true })).toContainText('SK AHU');
  await expect(page.getByRole('button', { name: /Saya sudah melihat dokumen ini/ })).toHaveCount(0);
});
