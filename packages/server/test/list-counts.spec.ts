import { startTestServer, type TestServer } from './support/test-server';

/**
 * The totals of the discovery and offerings lists come from counters (cooperative_stage_count,
 * offering_count) when the filter allows it. They must equal what independent SQL counts in the
 * rows, for every filter the counters answer, and stay equal after offerings are inserted, changed
 * and deleted.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();

async function cooperativeTotal(filter: Record<string, unknown>): Promise<number> {
  const response = await server.graphql<{ cooperatives: { totalCount: number } }>(
    'query ($filter: CooperativeFilter) { cooperatives(first: 1, filter: $filter) { totalCount } }',
    { filter },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.cooperatives.totalCount;
}

async function offeringTotal(filter: Record<string, unknown>): Promise<number> {
  const response = await server.graphql<{ offerings: { totalCount: number } }>(
    'query ($filter: OfferingFilter) { offerings(first: 1, filter: $filter) { totalCount } }',
    { filter },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.offerings.totalCount;
}

async function sqlCount(
  table: string,
  where: (qb: ReturnType<ReturnType<typeof knex>>) => void,
): Promise<number> {
  const qb = knex()(table);
  where(qb);
  const [row] = (await qb.count({ count: '*' })) as { count: string }[];
  return Number(row.count);
}

describe('discovery totals', () => {
  test.each<[string, Record<string, unknown>, (qb: ReturnType<ReturnType<typeof knex>>) => void]>([
    ['no filter', {}, () => undefined],
    ['a province', { regionCode: '61' }, (qb) => qb.where('village_code', 'like', '61.%')],
    ['another province', { regionCode: '33' }, (qb) => qb.where('village_code', 'like', '33.%')],
    ['a regency', { regionCode: '61.03' }, (qb) => qb.where('village_code', 'like', '61.03.%')],
    ['a district', { regionCode: '61.03.05' }, (qb) => qb.where('village_code', 'like', '61.03.05.%')],
    [
      'a region without cooperatives',
      { regionCode: '61.99' },
      (qb) => qb.where('village_code', 'like', '61.99.%'),
    ],
    ['stages', { stages: ['OPERATING', 'GROWING'] }, (qb) => qb.whereIn('stage', ['OPERATING', 'GROWING'])],
    [
      'a regency and a stage',
      { regionCode: '61.03', stages: ['LEGALLY_FORMED'] },
      (qb) => qb.where('village_code', 'like', '61.03.%').where('stage', 'LEGALLY_FORMED'),
    ],
    ['a kind (counted from the rows)', { kind: 'KKMP' }, (qb) => qb.where('kind', 'KKMP')],
    [
      'a unit type (counted from the units)',
      { unitType: 'GROCERY_KIOSK' },
      (qb) =>
        qb.whereIn('id', knex()('business_unit').where('type', 'GROCERY_KIOSK').select('cooperative_id')),
    ],
    [
      'a unit type and status (counted from the units)',
      { unitType: 'SAVINGS_AND_LOAN', unitStatus: 'ACTIVE' },
      (qb) =>
        qb.whereIn(
          'id',
          knex()('business_unit')
            .where({ type: 'SAVINGS_AND_LOAN', status: 'ACTIVE' })
            .select('cooperative_id'),
        ),
    ],
    [
      'a commodity (counted from the offerings)',
      { commodity: 'PALM_OIL_FFB' },
      (qb) =>
        qb.whereIn(
          'id',
          knex()('offering')
            .where('commodity', 'PALM_OIL_FFB')
            .whereIn('status', ['PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED'])
            .select('cooperative_id'),
        ),
    ],
    [
      'a commodity and a stage (counted from the rows)',
      { commodity: 'RUBBER', stages: ['LEGALLY_FORMED', 'ORGANISED'] },
      (qb) =>
        qb
          .whereIn('stage', ['LEGALLY_FORMED', 'ORGANISED'])
          .whereIn(
            'id',
            knex()('offering')
              .where('commodity', 'RUBBER')
              .whereIn('status', ['PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED'])
              .select('cooperative_id'),
          ),
    ],
    [
      'a unit status alone (counted from the rows)',
      { unitStatus: 'PLANNED' },
      (qb) => qb.whereIn('id', knex()('business_unit').where('status', 'PLANNED').select('cooperative_id')),
    ],
  ])('%s', async (_name, filter, where) => {
    const expected = await sqlCount('cooperative', where);
    expect(await cooperativeTotal(filter)).toBe(expected);
  });
});

describe('offerings totals', () => {
  const filters: [string, Record<string, unknown>, (qb: ReturnType<ReturnType<typeof knex>>) => void][] = [
    ['published (the default)', {}, (qb) => qb.where('status', 'PUBLISHED')],
    [
      'public statuses',
      { statuses: ['PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED'] },
      (qb) => qb.whereIn('status', ['PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED']),
    ],
    [
      'a commodity',
      { commodity: 'PALM_OIL_FFB' },
      (qb) => qb.where('status', 'PUBLISHED').where('commodity', 'PALM_OIL_FFB'),
    ],
    [
      'kinds and a commodity',
      { kinds: ['SUPPLY', 'SERVICE'], commodity: 'RUBBER' },
      (qb) =>
        qb.where('status', 'PUBLISHED').whereIn('kind', ['SUPPLY', 'SERVICE']).where('commodity', 'RUBBER'),
    ],
    [
      'a kind without commodities',
      { kinds: ['FINANCING_NEED'] },
      (qb) => qb.where('status', 'PUBLISHED').where('kind', 'FINANCING_NEED'),
    ],
    [
      'a region (counted from the rows)',
      { regionCode: '61.03' },
      (qb) =>
        qb
          .where('status', 'PUBLISHED')
          .whereIn(
            'cooperative_id',
            knex()('cooperative').where('village_code', 'like', '61.03.%').select('id'),
          ),
    ],
  ];

  const expectTotalsMatch = async () => {
    for (const [, filter, where] of filters) {
      expect(await offeringTotal(filter)).toBe(await sqlCount('offering', where));
    }
  };

  test('equal the rows as seeded', async () => {
    expect(await sqlCount('offering', (qb) => qb.where('status', 'PUBLISHED'))).toBeGreaterThan(0);
    await expectTotalsMatch();
  });

  test('equal the rows after inserts, updates and deletes', async () => {
    const [cooperative] = (await knex()('cooperative').select('id').orderBy('id').limit(1)) as {
      id: number;
    }[];
    const inserted = (await knex()('offering')
      .insert(
        ['PALM_OIL_FFB', 'RUBBER', 'RUBBER', null].map((commodity, index) => ({
          cooperative_id: cooperative.id,
          kind: commodity ? 'SUPPLY' : 'FINANCING_NEED',
          title: `Counted offering ${index}`,
          commodity,
          status: 'PUBLISHED',
        })),
      )
      .returning('id')) as { id: number }[];
    await expectTotalsMatch();

    // A commodity, a kind and a status change; then a change that moves no counter.
    await knex()('offering').where('id', inserted[0].id).update({ commodity: 'RUBBER' });
    await knex()('offering').where('id', inserted[1].id).update({ kind: 'SERVICE' });
    await knex()('offering').whereIn('id', [inserted[2].id, inserted[3].id]).update({ status: 'PAUSED' });
    await knex()('offering').where('id', inserted[0].id).update({ title: 'Renamed' });
    await expectTotalsMatch();

    await knex()('offering')
      .whereIn(
        'id',
        inserted.map((row) => row.id),
      )
      .delete();
    await expectTotalsMatch();
  });

  test('the rebuild after a load with triggers off gives the same counters', async () => {
    const before = await knex()('offering_count').select('*').orderBy(['status', 'kind', 'commodity']);
    await knex().raw('select offering_count_rebuild()');
    const after = await knex()('offering_count').select('*').orderBy(['status', 'kind', 'commodity']);
    // Rows that fell to zero stay as zero rows until a rebuild; compare what they count.
    const counted = (rows: { status: string; kind: string; commodity: string; offerings: number }[]) =>
      rows.filter((row) => row.offerings !== 0);
    expect(counted(after)).toEqual(counted(before));
  });
});
