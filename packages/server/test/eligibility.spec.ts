import { startTestServer, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { mutationCaller } from './writes/support';

/**
 * Eligibility of a cooperative for a program: every requirement with its status and evidence,
 * the PMK 49/2025 loan rules derived from the seeded program fields, and who may ask.
 */
let server: TestServer;
let fixture: Fixture;
let call: ReturnType<typeof mutationCaller>;
let briLoanId: number;
let briAgencyId: number;
const knex = () => server.orm.em.getKnex();
const tokens = new Map<DemoUser, string>();
const tokenOf = async (user: DemoUser) => {
  if (!tokens.has(user)) tokens.set(user, await server.signIn(DEMO[user]));
  return tokens.get(user)!;
};

beforeAll(async () => {
  server = await startTestServer();
  fixture = await loadFixture(knex());
  call = mutationCaller(server);
  briLoanId = (await knex()('program').where({ partner_id: fixture.bankId, kind: 'LOAN' }).first('id')).id;
  briAgencyId = (await knex()('program').where({ partner_id: fixture.bankId, kind: 'AGENCY' }).first('id'))
    .id;
});
afterAll(() => server.close());

const QUERY = `query ($c: ID!, $p: ID!, $amount: Decimal, $op: Decimal) {
  eligibility(cooperativeId: $c, programId: $p, amount: $amount, operatingCostAmount: $op) {
    verdict metCount
    cooperative { name }
    program { name }
    requirements {
      key kind status documentType unitTypes
      document { id type status number }
      businessUnit { type status }
      minimum { amount } maximum { amount } given { amount }
    }
  }
}`;

interface Requirement {
  key: string;
  kind: string;
  status: string;
  documentType: string | null;
  document: { id: string; type: string; status: string; number: string | null } | null;
  businessUnit: { type: string; status: string } | null;
  maximum: { amount: string } | null;
  given: { amount: string } | null;
}
interface Report {
  verdict: string;
  metCount: number;
  requirements: Requirement[];
}

async function eligibility(
  user: DemoUser | 'anonymous',
  vars: { amount?: string; op?: string; programId?: number; cooperativeId?: number } = {},
) {
  return server.graphql<{ eligibility: Report }>(
    QUERY,
    {
      c: globalIdOf('Cooperative', vars.cooperativeId ?? fixture.demoCooperativeId),
      p: globalIdOf('Program', vars.programId ?? briLoanId),
      amount: vars.amount,
      op: vars.op,
    },
    user === 'anonymous' ? {} : { token: await tokenOf(user) },
  );
}

const byKey = (report: Report) => Object.fromEntries(report.requirements.map((r) => [r.key, r]));

describe('eligibility for the PMK 49/2025 loan of BRI', () => {
  test('lists every PMK 49 requirement; the demo cooperative lacks a business proposal; amounts unknown', async () => {
    const response = await eligibility('ketua');
    expect(response.errors).toBeUndefined();
    const report = response.data!.eligibility;
    const kind = (await knex()('cooperative').where('id', fixture.demoCooperativeId).first('kind')).kind;
    expect(report.requirements.map((r) => r.key)).toEqual([
      'REGION',
      'DOCUMENT:SK_AHU',
      'DOCUMENT:NIK_CERTIFICATE',
      'DOCUMENT:BANK_ACCOUNT',
      'DOCUMENT:NPWP',
      'DOCUMENT:NIB',
      'DOCUMENT:BUSINESS_PROPOSAL',
      kind === 'KDMP' ? 'APPROVAL:VILLAGE_HEAD_APPROVAL' : 'APPROVAL:REGENT_APPROVAL',
      'DOCUMENT:VILLAGE_DELIBERATION_MINUTES',
      'BUSINESS_UNIT',
      'AMOUNT',
      'OPERATING_COST',
    ]);
    const rows = byKey(report);
    expect(rows['DOCUMENT:BUSINESS_PROPOSAL']).toMatchObject({ status: 'MISSING', document: null });
    expect(rows['DOCUMENT:SK_AHU']).toMatchObject({
      status: 'MET',
      document: { type: 'SK_AHU', status: 'VALID' },
    });
    expect(rows['BUSINESS_UNIT']).toMatchObject({ status: 'MET', businessUnit: { status: 'ACTIVE' } });
    expect(rows['AMOUNT']).toMatchObject({
      status: 'UNKNOWN',
      maximum: { amount: '3000000000' },
      given: null,
    });
    expect(rows['OPERATING_COST']).toMatchObject({ status: 'UNKNOWN', maximum: { amount: '500000000' } });
    expect(report.verdict).toBe('NOT_ELIGIBLE');
    expect(report.metCount).toBe(report.requirements.filter((r) => r.status === 'MET').length);
  });

  test('amounts: within the ceilings MET, above them NOT_MET', async () => {
    const within = byKey(
      (await eligibility('ketua', { amount: '3000000000', op: '500000000' })).data!.eligibility,
    );
    expect([within.AMOUNT!.status, within.AMOUNT!.given, within.OPERATING_COST!.status]).toEqual([
      'MET',
      { amount: '3000000000' },
      'MET',
    ]);
    const above = byKey(
      (await eligibility('ketua', { amount: '3000000000.01', op: '500000001' })).data!.eligibility,
    );
    expect([above.AMOUNT!.status, above.OPERATING_COST!.status]).toEqual(['NOT_MET', 'NOT_MET']);
  });

  test('adding the missing document meets it; a lapsed one reads EXPIRED; the verdict follows', async () => {
    const add = (input: Record<string, unknown>) =>
      call(
        'addCooperativeDocument',
        'AddCooperativeDocumentInput',
        'document { id }',
        {
          cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
          ...input,
        },
        'ketua',
      );
    const added = await add({ type: 'BUSINESS_PROPOSAL', issuedOn: '2024-01-01', expiresOn: '2024-12-31' });
    expect(added.payload!.userErrors).toEqual([]);
    expect(byKey((await eligibility('ketua')).data!.eligibility)['DOCUMENT:BUSINESS_PROPOSAL']!.status).toBe(
      'EXPIRED',
    );
    await add({ type: 'BUSINESS_PROPOSAL', issuedOn: '2026-01-01', expiresOn: '2099-12-31' });
    const rows = byKey((await eligibility('ketua')).data!.eligibility);
    expect(rows['DOCUMENT:BUSINESS_PROPOSAL']).toMatchObject({
      status: 'MET',
      document: { status: 'VALID' },
    });
  });

  test('a cooperative with everything in force and amounts within the ceilings is ELIGIBLE', async () => {
    // Give the demo cooperative every PMK 49 document in force.
    const types = [
      'SK_AHU',
      'NIK_CERTIFICATE',
      'BANK_ACCOUNT',
      'NPWP',
      'NIB',
      'BUSINESS_PROPOSAL',
      'VILLAGE_DELIBERATION_MINUTES',
      'VILLAGE_HEAD_APPROVAL',
      'REGENT_APPROVAL',
    ];
    await knex()('cooperative_document').insert(
      types.map((type) => ({
        cooperative_id: fixture.demoCooperativeId,
        type,
        issued_on: '2026-01-01',
        expires_on: null,
      })),
    );
    const report = (await eligibility('mentor', { amount: '1500000000', op: '200000000' })).data!.eligibility;
    expect(report.requirements.filter((r) => r.status !== 'MET')).toEqual([]);
    expect(report.verdict).toBe('ELIGIBLE');
  });
});

describe('other programs', () => {
  test('the BRILink agency asks for its listed documents and an active bank-agent unit', async () => {
    const report = (await eligibility('ketua', { programId: briAgencyId })).data!.eligibility;
    const rows = byKey(report);
    expect(Object.keys(rows)).toEqual([
      'REGION',
      'DOCUMENT:SK_AHU',
      'DOCUMENT:NIB',
      'DOCUMENT:NPWP',
      'DOCUMENT:BANK_ACCOUNT',
      'DOCUMENT:OFFICER_IDS',
      'BUSINESS_UNIT',
    ]);
    const unit = await knex()('business_unit')
      .where({ cooperative_id: fixture.demoCooperativeId, type: 'BANK_AGENT' })
      .first('status');
    expect(rows.BUSINESS_UNIT!.status).toBe(unit?.status === 'ACTIVE' ? 'MET' : 'MISSING');
  });

  test('a new program works without code: its fields are its requirements', async () => {
    const [{ id }] = await knex()('program')
      .insert({
        partner_id: fixture.bankId,
        kind: 'SERVICE',
        name: 'Layanan uji',
        status: 'ACTIVE',
        eligible_unit_types: '{LOGISTICS}',
        required_documents: '{LAND_PROOF,FINANCIAL_REPORT}',
      })
      .returning('id');
    const report = (await eligibility('ketua', { programId: id })).data!.eligibility;
    expect(report.requirements.map((r) => r.key)).toEqual([
      'DOCUMENT:LAND_PROOF',
      'DOCUMENT:FINANCIAL_REPORT',
      'BUSINESS_UNIT',
    ]);
  });
});

describe('who may check', () => {
  test.each([
    'ketua',
    'staff',
    'mentor',
    'pmo',
    'bankOfficer',
    'dinasSanggau',
    'dinasProvince',
    'admin',
  ] as const)('%s may', async (user) => {
    const response = await eligibility(user);
    expect(response.errors).toBeUndefined();
    expect(response.data!.eligibility.requirements.length).toBeGreaterThan(5);
  });

  test.each(['otherKetua', 'buyer'] as const)('%s is FORBIDDEN', async (user) => {
    const response = await eligibility(user);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
  });

  test('anonymous callers are UNAUTHENTICATED; unknown programs NOT_FOUND', async () => {
    expect((await eligibility('anonymous')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await eligibility('ketua', { programId: 999999 })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  test('the bank sees the evidence but not the private document numbers', async () => {
    const rows = byKey((await eligibility('bankOfficer')).data!.eligibility);
    expect(rows['DOCUMENT:SK_AHU']!.document).toMatchObject({ status: 'VALID', number: null });
    const own = byKey((await eligibility('ketua')).data!.eligibility);
    expect(own['DOCUMENT:SK_AHU']!.document!.number).not.toBeNull();
  });

  test('a check costs a handful of SQL statements', async () => {
    const response = await eligibility('bankOfficer', { amount: '1000000000' });
    expect(response.sqlStatements).toBeLessThanOrEqual(6);
  });
});
