import { startTestServer, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { expectUnchanged, mutationCaller, refusal, topLevelCode } from './writes/support';

/**
 * Mentor attestations: only a mentor assigned to the cooperative (or their PMO) may attest; an
 * attestation raises the document's and the cooperative's verification level to at least
 * MENTOR_ATTESTED and marks an attested unit ACTIVE; who and when are shown on the cooperative.
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

const attest = (input: Record<string, unknown>, user: DemoUser = 'mentor') =>
  call<{
    attestation: {
      subject: string;
      note: string | null;
      attestedAt: string;
      mentor: { name: string };
      document: { id: string; verificationLevel: string } | null;
      businessUnit: { status: string } | null;
    } | null;
  }>(
    'attestCooperativeFact',
    'AttestCooperativeFactInput',
    'attestation { subject note attestedAt mentor { name } document { id verificationLevel } businessUnit { status } }',
    { cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId), ...input },
    user,
  );

/** Everything an attestation may change, for "nothing changed" checks. */
const state = async (cooperativeId = fixture.demoCooperativeId) => ({
  cooperative: await knex()('cooperative').where('id', cooperativeId).first('verification_level', 'version'),
  documents: await knex()('cooperative_document')
    .where('cooperative_id', cooperativeId)
    .orderBy('id')
    .select('id', 'verification_level', 'version'),
  units: await knex()('business_unit')
    .where('cooperative_id', cooperativeId)
    .orderBy('id')
    .select('id', 'status', 'active_since'),
  attestations: await knex()('cooperative_attestation')
    .where('cooperative_id', cooperativeId)
    .count({ n: '*' }),
});

async function selfDeclaredDocument(cooperativeId = fixture.demoCooperativeId): Promise<number> {
  const [{ id }] = await knex()('cooperative_document')
    .insert({ cooperative_id: cooperativeId, type: 'LAND_PROOF', verification_level: 'SELF_DECLARED' })
    .returning('id');
  return id;
}

test('the assigned BA attests a document: it and the cooperative rise to MENTOR_ATTESTED; shown with who and when', async () => {
  await knex()('cooperative')
    .where('id', fixture.demoCooperativeId)
    .update({ verification_level: 'SELF_DECLARED' });
  const documentId = await selfDeclaredDocument();
  const { payload } = await attest({
    subject: 'DOCUMENT_SEEN',
    documentId: globalIdOf('CooperativeDocument', documentId),
    note: 'Asli dilihat di kantor desa',
  });
  expect(payload!.userErrors).toEqual([]);
  const mentorName = (await knex()('mentor').where('id', fixture.demoMentorId).first('name')).name;
  expect(payload!.attestation).toMatchObject({
    subject: 'DOCUMENT_SEEN',
    note: 'Asli dilihat di kantor desa',
    mentor: { name: mentorName },
    document: { id: globalIdOf('CooperativeDocument', documentId), verificationLevel: 'MENTOR_ATTESTED' },
  });
  expect(
    (await knex()('cooperative').where('id', fixture.demoCooperativeId).first()).verification_level,
  ).toBe('MENTOR_ATTESTED');
  const response = await server.graphql<{
    cooperative: {
      verificationLevel: string;
      attestations: { subject: string; mentor: { name: string }; attestedAt: string }[];
    };
  }>(
    'query ($id: ID!) { cooperative(id: $id) { verificationLevel attestations { subject attestedAt mentor { name } } } }',
    { id: globalIdOf('Cooperative', fixture.demoCooperativeId) },
  );
  expect(response.data!.cooperative.attestations[0]).toMatchObject({
    subject: 'DOCUMENT_SEEN',
    mentor: { name: mentorName },
  });
});

test('viewerMayAttest is true only for the assigned BA and their PMO', async () => {
  const ask = async (user: DemoUser) => {
    const token = await server.signIn(DEMO[user]);
    const response = await server.graphql<{ cooperative: { viewerMayAttest: boolean } }>(
      'query ($id: ID!) { cooperative(id: $id) { viewerMayAttest } }',
      { id: globalIdOf('Cooperative', fixture.demoCooperativeId) },
      { token },
    );
    return response.data!.cooperative.viewerMayAttest;
  };
  expect([await ask('mentor'), await ask('pmo'), await ask('ketua'), await ask('admin')]).toEqual([
    true,
    true,
    false,
    false,
  ]);
});

test('a stronger level is never lowered by an attestation', async () => {
  const [{ id }] = await knex()('cooperative_document')
    .insert({
      cooperative_id: fixture.demoCooperativeId,
      type: 'NIB',
      verification_level: 'GOVERNMENT_VERIFIED',
    })
    .returning('id');
  const { payload } = await attest({
    subject: 'DOCUMENT_SEEN',
    documentId: globalIdOf('CooperativeDocument', id),
  });
  expect(payload!.attestation!.document!.verificationLevel).toBe('GOVERNMENT_VERIFIED');
});

test('attesting a unit marks it ACTIVE with a start date', async () => {
  const [{ id }] = await knex()('business_unit')
    .insert({
      cooperative_id: fixture.demoCooperativeId,
      type: 'OTHER',
      name: 'Unit uji',
      status: 'UNDER_CONSTRUCTION',
    })
    .returning('id');
  const { payload } = await attest(
    { subject: 'UNIT_ACTIVE', businessUnitId: globalIdOf('BusinessUnit', id) },
    'pmo',
  );
  expect(payload!.userErrors).toEqual([]);
  expect(payload!.attestation!.businessUnit).toEqual({ status: 'ACTIVE' });
  expect((await knex()('business_unit').where('id', id).first()).active_since).not.toBeNull();
});

test('a free fact needs its note', async () => {
  const { payload } = await expectUnchanged(state, () => attest({ subject: 'FACT' }));
  expect(refusal(payload)).toEqual({ code: 'INVALID', field: ['input', 'note'] });
  const ok = await attest({ subject: 'FACT', note: 'Rapat anggota tahunan diadakan 12 Oktober' });
  expect(ok.payload!.userErrors).toEqual([]);
});

test('a document or unit of another cooperative is NOT_FOUND and changes nothing', async () => {
  const foreign = await selfDeclaredDocument(fixture.otherCooperativeId);
  const { payload } = await expectUnchanged(state, () =>
    attest({ subject: 'DOCUMENT_SEEN', documentId: globalIdOf('CooperativeDocument', foreign) }),
  );
  expect(refusal(payload)).toEqual({ code: 'NOT_FOUND', field: ['input', 'documentId'] });
  expect((await knex()('cooperative_document').where('id', foreign).first()).verification_level).toBe(
    'SELF_DECLARED',
  );
});

test.each(['ketua', 'admin', 'bankOfficer', 'dinasSanggau'] as const)(
  '%s is not an assigned mentor: FORBIDDEN and nothing changes',
  async (user) => {
    const documentId = await selfDeclaredDocument();
    const { response } = await expectUnchanged(state, () =>
      attest({ subject: 'DOCUMENT_SEEN', documentId: globalIdOf('CooperativeDocument', documentId) }, user),
    );
    expect(topLevelCode(response)).toBe('FORBIDDEN');
  },
);

test('a mentor not assigned to the cooperative is refused and nothing changes', async () => {
  const documentId = await selfDeclaredDocument(fixture.otherCooperativeId);
  const { response } = await expectUnchanged(
    () => state(fixture.otherCooperativeId),
    () =>
      call(
        'attestCooperativeFact',
        'AttestCooperativeFactInput',
        'attestation { subject }',
        {
          cooperativeId: globalIdOf('Cooperative', fixture.otherCooperativeId),
          subject: 'DOCUMENT_SEEN',
          documentId: globalIdOf('CooperativeDocument', documentId),
        },
        'mentor',
      ),
  );
  expect(topLevelCode(response)).toBe('FORBIDDEN');
});

test('an ID that is malformed or names another type is BAD_USER_INPUT, before the object rules, and changes nothing', async () => {
  // The assigned mentor's cooperative, and one they are not assigned to (whose rule would say FORBIDDEN).
  for (const cooperativeId of [fixture.demoCooperativeId, fixture.otherCooperativeId]) {
    const cooperative = globalIdOf('Cooperative', cooperativeId);
    const malformed = await expectUnchanged(
      () => state(cooperativeId),
      () => attest({ cooperativeId: cooperative, subject: 'DOCUMENT_SEEN', documentId: 'not an id!' }),
    );
    expect(topLevelCode(malformed.response)).toBe('BAD_USER_INPUT');
    expect(malformed.response.errors![0]!.message).toContain('is not a valid MitraDesa ID');

    const wrongType = await expectUnchanged(
      () => state(cooperativeId),
      () => attest({ cooperativeId: cooperative, subject: 'UNIT_ACTIVE', businessUnitId: cooperative }),
    );
    expect(topLevelCode(wrongType.response)).toBe('BAD_USER_INPUT');
    expect(wrongType.response.errors![0]!.message).toMatch(
      /Expected a BusinessUnit ID, but .* is a Cooperative ID/,
    );
  }
});
