import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { expectUnchanged, mutationCaller, refusal, topLevelCode, type Payload } from './writes/support';

/**
 * Offerings: create and update with their kind-specific rules, the life cycle (publish, pause,
 * close, confirm still valid) walked exhaustively, and who sees a draft through every read path.
 */
let server: TestServer;
let fixture: Fixture;
let call: ReturnType<typeof mutationCaller>;
const knex = () => server.orm.em.getKnex();
const DAY_MS = 86_400_000;

beforeAll(async () => {
  server = await startTestServer();
  fixture = await loadFixture(knex());
  call = mutationCaller(server);
});
afterAll(() => server.close());

interface OfferingShape {
  id: string;
  kind: string;
  status: string;
  title: string;
  commodity: string | null;
  quantityPerMonth: string | null;
  quantityUnit: string | null;
  priceMin: { amount: string; currency: string } | null;
  priceMax: { amount: string; currency: string } | null;
  amountNeeded: { amount: string; currency: string } | null;
  financingPurpose: string | null;
  wantedTenorMonths: number | null;
  validUntil: string | null;
  lastConfirmedAt: string | null;
  version: number;
  deliveryRegions: { code: string }[];
}

const OFFERING = `offering { id kind status title commodity quantityPerMonth quantityUnit
  priceMin { amount currency } priceMax { amount currency } amountNeeded { amount currency }
  financingPurpose wantedTenorMonths validUntil lastConfirmedAt version deliveryRegions { code } }`;

type Result = { payload: Payload<{ offering: OfferingShape | null }> | null; response: GraphQLResponse };

const demoCooperative = () => globalIdOf('Cooperative', fixture.demoCooperativeId);
const offeringsOfDemo = () =>
  knex()('offering').where('cooperative_id', fixture.demoCooperativeId).orderBy('id').select('*');
const offeringRow = (id: string) => knex()('offering').where('id', dbIdOf(id)).first();

const SUPPLY = {
  kind: 'SUPPLY',
  title: 'Tandan buah segar sawit',
  description: 'Panen rutin dari 40 anggota',
  commodity: 'PALM_OIL_FFB',
  quantityPerMonth: '120.5',
  quantityUnit: 'TON',
  priceMin: '2750',
  priceMax: '3100.50',
  deliveryRegionCodes: ['61.03', '61.09'],
};

function create(input: Record<string, unknown>, user: DemoUser = 'staff'): Promise<Result> {
  return call(
    'createOffering',
    'CreateOfferingInput',
    OFFERING,
    { cooperativeId: demoCooperative(), ...input },
    user,
  );
}
function update(input: Record<string, unknown>, user: DemoUser = 'staff'): Promise<Result> {
  return call('updateOffering', 'UpdateOfferingInput', OFFERING, input, user);
}
const LIFECYCLE_MUTATIONS = {
  publish: ['publishOffering', 'PublishOfferingInput'],
  pause: ['pauseOffering', 'PauseOfferingInput'],
  close: ['closeOffering', 'CloseOfferingInput'],
  confirm: ['confirmOfferingStillValid', 'ConfirmOfferingStillValidInput'],
} as const;
type Action = keyof typeof LIFECYCLE_MUTATIONS;
function move(
  action: Action,
  id: string,
  version: number,
  user: DemoUser = 'staff',
  extra: Record<string, unknown> = {},
): Promise<Result> {
  const [name, inputType] = LIFECYCLE_MUTATIONS[action];
  return call(name, inputType, OFFERING, { id, version, ...extra }, user);
}

async function createdDraft(
  input: Record<string, unknown> = SUPPLY,
  user: DemoUser = 'staff',
): Promise<OfferingShape> {
  const { payload, response } = await create(input, user);
  expect(response.errors).toBeUndefined();
  expect(payload!.userErrors).toEqual([]);
  return payload!.offering!;
}

describe('createOffering', () => {
  test('staff create a SUPPLY draft; amounts are exact and it reads back as stored', async () => {
    const offering = await createdDraft();
    expect(offering).toMatchObject({
      kind: 'SUPPLY',
      status: 'DRAFT',
      commodity: 'PALM_OIL_FFB',
      quantityPerMonth: '120.5',
      quantityUnit: 'TON',
      priceMin: { amount: '2750', currency: 'IDR' },
      priceMax: { amount: '3100.5', currency: 'IDR' },
      amountNeeded: null,
      validUntil: null,
      version: 1,
      deliveryRegions: [{ code: '61.03' }, { code: '61.09' }],
    });
    const row = await offeringRow(offering.id);
    expect(row).toMatchObject({
      cooperative_id: fixture.demoCooperativeId,
      status: 'DRAFT',
      price_max: '3100.50',
    });
    const regions = await knex()('offering_delivery_region')
      .where('offering_id', dbIdOf(offering.id))
      .pluck('region_code');
    expect(regions.sort()).toEqual(['61.03', '61.09']);
  });

  test('the mentor creates a FINANCING_NEED for a cooperative of the caseload', async () => {
    const offering = await createdDraft(
      {
        kind: 'FINANCING_NEED',
        title: 'Modal kerja gerai sembako',
        amountNeeded: '1500000000.50',
        financingPurpose: 'Stok awal dan renovasi gerai',
        wantedTenorMonths: 36,
      },
      'mentor',
    );
    expect(offering).toMatchObject({
      kind: 'FINANCING_NEED',
      amountNeeded: { amount: '1500000000.5', currency: 'IDR' },
      wantedTenorMonths: 36,
      deliveryRegions: [],
    });
  });

  test.each([
    ['SUPPLY without a commodity', { ...SUPPLY, commodity: undefined }, 'commodity'],
    ['SUPPLY without a quantity', { ...SUPPLY, quantityPerMonth: undefined }, 'quantityPerMonth'],
    ['SUPPLY without a unit', { ...SUPPLY, quantityUnit: undefined }, 'quantityUnit'],
    [
      'a FINANCING_NEED without an amount',
      { kind: 'FINANCING_NEED', title: 'Modal', financingPurpose: 'Gudang' },
      'amountNeeded',
    ],
    [
      'a FINANCING_NEED without a purpose',
      { kind: 'FINANCING_NEED', title: 'Modal', amountNeeded: '5000000' },
      'financingPurpose',
    ],
    ['an amount on a SUPPLY offering', { ...SUPPLY, amountNeeded: '1000' }, 'amountNeeded'],
    [
      'a wanted tenor on a SERVICE offering',
      { kind: 'SERVICE', title: 'Sewa gudang', wantedTenorMonths: 12 },
      'wantedTenorMonths',
    ],
    ['a price above its maximum', { ...SUPPLY, priceMin: '3200', priceMax: '3100' }, 'priceMax'],
    [
      'a price without a unit',
      { kind: 'SERVICE', title: 'Sewa cold storage', priceMin: '100000' },
      'quantityUnit',
    ],
    ['a quantity of zero', { ...SUPPLY, quantityPerMonth: '0' }, 'quantityPerMonth'],
    ['a quantity too large to store', { ...SUPPLY, quantityPerMonth: '1000000000000' }, 'quantityPerMonth'],
    [
      'an amount of zero',
      { kind: 'FINANCING_NEED', title: 'Modal', amountNeeded: '0', financingPurpose: 'Gudang' },
      'amountNeeded',
    ],
    [
      'a tenor of 0 months',
      {
        kind: 'FINANCING_NEED',
        title: 'Modal',
        amountNeeded: '5',
        financingPurpose: 'Gudang',
        wantedTenorMonths: 0,
      },
      'wantedTenorMonths',
    ],
    ['a title too short', { ...SUPPLY, title: 'TB' }, 'title'],
    ['a blank title', { ...SUPPLY, title: '    ' }, 'title'],
    ['a description too long', { ...SUPPLY, description: 'x'.repeat(5001) }, 'description'],
    ['a malformed region code', { ...SUPPLY, deliveryRegionCodes: ['6103'] }, 'deliveryRegionCodes'],
    ['a region listed twice', { ...SUPPLY, deliveryRegionCodes: ['61.03', '61.03'] }, 'deliveryRegionCodes'],
  ])('%s is INVALID at its field and creates nothing', async (_case, input, field) => {
    const { payload } = await expectUnchanged(offeringsOfDemo, () => create(input));
    expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', field] });
    expect(payload!.offering).toBeNull();
  });

  test('a delivery region that does not exist is NOT_FOUND at its place in the list', async () => {
    const { payload } = await expectUnchanged(offeringsOfDemo, () =>
      create({ ...SUPPLY, deliveryRegionCodes: ['61.03', '61.99'] }),
    );
    expect(refusal(payload)).toEqual({ code: 'NOT_FOUND', field: ['input', 'deliveryRegionCodes', '1'] });
  });

  test('every broken rule is reported at once', async () => {
    const { payload } = await create({ kind: 'SUPPLY', title: 'Lada', priceMin: '9', priceMax: '1' });
    expect(payload!.userErrors.map((error) => error.field![1]).sort()).toEqual([
      'commodity',
      'priceMax',
      'quantityPerMonth',
      'quantityUnit',
    ]);
  });

  test.each([
    ['a negative price', { ...SUPPLY, priceMin: '-1' }],
    ['a price with three decimals', { ...SUPPLY, priceMin: '10.125' }],
    ['a price as a float', { ...SUPPLY, priceMin: 10.5 }],
    ['an unknown commodity', { ...SUPPLY, commodity: 'GOLD' }],
  ])('%s is refused as bad input before anything runs', async (_case, input) => {
    const { response } = await expectUnchanged(offeringsOfDemo, () => create(input));
    expect(topLevelCode(response)).toBe('BAD_USER_INPUT');
  });

  test.each([['otherKetua'], ['bankAdmin'], ['dinasProvince']] as const)(
    '%s may not create offerings for the demo cooperative',
    async (user) => {
      const { response } = await expectUnchanged(offeringsOfDemo, () => create(SUPPLY, user));
      expect(topLevelCode(response)).toBe('FORBIDDEN');
    },
  );
});

describe('updateOffering', () => {
  test('changes fields and delivery regions; the version moves on', async () => {
    const draft = await createdDraft();
    const { payload } = await update({
      id: draft.id,
      version: draft.version,
      priceMax: '3300',
      deliveryRegionCodes: ['61.09', '61.04'],
    });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.offering).toMatchObject({
      title: draft.title,
      priceMin: { amount: '2750' },
      priceMax: { amount: '3300' },
      version: draft.version + 1,
      deliveryRegions: [{ code: '61.04' }, { code: '61.09' }],
    });
  });

  test('a stale version is a CONFLICT and changes nothing', async () => {
    const draft = await createdDraft();
    await update({ id: draft.id, version: draft.version, title: 'Sawit segar' });
    const { payload } = await expectUnchanged(
      () => offeringRow(draft.id),
      () => update({ id: draft.id, version: draft.version, title: 'Sawit basi' }),
    );
    expect(refusal(payload)).toEqual({ code: 'CONFLICT', field: ['input', 'version'] });
  });

  test.each([
    ['a minimum price above the stored maximum', { priceMin: '5000' }, 'INVALID', 'priceMax'],
    ['clearing the commodity of a SUPPLY offering', { commodity: null }, 'INVALID', 'commodity'],
    ['clearing the title', { title: null }, 'INVALID', 'title'],
    ['an unknown delivery region', { deliveryRegionCodes: ['61.98'] }, 'NOT_FOUND', 'deliveryRegionCodes'],
  ])('%s is refused and changes nothing', async (_case, changes, code, field) => {
    const draft = await createdDraft();
    const read = async () => [
      await offeringRow(draft.id),
      await knex()('offering_delivery_region').where('offering_id', dbIdOf(draft.id)),
    ];
    const { payload } = await expectUnchanged(read, () =>
      update({ id: draft.id, version: draft.version, ...changes }),
    );
    expect(refusal(payload)).toMatchObject({ code, field: expect.arrayContaining(['input', field]) });
  });

  test('a closed offering no longer changes', async () => {
    const draft = await createdDraft();
    const closed = (await move('close', draft.id, draft.version)).payload!.offering!;
    const { payload } = await expectUnchanged(
      () => offeringRow(draft.id),
      () => update({ id: draft.id, version: closed.version, title: 'Dibuka lagi' }),
    );
    expect(refusal(payload)!.code).toBe('INVALID_TRANSITION');
  });
});

describe('life cycle', () => {
  const STATUSES = ['DRAFT', 'PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED'] as const;
  const ALLOWED: Record<Action, { from: readonly string[]; to: string }> = {
    publish: { from: ['DRAFT', 'PAUSED'], to: 'PUBLISHED' },
    pause: { from: ['PUBLISHED'], to: 'PAUSED' },
    close: { from: ['DRAFT', 'PUBLISHED', 'PAUSED', 'EXPIRED'], to: 'CLOSED' },
    confirm: { from: ['PUBLISHED', 'EXPIRED'], to: 'PUBLISHED' },
  };
  const cases = (Object.keys(ALLOWED) as Action[]).flatMap((action) =>
    STATUSES.map((status) => [action, status, ALLOWED[action].from.includes(status)] as const),
  );

  test.each(cases)('%s from %s: allowed = %s', async (action, status, allowed) => {
    const draft = await createdDraft();
    const validUntil = new Date(Date.now() + 10 * DAY_MS);
    await knex()('offering')
      .where('id', dbIdOf(draft.id))
      .update({ status, valid_until: status === 'DRAFT' ? null : validUntil });
    const before = await offeringRow(draft.id);
    const { payload } = await move(action, draft.id, before.version);
    if (!allowed) {
      expect(refusal(payload)!.code).toBe('INVALID_TRANSITION');
      expect(await offeringRow(draft.id)).toEqual(before);
      return;
    }
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.offering).toMatchObject({ status: ALLOWED[action].to, version: before.version + 1 });
    expect((await offeringRow(draft.id)).status).toBe(ALLOWED[action].to);
  });

  const expectAbout = (iso: string | null, expected: number) => {
    expect(iso).not.toBeNull();
    expect(Math.abs(Date.parse(iso!) - expected)).toBeLessThan(60_000);
  };

  test('publishing sets validUntil 60 days ahead and lastConfirmedAt now', async () => {
    const draft = await createdDraft();
    const published = (await move('publish', draft.id, draft.version)).payload!.offering!;
    expectAbout(published.validUntil, Date.now() + 60 * DAY_MS);
    expectAbout(published.lastConfirmedAt, Date.now());
  });

  test('re-publishing a paused offering keeps a validUntil still ahead, replaces one in the past', async () => {
    const draft = await createdDraft();
    const published = (await move('publish', draft.id, draft.version)).payload!.offering!;
    const paused = (await move('pause', draft.id, published.version)).payload!.offering!;
    const again = (await move('publish', draft.id, paused.version)).payload!.offering!;
    expect(again.validUntil).toBe(published.validUntil);

    const past = new Date(Date.now() - DAY_MS);
    await knex()('offering').where('id', dbIdOf(draft.id)).update({ status: 'PAUSED', valid_until: past });
    const renewed = (await move('publish', draft.id, again.version)).payload!.offering!;
    expectAbout(renewed.validUntil, Date.now() + 60 * DAY_MS);
  });

  test('the cooperative chooses how long it stands when publishing or confirming, up to 180 days', async () => {
    const draft = await createdDraft();
    const published = (await move('publish', draft.id, draft.version, 'staff', { validForDays: 180 }))
      .payload!.offering!;
    expectAbout(published.validUntil, Date.now() + 180 * DAY_MS);
    // A period chosen again counts from now, also while the last one still runs.
    const paused = (await move('pause', draft.id, published.version)).payload!.offering!;
    const again = (await move('publish', draft.id, paused.version, 'staff', { validForDays: 14 })).payload!
      .offering!;
    expectAbout(again.validUntil, Date.now() + 14 * DAY_MS);
    const confirmed = (await move('confirm', draft.id, again.version, 'staff', { validForDays: 90 })).payload!
      .offering!;
    expectAbout(confirmed.validUntil, Date.now() + 90 * DAY_MS);
  });

  test.each([
    ['publish', 0],
    ['publish', 181],
    ['confirm', -3],
    ['confirm', 365],
  ] as const)('%s for %i days is refused at validForDays and changes nothing', async (action, days) => {
    const draft = await createdDraft();
    const start =
      action === 'confirm' ? (await move('publish', draft.id, draft.version)).payload!.offering! : draft;
    const { payload } = await expectUnchanged(
      () => offeringRow(draft.id),
      () => move(action, draft.id, start.version, 'staff', { validForDays: days }),
    );
    expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', 'validForDays'] });
  });

  test('confirming moves validUntil to 60 days from now', async () => {
    const draft = await createdDraft();
    const published = (await move('publish', draft.id, draft.version)).payload!.offering!;
    await knex()('offering')
      .where('id', dbIdOf(draft.id))
      .update({
        valid_until: new Date(Date.now() + 3 * DAY_MS),
        last_confirmed_at: new Date(Date.now() - 50 * DAY_MS),
      });
    const confirmed = (await move('confirm', draft.id, published.version)).payload!.offering!;
    expectAbout(confirmed.validUntil, Date.now() + 60 * DAY_MS);
    expectAbout(confirmed.lastConfirmedAt, Date.now());
    const row = await offeringRow(draft.id);
    expect(row.version).toBe(confirmed.version);
  });

  test('one tap brings an EXPIRED offering back: PUBLISHED, valid 60 days, confirmed now, listed again', async () => {
    const draft = await createdDraft();
    const published = (await move('publish', draft.id, draft.version)).payload!.offering!;
    await knex()('offering')
      .where('id', dbIdOf(draft.id))
      .update({
        status: 'EXPIRED',
        valid_until: new Date(Date.now() - DAY_MS),
        version: published.version + 1,
      });
    const listed = async () =>
      (
        await server.graphql<{ cooperative: { offerings: { edges: { node: { id: string } }[] } } }>(
          `query ($id: ID!) { cooperative(id: $id) { offerings(first: 100) { edges { node { id } } } } }`,
          { id: demoCooperative() },
        )
      ).data!.cooperative.offerings.edges.map((edge) => edge.node.id);
    expect(await listed()).not.toContain(draft.id);

    const confirmed = (await move('confirm', draft.id, published.version + 1)).payload!.offering!;
    expect(confirmed.status).toBe('PUBLISHED');
    expectAbout(confirmed.validUntil, Date.now() + 60 * DAY_MS);
    expectAbout(confirmed.lastConfirmedAt, Date.now());
    expect(await listed()).toContain(draft.id);
  });

  test('a stale version is a CONFLICT for life-cycle moves too', async () => {
    const draft = await createdDraft();
    await move('publish', draft.id, draft.version);
    const { payload } = await expectUnchanged(
      () => offeringRow(draft.id),
      () => move('pause', draft.id, draft.version),
    );
    expect(refusal(payload)).toEqual({ code: 'CONFLICT', field: ['input', 'version'] });
  });

  test("another cooperative's officer cannot move a published offering (FORBIDDEN) nor find a draft (NOT_FOUND)", async () => {
    const draft = await createdDraft();
    const hidden = await expectUnchanged(
      () => offeringRow(draft.id),
      () => move('publish', draft.id, draft.version, 'otherKetua'),
    );
    expect(refusal(hidden.payload)).toEqual({ code: 'NOT_FOUND', field: ['input', 'id'] });
    const published = (await move('publish', draft.id, draft.version)).payload!.offering!;
    const visible = await expectUnchanged(
      () => offeringRow(draft.id),
      () => move('pause', draft.id, published.version, 'otherKetua'),
    );
    expect(topLevelCode(visible.response)).toBe('FORBIDDEN');
  });
});

describe('who sees a draft', () => {
  let draftId: string;
  beforeAll(async () => {
    draftId = (await createdDraft({ ...SUPPLY, title: 'Draf rahasia' }, 'ketua')).id;
  });

  const READ = `query ($id: ID!, $cooperative: ID!) {
    offering(id: $id) { id }
    node(id: $id) { id }
    offerings(first: 100, filter: { statuses: [DRAFT] }) { edges { node { id } } }
    cooperative(id: $cooperative) { offerings(first: 100, statuses: [DRAFT, PUBLISHED]) { edges { node { id } } } }
  }`;
  interface Read {
    offering: { id: string } | null;
    node: { id: string } | null;
    offerings: { edges: { node: { id: string } }[] };
    cooperative: { offerings: { edges: { node: { id: string } }[] } };
  }

  async function readAs(user: DemoUser | null) {
    const token = user ? await server.signIn(DEMO[user]) : undefined;
    const response = await server.graphql<Read>(
      READ,
      { id: draftId, cooperative: demoCooperative() },
      { token },
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    return {
      byId: data.offering?.id ?? null,
      byNode: data.node?.id ?? null,
      inList: data.offerings.edges.some((edge) => edge.node.id === draftId),
      inCooperative: data.cooperative.offerings.edges.some((edge) => edge.node.id === draftId),
      listed: data.offerings.edges.map((edge) => dbIdOf(edge.node.id)),
    };
  }

  test.each([['ketua'], ['pengurus'], ['staff'], ['mentor'], ['pmo'], ['admin']] as const)(
    '%s sees it through offering(id), node(id), offerings and Cooperative.offerings',
    async (user) => {
      expect(await readAs(user)).toMatchObject({
        byId: draftId,
        byNode: draftId,
        inList: true,
        inCooperative: true,
      });
    },
  );

  test.each([
    ['anonymous', null],
    ['otherKetua', 'otherKetua'],
    ['bankAdmin', 'bankAdmin'],
    ['bankOfficer', 'bankOfficer'],
    ['dinasSanggau', 'dinasSanggau'],
    ['dinasProvince', 'dinasProvince'],
  ] as const)('%s sees it nowhere', async (_name, user) => {
    expect(await readAs(user)).toMatchObject({
      byId: null,
      byNode: null,
      inList: false,
      inCooperative: false,
    });
  });

  test("an officer's draft list holds exactly the drafts of their own cooperative", async () => {
    const expected = await knex()('offering')
      .where({ status: 'DRAFT', cooperative_id: fixture.otherCooperativeId })
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .pluck('id');
    expect((await readAs('otherKetua')).listed).toEqual(expected);
  });

  test("a mentor's draft list holds exactly the drafts of the caseload", async () => {
    const caseload = knex()('mentor_assignment')
      .where('mentor_id', fixture.demoMentorId)
      .whereNull('ended_at')
      .select('cooperative_id');
    const expected = await knex()('offering')
      .where('status', 'DRAFT')
      .whereIn('cooperative_id', caseload)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(100)
      .pluck('id');
    expect(expected.length).toBeGreaterThan(1);
    expect((await readAs('mentor')).listed).toEqual(expected);
  });

  test('drafts shown to a mentor cost no statement per cooperative', async () => {
    const token = await server.signIn(DEMO.mentor);
    const query = `query ($first: Int!) { cooperatives(first: $first, filter: { regionCode: "61.03" }) { edges { node {
      offerings(first: 3, statuses: [DRAFT, PUBLISHED]) { totalCount edges { node { id status } } } } } } }`;
    const small = await server.graphql(query, { first: 5 }, { token });
    const large = await server.graphql(query, { first: 50 }, { token });
    expect(small.errors).toBeUndefined();
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});
