import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { mutationCaller } from './writes/support';
import { VerificationLevel } from '../src/shared/verification';
import {
  BusinessUnitStatus,
  BusinessUnitType,
  CooperativeKind,
  OfficerRole,
} from '../src/modules/cooperative/cooperative.entity';
import { DocumentType } from '../src/modules/document/document-type';
import {
  BOARD_ROLES,
  debtServiceOf,
  loanHintOf,
  passportRequirements,
  readinessOf,
  ReadinessLevel,
  ReadinessReason,
} from '../src/modules/readiness/readiness.rules';
import { UNIT_CAPITAL_COSTS } from '../src/modules/readiness/unit-capital-costs';
import { PMK49_LOAN } from '../src/modules/program/pmk49';

/**
 * The financing passport: a cooperative's PMK 49/2025 requirements judged as eligibility judges
 * them, its readiness level with the reasons, a loan-size hint with every step, and who may open
 * and share it.
 */

const TODAY = '2026-12-05';
const doc = (type: DocumentType, expiresOn: string | null = null) => ({
  type,
  expiresOn,
  verificationLevel: VerificationLevel.SELF_DECLARED,
});
const ALL_KDMP_DOCUMENTS = [
  DocumentType.SK_AHU,
  DocumentType.NIK_CERTIFICATE,
  DocumentType.BANK_ACCOUNT,
  DocumentType.NPWP,
  DocumentType.NIB,
  DocumentType.BUSINESS_PROPOSAL,
  DocumentType.VILLAGE_HEAD_APPROVAL,
  DocumentType.VILLAGE_DELIBERATION_MINUTES,
].map((type) => doc(type));
const READY = {
  kind: CooperativeKind.KDMP,
  villageCode: '61.03.05.2001',
  verificationLevel: VerificationLevel.DOCUMENTS_VERIFIED,
  documents: ALL_KDMP_DOCUMENTS,
  units: [{ type: BusinessUnitType.GROCERY_KIOSK, status: BusinessUnitStatus.PLANNED }],
  officerRoles: [...BOARD_ROLES],
};

describe('readiness rules', () => {
  test('the requirements are the PMK 49 documents with the approval for the kind of cooperative', () => {
    const keys = (kind: CooperativeKind) => passportRequirements(kind).map((requirement) => requirement.key);
    expect(keys(CooperativeKind.KDMP)).toContain('APPROVAL:VILLAGE_HEAD_APPROVAL');
    expect(keys(CooperativeKind.KDMP)).not.toContain('APPROVAL:REGENT_APPROVAL');
    expect(keys(CooperativeKind.KKMP)).toContain('APPROVAL:REGENT_APPROVAL');
    expect(keys(CooperativeKind.KKMP)).not.toContain('APPROVAL:VILLAGE_HEAD_APPROVAL');
    expect(keys(CooperativeKind.KDMP).sort()).toEqual(
      [
        'DOCUMENT:SK_AHU',
        'DOCUMENT:NIK_CERTIFICATE',
        'DOCUMENT:BANK_ACCOUNT',
        'DOCUMENT:NPWP',
        'DOCUMENT:NIB',
        'DOCUMENT:BUSINESS_PROPOSAL',
        'APPROVAL:VILLAGE_HEAD_APPROVAL',
        'DOCUMENT:VILLAGE_DELIBERATION_MINUTES',
      ].sort(),
    );
  });

  test('everything on record, verified, with a unit planned: BANKABLE without reasons', () => {
    const readiness = readinessOf(READY, TODAY);
    expect(readiness.level).toBe(ReadinessLevel.BANKABLE);
    expect(readiness.findings).toEqual([]);
    expect(readiness.requirements.every((result) => result.status === 'MET')).toBe(true);
  });

  test('no SK AHU, or no full board: NOT_READY, saying which officers are missing', () => {
    const noLegalEntity = readinessOf(
      { ...READY, documents: ALL_KDMP_DOCUMENTS.filter((d) => d.type !== DocumentType.SK_AHU) },
      TODAY,
    );
    expect(noLegalEntity.level).toBe(ReadinessLevel.NOT_READY);
    expect(noLegalEntity.findings.map((finding) => finding.reason)).toEqual([
      ReadinessReason.NO_LEGAL_ENTITY,
    ]);

    const noTreasurer = readinessOf(
      { ...READY, officerRoles: [OfficerRole.KETUA, OfficerRole.SEKRETARIS, OfficerRole.PENGAWAS] },
      TODAY,
    );
    expect(noTreasurer.level).toBe(ReadinessLevel.NOT_READY);
    expect(noTreasurer.findings).toEqual([
      { reason: ReadinessReason.BOARD_INCOMPLETE, documentType: null, officerRoles: [OfficerRole.BENDAHARA] },
    ]);
  });

  test('a lapsed or missing loan document: NEEDS_DOCUMENTS, naming each', () => {
    const documents = [
      ...ALL_KDMP_DOCUMENTS.filter(
        (d) => d.type !== DocumentType.NPWP && d.type !== DocumentType.BUSINESS_PROPOSAL,
      ),
      doc(DocumentType.NPWP, '2026-12-04'),
    ];
    const readiness = readinessOf({ ...READY, documents }, TODAY);
    expect(readiness.level).toBe(ReadinessLevel.NEEDS_DOCUMENTS);
    expect(readiness.findings.map((finding) => [finding.reason, finding.documentType]).sort()).toEqual(
      [
        [ReadinessReason.DOCUMENT_EXPIRED, DocumentType.NPWP],
        [ReadinessReason.DOCUMENT_MISSING, DocumentType.BUSINESS_PROPOSAL],
      ].sort(),
    );
  });

  test('a KKMP holding the village head approval still lacks the regent approval it needs', () => {
    const readiness = readinessOf({ ...READY, kind: CooperativeKind.KKMP }, TODAY);
    expect(readiness.level).toBe(ReadinessLevel.NEEDS_DOCUMENTS);
    expect(readiness.findings).toEqual([
      {
        reason: ReadinessReason.DOCUMENT_MISSING,
        documentType: DocumentType.REGENT_APPROVAL,
        officerRoles: [],
      },
    ]);
  });

  test('all on record but self-declared and nothing to build: READY_FOR_REVIEW with both reasons', () => {
    const readiness = readinessOf(
      { ...READY, verificationLevel: VerificationLevel.MENTOR_ATTESTED, units: [] },
      TODAY,
    );
    expect(readiness.level).toBe(ReadinessLevel.READY_FOR_REVIEW);
    expect(readiness.findings.map((finding) => finding.reason)).toEqual([
      ReadinessReason.NOT_VERIFIED,
      ReadinessReason.NO_UNIT,
    ]);
  });
});

describe('loan-size hint', () => {
  test('the seven standard units cost the PMK 49 ceiling together', () => {
    const standard = [
      BusinessUnitType.COOPERATIVE_OFFICE,
      BusinessUnitType.GROCERY_KIOSK,
      BusinessUnitType.SAVINGS_AND_LOAN,
      BusinessUnitType.VILLAGE_CLINIC,
      BusinessUnitType.VILLAGE_PHARMACY,
      BusinessUnitType.WAREHOUSE_COLD_STORAGE,
      BusinessUnitType.LOGISTICS,
    ];
    const sum = standard.reduce((total, type) => total + Number(UNIT_CAPITAL_COSTS.costs[type]), 0);
    expect(sum).toBe(Number(PMK49_LOAN.maxAmount));
  });

  test('units to build and stated needs give the range; active units and unknown types do not count', () => {
    const hint = loanHintOf({
      units: [
        { type: BusinessUnitType.GROCERY_KIOSK, status: BusinessUnitStatus.PLANNED },
        { type: BusinessUnitType.WAREHOUSE_COLD_STORAGE, status: BusinessUnitStatus.UNDER_CONSTRUCTION },
        { type: BusinessUnitType.LOGISTICS, status: BusinessUnitStatus.ACTIVE },
        { type: BusinessUnitType.OTHER, status: BusinessUnitStatus.PLANNED },
      ],
      financingNeeds: ['500000000', '250000000'],
      expectedMonthlyIncome: null,
    });
    expect(hint.unitCosts.map((unit) => [unit.unitType, unit.cost])).toEqual([
      [BusinessUnitType.GROCERY_KIOSK, 350_000_000],
      [BusinessUnitType.WAREHOUSE_COLD_STORAGE, 900_000_000],
      [BusinessUnitType.OTHER, null],
    ]);
    expect(hint).toMatchObject({
      buildingCost: 1_250_000_000,
      statedNeed: 750_000_000,
      statedNeedCount: 2,
      low: 750_000_000,
      high: 1_250_000_000,
      cappedAtCeiling: false,
    });
    expect(hint.debtService).toMatchObject({
      principal: 1_250_000_000,
      expectedMonthlyIncome: null,
      incomeCover: null,
    });
  });

  test('sums above the ceiling are cut to it; with neither figure there is no range', () => {
    const big = loanHintOf({ units: [], financingNeeds: ['5000000000'], expectedMonthlyIncome: null });
    expect(big).toMatchObject({ low: 3_000_000_000, high: 3_000_000_000, cappedAtCeiling: true });
    const none = loanHintOf({ units: [], financingNeeds: [], expectedMonthlyIncome: '10000000' });
    expect(none).toMatchObject({ low: null, high: null, debtService: null });
  });

  test('the instalment repays the loan over the tenor after the longest grace, at 6 % a year', () => {
    for (const principal of [50_000_000, 1_250_000_000, 3_000_000_000]) {
      const service = debtServiceOf(principal, 40_000_000);
      expect(service).toMatchObject({ ratePerYear: 6, tenorMonths: 72, graceMonths: 8 });
      expect(service.graceMonthlyInterest).toBe(Math.round(principal * 0.005));
      // The instalments' present value at the monthly rate is the principal (to rounding).
      let presentValue = 0;
      for (let month = 1; month <= 64; month += 1) presentValue += service.monthlyInstalment / 1.005 ** month;
      expect(Math.abs(presentValue - principal)).toBeLessThan(64);
      expect(service.incomeCover).toBe(Math.round((40_000_000 / service.monthlyInstalment) * 100) / 100);
    }
  });
});

let server: TestServer;
let fixture: Fixture;
let call: ReturnType<typeof mutationCaller>;
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
});
afterAll(() => server?.close());

const PASSPORT = `query ($id: ID!) {
  financingPassport(cooperativeId: $id) {
    asOf level metCount missingOfficers
    findings { reason documentType officerRoles }
    requirements { key status document { id number note expiresOn } }
    trackRecord { accepted completed cancelled notAgreed open }
    loanHint {
      ceiling { amount } low { amount } high { amount } buildingCost { amount } statedNeed { amount }
      unitCosts { unitType status cost { amount } }
      debtService { monthlyInstalment { amount } graceMonthlyInterest { amount } expectedMonthlyIncome { amount } incomeCover }
      costTable costSource costsAsOf
    }
    shares { partner { id name } sharedAt }
    cooperative { id name expectedMonthlyIncome { amount } }
  }
}`;

interface Passport {
  level: string;
  requirements: {
    key: string;
    status: string;
    document: { id: string; number: string | null; note: string | null } | null;
  }[];
  loanHint: {
    costTable: string;
    costsAsOf: string;
    high: { amount: string } | null;
    debtService: { monthlyInstalment: { amount: string }; incomeCover: string | null } | null;
  };
  shares: { partner: { id: string } }[] | null;
  cooperative: { expectedMonthlyIncome: { amount: string } | null };
  trackRecord: Record<string, number>;
}

async function passportAs(user: DemoUser | null, cooperativeId = fixture.demoCooperativeId) {
  return server.graphql<{ financingPassport: Passport }>(
    PASSPORT,
    { id: globalIdOf('Cooperative', cooperativeId) },
    user ? { token: await tokenOf(user) } : {},
  );
}

const share = (mutation: 'sharePassport' | 'stopSharingPassport', partnerId: number, user: DemoUser) =>
  call(
    mutation,
    'PassportSharingInput',
    'passport { shares { partner { id } } }',
    {
      cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
      partnerId: globalIdOf('Partner', partnerId),
    },
    user,
  );

describe('the financingPassport query', () => {
  test("judges the PMK 49 requirements exactly as eligibility does for a state bank's PMK 49 program", async () => {
    const program = await knex()('program')
      .where({ partner_id: fixture.bankId, kind: 'LOAN' })
      .where('name', 'like', '%PMK 49%')
      .first('id');
    const eligibility = await server.graphql<{
      eligibility: { requirements: { key: string; status: string }[] };
    }>(
      'query ($c: ID!, $p: ID!) { eligibility(cooperativeId: $c, programId: $p) { requirements { key status } } }',
      { c: globalIdOf('Cooperative', fixture.demoCooperativeId), p: globalIdOf('Program', program.id) },
      { token: await tokenOf('ketua') },
    );
    const response = await passportAs('ketua');
    expect(response.errors).toBeUndefined();
    const passport = response.data!.financingPassport;
    const documentRows = eligibility.data!.eligibility.requirements.filter((row) =>
      /^(DOCUMENT|APPROVAL):/.test(row.key),
    );
    expect(passport.requirements.map(({ key, status }) => ({ key, status }))).toEqual(documentRows);
    expect(Object.values(ReadinessLevel)).toContain(passport.level);
    // Its officers manage the sharing, so they see with whom it is shared.
    expect(passport.shares).toEqual(expect.any(Array));
  });

  test('reads everything in a bounded number of statements', async () => {
    const response = await passportAs('ketua');
    expect(response.errors).toBeUndefined();
    // Session, cooperative, documents, units, officers, financing needs, proposals, shares.
    expect(response.sqlStatements).toBeLessThanOrEqual(8);
  });

  test('a stated income is set beside the instalment; others than its followers do not see the income', async () => {
    const cooperative = await knex()('cooperative').where('id', fixture.demoCooperativeId).first('version');
    const { payload } = await call(
      'updateCooperativeProfile',
      'UpdateCooperativeProfileInput',
      'cooperative { expectedMonthlyIncome { amount } }',
      {
        id: globalIdOf('Cooperative', fixture.demoCooperativeId),
        version: cooperative.version,
        expectedMonthlyIncome: '45000000',
      },
      'ketua',
    );
    expect(payload!.userErrors).toEqual([]);
    const passport = (await passportAs('ketua')).data!.financingPassport;
    expect(passport.cooperative.expectedMonthlyIncome).toEqual({ amount: '45000000' });
    expect(passport.loanHint).toMatchObject({ costTable: 'MITRADESA_PLANNING', costsAsOf: '2026-12-05' });
    // The demo cooperative builds a kiosk and a clinic (Rp850 million): the top of its range.
    expect(passport.loanHint.high).toEqual({ amount: '850000000' });
    const instalment = Number(passport.loanHint.debtService!.monthlyInstalment.amount);
    expect(passport.loanHint.debtService!.incomeCover).toBe((45_000_000 / instalment).toFixed(2));
    const publicRead = await server.graphql<{ cooperative: { expectedMonthlyIncome: unknown } }>(
      'query ($id: ID!) { cooperative(id: $id) { expectedMonthlyIncome { amount } } }',
      { id: globalIdOf('Cooperative', fixture.demoCooperativeId) },
    );
    expect(publicRead.data!.cooperative.expectedMonthlyIncome).toBeNull();
  });

  test('anonymous callers, other cooperatives and partners without a share or financing proposal are refused', async () => {
    expect((await passportAs(null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await passportAs('otherKetua')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const buyerFinancing = await knex()('proposal')
      .where({ cooperative_id: fixture.demoCooperativeId, partner_id: fixture.buyerId, kind: 'FINANCING' })
      .first('id');
    expect(buyerFinancing).toBeUndefined();
    await knex()('passport_share').where('cooperative_id', fixture.demoCooperativeId).delete();
    const refused = await passportAs('buyer');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
  });

  test('its mentor and the Dinas of its region may open it; a malformed ID is BAD_USER_INPUT', async () => {
    for (const user of ['mentor', 'dinasProvince', 'admin'] as const) {
      const response = await passportAs(user);
      expect([user, response.errors]).toEqual([user, undefined]);
    }
    // The Dinas reads but does not manage the sharing.
    expect((await passportAs('dinasProvince')).data!.financingPassport.shares).toBeNull();
    const malformed = await server.graphql(PASSPORT, { id: 'not-an-id' }, { token: await tokenOf('ketua') });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('sharing lets a partner open it until the cooperative stops; a partner with a financing proposal may too', async () => {
    await knex()('passport_share').where('cooperative_id', fixture.demoCooperativeId).delete();
    const shared = await share('sharePassport', fixture.buyerId, 'ketua');
    expect(shared.payload!.userErrors).toEqual([]);
    expect(shared.payload!.passport).toEqual({
      shares: [{ partner: { id: globalIdOf('Partner', fixture.buyerId) } }],
    });
    // Sharing again changes nothing.
    const again = await share('sharePassport', fixture.buyerId, 'mentor');
    expect(again.payload!.userErrors).toEqual([]);
    expect(
      await knex()('passport_share').where('cooperative_id', fixture.demoCooperativeId).count({ n: '*' }),
    ).toEqual([{ n: '1' }]);
    const opened = await passportAs('buyer');
    expect(opened.errors).toBeUndefined();
    // A partner reads the passport but does not see with whom else it is shared.
    expect(opened.data!.financingPassport.shares).toBeNull();
    // It sees the numbers of the documents behind the requirements, and no other private field.
    const evidence = opened.data!.financingPassport.requirements.flatMap((row) =>
      row.document ? [row.document] : [],
    );
    const stored = await knex()('cooperative_document')
      .whereIn(
        'id',
        evidence.map((document) => dbIdOf(document.id)),
      )
      .whereNotNull('number')
      .select('id', 'number');
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) {
      expect(evidence.find((document) => dbIdOf(document.id) === row.id)!.number).toBe(row.number);
    }
    expect(evidence.every((document) => document.note === null)).toBe(true);
    const publicDocuments = await server.graphql<{ cooperative: { documents: { number: string | null }[] } }>(
      'query ($id: ID!) { cooperative(id: $id) { documents { number } } }',
      { id: globalIdOf('Cooperative', fixture.demoCooperativeId) },
      { token: await tokenOf('buyer') },
    );
    expect(publicDocuments.data!.cooperative.documents.every((document) => document.number === null)).toBe(
      true,
    );

    const stopped = await share('stopSharingPassport', fixture.buyerId, 'ketua');
    expect(stopped.payload!.userErrors).toEqual([]);
    expect((await passportAs('buyer')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notShared = await share('stopSharingPassport', fixture.buyerId, 'ketua');
    expect(notShared.payload!.userErrors).toEqual([
      {
        code: 'NOT_FOUND',
        field: ['input', 'partnerId'],
        message: 'The passport is not shared with this partner.',
      },
    ]);

    const bankProposal = await knex()('proposal')
      .where({ cooperative_id: fixture.demoCooperativeId, partner_id: fixture.bankId, kind: 'FINANCING' })
      .whereNotNull('submitted_at')
      .first('id');
    expect(bankProposal).toBeDefined();
    expect((await passportAs('bankOfficer')).errors).toBeUndefined();
  });

  test('sharing with a partner that does not exist is NOT_FOUND and stores nothing', async () => {
    await knex()('passport_share').where('cooperative_id', fixture.demoCooperativeId).delete();
    const { payload } = await share('sharePassport', 999_999, 'ketua');
    expect(payload!.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'partnerId'], message: 'There is no such partner.' },
    ]);
    expect(await knex()('passport_share').where('cooperative_id', fixture.demoCooperativeId)).toEqual([]);
  });
});
