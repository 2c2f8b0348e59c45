import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';
import { cooperativeOf } from './proposal-helpers';

test('a bank officer sees its pipeline by status, then creates a loan program and activates it', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'bank@demo.mitradesa.id', '/partner');
  await expect(page.getByRole('heading', { level: 1, name: /^Ruang kerja .*\(BRI\)/ })).toBeVisible();

  // The pipeline: every status with its count, each linking to the proposals in that status.
  const pipeline = page.getByRole('region', { name: 'Proposal per status' });
  await expect(pipeline).toContainText(/\d+ proposal/);
  const table = pipeline.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(table.getByRole('link', { name: 'Diterima' })).toHaveAttribute(
    'href',
    '/proposals?status=ACCEPTED',
  );

  // The funnel: how far the sent proposals got, how long a decision takes, the volume per month.
  const funnel = page.getByRole('region', { name: 'Corong proposal' });
  await expect(
    funnel.getByRole('list', { name: /^Sampai di tahap mana proposal/ }).getByRole('listitem'),
  ).toHaveCount(5);
  await expect(funnel.getByRole('listitem').first()).toContainText(/^Diajukan\d+ \(100%\)/);
  await expect(funnel).toContainText(/Median [\d,]+ hari dari dikirim sampai diputuskan/);
  await expect(
    funnel.getByRole('table', { name: 'Volume per bulan (12 bulan terakhir)' }).getByRole('row'),
  ).toHaveCount(13);

  // Discovery starts where the partner works: BRI covers every regency of West Kalimantan, so the
  // province, not its first regency (a GET form into the discover page).
  const discover = page.getByRole('form', { name: 'Cari koperasi' });
  await expect(discover.getByLabel('Provinsi')).toHaveValue('61');
  await expect(discover.getByLabel('Kabupaten/kota')).toHaveValue('');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'partner-workspace');

  await page.getByRole('link', { name: 'Buat program' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program baru' })).toBeVisible();
  // The rules a partner may mark negotiable are named in the page's language, not by message keys.
  await expect(page.getByRole('checkbox', { name: 'Masa tenggang' })).toBeVisible();
  await expect(page.getByText('proposal.terms.deviations')).toHaveCount(0);
  const name = `Kredit gudang koperasi (${testInfo.project.name})`;
  await page.getByLabel('Nama program').fill(name);
  // A loan program without its ceiling: the problem shows at the field.
  await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
  const ceiling = page.getByLabel('Plafon tertinggi (Rp)');
  await expect(ceiling).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Program pinjaman wajib mencantumkan plafon tertinggi.')).toBeVisible();

  await ceiling.fill('2.000.000.000');
  await page.getByLabel('Bunga/margin per tahun (%)').fill('6');
  await page.getByLabel('Tenor paling lama (bulan)').fill('60');
  // Coverage: any region of Indonesia, found by name and added to the list.
  const coverage = page.getByRole('group', { name: 'Terbuka untuk wilayah' });
  await coverage.getByRole('combobox', { name: 'Cari nama wilayah' }).fill('sanggau');
  await coverage.getByRole('option', { name: 'Kabupaten Sanggau, Prov. Kalimantan Barat' }).click();
  await page.getByRole('button', { name: 'Tambahkan Kabupaten Sanggau, Prov. Kalimantan Barat' }).click();
  await page.getByRole('group', { name: 'Gerai yang memenuhi syarat' }).getByLabel('Simpan pinjam').check();
  await page.getByRole('group', { name: 'Dokumen yang diperlukan' }).getByLabel('NPWP').check();
  await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();

  await expect(page).toHaveURL(/\/partner\?partner=.+&saved=program/);
  await expect(page.getByRole('status').filter({ hasText: 'Program tersimpan sebagai draf' })).toBeVisible();
  const program = page.getByTestId('workspace-program').filter({ hasText: name });
  await expect(program).toContainText('Draf');
  await expect(program).toContainText('hingga Rp2.000.000.000');
  await expect(program).toContainText('Kabupaten Sanggau');

  await program.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: 'Aktifkan' }).click();
  await expect(page.getByRole('button', { name: 'Jeda' })).toBeVisible();
  await expect(page.locator('main header').getByText('Aktif', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Plafon tertinggi (Rp)')).toHaveValue('2.000.000.000');
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'partner-program');
});

test('a buyer cannot change another partner’s program', async ({ page }) => {
  await signInAs(page, 'pembeli@demo.mitradesa.id', '/partner');
  // Any active program of another partner, through the app's own /graphql.
  const response = await page.request.post('/graphql', {
    data: {
      query:
        '{ viewer { memberships { partner { id } } } programs(first: 50) { edges { node { id partner { id } } } } }',
    },
  });
  const { data } = (await response.json()) as {
    data: {
      viewer: { memberships: { partner: { id: string } | null }[] };
      programs: { edges: { node: { id: string; partner: { id: string } } }[] };
    };
  };
  const own = data.viewer.memberships[0].partner!.id;
  const other = data.programs.edges.find((edge) => edge.node.partner.id !== own)!.node;
  await page.goto(`/partner/programs/${encodeURIComponent(other.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bukan mitra Anda' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan perubahan' })).toHaveCount(0);
});

test('a buyer states the minimum volume of its offtake program; the public pages show it', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'pembeli@demo.mitradesa.id', '/partner');
  await page.getByRole('link', { name: 'Buat program' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program baru' })).toBeVisible();
  // The minimum volume belongs to offtake programs only.
  await expect(page.getByRole('group', { name: 'Volume minimum per bulan' })).toHaveCount(0);
  await page.getByLabel('Jenis program').selectOption({ label: 'Pembelian hasil (offtake)' });
  const volume = page.getByRole('group', { name: 'Volume minimum per bulan' });
  await expect(volume).toBeVisible();
  const name = `Serapan TBS minimal 480 ton (${testInfo.project.name})`;
  await page.getByLabel('Nama program').fill(name);
  await page.getByRole('combobox', { name: 'Komoditas', exact: true }).selectOption({ label: 'TBS sawit' });
  await volume.getByLabel('Jumlah per bulan').fill('0');
  await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
  await expect(volume.getByLabel('Jumlah per bulan')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Volume minimum harus lebih dari 0.')).toBeVisible();

  await volume.getByLabel('Jumlah per bulan').fill('480');
  await expect(volume.getByRole('combobox', { name: 'Satuan', exact: true })).toHaveValue('TON');
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Simpan sebagai draf' }).click();
  await expect(page).toHaveURL(/\/partner\?partner=.+&saved=program/);
  const program = page.getByTestId('workspace-program').filter({ hasText: name });
  await program.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByLabel('Jumlah per bulan')).toHaveValue('480');
  await page.getByRole('button', { name: 'Aktifkan' }).click();
  await expect(page.getByRole('button', { name: 'Jeda' })).toBeVisible();
  const programId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

  await page.goto(`/programs/${encodeURIComponent(programId)}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const eligibility = page.getByRole('region', { name: 'Siapa yang bisa mengajukan' });
  await expect(eligibility.getByText('Volume minimum', { exact: true })).toBeVisible();
  await expect(eligibility.getByText('480 ton/bulan', { exact: true })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'program-minimum-volume');
  await page.goto(`/en/programs/${encodeURIComponent(programId)}`);
  await expect(page.getByText('480 t/month', { exact: true })).toBeVisible();

  // The partners directory lists it with its volume, on whichever page the buyer stands.
  await page.goto('/id/partners');
  const card = page.getByRole('article', { name: 'PT Kapuas Sawit Lestari' });
  for (let pageNumber = 1; pageNumber < 10 && (await card.count()) === 0; pageNumber += 1) {
    await page.getByRole('link', { name: 'Berikutnya' }).click();
    await expect(page.getByRole('link', { name: 'Sebelumnya' })).toBeVisible();
  }
  await expect(card.getByRole('listitem').filter({ hasText: name })).toContainText(
    'Volume minimum: 480 ton/bulan',
  );

  // Closed again, so that the buyer's programs are as other specs expect them.
  await page.goto(`/id/partner/programs/${encodeURIComponent(programId)}`);
  await page.getByRole('button', { name: 'Tutup program' }).click();
  await page.getByRole('button', { name: 'Ya, tutup program' }).click();
  await expect(page.locator('main header').getByText('Ditutup', { exact: true })).toBeVisible();
});

test('a bank officer files a proposal under one of its programs, with the program’s rules beside the terms', async ({
  page,
  request,
}) => {
  const cooperative = await cooperativeOf(request, 'ketua@demo.mitradesa.id');
  await signInAs(page, 'bank@demo.mitradesa.id', '/partner');
  await page.goto(`/proposals/new?cooperative=${encodeURIComponent(cooperative.id)}`);
  const form = page.getByRole('form', { name: /proposal/i });
  await form
    .getByLabel('Program', { exact: true })
    .selectOption({ label: 'Pinjaman KDKMP BRI (PMK 49/2025)' });
  const rules = form.getByRole('complementary', { name: 'Aturan program Pinjaman KDKMP BRI (PMK 49/2025)' });
  await expect(rules).toContainText('Plafon');
  await expect(rules).toContainText('Tenor paling lama');
  await expect(form.getByLabel('Jenis proposal')).toHaveValue('FINANCING');
  await form.getByLabel('Program', { exact: true }).selectOption({ label: 'Agen BRILink di Koperasi Desa' });
  await expect(form.getByLabel('Jenis proposal')).toHaveValue('AGENCY');
  await expect(form.getByRole('complementary', { name: /^Aturan program Agen BRILink/ })).toBeVisible();
});
