import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { saveScreenshot } from './screenshots';
import { signInAs } from './workspace-sign-in';

test('a mentor sees the caseload with what each cooperative lacks, and filters it by a gap', async ({
  page,
}, testInfo) => {
  await signInAs(page, 'pendamping@demo.mitradesa.id', '/mentor');
  await expect(page.getByRole('heading', { level: 1, name: 'Ruang kerja pendamping' })).toBeVisible();

  const caseload = page.getByRole('region', { name: 'Koperasi dampingan Anda' });
  const cards = caseload.getByTestId('caseload-cooperative');
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  expect(count).toBeGreaterThan(1);
  // Every cooperative says what it lacks, or that it lacks nothing.
  for (const card of await cards.all()) {
    await expect(
      card.getByRole('list', { name: 'Yang masih kurang' }).or(card.getByText('Data lengkap')),
    ).toBeVisible();
    await expect(card.getByRole('link', { name: /^Susun proposal untuk / })).toHaveAttribute(
      'href',
      /^\/proposals\/new\?cooperative=/,
    );
  }
  // What waits on a cooperative comes first (the default order): a proposal on its turn and since
  // when, a draft its board has to approve, documents to renew; each note leads where it is done.
  const waitingNotes = (await cards.all()).map((card) =>
    card.getByRole('list', { name: 'Menunggu koperasi ini' }).getByRole('listitem'),
  );
  const waitingCounts = await Promise.all(waitingNotes.map((notes) => notes.count()));
  expect(waitingCounts[0]).toBeGreaterThan(0);
  const firstQuiet = waitingCounts.indexOf(0);
  if (firstQuiet !== -1) expect(waitingCounts.slice(firstQuiet).every((notes) => notes === 0)).toBe(true);
  await expect(waitingNotes[0].first()).toHaveText(
    /menunggu koperasi, sejak|menunggu persetujuan pengurus|dokumen perlu diperbarui/,
  );
  await expect(waitingNotes[0].first().getByRole('link')).toHaveAttribute(
    'href',
    /^\/(proposals\?cooperative=|cooperatives\/.+#documents$)/,
  );
  await expectNoHorizontalScroll(page);
  await saveScreenshot(page, testInfo, 'mentor-caseload');

  // Most missing first, on request.
  await page
    .getByRole('form', { name: 'Saring dan urutkan koperasi' })
    .getByLabel('Urutkan')
    .selectOption({ label: 'Paling banyak kekurangan dulu' });
  await expect(page).toHaveURL(/[?&]sort=gaps/);
  const gapCounts = await Promise.all(
    (await cards.all()).map((card) =>
      card.getByRole('list', { name: 'Yang masih kurang' }).getByRole('listitem').count(),
    ),
  );
  expect(gapCounts).toEqual([...gapCounts].sort((a, b) => b - a));
  expect(gapCounts[0]).toBeGreaterThan(0);

  // Filter by the first gap of the first cooperative: every card left lacks it.
  const gap = (await cards.first().getByRole('listitem').first().textContent())!.trim();
  await page
    .getByRole('form', { name: 'Saring dan urutkan koperasi' })
    .getByLabel('Kekurangan')
    .selectOption({ label: gap });
  await expect(page).toHaveURL(/[?&]gap=NO_/);
  await expect(cards.first()).toBeVisible();
  for (const card of await cards.all()) await expect(card).toContainText(gap);

  await expect(page.getByRole('region', { name: 'Proposal yang Anda fasilitasi' })).toBeVisible();
});

test('a PMO sees the mentors they supervise with their caseloads, and what waits on those cooperatives', async ({
  page,
}) => {
  await signInAs(page, 'pmo@demo.mitradesa.id', '/mentor');
  const supervised = page.getByRole('region', { name: 'Pendamping yang Anda supervisi' });
  const mentors = supervised.getByTestId('supervised-mentor');
  await expect(mentors.first()).toBeVisible();
  for (const mentor of await mentors.all()) await mentor.locator('summary').click();
  await expect(mentors.first().getByTestId('caseload-cooperative').first()).toBeVisible();
  // Every proposal of a cooperative counts (not only those the PMO brokers): the demo BA's
  // caseload has proposals waiting on a cooperative, first in each BA's list.
  const notes = supervised.getByRole('list', { name: 'Menunggu koperasi ini' }).first().getByRole('listitem');
  await expect(notes.first()).toHaveText(/menunggu koperasi, sejak|menunggu persetujuan pengurus/);
  await expectNoHorizontalScroll(page);
});
