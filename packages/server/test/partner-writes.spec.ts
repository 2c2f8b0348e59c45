import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { expectUnchanged, mutationCaller, refusal, topLevelCode } from './writes/support';

/**
 * Partner writes: the profile (its admins), programs with their loan terms and status moves, and
 * requests (its staff). Each rule refuses with its code and field and leaves the database as it was.
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

const bank = () => globalIdOf('Partner', fixture.bankId);
const buyer = () => globalIdOf('Partner', fixture.buyerId);

describe('updatePartnerProfile', () => {
  const partnerState = async () => [
    await knex()('partner').where('id', fixture.bankId).first(),
    await knex()('partner_coverage')
      .where('partner_id', fixture.bankId)
      .orderBy('region_code')
      .pluck('region_code'),
  ];
  const versionOf = async () =>
    (await knex()('partner').where('id', fixture.bankId).first('version')).version as number;
  const update = async (changes: Record<string, unknown>, user: DemoUser = 'bankAdmin', version?: number) =>
    call<{
      partner: {
        name: string;
        website: string | null;
        commodities: string[];
        version: number;
        coverage: { code: string }[];
      } | null;
    }>(
      'updatePartnerProfile',
      'UpdatePartnerProfileInput',
      'partner { name description website commodities version coverage { code } }',
      { id: bank(), version: version ?? (await versionOf()), ...changes },
      user,
    );

  test('its admin changes the profile and coverage; the version moves on', async () => {
    const before = await versionOf();
    const { payload } = await update({
      description: 'Kredit usaha untuk koperasi desa',
      website: 'https://bri.co.id/kdkmp',
      commodities: ['PALM_OIL_FFB', 'RUBBER'],
      coverageRegionCodes: ['61.03', '61.01', '61.71'],
    });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.partner).toMatchObject({
      name: 'Bank Rakyat Indonesia (BRI)',
      website: 'https://bri.co.id/kdkmp',
      commodities: ['PALM_OIL_FFB', 'RUBBER'],
      version: before + 1,
      coverage: [{ code: '61.01' }, { code: '61.03' }, { code: '61.71' }],
    });
    expect(await partnerState()).toEqual([
      expect.objectContaining({ website: 'https://bri.co.id/kdkmp', version: before + 1 }),
      ['61.01', '61.03', '61.71'],
    ]);
  });

  test('coverage may name a province, a regency and a district anywhere in Indonesia', async () => {
    // Jawa Tengah, Kabupaten Cilacap's neighbour Banyumas, and a district of Kabupaten Sanggau.
    const { payload } = await update({ coverageRegionCodes: ['33', '33.02', '61.03.01'] });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.partner!.coverage).toEqual([{ code: '33' }, { code: '33.02' }, { code: '61.03.01' }]);
    expect((await partnerState())[1]).toEqual(['33', '33.02', '61.03.01']);
  });

  test('an empty coverage means all Indonesia', async () => {
    const { payload } = await update({ coverageRegionCodes: [] });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.partner!.coverage).toEqual([]);
    expect((await partnerState())[1]).toEqual([]);
  });

  test('the website can be cleared; coverage can shrink', async () => {
    const { payload } = await update({ website: null, coverageRegionCodes: ['61.03'] });
    expect(payload!.partner).toMatchObject({ website: null, coverage: [{ code: '61.03' }] });
  });

  test('a stale version is a CONFLICT and changes nothing', async () => {
    const { payload } = await expectUnchanged(partnerState, async () =>
      update({ name: 'Bank Lain' }, 'bankAdmin', (await versionOf()) - 1),
    );
    expect(refusal(payload)).toEqual({ code: 'CONFLICT', field: ['input', 'version'] });
  });

  test.each([
    ['a website without https://', { website: 'bri.co.id' }, 'INVALID', ['website']],
    ['an ftp website', { website: 'ftp://bri.co.id' }, 'INVALID', ['website']],
    ['a cleared name', { name: null }, 'INVALID', ['name']],
    ['a blank name', { name: '   ' }, 'INVALID', ['name']],
    ['a commodity listed twice', { commodities: ['RUBBER', 'RUBBER'] }, 'INVALID', ['commodities']],
    ['a village as coverage', { coverageRegionCodes: ['61.03.01.2001'] }, 'INVALID', ['coverageRegionCodes']],
    ['a code of no shape', { coverageRegionCodes: ['61.3'] }, 'INVALID', ['coverageRegionCodes']],
    [
      'a regency that does not exist',
      { coverageRegionCodes: ['61.03', '61.99'] },
      'NOT_FOUND',
      ['coverageRegionCodes', '1'],
    ],
    [
      'a district that does not exist',
      { coverageRegionCodes: ['33.01.99'] },
      'NOT_FOUND',
      ['coverageRegionCodes', '0'],
    ],
    [
      'a province that does not exist',
      { coverageRegionCodes: ['99'] },
      'NOT_FOUND',
      ['coverageRegionCodes', '0'],
    ],
    [
      'more than 100 regions',
      // "11.00" … "11.99", "12.00": well-formed, each once; the size alone is wrong.
      {
        coverageRegionCodes: Array.from(
          { length: 101 },
          (_, i) => `${11 + Math.floor(i / 100)}.${String(i % 100).padStart(2, '0')}`,
        ),
      },
      'INVALID',
      ['coverageRegionCodes'],
    ],
  ])('%s is refused and changes nothing', async (_case, changes, code, field) => {
    const { payload } = await expectUnchanged(partnerState, () => update(changes));
    expect(refusal(payload)).toEqual({ code, field: ['input', ...field] });
  });

  test.each([['bankOfficer'], ['buyer'], ['ketua'], ['mentor'], ['dinasProvince']] as const)(
    '%s may not change the bank profile',
    async (user) => {
      const { response } = await expectUnchanged(partnerState, () => update({ name: 'Diambil alih' }, user));
      expect(topLevelCode(response)).toBe('FORBIDDEN');
    },
  );
});

interface ProgramShape {
  id: string;
  kind: string;
  name: string;
  status: string;
  version: number;
  eligibleUnitTypes: string[];
  requiredDocuments: string[];
  coverage: { code: string }[];
  loanTerms: {
    minAmount: { amount: string } | null;
    maxAmount: { amount: string } | null;
    ratePerYear: string | null;
    maxTenorMonths: number | null;
    minGraceMonths: number | null;
    maxGraceMonths: number | null;
    operatingCostCap: { amount: string } | null;
  } | null;
}
const PROGRAM = `program { id kind name status version eligibleUnitTypes requiredDocuments coverage { code }
  loanTerms { minAmount { amount } maxAmount { amount } ratePerYear maxTenorMonths minGraceMonths maxGraceMonths operatingCostCap { amount } } }`;

const PMK_49 = {
  minAmount: '100000000',
  maxAmount: '3000000000',
  ratePerYear: '6',
  maxTenorMonths: 72,
  minGraceMonths: 6,
  maxGraceMonths: 8,
  operatingCostCap: '500000000',
};
const LOAN = {
  kind: 'LOAN',
  name: 'Kredit Modal Kerja Koperasi',
  description: 'Pinjaman sesuai PMK 49/2025',
  loanTerms: PMK_49,
  eligibleUnitTypes: ['GROCERY_KIOSK', 'WAREHOUSE_COLD_STORAGE'],
  requiredDocuments: ['SK_AHU', 'NPWP', 'NIB', 'BUSINESS_PROPOSAL'],
  coverageRegionCodes: ['61.03'],
};

describe('programs', () => {
  const programsOfBank = () =>
    knex()('program').where('partner_id', fixture.bankId).orderBy('id').select('*');
  const programRow = (id: string) => knex()('program').where('id', dbIdOf(id)).first();
  const create = (input: Record<string, unknown>, user: DemoUser = 'bankOfficer') =>
    call<{ program: ProgramShape | null }>(
      'createProgram',
      'CreateProgramInput',
      PROGRAM,
      { partnerId: bank(), ...input },
      user,
    );
  const update = (input: Record<string, unknown>, user: DemoUser = 'bankOfficer') =>
    call<{ program: ProgramShape | null }>('updateProgram', 'UpdateProgramInput', PROGRAM, input, user);
  const setStatus = (id: string, version: number, status: string, user: DemoUser = 'bankOfficer') =>
    call<{ program: ProgramShape | null }>(
      'setProgramStatus',
      'SetProgramStatusInput',
      PROGRAM,
      { id, version, status },
      user,
    );
  const created = async (input: Record<string, unknown> = LOAN) => {
    const { payload } = await create(input);
    expect(payload!.userErrors).toEqual([]);
    return payload!.program!;
  };
  const readProgram = async (id: string, user: DemoUser | null) => {
    const token = user ? await server.signIn(DEMO[user]) : undefined;
    const response = await server.graphql<{ program: { id: string } | null }>(
      'query ($id: ID!) { program(id: $id) { id } }',
      { id },
      { token },
    );
    return response.data!.program;
  };

  /** The bank's draft programs as `Partner.programs(statuses: [DRAFT])` lists them to `user`. */
  const listedDrafts = async (user: DemoUser | null) => {
    const token = user ? await server.signIn(DEMO[user]) : undefined;
    const response = await server.graphql<{ partner: { programs: { edges: { node: { id: string } }[] } } }>(
      'query ($id: ID!) { partner(id: $id) { programs(first: 100, statuses: [DRAFT]) { edges { node { id } } } } }',
      { id: bank() },
      { token },
    );
    return response.data!.partner.programs.edges.map((edge) => edge.node.id);
  };

  test("staff create a LOAN program as a DRAFT that only the partner's staff see", async () => {
    const program = await created();
    expect(program).toMatchObject({
      kind: 'LOAN',
      status: 'DRAFT',
      version: 1,
      eligibleUnitTypes: ['GROCERY_KIOSK', 'WAREHOUSE_COLD_STORAGE'],
      requiredDocuments: ['SK_AHU', 'NPWP', 'NIB', 'BUSINESS_PROPOSAL'],
      coverage: [{ code: '61.03' }],
      loanTerms: {
        minAmount: { amount: '100000000' },
        maxAmount: { amount: '3000000000' },
        ratePerYear: '6',
        maxTenorMonths: 72,
        minGraceMonths: 6,
        maxGraceMonths: 8,
        operatingCostCap: { amount: '500000000' },
      },
    });
    expect(await programRow(program.id)).toMatchObject({ status: 'DRAFT', max_amount: '3000000000.00' });
    expect(await readProgram(program.id, 'bankOfficer')).toEqual({ id: program.id });
    expect(await readProgram(program.id, null)).toBeNull();
    expect(await readProgram(program.id, 'buyer')).toBeNull();
    expect(await listedDrafts('bankOfficer')).toContain(program.id);
    expect(await listedDrafts('buyer')).toEqual([]);
    expect(await listedDrafts(null)).toEqual([]);
    const opened = await setStatus(program.id, program.version, 'ACTIVE');
    expect(opened.payload!.program).toMatchObject({ status: 'ACTIVE', version: 2 });
    expect(await readProgram(program.id, null)).toEqual({ id: program.id });
  });

  test('a non-loan program needs no loan terms', async () => {
    const program = await created({ kind: 'OFFTAKE', name: 'Pembelian karet rakyat', commodity: 'RUBBER' });
    expect(program).toMatchObject({ kind: 'OFFTAKE', loanTerms: null, coverage: [] });
  });

  test.each([
    ['a LOAN without loan terms', { loanTerms: undefined }, 'INVALID', ['loanTerms', 'maxAmount']],
    [
      'a LOAN without a ceiling',
      { loanTerms: { ...PMK_49, maxAmount: undefined, operatingCostCap: undefined } },
      'INVALID',
      ['loanTerms', 'maxAmount'],
    ],
    [
      'a minimum above the maximum',
      { loanTerms: { ...PMK_49, minAmount: '3000000001' } },
      'INVALID',
      ['loanTerms', 'maxAmount'],
    ],
    [
      'an operating-cost cap above the maximum',
      { loanTerms: { ...PMK_49, operatingCostCap: '3500000000' } },
      'INVALID',
      ['loanTerms', 'operatingCostCap'],
    ],
    [
      'a rate above 100 %',
      { loanTerms: { ...PMK_49, ratePerYear: '100.01' } },
      'INVALID',
      ['loanTerms', 'ratePerYear'],
    ],
    [
      'a tenor of 0 months',
      { loanTerms: { ...PMK_49, maxTenorMonths: 0 } },
      'INVALID',
      ['loanTerms', 'maxTenorMonths'],
    ],
    [
      'a tenor of 361 months',
      { loanTerms: { ...PMK_49, maxTenorMonths: 361 } },
      'INVALID',
      ['loanTerms', 'maxTenorMonths'],
    ],
    [
      'a minimum grace above the maximum',
      { loanTerms: { ...PMK_49, minGraceMonths: 9 } },
      'INVALID',
      ['loanTerms', 'maxGraceMonths'],
    ],
    [
      'a grace longer than the tenor',
      { loanTerms: { ...PMK_49, maxTenorMonths: 6 } },
      'INVALID',
      ['loanTerms', 'maxGraceMonths'],
    ],
    [
      'a negative grace',
      { loanTerms: { ...PMK_49, minGraceMonths: -1 } },
      'INVALID',
      ['loanTerms', 'minGraceMonths'],
    ],
    ['loan terms on an OFFTAKE program', { kind: 'OFFTAKE' }, 'INVALID', ['loanTerms']],
    [
      'a unit type listed twice',
      { eligibleUnitTypes: ['LOGISTICS', 'LOGISTICS'] },
      'INVALID',
      ['eligibleUnitTypes'],
    ],
    ['a document listed twice', { requiredDocuments: ['NIB', 'NIB'] }, 'INVALID', ['requiredDocuments']],
    ['a name too short', { name: 'KM' }, 'INVALID', ['name']],
    ['an unknown regency', { coverageRegionCodes: ['61.98'] }, 'NOT_FOUND', ['coverageRegionCodes', '0']],
  ])('%s is refused and creates nothing', async (_case, changes, code, field) => {
    const { payload } = await expectUnchanged(programsOfBank, () => create({ ...LOAN, ...changes }));
    expect(refusal(payload)).toEqual({ code, field: ['input', ...field] });
  });

  test.each([
    ['a rate with three decimals', { ...PMK_49, ratePerYear: '6.125' }],
    ['a negative amount', { ...PMK_49, minAmount: '-1' }],
  ])('%s is bad input', async (_case, loanTerms) => {
    const { response } = await expectUnchanged(programsOfBank, () => create({ ...LOAN, loanTerms }));
    expect(topLevelCode(response)).toBe('BAD_USER_INPUT');
  });

  test('given loan terms replace the stored ones; the version moves on', async () => {
    const program = await created();
    const { payload } = await update({
      id: program.id,
      version: program.version,
      name: 'Kredit Modal Kerja Koperasi 2027',
      loanTerms: { maxAmount: '2000000000', ratePerYear: '5.75', maxTenorMonths: 60 },
      coverageRegionCodes: ['61.04', '61.03'],
    });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.program).toMatchObject({
      name: 'Kredit Modal Kerja Koperasi 2027',
      version: program.version + 1,
      coverage: [{ code: '61.03' }, { code: '61.04' }],
      loanTerms: {
        minAmount: null,
        maxAmount: { amount: '2000000000' },
        ratePerYear: '5.75',
        maxTenorMonths: 60,
        minGraceMonths: null,
        operatingCostCap: null,
      },
    });
  });

  test.each([
    ['removing the terms of a LOAN', { loanTerms: null }, 'INVALID'],
    ['clearing the name', { name: null }, 'INVALID'],
    ['an unknown regency', { coverageRegionCodes: ['61.97'] }, 'NOT_FOUND'],
  ])('%s is refused and changes nothing', async (_case, changes, code) => {
    const program = await created();
    const { payload } = await expectUnchanged(
      () => programRow(program.id),
      () => update({ id: program.id, version: program.version, ...changes }),
    );
    expect(refusal(payload)!.code).toBe(code);
  });

  test('a stale version is a CONFLICT', async () => {
    const program = await created();
    await update({ id: program.id, version: program.version, name: 'Nama baru sekali' });
    const { payload } = await expectUnchanged(
      () => programRow(program.id),
      () => update({ id: program.id, version: program.version, name: 'Nama lama sekali' }),
    );
    expect(refusal(payload)).toEqual({ code: 'CONFLICT', field: ['input', 'version'] });
  });

  const STATUSES = ['DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED'];
  const ALLOWED: Record<string, string[]> = {
    DRAFT: ['ACTIVE', 'CLOSED'],
    ACTIVE: ['PAUSED', 'CLOSED'],
    PAUSED: ['ACTIVE', 'CLOSED'],
    CLOSED: [],
  };
  test.each(
    STATUSES.flatMap((from) => STATUSES.map((to) => [from, to, ALLOWED[from].includes(to)] as const)),
  )('setProgramStatus %s → %s: allowed = %s', async (from, to, allowed) => {
    const program = await created();
    await knex()('program').where('id', dbIdOf(program.id)).update({ status: from });
    const before = await programRow(program.id);
    const { payload } = await setStatus(program.id, before.version, to);
    if (allowed) {
      expect(payload!.userErrors).toEqual([]);
      expect(payload!.program).toMatchObject({ status: to, version: before.version + 1 });
    } else {
      expect(refusal(payload)).toEqual({ code: 'INVALID_TRANSITION', field: ['input', 'status'] });
      expect(await programRow(program.id)).toEqual(before);
    }
  });

  test('a closed program no longer changes', async () => {
    const program = await created();
    const closed = (await setStatus(program.id, program.version, 'CLOSED')).payload!.program!;
    const { payload } = await update({ id: program.id, version: closed.version, name: 'Dibuka lagi ya' });
    expect(refusal(payload)!.code).toBe('INVALID_TRANSITION');
  });

  test("another partner's staff get FORBIDDEN on an active program, NOT_FOUND on a draft", async () => {
    const draft = await created();
    const hidden = await expectUnchanged(
      () => programRow(draft.id),
      () => update({ id: draft.id, version: draft.version, name: 'Milik pembeli' }, 'buyer'),
    );
    expect(refusal(hidden.payload)).toEqual({ code: 'NOT_FOUND', field: ['input', 'id'] });
    const active = (await setStatus(draft.id, draft.version, 'ACTIVE')).payload!.program!;
    const visible = await expectUnchanged(
      () => programRow(draft.id),
      () => setStatus(draft.id, active.version, 'PAUSED', 'buyer'),
    );
    expect(topLevelCode(visible.response)).toBe('FORBIDDEN');
  });

  test.each([['ketua'], ['mentor'], ['dinasSanggau']] as const)(
    '%s may not create programs',
    async (user) => {
      const { response } = await expectUnchanged(programsOfBank, () => create(LOAN, user));
      expect(topLevelCode(response)).toBe('FORBIDDEN');
    },
  );
});

describe('requests', () => {
  interface RequestShape {
    id: string;
    title: string;
    quantity: string;
    status: string;
    version: number;
    deadline: string | null;
    priceHint: { amount: string } | null;
    deliveryRegion: { code: string };
  }
  const REQUEST =
    'request { id title quantity status version deadline priceHint { amount } deliveryRegion { code } }';
  const requestsOfBuyer = () =>
    knex()('partner_request').where('partner_id', fixture.buyerId).orderBy('id').select('*');
  const requestRow = (id: string) => knex()('partner_request').where('id', dbIdOf(id)).first();
  const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();
  const NEED = () => ({
    title: 'TBS sawit untuk pabrik Sanggau',
    description: 'Kematangan minimal 90 %',
    commodity: 'PALM_OIL_FFB',
    quantity: '200',
    quantityUnit: 'TON',
    deliveryRegionCode: '61.03.01',
    deadline: inDays(30),
    priceHint: '2850.50',
  });
  const create = (input: Record<string, unknown>, user: DemoUser = 'buyer') =>
    call<{ request: RequestShape | null }>(
      'createRequest',
      'CreateRequestInput',
      REQUEST,
      { partnerId: buyer(), ...input },
      user,
    );
  const update = (input: Record<string, unknown>, user: DemoUser = 'buyer') =>
    call<{ request: RequestShape | null }>('updateRequest', 'UpdateRequestInput', REQUEST, input, user);
  const close = (id: string, version: number, user: DemoUser = 'buyer') =>
    call<{ request: RequestShape | null }>(
      'closeRequest',
      'CloseRequestInput',
      REQUEST,
      { id, version },
      user,
    );
  const created = async (need = NEED()) => {
    const { payload } = await create(need);
    expect(payload!.userErrors).toEqual([]);
    return payload!.request!;
  };

  test('staff post an OPEN request; it reads back as stored', async () => {
    const need = NEED();
    const request = await created(need);
    expect(request).toMatchObject({
      title: need.title,
      quantity: '200',
      status: 'OPEN',
      version: 1,
      deadline: need.deadline,
      priceHint: { amount: '2850.5' },
      deliveryRegion: { code: '61.03.01' },
    });
    expect(await requestRow(request.id)).toMatchObject({
      partner_id: fixture.buyerId,
      status: 'OPEN',
      quantity: '200.00',
    });
  });

  test.each([
    ['a deadline in the past', { deadline: inDays(-1) }, 'INVALID', ['deadline']],
    ['a deadline three years ahead', { deadline: inDays(3 * 365) }, 'INVALID', ['deadline']],
    ['a quantity of zero', { quantity: '0' }, 'INVALID', ['quantity']],
    ['a malformed region code', { deliveryRegionCode: 'Sanggau' }, 'INVALID', ['deliveryRegionCode']],
    ['a region that does not exist', { deliveryRegionCode: '61.03.99' }, 'NOT_FOUND', ['deliveryRegionCode']],
    ['a blank title', { title: '  ' }, 'INVALID', ['title']],
  ])('%s is refused and creates nothing', async (_case, changes, code, field) => {
    const { payload } = await expectUnchanged(requestsOfBuyer, () => create({ ...NEED(), ...changes }));
    expect(refusal(payload)).toEqual({ code, field: ['input', ...field] });
  });

  test('a negative price hint is bad input', async () => {
    const { response } = await expectUnchanged(requestsOfBuyer, () =>
      create({ ...NEED(), priceHint: '-2850' }),
    );
    expect(topLevelCode(response)).toBe('BAD_USER_INPUT');
  });

  test('an update changes quantity, region and deadline; the version moves on', async () => {
    const request = await created();
    const deadline = inDays(45);
    const { payload } = await update({
      id: request.id,
      version: request.version,
      quantity: '250.75',
      deliveryRegionCode: '61.03',
      deadline,
      priceHint: null,
    });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.request).toMatchObject({
      quantity: '250.75',
      deliveryRegion: { code: '61.03' },
      deadline,
      priceHint: null,
      version: request.version + 1,
    });
  });

  test.each([
    ['a cleared quantity', { quantity: null }, 'INVALID'],
    ['a past deadline', { deadline: inDays(-2) }, 'INVALID'],
    ['an unknown region', { deliveryRegionCode: '61.03.98' }, 'NOT_FOUND'],
  ])('%s is refused and changes nothing', async (_case, changes, code) => {
    const request = await created();
    const { payload } = await expectUnchanged(
      () => requestRow(request.id),
      () => update({ id: request.id, version: request.version, ...changes }),
    );
    expect(refusal(payload)!.code).toBe(code);
  });

  test('a stale version is a CONFLICT', async () => {
    const request = await created();
    await update({ id: request.id, version: request.version, quantity: '10' });
    const { payload } = await expectUnchanged(
      () => requestRow(request.id),
      () => close(request.id, request.version),
    );
    expect(refusal(payload)).toEqual({ code: 'CONFLICT', field: ['input', 'version'] });
  });

  test('closing: OPEN → CLOSED once; a closed request neither closes again nor changes', async () => {
    const request = await created();
    const closed = await close(request.id, request.version);
    expect(closed.payload!.request).toMatchObject({ status: 'CLOSED', version: request.version + 1 });
    const again = await expectUnchanged(
      () => requestRow(request.id),
      () => close(request.id, request.version + 1),
    );
    expect(refusal(again.payload)!.code).toBe('INVALID_TRANSITION');
    const edited = await expectUnchanged(
      () => requestRow(request.id),
      () => update({ id: request.id, version: request.version + 1, title: 'Dibuka lagi' }),
    );
    expect(refusal(edited.payload)!.code).toBe('INVALID_TRANSITION');
  });

  const confirm = (input: Record<string, unknown>, user: DemoUser = 'buyer') =>
    call<{ request: (RequestShape & { lastConfirmedAt: string }) | null }>(
      'confirmRequestStillOpen',
      'ConfirmRequestStillOpenInput',
      REQUEST.replace('deadline', 'deadline lastConfirmedAt'),
      input,
      user,
    );

  test('"still wanted": an OPEN request keeps its deadline and is confirmed now', async () => {
    const request = await created();
    await knex()('partner_request')
      .where('id', dbIdOf(request.id))
      .update({ last_confirmed_at: new Date(Date.now() - 20 * DAY_MS) });
    const { payload } = await confirm({ id: request.id, version: request.version });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.request).toMatchObject({ status: 'OPEN', deadline: request.deadline, version: 2 });
    expect(Math.abs(Date.parse(payload!.request!.lastConfirmedAt) - Date.now())).toBeLessThan(60_000);
  });

  test('"still wanted" opens an EXPIRED request again: 30 days without a deadline, or until the one given', async () => {
    const request = await created();
    const expire = async () =>
      knex()('partner_request')
        .where('id', dbIdOf(request.id))
        .update({ status: 'EXPIRED', deadline: new Date(Date.now() - DAY_MS) });
    await expire();
    const reopened = (await confirm({ id: request.id, version: request.version })).payload!.request!;
    expect(reopened.status).toBe('OPEN');
    expect(Math.abs(Date.parse(reopened.deadline!) - (Date.now() + 30 * DAY_MS))).toBeLessThan(60_000);

    await expire();
    const deadline = inDays(10);
    const until = (await confirm({ id: request.id, version: reopened.version, deadline })).payload!.request!;
    expect(until).toMatchObject({ status: 'OPEN', deadline });
  });

  test('"still wanted" refuses a CLOSED request, a past deadline and a stale version, changing nothing', async () => {
    const request = await created();
    const past = await expectUnchanged(
      () => requestRow(request.id),
      () => confirm({ id: request.id, version: request.version, deadline: inDays(-2) }),
    );
    expect(refusal(past.payload)).toMatchObject({ code: 'INVALID', field: ['input', 'deadline'] });
    const stale = await expectUnchanged(
      () => requestRow(request.id),
      () => confirm({ id: request.id, version: request.version + 5 }),
    );
    expect(refusal(stale.payload)!.code).toBe('CONFLICT');
    await close(request.id, request.version);
    const closed = await expectUnchanged(
      () => requestRow(request.id),
      () => confirm({ id: request.id, version: request.version + 1 }),
    );
    expect(refusal(closed.payload)!.code).toBe('INVALID_TRANSITION');
  });

  test.each([['bankAdmin'], ['bankOfficer'], ['ketua'], ['dinasProvince']] as const)(
    "%s may not post or change the buyer's requests",
    async (user) => {
      const request = await created();
      const posted = await expectUnchanged(requestsOfBuyer, () => create(NEED(), user));
      expect(topLevelCode(posted.response)).toBe('FORBIDDEN');
      const closed = await expectUnchanged(requestsOfBuyer, () => close(request.id, request.version, user));
      expect(topLevelCode(closed.response)).toBe('FORBIDDEN');
    },
  );
});
