import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { loadFixture, type Fixture } from './authorization/fixture';
import { expectUnchanged, mutationCaller, refusal, rowsOf, topLevelCode } from './writes/support';

/**
 * Writes to a cooperative: profile, legal data, officers and business units. Each rule refuses
 * with its code and field and leaves the stored record as it was; each happy path is read back.
 */
let server: TestServer;
let fixture: Fixture;
let call: ReturnType<typeof mutationCaller>;
const knex = () => server.orm.em.getKnex();

beforeAll(async () => {
  server = await startTestServer();
  fixture = await loadFixture(knex());
  call = mutationCaller(server);
});
afterAll(() => server.close());

const cooperativeRow = (id = fixture.demoCooperativeId) => knex()('cooperative').where({ id }).first();
const versionOf = async (id = fixture.demoCooperativeId): Promise<number> =>
  (await cooperativeRow(id)).version;
const demoId = () => globalIdOf('Cooperative', fixture.demoCooperativeId);

describe('updateCooperativeProfile', () => {
  const update = (input: Record<string, unknown>, user: Parameters<typeof call>[4] = 'ketua') =>
    call<{ cooperative: { name: string; memberCount: number; stage: string; version: number } | null }>(
      'updateCooperativeProfile',
      'UpdateCooperativeProfileInput',
      'cooperative { name memberCount stage managementPattern version }',
      input,
      user,
    );

  test('the chair changes the profile; fields left out keep their value and the version moves on', async () => {
    const before = await cooperativeRow();
    const { payload } = await update({
      id: demoId(),
      version: before.version,
      name: '  Koperasi Desa Merah Putih Botuh Lintang Jaya  ',
      memberCount: 612,
    });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.cooperative).toEqual({
      name: 'Koperasi Desa Merah Putih Botuh Lintang Jaya',
      memberCount: 612,
      stage: before.stage,
      managementPattern: before.management_pattern,
      version: before.version + 1,
    });
    const after = await cooperativeRow();
    expect(after).toMatchObject({
      name: payload!.cooperative!.name,
      member_count: 612,
      version: before.version + 1,
    });
  });

  test('a board member (pengurus) may change it too', async () => {
    const { payload } = await update(
      { id: demoId(), version: await versionOf(), stage: 'OPERATING' },
      'pengurus',
    );
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.cooperative!.stage).toBe('OPERATING');
  });

  test('a stale version is a CONFLICT and changes nothing', async () => {
    const version = await versionOf();
    const { payload } = await expectUnchanged(cooperativeRow, () =>
      update({ id: demoId(), version: version - 1, memberCount: 1 }),
    );
    expect(refusal(payload)).toEqual({ code: 'CONFLICT', field: ['input', 'version'] });
    expect(payload!.cooperative).toBeNull();
  });

  test.each([
    ['a name too short', { name: 'Ko' }, 'name'],
    ['a blank name', { name: '     ' }, 'name'],
    ['a cleared name', { name: null }, 'name'],
    ['a negative member count', { memberCount: -1 }, 'memberCount'],
    ['an absurd member count', { memberCount: 5_000_000 }, 'memberCount'],
    ['a cleared stage', { stage: null }, 'stage'],
  ])('%s is INVALID at its field and changes nothing', async (_case, changes, field) => {
    const { payload } = await expectUnchanged(cooperativeRow, async () =>
      update({ id: demoId(), version: await versionOf(), ...changes }),
    );
    expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', field] });
  });

  test('an unknown stage value is bad input before anything runs', async () => {
    const { response } = await update({ id: demoId(), version: 1, stage: 'THRIVING' });
    expect(topLevelCode(response)).toBe('BAD_USER_INPUT');
  });

  test.each([['staff'], ['mentor'], ['otherKetua'], ['dinasSanggau'], ['bankAdmin']] as const)(
    '%s may not change the profile (board only) and nothing changes',
    async (user) => {
      const { response } = await expectUnchanged(cooperativeRow, async () =>
        update({ id: demoId(), version: await versionOf(), memberCount: 1 }, user),
      );
      expect(topLevelCode(response)).toBe('FORBIDDEN');
    },
  );

  test('an unknown cooperative is NOT_FOUND', async () => {
    const { payload } = await update(
      { id: globalIdOf('Cooperative', 999999), version: 1, memberCount: 3 },
      'admin',
    );
    expect(refusal(payload)).toEqual({ code: 'NOT_FOUND', field: ['input', 'id'] });
  });

  test('a refused mutation leaves nothing behind for the next one in the same request', async () => {
    const version = await versionOf();
    const token = await server.signIn('ketua@demo.mitradesa.id');
    const response = await server.graphql(
      `mutation ($bad: UpdateCooperativeProfileInput!, $good: UpdateCooperativeProfileInput!) {
        bad: updateCooperativeProfile(input: $bad) { userErrors { code } }
        good: updateCooperativeProfile(input: $good) { cooperative { memberCount name } userErrors { code } }
      }`,
      {
        // The first passes validation and is refused by a rule after the entity was loaded.
        bad: { id: demoId(), version: version + 5, name: 'Nama Yang Tidak Boleh Tersimpan' },
        good: { id: demoId(), version, memberCount: 640 },
      },
      { token },
    );
    expect(response.data).toMatchObject({
      bad: { userErrors: [{ code: 'CONFLICT' }] },
      good: { cooperative: { memberCount: 640 }, userErrors: [] },
    });
    expect((await cooperativeRow()).name).not.toBe('Nama Yang Tidak Boleh Tersimpan');
  });
});

describe('updateCooperativeLegalData', () => {
  const update = (input: Record<string, unknown>, user: Parameters<typeof call>[4] = 'ketua') =>
    call<{ cooperative: { legal: Record<string, string | null>; version: number } | null }>(
      'updateCooperativeLegalData',
      'UpdateCooperativeLegalDataInput',
      'cooperative { version legal { skAhuNumber skAhuDate nikKoperasi nib npwp deedNumber deedDate } }',
      input,
      user,
    );
  const legalOf = async (input: Record<string, unknown>) =>
    update({ id: demoId(), version: await versionOf(), ...input });

  test('the chair records NIB, NPWP and a new deed; the rest stays', async () => {
    const before = await cooperativeRow();
    const { payload } = await legalOf({
      nib: '9120301234567',
      npwp: '612345678901234',
      deedNumber: '07',
      deedDate: '2025-06-10',
    });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.cooperative!.legal).toEqual({
      skAhuNumber: before.sk_ahu_number,
      skAhuDate: before.sk_ahu_date,
      nikKoperasi: before.nik_koperasi,
      nib: '9120301234567',
      npwp: '612345678901234',
      deedNumber: '07',
      deedDate: '2025-06-10',
    });
    expect(await cooperativeRow()).toMatchObject({ nib: '9120301234567', deed_date: '2025-06-10' });
  });

  test('the printed NPWP format and the 16-digit form are accepted', async () => {
    for (const npwp of ['61.234.567.8-701.000', '6103012026250001']) {
      const { payload } = await legalOf({ npwp });
      expect(payload!.userErrors).toEqual([]);
      expect(payload!.cooperative!.legal.npwp).toBe(npwp);
    }
  });

  const tomorrow = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

  test.each([
    ['an NIB of 12 digits', () => ({ nib: '912030123456' }), 'nib'],
    ['an NIB with letters', () => ({ nib: '91203012345AB' }), 'nib'],
    ['an NPWP in no known format', () => ({ npwp: '61-234-567' }), 'npwp'],
    ['a NIK koperasi of 10 digits', () => ({ nikKoperasi: '6103012026' }), 'nikKoperasi'],
    ['an SK AHU dated in the future', () => ({ skAhuDate: tomorrow() }), 'skAhuDate'],
    ['a deed dated in the future', () => ({ deedDate: tomorrow() }), 'deedDate'],
    ['an SK AHU number without its date', () => ({ skAhuDate: null }), 'skAhuDate'],
    ['a deed date without its number', () => ({ deedNumber: null }), 'deedNumber'],
    ['a deed after the SK AHU', () => ({ deedDate: '2025-07-30', skAhuDate: '2025-07-01' }), 'deedDate'],
    ['an over-long SK AHU number', () => ({ skAhuNumber: 'A'.repeat(81) }), 'skAhuNumber'],
  ])('%s is INVALID at its field and changes nothing', async (_case, changes, field) => {
    const { payload } = await expectUnchanged(cooperativeRow, () => legalOf(changes()));
    expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', field] });
  });

  test('a NIK koperasi another cooperative holds is a DUPLICATE', async () => {
    const other = await cooperativeRow(fixture.otherCooperativeId);
    const { payload } = await expectUnchanged(cooperativeRow, () =>
      legalOf({ nikKoperasi: other.nik_koperasi }),
    );
    expect(refusal(payload)).toEqual({ code: 'DUPLICATE', field: ['input', 'nikKoperasi'] });
  });

  test('clearing a number with its date is allowed', async () => {
    const { payload } = await legalOf({ deedNumber: null, deedDate: null });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.cooperative!.legal).toMatchObject({ deedNumber: null, deedDate: null });
  });

  test('staff may not change legal data', async () => {
    const { response } = await expectUnchanged(cooperativeRow, () =>
      update({ id: demoId(), version: 1, nib: '1111111111111' }, 'staff'),
    );
    expect(topLevelCode(response)).toBe('FORBIDDEN');
  });
});

describe('setCooperativeOfficers', () => {
  const officersOf = () =>
    knex()('cooperative_officer')
      .where('cooperative_id', fixture.demoCooperativeId)
      .orderBy('id')
      .select('role', 'name');
  const set = (
    officers: { role: string; name: string }[],
    version?: number,
    user: Parameters<typeof call>[4] = 'ketua',
  ) =>
    call<{ cooperative: { officers: { role: string; name: string }[] } | null }>(
      'setCooperativeOfficers',
      'SetCooperativeOfficersInput',
      'cooperative { officers { role name } }',
      { id: demoId(), version, officers },
      user,
    );

  test('replaces the whole list, read back chair first', async () => {
    const officers = [
      { role: 'PENGAWAS', name: 'Maria Goreti' },
      { role: 'KETUA', name: 'Yohanes Apui' },
      { role: 'BENDAHARA', name: 'Siti Aminah' },
    ];
    const { payload } = await set(officers, await versionOf());
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.cooperative!.officers.map((officer) => officer.role)).toEqual([
      'KETUA',
      'BENDAHARA',
      'PENGAWAS',
    ]);
    expect(await officersOf()).toEqual(officers);
  });

  test('two chairs are a DUPLICATE at the second one', async () => {
    const { payload } = await expectUnchanged(officersOf, async () =>
      set(
        [
          { role: 'KETUA', name: 'Yohanes Apui' },
          { role: 'PENGAWAS', name: 'Maria Goreti' },
          { role: 'KETUA', name: 'Petrus Alo' },
        ],
        await versionOf(),
      ),
    );
    expect(refusal(payload)).toEqual({ code: 'DUPLICATE', field: ['input', 'officers', '2', 'role'] });
  });

  test('a blank name is INVALID at its place in the list', async () => {
    const { payload } = await expectUnchanged(officersOf, async () =>
      set([{ role: 'KETUA', name: '   ' }], await versionOf()),
    );
    expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', 'officers', '0', 'name'] });
  });

  test('a stale version is a CONFLICT', async () => {
    const { payload } = await expectUnchanged(officersOf, async () =>
      set([{ role: 'KETUA', name: 'Siapa Saja' }], (await versionOf()) - 1),
    );
    expect(refusal(payload)).toEqual({ code: 'CONFLICT', field: ['input', 'version'] });
  });

  test('the mentor may not name officers', async () => {
    const { response } = await expectUnchanged(officersOf, async () =>
      set([{ role: 'KETUA', name: 'Siapa Saja' }], await versionOf(), 'mentor'),
    );
    expect(topLevelCode(response)).toBe('FORBIDDEN');
  });
});

describe('business units', () => {
  const unitsOf = () => rowsOf(knex(), 'business_unit', { cooperative_id: fixture.demoCooperativeId });
  const UNIT = 'businessUnit { id type name status capacityNotes activeSince }';
  interface Unit {
    id: string;
    type: string;
    name: string | null;
    status: string;
    capacityNotes: string | null;
    activeSince: string | null;
  }
  const add = (input: Record<string, unknown>, user: Parameters<typeof call>[4] = 'staff') =>
    call<{ businessUnit: Unit | null }>(
      'addBusinessUnit',
      'AddBusinessUnitInput',
      UNIT,
      { cooperativeId: demoId(), ...input },
      user,
    );
  const update = (input: Record<string, unknown>, user: Parameters<typeof call>[4] = 'staff') =>
    call<{ businessUnit: Unit | null }>('updateBusinessUnit', 'UpdateBusinessUnitInput', UNIT, input, user);
  const remove = (id: string, user: Parameters<typeof call>[4] = 'staff') =>
    call<{ removedBusinessUnitId: string | null; cooperative: { units: { type: string }[] } | null }>(
      'removeBusinessUnit',
      'RemoveBusinessUnitInput',
      'removedBusinessUnitId cooperative { units { type } }',
      { id },
      user,
    );
  const unitIdOfType = async (type: string) =>
    globalIdOf(
      'BusinessUnit',
      (await knex()('business_unit').where({ cooperative_id: fixture.demoCooperativeId, type }).first('id'))
        .id,
    );

  test('staff add a standard unit; it reads back as stored', async () => {
    const { payload } = await add({
      type: 'LPG_OUTLET',
      status: 'PLANNED',
      capacityNotes: ' 200 tabung/bulan ',
    });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.businessUnit).toMatchObject({
      type: 'LPG_OUTLET',
      status: 'PLANNED',
      capacityNotes: '200 tabung/bulan',
      activeSince: null,
    });
    const row = await knex()('business_unit').where('id', dbIdOf(payload!.businessUnit!.id)).first();
    expect(row).toMatchObject({ cooperative_id: fixture.demoCooperativeId, type: 'LPG_OUTLET' });
  });

  test('the mentor adds OTHER units, several of them, each with a name', async () => {
    for (const name of ['Penggilingan padi', 'Bengkel alat tani']) {
      const { payload } = await add(
        { type: 'OTHER', status: 'ACTIVE', name, activeSince: '2026-02-01' },
        'mentor',
      );
      expect(payload!.userErrors).toEqual([]);
      expect(payload!.businessUnit).toMatchObject({ type: 'OTHER', name, activeSince: '2026-02-01' });
    }
  });

  test('a second unit of a standard type is a DUPLICATE', async () => {
    const { payload } = await expectUnchanged(unitsOf, () =>
      add({ type: 'GROCERY_KIOSK', status: 'ACTIVE' }),
    );
    expect(refusal(payload)).toEqual({ code: 'DUPLICATE', field: ['input', 'type'] });
  });

  const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  test.each([
    ['an OTHER unit without a name', () => ({ type: 'OTHER', status: 'PLANNED' }), 'name'],
    [
      'a start date for a unit that is not active',
      () => ({ type: 'BANK_AGENT', status: 'PLANNED', activeSince: '2026-01-01' }),
      'activeSince',
    ],
    [
      'a start date in the future',
      () => ({ type: 'BANK_AGENT', status: 'ACTIVE', activeSince: inTwoDays() }),
      'activeSince',
    ],
    [
      'over-long capacity notes',
      () => ({ type: 'BANK_AGENT', status: 'PLANNED', capacityNotes: 'x'.repeat(2001) }),
      'capacityNotes',
    ],
  ])('%s is INVALID and adds nothing', async (_case, input, field) => {
    const { payload } = await expectUnchanged(unitsOf, () => add(input()));
    expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', field] });
  });

  test('leaving ACTIVE clears the start date; becoming ACTIVE may set one', async () => {
    const id = await unitIdOfType('SAVINGS_AND_LOAN');
    const paused = await update({ id, status: 'NOT_ACTIVE' });
    expect(paused.payload!.userErrors).toEqual([]);
    expect(paused.payload!.businessUnit).toMatchObject({ status: 'NOT_ACTIVE', activeSince: null });
    const reopened = await update({
      id,
      status: 'ACTIVE',
      activeSince: '2026-11-02',
      name: 'Unit Simpan Pinjam',
    });
    expect(reopened.payload!.businessUnit).toMatchObject({
      status: 'ACTIVE',
      activeSince: '2026-11-02',
      name: 'Unit Simpan Pinjam',
    });
  });

  test('an update that breaks a rule changes nothing', async () => {
    const id = await unitIdOfType('VILLAGE_CLINIC');
    const { payload } = await expectUnchanged(unitsOf, () => update({ id, activeSince: '2026-01-01' }));
    expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', 'activeSince'] });
    const cleared = await expectUnchanged(unitsOf, () => update({ id, status: null }));
    expect(refusal(cleared.payload)).toEqual({ code: 'INVALID', field: ['input', 'status'] });
  });

  test('removing a unit returns the cooperative without it', async () => {
    const id = await unitIdOfType('POST_AGENT');
    const { payload } = await remove(id, 'ketua');
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.removedBusinessUnitId).toBe(id);
    expect(payload!.cooperative!.units.map((unit) => unit.type)).not.toContain('POST_AGENT');
    expect(await knex()('business_unit').where('id', dbIdOf(id)).first()).toBeUndefined();
    const again = await remove(id, 'ketua');
    expect(refusal(again.payload)).toEqual({ code: 'NOT_FOUND', field: ['input', 'id'] });
  });

  test.each([['otherKetua'], ['dinasSanggau'], ['bankOfficer']] as const)(
    "%s may not touch the demo cooperative's units",
    async (user) => {
      const id = await unitIdOfType('VILLAGE_CLINIC');
      const attempts: (() => Promise<{ response: GraphQLResponse }>)[] = [
        () => add({ type: 'BANK_AGENT', status: 'PLANNED' }, user),
        () => update({ id, status: 'ACTIVE' }, user),
        () => remove(id, user),
      ];
      for (const attempt of attempts) {
        const { response } = await expectUnchanged(unitsOf, attempt);
        expect(topLevelCode(response)).toBe('FORBIDDEN');
      }
    },
  );
});
