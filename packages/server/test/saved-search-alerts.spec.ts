import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { mutationCaller } from './writes/support';
import { matchStatement } from '../src/modules/matching/matching.reads';
import type { JobHelpers } from 'graphile-worker';
import {
  LISTING_MATCH_LIMIT,
  LISTING_MATCH_MIN_SCORE,
  RECORD_LISTING_MATCHES_TASK,
  recordListingMatchesTask,
} from '../src/modules/matching/listing-match.events';

/**
 * A listing that goes public (or changes while public) and matches a saved search notifies the
 * search's owner: never the person who made the change, never for a search it does not match,
 * and once per listing until that notification is read.
 */
let server: TestServer;
let fixture: Fixture;
let call: ReturnType<typeof mutationCaller>;
beforeAll(async () => {
  server = await startTestServer();
  fixture = await loadFixture(server.orm.em.getKnex());
  call = mutationCaller(server);
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();
const OFFERING = 'offering { id title version status }';
const REQUEST = 'request { id title version status }';

async function userId(email: string): Promise<number> {
  return (await knex()('app_user').where('email', email).first('id')).id;
}

/** The saved-search notifications a user holds about one subject. */
function alertsOf(email: string, subjectType: string, subjectId: string) {
  return userId(email).then((id) =>
    knex()('notification')
      .where({ recipient_id: id, kind: 'SAVED_SEARCH_MATCH', subject_type: subjectType })
      .andWhere('subject_id', dbIdOf(subjectId))
      .orderBy('id')
      .select('saved_search_name', 'subject_label', 'actor_name', 'read_at'),
  );
}

async function save(user: DemoUser, name: string, q: string, filter = {}) {
  const { payload } = await call<{ savedSearch: { id: string } | null }>(
    'saveSearch',
    'SaveSearchInput',
    'savedSearch { id }',
    { name, q, filter },
    user,
  );
  expect(payload!.userErrors).toEqual([]);
}

async function publishedRubberOffering(title: string) {
  const created = await call<{ offering: { id: string; version: number } }>(
    'createOffering',
    'CreateOfferingInput',
    OFFERING,
    {
      cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
      kind: 'SUPPLY',
      title,
      description: 'Lembaran karet kering, kadar karet kering 60 %',
      commodity: 'RUBBER',
      quantityPerMonth: '12',
      quantityUnit: 'TON',
      deliveryRegionCodes: ['61.03'],
    },
    'staff',
  );
  expect(created.payload!.userErrors).toEqual([]);
  const offering = created.payload!.offering;
  const published = await call<{ offering: { id: string; version: number } }>(
    'publishOffering',
    'PublishOfferingInput',
    OFFERING,
    { id: offering.id, version: offering.version },
    'staff',
  );
  expect(published.payload!.userErrors).toEqual([]);
  return published.payload!.offering;
}

test('publishing a matching offering notifies the saved search owner once, not the publisher nor a search it misses', async () => {
  await save('bankOfficer', 'Karet Sanggau', 'karet', { regionCode: '61.03' });
  await save('bankOfficer', 'Lada', 'lada');
  // The publisher's own matching search stays quiet: they know what they published.
  await save('staff', 'Karet punya sendiri', 'karet');
  const draftTitle = 'Karet lembaran untuk pabrik';

  const offering = await publishedRubberOffering(draftTitle);
  const alerts = await alertsOf('bank@demo.mitradesa.id', 'OFFERING', offering.id);
  expect(alerts).toEqual([
    expect.objectContaining({ saved_search_name: 'Karet Sanggau', subject_label: draftTitle, read_at: null }),
  ]);
  expect(alerts[0]!.actor_name).toMatch(/^Koperasi/);
  expect(await alertsOf('staf@demo.mitradesa.id', 'OFFERING', offering.id)).toEqual([]);

  // Edits while the first notice is unread add nothing; once it is read, the next edit notifies again.
  const edited = await call<{ offering: { id: string; version: number } }>(
    'updateOffering',
    'UpdateOfferingInput',
    OFFERING,
    { id: offering.id, version: offering.version, quantityPerMonth: '15' },
    'staff',
  );
  expect(edited.payload!.userErrors).toEqual([]);
  expect(await alertsOf('bank@demo.mitradesa.id', 'OFFERING', offering.id)).toHaveLength(1);
  await knex()('notification')
    .where({ subject_type: 'OFFERING', subject_id: dbIdOf(offering.id) })
    .update({ read_at: new Date() });
  await call(
    'updateOffering',
    'UpdateOfferingInput',
    OFFERING,
    { id: offering.id, version: edited.payload!.offering.version, quantityPerMonth: '18' },
    'staff',
  );
  expect(await alertsOf('bank@demo.mitradesa.id', 'OFFERING', offering.id)).toHaveLength(2);
});

test('publishing an offering queues its matching, which records its best-fitting partners as the matching ranks them, once (for the digest)', async () => {
  const offering = await publishedRubberOffering('Karet lembaran mingguan');
  const key = `listing_match:OFFERING:${dbIdOf(offering.id)}`;
  /**
   * Runs the queued job as a worker of the queue would (test servers run no workers). The payload
   * is read from graphile-worker's own table: its public view leaves payloads out.
   */
  const runQueuedJob = async () => {
    const jobs = (await knex()('graphile_worker._private_jobs as j')
      .join('graphile_worker._private_tasks as t', 't.id', 'j.task_id')
      .where({ 't.identifier': RECORD_LISTING_MATCHES_TASK, 'j.key': key })
      .select('j.payload')) as { payload: unknown }[];
    expect(jobs).toHaveLength(1);
    await recordListingMatchesTask(server.orm)(jobs[0].payload, {} as JobHelpers);
  };
  const recorded = async () =>
    (await knex()('listing_match')
      .where({ listing_type: 'OFFERING', listing_id: dbIdOf(offering.id) })
      .orderBy('partner_id')
      .select('partner_id', 'cooperative_id', 'score', 'matched_at')) as {
      partner_id: number;
      cooperative_id: number | null;
      score: number;
      matched_at: Date;
    }[];
  // Publishing only queues the matching: nothing is recorded in the transaction of the change.
  expect(await recorded()).toEqual([]);
  await runQueuedJob();
  const matches = await recorded();
  const ranking = matchStatement(
    { kind: 'partnersForOffering', offeringId: dbIdOf(offering.id) },
    LISTING_MATCH_LIMIT,
  );
  const ranked = (
    (await knex().raw(ranking.sql, ranking.bindings)).rows as { partner_id: number; score: number }[]
  )
    .filter((row) => row.score >= LISTING_MATCH_MIN_SCORE)
    .sort((a, b) => a.partner_id - b.partner_id);
  expect(ranked.length).toBeGreaterThan(0);
  expect(matches.map(({ partner_id, score }) => ({ partner_id, score }))).toEqual(
    ranked.map(({ partner_id, score }) => ({ partner_id, score })),
  );
  expect(matches.every((match) => match.cooperative_id === null)).toBe(true);
  // An edit while public queues it again (one job per listing) and tells nobody again.
  await call(
    'updateOffering',
    'UpdateOfferingInput',
    OFFERING,
    { id: offering.id, version: offering.version, quantityPerMonth: '20' },
    'staff',
  );
  await runQueuedJob();
  expect(await recorded()).toEqual(matches);
  await knex().raw('select graphile_worker.remove_job(?)', [key]);
});

test('a draft offering notifies nobody', async () => {
  await save('buyer', 'Semua karet', 'karet');
  const created = await call<{ offering: { id: string } }>(
    'createOffering',
    'CreateOfferingInput',
    OFFERING,
    {
      cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
      kind: 'SUPPLY',
      title: 'Karet draf',
      description: 'Belum terbit',
      commodity: 'RUBBER',
      quantityPerMonth: '3',
      quantityUnit: 'TON',
      deliveryRegionCodes: ['61.03'],
    },
    'staff',
  );
  expect(await alertsOf('pembeli@demo.mitradesa.id', 'OFFERING', created.payload!.offering.id)).toEqual([]);
});

test("a buyer's new request notifies a cooperative officer's matching saved search, delivered with the change", async () => {
  await save('ketua', 'Permintaan karet', 'karet', { regionCode: '61.03' });
  const { payload } = await call<{ request: { id: string } }>(
    'createRequest',
    'CreateRequestInput',
    REQUEST,
    {
      partnerId: globalIdOf('Partner', fixture.buyerId),
      title: 'Butuh karet lembaran',
      description: 'Untuk pabrik di Sanggau',
      commodity: 'RUBBER',
      quantity: '40',
      quantityUnit: 'TON',
      deliveryRegionCode: '61.03',
    },
    'buyer',
  );
  expect(payload!.userErrors).toEqual([]);
  const alerts = await alertsOf('ketua@demo.mitradesa.id', 'PARTNER_REQUEST', payload!.request.id);
  expect(alerts).toEqual([
    expect.objectContaining({ saved_search_name: 'Permintaan karet', subject_label: 'Butuh karet lembaran' }),
  ]);
});
