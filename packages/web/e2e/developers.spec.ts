import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';

test('a partner’s developer reads the API guide and the schema reference without signing in', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'API untuk pengembang' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'API MitraDesa untuk sistem mitra' }),
  ).toBeVisible();
  for (const heading of [
    'Mendapatkan token',
    'Autentikasi',
    'Halaman hasil (kursor Relay)',
    'Kesalahan',
    'Batas',
    'Webhook',
  ])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  const find = page.getByRole('article', {
    name: 'Mencari koperasi yang sudah beroperasi dan punya unit simpan pinjam di satu kabupaten',
  });
  await expect(find.locator('pre').first()).toContainText('unitType: SAVINGS_AND_LOAN');
  await find.locator('summary', { hasText: 'Klien bertipe (TypeScript)' }).click();
  await expect(find).toContainText('const OperatingSavingsAndLoan = graphql(`');
  await expectNoHorizontalScroll(page);

  // The schema itself, for code generators, is the one the reference is made from.
  const schema = await request.get('/developers/schema.graphql');
  expect(schema.ok()).toBe(true);
  expect(await schema.text()).toContain('createWebhookEndpoint(');

  await page.getByRole('link', { name: 'Referensi skema' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referensi skema' })).toBeVisible();
  await page.getByRole('link', { name: 'createProposal', exact: true }).click();
  await expect(page).toHaveURL(/\/developers\/reference\/Mutation#createProposal$/);
  const entry = page.locator('li#createProposal');
  await expect(entry).toContainText('CreateProposalPayload!');
  await entry.getByRole('link', { name: 'CreateProposalInput' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CreateProposalInput' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Field masukan' })).toBeVisible();
  await expect(page.locator('li#terms')).toContainText('ProposalTermsInput!');
  await expectNoHorizontalScroll(page);

  // In English too; a type the schema does not have is a page that does not exist.
  await page.goto('/en/developers/reference/WebhookEventType');
  await expect(page.getByRole('heading', { level: 2, name: 'Values' })).toBeVisible();
  await expect(page.locator('#OFFERING_MATCHED')).toContainText('offering.matched');
  const missing = await page.goto('/developers/reference/NoSuchType');
  expect(missing?.status()).toBe(404);
});
