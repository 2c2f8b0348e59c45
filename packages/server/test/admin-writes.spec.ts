import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { expectUnchanged, mutationCaller, refusal, topLevelCode } from './writes/support';

/**
 * Admin operations: creating cooperatives and partners, assigning mentors, and verification
 * levels. Only platform admins may; each rule refuses with its code and field and changes nothing.
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

/** Every village of the demo data has its cooperative; tests add villages of their own. */
async function newVillage(code: string, kind: 'DESA' | 'KELURAHAN'): Promise<string> {
  await knex()('region').insert({
    code,
    level: 'VILLAGE',
    name: `Desa Uji ${code}`,
    parent_code: code.slice(0, 8),
    village_kind: kind,
  });
  return code;
}

describe('createCooperative', () => {
  const cooperatives = () => knex()('cooperative').count({ n: '*' }).first();
  const create = (input: Record<string, unknown>, user: DemoUser = 'admin') =>
    call<{
      cooperative: {
        id: string;
        kind: string;
        name: string;
        memberCount: number;
        stage: string;
        village: { code: string };
      } | null;
    }>(
      'createCooperative',
      'CreateCooperativeInput',
      'cooperative { id kind name memberCount stage managementPattern village { code } }',
      input,
      user,
    );

  test('a desa gets a KDMP with the defaults', async () => {
    const villageCode = await newVillage('61.03.01.2901', 'DESA');
    const { payload } = await create({ villageCode, name: 'Koperasi Desa Merah Putih Uji Satu' });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.cooperative).toMatchObject({
      kind: 'KDMP',
      memberCount: 0,
      stage: 'LEGALLY_FORMED',
      village: { code: villageCode },
    });
    const row = await knex()('cooperative').where('id', dbIdOf(payload!.cooperative!.id)).first();
    expect(row).toMatchObject({ village_code: villageCode, kind: 'KDMP', verification_level: 'UNVERIFIED' });
  });

  test('a kelurahan gets a KKMP', async () => {
    const villageCode = await newVillage('61.71.01.1901', 'KELURAHAN');
    const { payload } = await create({
      villageCode,
      name: 'Koperasi Kelurahan Merah Putih Uji',
      managementPattern: 'SYARIAH',
      memberCount: 120,
      stage: 'ORGANISED',
    });
    expect(payload!.cooperative).toMatchObject({ kind: 'KKMP', memberCount: 120, stage: 'ORGANISED' });
  });

  test.each([
    [
      'a village that has a cooperative',
      async () => (await knex()('cooperative').where('id', fixture.demoCooperativeId).first()).village_code,
      'DUPLICATE',
    ],
    ['a district code', async () => '61.03.01', 'NOT_FOUND'],
    ['a village that does not exist', async () => '61.03.01.2999', 'NOT_FOUND'],
    ['a malformed code', async () => '61-03-01', 'INVALID'],
  ])('%s is refused at villageCode and creates nothing', async (_case, villageCode, code) => {
    const given = await villageCode();
    const { payload } = await expectUnchanged(cooperatives, () =>
      create({ villageCode: given, name: 'Koperasi Desa Merah Putih Ganda' }),
    );
    expect(refusal(payload)).toEqual({ code, field: ['input', 'villageCode'] });
  });

  test('a name too short is INVALID', async () => {
    const villageCode = await newVillage('61.03.01.2902', 'DESA');
    const { payload } = await expectUnchanged(cooperatives, () => create({ villageCode, name: 'KD' }));
    expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', 'name'] });
  });

  test.each([['ketua'], ['bankAdmin'], ['mentor'], ['pmo'], ['dinasProvince']] as const)(
    '%s may not create cooperatives',
    async (user) => {
      const villageCode = `61.03.01.${2910 + Object.keys(DEMO).indexOf(user)}`;
      await newVillage(villageCode, 'DESA');
      const { response } = await expectUnchanged(cooperatives, () =>
        create({ villageCode, name: 'Koperasi Desa Merah Putih Liar' }, user),
      );
      expect(topLevelCode(response)).toBe('FORBIDDEN');
    },
  );
});

describe('createPartner', () => {
  const partners = () => knex()('partner').orderBy('id').select('id', 'name');
  const create = (input: Record<string, unknown>, user: DemoUser = 'admin') =>
    call<{
      partner: {
        id: string;
        type: string;
        name: string;
        commodities: string[];
        coverage: { code: string }[];
      } | null;
    }>(
      'createPartner',
      'CreatePartnerInput',
      'partner { id type name website commodities verificationLevel coverage { code } }',
      input,
      user,
    );

  test('admins create a partner with its coverage', async () => {
    const { payload } = await create({
      type: 'PRIVATE_BUYER',
      name: 'PT Lada Kalbar Makmur',
      website: 'https://ladakalbar.example.id',
      commodities: ['PEPPER'],
      coverageRegionCodes: ['61.07', '61.08'],
    });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.partner).toMatchObject({
      type: 'PRIVATE_BUYER',
      name: 'PT Lada Kalbar Makmur',
      commodities: ['PEPPER'],
      coverage: [{ code: '61.07' }, { code: '61.08' }],
    });
    const coverage = await knex()('partner_coverage')
      .where('partner_id', dbIdOf(payload!.partner!.id))
      .pluck('region_code');
    expect(coverage.sort()).toEqual(['61.07', '61.08']);
  });

  test.each([
    ['a name another partner has (any case)', { name: 'bank rakyat indonesia (bri)' }, 'DUPLICATE', ['name']],
    ['an unknown regency', { coverageRegionCodes: ['61.99'] }, 'NOT_FOUND', ['coverageRegionCodes', '0']],
    ['a website that is no web address', { website: 'lada kalbar' }, 'INVALID', ['website']],
  ])('%s is refused and creates nothing', async (_case, changes, code, field) => {
    const { payload } = await expectUnchanged(partners, () =>
      create({ type: 'PRIVATE_BUYER', name: 'PT Sahang Nusantara', ...changes }),
    );
    expect(refusal(payload)).toEqual({ code, field: ['input', ...field] });
  });

  test.each([['bankAdmin'], ['buyer'], ['ketua'], ['dinasProvince']] as const)(
    '%s may not create partners',
    async (user) => {
      const { response } = await expectUnchanged(partners, () =>
        create({ type: 'NGO', name: 'Yayasan Liar' }, user),
      );
      expect(topLevelCode(response)).toBe('FORBIDDEN');
    },
  );
});

describe('mentor assignments', () => {
  const MENTOR_OF = 'cooperative { id mentor { id name } }';
  const assign = (mentorId: number, cooperativeId: number, user: DemoUser = 'admin') =>
    call<{ cooperative: { id: string; mentor: { id: string } | null } | null }>(
      'assignMentor',
      'AssignMentorInput',
      MENTOR_OF,
      { mentorId: globalIdOf('Mentor', mentorId), cooperativeId: globalIdOf('Cooperative', cooperativeId) },
      user,
    );
  const end = (cooperativeId: number, user: DemoUser = 'admin') =>
    call<{ cooperative: { id: string; mentor: { id: string } | null } | null }>(
      'endMentorAssignment',
      'EndMentorAssignmentInput',
      MENTOR_OF,
      { cooperativeId: globalIdOf('Cooperative', cooperativeId) },
      user,
    );
  const assignmentsOf = (cooperativeId: number) =>
    knex()('mentor_assignment').where('cooperative_id', cooperativeId).orderBy('id').select('*');

  /** A cooperative of Sanggau (61.03) other than the demo one, with an open assignment. */
  async function sanggauCooperative(): Promise<{ cooperativeId: number; mentorId: number }> {
    const row = await knex()('cooperative as c')
      .join('mentor_assignment as a', 'a.cooperative_id', 'c.id')
      .whereNull('a.ended_at')
      .where('c.village_code', 'like', '61.03.%')
      .whereNot('c.id', fixture.demoCooperativeId)
      .whereNot('a.mentor_id', fixture.demoMentorId)
      .orderBy('c.id')
      .first('c.id as cooperativeId', 'a.mentor_id as mentorId');
    return row;
  }
  const otherBaOf = (regency: string, except: number) =>
    knex()('mentor')
      .where({ role: 'BA', regency_code: regency })
      .whereNot('id', except)
      .orderBy('id')
      .first('id')
      .then((row: { id: number }) => row.id);

  test('a BA of the regency takes over: the old assignment ends, the new one opens', async () => {
    const { cooperativeId, mentorId: previous } = await sanggauCooperative();
    const { payload } = await assign(fixture.demoMentorId, cooperativeId);
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.cooperative!.mentor!.id).toBe(globalIdOf('Mentor', fixture.demoMentorId));
    const history = await assignmentsOf(cooperativeId);
    const open = history.filter((row: { ended_at: unknown }) => row.ended_at === null);
    expect(open).toEqual([expect.objectContaining({ mentor_id: fixture.demoMentorId })]);
    const ended = history.find((row: { mentor_id: number }) => row.mentor_id === previous);
    expect(ended.ended_at).not.toBeNull();
    expect(Date.parse(ended.ended_at)).toBe(Date.parse(open[0].started_at));

    // The caseloads follow: the cooperative moved from the previous BA's to the new BA's.
    const caseloadOf = async (mentorId: number) => {
      const response = await server.graphql<{ mentor: { caseload: { edges: { node: { id: string } }[] } } }>(
        'query ($id: ID!) { mentor(id: $id) { caseload(first: 100) { edges { node { id } } } } }',
        { id: globalIdOf('Mentor', mentorId) },
      );
      return response.data!.mentor.caseload.edges.map((edge) => dbIdOf(edge.node.id));
    };
    expect(await caseloadOf(fixture.demoMentorId)).toContain(cooperativeId);
    expect(await caseloadOf(previous)).not.toContain(cooperativeId);
  });

  test('a PMO takes no caseload: INVALID at mentorId', async () => {
    const { cooperativeId } = await sanggauCooperative();
    const pmo = await knex()('mentor').where('id', fixture.demoMentorId).first('supervisor_id');
    const { payload } = await expectUnchanged(
      () => assignmentsOf(cooperativeId),
      () => assign(pmo.supervisor_id, cooperativeId),
    );
    expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', 'mentorId'] });
  });

  test('a BA of another regency: INVALID at mentorId', async () => {
    const sambasBa = await otherBaOf('61.01', 0);
    const { payload } = await expectUnchanged(
      () => assignmentsOf(fixture.demoCooperativeId),
      () => assign(sambasBa, fixture.demoCooperativeId),
    );
    expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', 'mentorId'] });
  });

  test('the BA already assigned: DUPLICATE', async () => {
    const { payload } = await expectUnchanged(
      () => assignmentsOf(fixture.demoCooperativeId),
      () => assign(fixture.demoMentorId, fixture.demoCooperativeId),
    );
    expect(refusal(payload)).toEqual({ code: 'DUPLICATE', field: ['input', 'mentorId'] });
  });

  test('unknown mentor or cooperative: NOT_FOUND at its field', async () => {
    expect(refusal((await assign(999999, fixture.demoCooperativeId)).payload)).toEqual({
      code: 'NOT_FOUND',
      field: ['input', 'mentorId'],
    });
    expect(refusal((await assign(fixture.demoMentorId, 999999)).payload)).toEqual({
      code: 'NOT_FOUND',
      field: ['input', 'cooperativeId'],
    });
  });

  test('ending an assignment leaves the cooperative without a mentor; ending again is refused', async () => {
    const { cooperativeId } = await sanggauCooperative();
    const { payload } = await end(cooperativeId);
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.cooperative!.mentor).toBeNull();
    expect(
      await knex()('mentor_assignment').where('cooperative_id', cooperativeId).whereNull('ended_at'),
    ).toEqual([]);
    const again = await expectUnchanged(
      () => assignmentsOf(cooperativeId),
      () => end(cooperativeId),
    );
    expect(refusal(again.payload)).toEqual({ code: 'INVALID_TRANSITION', field: ['input', 'cooperativeId'] });
    // A cooperative without a mentor can get one again.
    const ba = await otherBaOf('61.03', fixture.demoMentorId);
    expect((await assign(ba, cooperativeId)).payload!.cooperative!.mentor!.id).toBe(globalIdOf('Mentor', ba));
  });

  test.each([['pmo'], ['mentor'], ['ketua'], ['dinasSanggau']] as const)(
    '%s may not assign mentors',
    async (user) => {
      const ba = await otherBaOf('61.03', fixture.demoMentorId);
      const assigned = await expectUnchanged(
        () => assignmentsOf(fixture.demoCooperativeId),
        () => assign(ba, fixture.demoCooperativeId, user),
      );
      expect(topLevelCode(assigned.response)).toBe('FORBIDDEN');
      const ended = await expectUnchanged(
        () => assignmentsOf(fixture.demoCooperativeId),
        () => end(fixture.demoCooperativeId, user),
      );
      expect(topLevelCode(ended.response)).toBe('FORBIDDEN');
    },
  );
});

describe('setVerificationLevel', () => {
  const set = (id: string, level: string, user: DemoUser = 'admin') =>
    call<{
      cooperative: { verificationLevel: string } | null;
      partner: { verificationLevel: string } | null;
    }>(
      'setVerificationLevel',
      'SetVerificationLevelInput',
      'cooperative { verificationLevel } partner { verificationLevel }',
      { id, level },
      user,
    );

  test('sets the level of a cooperative', async () => {
    const { payload } = await set(
      globalIdOf('Cooperative', fixture.otherCooperativeId),
      'DOCUMENTS_VERIFIED',
    );
    expect(payload).toMatchObject({
      cooperative: { verificationLevel: 'DOCUMENTS_VERIFIED' },
      partner: null,
      userErrors: [],
    });
    expect(await knex()('cooperative').where('id', fixture.otherCooperativeId).first()).toMatchObject({
      verification_level: 'DOCUMENTS_VERIFIED',
    });
  });

  test('sets the level of a partner', async () => {
    const { payload } = await set(globalIdOf('Partner', fixture.buyerId), 'SELF_DECLARED');
    expect(payload).toMatchObject({ cooperative: null, partner: { verificationLevel: 'SELF_DECLARED' } });
  });

  test('an ID of another type is bad input; an unknown one NOT_FOUND', async () => {
    const { response } = await set(globalIdOf('Offering', 1), 'SELF_DECLARED');
    expect(topLevelCode(response)).toBe('BAD_USER_INPUT');
    const { payload } = await set(globalIdOf('Partner', 999999), 'SELF_DECLARED');
    expect(refusal(payload)).toEqual({ code: 'NOT_FOUND', field: ['input', 'id'] });
  });

  test.each([['ketua'], ['bankAdmin'], ['mentor'], ['dinasProvince']] as const)(
    '%s may not verify anyone, not even themselves',
    async (user) => {
      const state = () =>
        knex()('cooperative').where('id', fixture.demoCooperativeId).first('verification_level');
      const { response } = await expectUnchanged(state, () =>
        set(globalIdOf('Cooperative', fixture.demoCooperativeId), 'GOVERNMENT_VERIFIED', user),
      );
      expect(topLevelCode(response)).toBe('FORBIDDEN');
    },
  );
});
