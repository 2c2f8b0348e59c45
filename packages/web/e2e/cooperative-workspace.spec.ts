import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { cooperativeOf, signIn } from './proposal-helpers';
import { saveScreenshot } from './screenshots';

test('a cooperative chair updates the profile and takes an offering from draft to published and paused', async ({
  page,
  request,
}, testInfo) => {
  const cooperative = await cooperativeOf(request, 'ketua@demo.mitradesa.id');
  await signIn(page, 'ketua@demo.mitradesa.id');
  await page
    .getByRole('navigation', { name: 'Ruang kerja' })
    .getByRole('link', { name: 'Koperasi saya' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: cooperative.name })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Proposal koperasi/ })).toHaveAttribute(
    'href',
    /\/proposals\?cooperative=/,
  );

  // Profile: a new member count, saved with the version the page loaded.
  const profile = page.getByRole('form', { name: 'Profil koperasi' });
  const members = testInfo.project.name === 'desktop' ? '612' : '611';
  await profile.getByLabel('Jumlah anggota').fill(members);
  await profile.getByRole('button', { name: 'Simpan profil' }).click();
  await expect(profile.getByRole('status')).toHaveText('Perubahan disimpan.');
  await expect(profile.getByRole('status')).toBeFocused();

  // A field the API refuses is marked at the field.
  const legal = page.getByRole('form', { name: 'Data badan hukum' });
  await legal.getByLabel('NIB').fill('123');
  await legal.getByRole('button', { name: 'Simpan data badan hukum' }).click();
  await expect(legal.getByLabel('NIB')).toHaveAttribute('aria-invalid', 'true');
  await expect(legal.getByLabel('NIB')).toBeFocused();

  // What needs action comes first (the demo's expired offering), and the section menu stays in
  // view on the way down.
  const todo = page.getByRole('region', { name: 'Perlu tindakan' });
  await expect(todo).toContainText('Penawaran kedaluwarsa:');
  await expect(todo.getByRole('link').first()).toHaveAttribute(
    'href',
    /\/proposals\?cooperative=|#offerings|#documents/,
  );
  await page.getByRole('region', { name: 'Dokumen koperasi' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('navigation', { name: 'Bagian ruang kerja' })).toBeInViewport();

  // The seven standard units at a glance, above the unit editors: recorded or not, and how far.
  const checklist = page.getByRole('list', { name: 'Tujuh gerai standar' }).getByRole('listitem');
  await expect(checklist).toHaveCount(7);
  const summary =
    (await page
      .getByText(/dari 7 gerai standar tercatat/)
      .first()
      .textContent()) ?? '';
  const recorded = Number(/^(\d) dari 7/.exec(summary)?.[1]);
  expect(recorded).toBeGreaterThan(0);
  await expect(checklist.filter({ hasText: '✓' })).toHaveCount(recorded);
  await expect(checklist.filter({ hasText: 'Belum dicatat' })).toHaveCount(7 - recorded);

  // An offering: a draft first, then published, confirmed still valid and paused.
  const title = `Madu hutan kelulut – uji ${testInfo.project.name}`;
  await page.getByRole('button', { name: 'Buat draf penawaran' }).click();
  const draft = page.getByRole('form', { name: 'Draf penawaran baru' });
  await draft.getByLabel('Jenis penawaran').selectOption({ label: 'Pasokan' });
  await draft.getByLabel('Judul').fill(title);
  await draft.getByLabel('Komoditas').selectOption({ label: 'Madu' });
  await draft.getByLabel('Kuantitas per bulan').fill('250');
  await draft.getByLabel('Satuan', { exact: true }).selectOption({ label: 'kg' });
  await draft.getByLabel(/Harga terendah/).fill('180.000');
  await draft.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByText(`Draf "${title}" dibuat.`)).toBeVisible();

  const offering = page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(offering).toContainText('Draf');
  // Published for as long as the chair chooses: 180 days instead of the usual 60.
  await offering.getByLabel('Berlaku selama').selectOption({ label: '180 hari' });
  await offering.getByRole('button', { name: 'Terbitkan' }).click();
  await expect(offering.getByRole('status')).toContainText('diterbitkan');
  await expect(offering).toContainText('Terbit');
  const in180Days = new Intl.DateTimeFormat('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Pontianak',
  }).format(new Date(Date.now() + 180 * 86_400_000));
  await expect(offering).toContainText(`berlaku sampai ${in180Days}`);
  await offering.getByRole('button', { name: 'Masih berlaku' }).click();
  await expect(offering.getByRole('status')).toContainText('masih berlaku');
  await offering.getByRole('button', { name: 'Jeda' }).click();
  await expect(offering.getByRole('status')).toContainText('dijeda');
  await expect(offering.getByRole('button', { name: 'Terbitkan' })).toBeVisible();
  // Closed, it leaves the working list for the closed ones, folded below it.
  await offering.getByRole('button', { name: 'Tutup' }).click();
  const closed = page.getByText(/^Penawaran yang ditutup \(\d+\)$/);
  await expect(closed).toBeVisible();
  await expect(
    page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) }),
  ).toHaveCount(0);
  await closed.click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'cooperative-workspace');
});

test('a cooperative officer cannot open another cooperative’s workspace', async ({
  page,
  request,
}, testInfo) => {
  // The Sanggau cooperative of ketua@, opened by the chair of a Sambas cooperative.
  const other = await cooperativeOf(request, 'ketua@demo.mitradesa.id');
  const own = await cooperativeOf(request, 'ketua.sambas@demo.mitradesa.id');
  await signIn(page, 'ketua.sambas@demo.mitradesa.id');

  await page.goto(`/cooperative?id=${encodeURIComponent(other.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Akses ditolak' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(other.name);
  await expect(page.getByRole('form')).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'cooperative-workspace-forbidden');

  // The way back leads to their own workspace.
  await page.getByRole('link', { name: 'Ke ruang kerja koperasi Anda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: own.name })).toBeVisible();
});
