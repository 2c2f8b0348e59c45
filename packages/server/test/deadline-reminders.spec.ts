import { startTestServer, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';
import { DEMO, loadFixture, type Fixture } from './authorization/fixture';
import { remindOfDeadlines, type ReminderSettings } from '../src/modules/notification/deadline-reminders';
import { fromPgTimestamp } from '../src/shared/time';

/**
 * Reminders before deadlines: an offering about to expire, a document about to lapse, a proposal
 * about to expire on a party's turn, each reminded once per deadline to the people who can act,
 * within the days configured, also with two processes running the round at once.
 */
let server: TestServer;
let fixture: Fixture;
const knex = () => server.orm.em.getKnex();
const DAY_MS = 86_400_000;
const SETTINGS: ReminderSettings = { offeringDays: 7, documentDays: 30, proposalDays: 2 };

/** Runs rounds until nothing is left to remind of (the demo data has deadlines of its own). */
async function remindAll(settings = SETTINGS): Promise<number> {
  let total = 0;
  for (;;) {
    const told = await remindOfDeadlines(server.orm.em.fork(), settings);
    if (told === 0) return total;
    total += told;
  }
}

beforeAll(async () => {
  server = await startTestServer();
  fixture = await loadFixture(knex());
  await remindAll();
});
afterAll(() => server.close());

/** The reminders of a subject, as (user, kind, due) rows. */
async function remindersOf(subjectType: string, subjectId: number) {
  const rows = (await knex()('notification as n')
    .join('app_user as u', 'u.id', 'n.recipient_id')
    .where({ 'n.subject_type': subjectType, 'n.subject_id': subjectId })
    .whereIn('n.kind', ['OFFERING_LAPSING', 'DOCUMENT_LAPSING', 'PROPOSAL_DEADLINE'])
    .orderBy('u.email')
    .select('u.email', 'n.kind', 'n.subject_label', 'n.due_at')) as {
    email: string;
    kind: string;
    subject_label: string;
    due_at: string;
  }[];
  return rows.map((row) => ({ ...row, due_at: fromPgTimestamp(row.due_at) }));
}

const BELL = `query { notifications(first: 50) { edges { node { kind subjectType subjectId subjectLabel dueAt } } } }`;

describe('an offering about to expire', () => {
  let offeringId: number;
  let validUntil: Date;

  beforeAll(async () => {
    validUntil = new Date(Date.now() + 3 * DAY_MS);
    [{ id: offeringId }] = await knex()('offering')
      .insert({
        cooperative_id: fixture.demoCooperativeId,
        kind: 'SUPPLY',
        title: 'Lada putih kering – pengingat',
        commodity: 'PEPPER',
        quantity_per_month: '2',
        quantity_unit: 'TON',
        status: 'PUBLISHED',
        valid_until: validUntil,
        last_confirmed_at: new Date(),
      })
      .returning('id');
  });

  test('its cooperative’s officers and staff are reminded once, with the deadline, in their bell', async () => {
    expect(await remindAll()).toBeGreaterThan(0);
    const reminders = await remindersOf('OFFERING', offeringId);
    expect(reminders.map((row) => row.email)).toEqual([DEMO.ketua, DEMO.pengurus, DEMO.staff].sort());
    for (const row of reminders) {
      expect(row).toMatchObject({ kind: 'OFFERING_LAPSING', subject_label: 'Lada putih kering – pengingat' });
      expect(row.due_at.getTime()).toBe(validUntil.getTime());
    }
    const bell = await server.graphql<{
      notifications: { edges: { node: Record<string, string> }[] };
    }>(BELL, {}, { token: await server.signIn(DEMO.staff) });
    expect(bell.errors).toBeUndefined();
    expect(bell.data!.notifications.edges.map((edge) => edge.node)).toContainEqual({
      kind: 'OFFERING_LAPSING',
      subjectType: 'OFFERING',
      subjectId: globalIdOf('Offering', offeringId),
      subjectLabel: 'Lada putih kering – pengingat',
      dueAt: validUntil.toISOString(),
    });
    // Nobody of another cooperative, nor the bank, is told.
    expect(reminders.map((row) => row.email)).not.toContain(DEMO.otherKetua);

    // Reminded once: the next rounds add nothing.
    expect(await remindAll()).toBe(0);
    expect(await remindersOf('OFFERING', offeringId)).toHaveLength(3);
  });

  test('confirmed again, its new deadline is reminded of again when it comes within reach', async () => {
    const later = new Date(Date.now() + 20 * DAY_MS);
    await knex()('offering').where('id', offeringId).update({ valid_until: later });
    // Twenty days ahead is beyond the seven days configured…
    expect(await remindAll()).toBe(0);
    // …and within reach with thirty.
    await remindAll({ ...SETTINGS, offeringDays: 30 });
    const reminders = await remindersOf('OFFERING', offeringId);
    expect(reminders).toHaveLength(6);
    expect(reminders.filter((row) => row.due_at.getTime() === later.getTime())).toHaveLength(3);
  });

  test('a paused offering is not reminded of', async () => {
    const [{ id }] = await knex()('offering')
      .insert({
        cooperative_id: fixture.demoCooperativeId,
        kind: 'SUPPLY',
        title: 'Jeda – tanpa pengingat',
        commodity: 'PEPPER',
        quantity_per_month: '1',
        quantity_unit: 'TON',
        status: 'PAUSED',
        valid_until: new Date(Date.now() + 2 * DAY_MS),
      })
      .returning('id');
    await remindAll();
    expect(await remindersOf('OFFERING', id)).toEqual([]);
  });
});

test('a document about to lapse: its cooperative’s chair and board are reminded, staff are not', async () => {
  const expiresOn = new Date(Date.now() + 10 * DAY_MS).toISOString().slice(0, 10);
  const [{ id }] = await knex()('cooperative_document')
    .insert({
      cooperative_id: fixture.demoCooperativeId,
      type: 'NPWP',
      number: '12.345',
      expires_on: expiresOn,
    })
    .returning('id');
  await remindAll();
  const reminders = await remindersOf('COOPERATIVE_DOCUMENT', id);
  expect(reminders.map((row) => row.email)).toEqual([DEMO.ketua, DEMO.pengurus].sort());
  expect(reminders.every((row) => row.kind === 'DOCUMENT_LAPSING' && row.subject_label === 'NPWP')).toBe(
    true,
  );
  expect(reminders[0].due_at.toISOString().slice(0, 10)).toBe(expiresOn);
});

describe('a proposal about to expire', () => {
  async function proposalOnTurn(turn: 'PARTNER' | 'COOPERATIVE', hoursLeft: number): Promise<number> {
    const proposal = (await knex()('proposal')
      .where({ cooperative_id: fixture.demoCooperativeId, partner_id: fixture.bankId })
      .whereIn('status', ['SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING'])
      .orderBy('id')
      .first('id')) as { id: number } | undefined;
    expect(proposal).toBeDefined();
    await knex()('proposal')
      .where('id', proposal!.id)
      .update({ turn, turn_since: new Date(), expires_at: new Date(Date.now() + hoursLeft * 3_600_000) });
    return proposal!.id;
  }

  test('the party on turn is reminded, not the other one; beyond the days configured, nobody', async () => {
    const id = await proposalOnTurn('PARTNER', 30);
    await remindAll();
    const reminders = await remindersOf('PROPOSAL', id);
    expect(reminders.map((row) => row.email)).toEqual([DEMO.bankAdmin, DEMO.bankOfficer].sort());
    expect(reminders.every((row) => row.kind === 'PROPOSAL_DEADLINE')).toBe(true);

    // The cooperative's turn now, three days left: beyond the two days configured.
    await knex()('proposal')
      .where('id', id)
      .update({ turn: 'COOPERATIVE', expires_at: new Date(Date.now() + 72 * 3_600_000) });
    await remindAll();
    expect(await remindersOf('PROPOSAL', id)).toHaveLength(2);
    // Within them: the cooperative's people and its mentor.
    await knex()('proposal')
      .where('id', id)
      .update({ expires_at: new Date(Date.now() + 20 * 3_600_000) });
    await remindAll();
    const emails = (await remindersOf('PROPOSAL', id)).map((row) => row.email);
    expect(emails).toEqual(expect.arrayContaining([DEMO.ketua, DEMO.pengurus, DEMO.staff]));
    expect(emails.filter((email) => email === DEMO.bankOfficer)).toHaveLength(1);
  });
});

test('two processes running the round at once remind each deadline once', async () => {
  const ids = await Promise.all(
    [1, 2, 3].map(async (day) => {
      const [{ id }] = await knex()('offering')
        .insert({
          cooperative_id: fixture.otherCooperativeId,
          kind: 'SUPPLY',
          title: `Serentak ${day}`,
          commodity: 'RUBBER',
          quantity_per_month: '1',
          quantity_unit: 'TON',
          status: 'PUBLISHED',
          valid_until: new Date(Date.now() + day * DAY_MS),
        })
        .returning('id');
      return id as number;
    }),
  );
  const told = await Promise.all([
    remindOfDeadlines(server.orm.em.fork(), SETTINGS),
    remindOfDeadlines(server.orm.em.fork(), SETTINGS),
    remindOfDeadlines(server.orm.em.fork(), SETTINGS),
  ]);
  const officers = (await knex()('membership')
    .where('cooperative_id', fixture.otherCooperativeId)
    .whereIn('role', ['KETUA', 'PENGURUS', 'STAFF'])
    .countDistinct('user_id as n')
    .first()) as { n: string };
  expect(told.reduce((sum, count) => sum + count, 0)).toBe(ids.length * Number(officers.n));
  for (const id of ids) {
    expect(await remindersOf('OFFERING', id)).toHaveLength(Number(officers.n));
  }
  const recorded = await knex()('deadline_reminder')
    .where('subject_type', 'OFFERING')
    .whereIn('subject_id', ids);
  expect(recorded).toHaveLength(ids.length);
});
