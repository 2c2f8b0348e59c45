import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { signInAs } from './workspace-sign-in';

test('a bank admin creates a read-only API token, sees it once, its system uses it, and the admin revokes it', async ({
  page,
  request,
}, testInfo) => {
  const name = `Sistem originasi kredit (${testInfo.project.name})`;
  await signInAs(page, 'bank.admin@demo.mitradesa.id', '/partner');
  await page.getByRole('link', { name: 'Token API' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /^Token API Bank Rakyat Indonesia/ }),
  ).toBeVisible();

  const form = page.getByRole('form', { name: 'Buat token baru' });
  await form.getByLabel('Nama token').fill(name);
  await expect(form.getByLabel('Izin')).toHaveValue('READ');
  await form.getByRole('button', { name: 'Buat token' }).click();
  const shown = page.getByRole('status').filter({ hasText: `Token "${name}" dibuat` });
  await expect(shown).toContainText('tidak akan ditampilkan lagi');
  const secret = (await page.getByTestId('api-token-secret').textContent())!.trim();
  expect(secret).toMatch(/^mdt_[A-Za-z0-9_-]{40,}$/);
  await expectNoHorizontalScroll(page);

  const listed = page.getByRole('article').filter({ has: page.getByRole('heading', { name }) });
  await expect(listed).toContainText('Hanya baca');
  await expect(listed).toContainText('belum pernah dipakai');

  // The bank's system, with the token: it reads, and may not change anything.
  const asSystem = { authorization: `Bearer ${secret}` };
  const read = await request.post('/graphql', {
    headers: asSystem,
    data: { query: '{ cooperatives(first: 1) { totalCount } }' },
  });
  expect((await read.json()).data.cooperatives.totalCount).toBeGreaterThan(0);
  expect(read.headers()['x-ratelimit-remaining']).toMatch(/^\d+$/);
  const write = await request.post('/graphql', {
    headers: asSystem,
    data: { query: 'mutation { signOut { __typename } }' },
  });
  expect((await write.json()).errors[0].extensions.code).toBe('FORBIDDEN');

  // The admin sees the use, and the secret is not shown again.
  await page.reload();
  await expect(page.getByTestId('api-token-secret')).toHaveCount(0);
  await expect(listed).toContainText('terakhir dipakai');

  await listed.getByRole('button', { name: 'Cabut' }).click();
  await listed.getByRole('button', { name: 'Ya, cabut' }).click();
  await expect(page.getByRole('region', { name: 'Token yang sudah dicabut' })).toContainText(name);
  await expect(listed).toHaveCount(0);
  const refused = await request.post('/graphql', {
    headers: asSystem,
    data: { query: '{ apiTokens { id } }' },
  });
  expect((await refused.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
});

test('a partner officer is told that API tokens are the admin’s', async ({ page }) => {
  await signInAs(page, 'bank@demo.mitradesa.id', '/partner');
  await expect(page.getByRole('link', { name: 'Token API' })).toHaveCount(0);
  await page.goto('/partner/tokens');
  await expect(page.getByRole('heading', { name: 'Hanya admin mitra' })).toBeVisible();
});
