import type { Knex } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import { loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { mutationDocument, payloadOf, snapshot, tokenCache, type MutationResult } from './proposal/helpers';
import { ProgramRule } from '../src/modules/program/program.requirements';
import {
  checkProgramRules,
  kindProblems,
  type ProgramOfProposal,
} from '../src/modules/proposal/proposal.program-rules';
import { CooperativeKind } from '../src/modules/cooperative/cooperative.entity';
import type { ProposalKind } from '../src/modules/proposal/proposal.entity';

/**
 * Every terms version (first offer, edited draft, counter-offer by either side) keeps the rules of
 * its program — the PMK 49/2025 loan: Rp50 million–Rp3 billion, 6 % a year, at most 72 months,
 * 6–8 months grace, at most Rp500 million for operating costs — or is refused with one typed user
 * error per broken rule and nothing stored. A rule the program marks negotiable is kept as a
 * deviation that both parties see.
 */

let server: TestServer;
let knex: Knex;
let fixture: Fixture;
let pmk49: number;
/** The last seeded proposal: those after it are this spec's own. */
let lastSeeded: number;
const tokenOf = tokenCache(() => server);

beforeAll(async () => {
  server = await startTestServer();
  knex = server.orm.em.getKnex();
  fixture = await loadFixture(knex);
  const row = await knex('program')
    .where('partner_id', fixture.bankId)
    .where('name', 'like', '%PMK 49%')
    .first('id');
  pmk49 = row.id as number;
  lastSeeded = (await knex('proposal').max({ id: 'id' }).first())!.id as number;
});
afterAll(() => server.close());

/** A loan within every PMK 49 rule. */
const FITTING = {
  amount: '1500000000',
  tenorMonths: 60,
  ratePerYear: '6',
  graceMonths: 6,
  operatingCostAmount: '400000000',
};

const DEVIATIONS = 'ruleDeviations { rule bound allowed proposed }';
const READ = `query ($id: ID!) { proposal(id: $id) { id version status ${DEVIATIONS}
  latestTerms { version graceMonths operatingCostAmount { amount } collateral collateralValue { amount } ${DEVIATIONS} } } }`;

interface Deviation {
  rule: string;
  bound: string;
  allowed: string;
  proposed: string;
}
interface Read {
  id: string;
  version: number;
  status: string;
  ruleDeviations: Deviation[];
  latestTerms: {
    version: number;
    graceMonths: number | null;
    operatingCostAmount: { amount: string } | null;
    collateral: string | null;
    collateralValue: { amount: string } | null;
    ruleDeviations: Deviation[];
  };
}

async function read(user: DemoUser, id: string): Promise<Read | null> {
  const response = await server.graphql<{ proposal: Read | null }>(
    READ,
    { id },
    { token: await tokenOf(user) },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.proposal;
}

async function mutate(
  user: DemoUser,
  mutation: string,
  input: Record<string, unknown>,
): Promise<MutationResult> {
  const response = await server.graphql(
    mutationDocument(mutation, { moduleErrors: true }),
    { input },
    { token: await tokenOf(user) },
  );
  expect(response.errors).toBeUndefined();
  return payloadOf(response)!;
}

function createInput(terms: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    kind: 'FINANCING',
    cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
    partnerId: globalIdOf('Partner', fixture.bankId),
    programId: globalIdOf('Program', pmk49),
    title: 'Pinjaman KDKMP untuk gudang',
    terms,
    ...extra,
  };
}

/** What a refused create leaves behind: the counts of proposals and terms versions. */
async function totals() {
  const [proposals] = await knex('proposal').count({ n: '*' });
  const [terms] = await knex('proposal_terms').count({ n: '*' });
  const [events] = await knex('proposal_event').count({ n: '*' });
  return { proposals: Number(proposals.n), terms: Number(terms.n), events: Number(events.n) };
}

/** Runs `work` with the PMK 49 program marking `rules` negotiable, then restores it. */
async function withNegotiable<T>(rules: ProgramRule[], work: () => Promise<T>): Promise<T> {
  await knex('program').where('id', pmk49).update({ negotiable_rules: rules });
  try {
    return await work();
  } finally {
    await knex('program').where('id', pmk49).update({ negotiable_rules: [] });
  }
}

/** A refused create: exactly these codes and fields, and no proposal, terms or event written. */
async function expectCreateRefused(
  user: DemoUser,
  input: Record<string, unknown>,
  expected: { code: string; field: string[] }[],
) {
  const before = await totals();
  const result = await mutate(user, 'createProposal', input);
  expect(result.proposal).toBeNull();
  expect(result.userErrors.map(({ code, field }) => ({ code, field }))).toEqual(expected);
  for (const error of result.userErrors) expect(error.message.length).toBeGreaterThan(10);
  // The same refusals with the proposal module's own codes (ProposalErrorCode).
  expect(result.errors).toEqual(result.userErrors);
  expect(await totals()).toEqual(before);
}

describe('the PMK 49/2025 example', () => {
  test('a bank filing Rp5 billion over 120 months at 12 % gets three user errors and nothing is stored', async () => {
    await expectCreateRefused(
      'bankOfficer',
      createInput({ amount: '5000000000', tenorMonths: 120, ratePerYear: '12' }),
      [
        { code: 'TERMS_ABOVE_PROGRAM_CEILING', field: ['input', 'terms', 'amount'] },
        { code: 'TERMS_RATE_NOT_PROGRAM_RATE', field: ['input', 'terms', 'ratePerYear'] },
        { code: 'TERMS_TENOR_TOO_LONG', field: ['input', 'terms', 'tenorMonths'] },
      ],
    );
  });

  test('terms within every rule are accepted, with grace, operating costs and collateral stored', async () => {
    const result = await mutate(
      'ketua',
      'createProposal',
      createInput({ ...FITTING, collateral: 'SHM tanah gudang koperasi', collateralValue: '750000000' }),
    );
    expect(result.userErrors).toEqual([]);
    const proposal = (await read('ketua', result.proposal!.id))!;
    expect(proposal.ruleDeviations).toEqual([]);
    expect(proposal.latestTerms).toEqual({
      version: 1,
      graceMonths: 6,
      operatingCostAmount: { amount: '400000000' },
      collateral: 'SHM tanah gudang koperasi',
      collateralValue: { amount: '750000000' },
      ruleDeviations: [],
    });
  });
});

/** One case per program rule: terms (or a setting) breaking it, and the refusal it must give. */
interface RuleCase {
  name: string;
  rule: ProgramRule;
  terms: Record<string, unknown>;
  code: string;
  field: string[];
  deviation: Omit<Deviation, 'rule'>;
}

const TERMS_CASES: RuleCase[] = [
  {
    name: 'amount above the ceiling',
    rule: ProgramRule.AMOUNT,
    terms: { ...FITTING, amount: '3500000000' },
    code: 'TERMS_ABOVE_PROGRAM_CEILING',
    field: ['input', 'terms', 'amount'],
    deviation: { bound: 'AT_MOST', allowed: '3000000000', proposed: '3500000000' },
  },
  {
    name: 'amount below the smallest loan',
    rule: ProgramRule.AMOUNT,
    terms: { ...FITTING, amount: '20000000', operatingCostAmount: null },
    code: 'TERMS_BELOW_PROGRAM_MINIMUM',
    field: ['input', 'terms', 'amount'],
    deviation: { bound: 'AT_LEAST', allowed: '50000000', proposed: '20000000' },
  },
  {
    name: 'operating costs above the cap',
    rule: ProgramRule.OPERATING_COST,
    terms: { ...FITTING, operatingCostAmount: '600000000' },
    code: 'TERMS_OPERATING_SHARE_TOO_HIGH',
    field: ['input', 'terms', 'operatingCostAmount'],
    deviation: { bound: 'AT_MOST', allowed: '500000000', proposed: '600000000' },
  },
  {
    name: 'a rate other than the program rate',
    rule: ProgramRule.RATE,
    terms: { ...FITTING, ratePerYear: '7.5' },
    code: 'TERMS_RATE_NOT_PROGRAM_RATE',
    field: ['input', 'terms', 'ratePerYear'],
    deviation: { bound: 'EQUAL', allowed: '6', proposed: '7.5' },
  },
  {
    name: 'a tenor above 72 months',
    rule: ProgramRule.TENOR,
    terms: { ...FITTING, tenorMonths: 84 },
    code: 'TERMS_TENOR_TOO_LONG',
    field: ['input', 'terms', 'tenorMonths'],
    deviation: { bound: 'AT_MOST', allowed: '72', proposed: '84' },
  },
  {
    name: 'a grace period above 8 months',
    rule: ProgramRule.GRACE,
    terms: { ...FITTING, graceMonths: 12 },
    code: 'TERMS_GRACE_TOO_LONG',
    field: ['input', 'terms', 'graceMonths'],
    deviation: { bound: 'AT_MOST', allowed: '8', proposed: '12' },
  },
  {
    name: 'a grace period below 6 months',
    rule: ProgramRule.GRACE,
    terms: { ...FITTING, graceMonths: 3 },
    code: 'TERMS_GRACE_TOO_SHORT',
    field: ['input', 'terms', 'graceMonths'],
    deviation: { bound: 'AT_LEAST', allowed: '6', proposed: '3' },
  },
];

describe.each(TERMS_CASES)('rule $rule: $name', ({ rule, terms, code, field, deviation }) => {
  test('refused when the program holds it firm, with nothing stored', async () => {
    await expectCreateRefused('ketua', createInput(terms), [{ code, field }]);
  });

  test('kept and flagged to both parties when the program marks it negotiable', async () => {
    await withNegotiable([rule], async () => {
      const created = await mutate('ketua', 'createProposal', createInput(terms));
      expect(created.userErrors).toEqual([]);
      const id = created.proposal!.id;
      const own = (await read('ketua', id))!;
      expect(own.ruleDeviations).toEqual([{ rule, ...deviation }]);
      expect(own.latestTerms.ruleDeviations).toEqual([{ rule, ...deviation }]);
      const submitted = await mutate('ketua', 'submitProposal', { proposalId: id, version: own.version });
      expect(submitted.userErrors).toEqual([]);
      expect((await read('bankOfficer', id))!.ruleDeviations).toEqual([{ rule, ...deviation }]);
    });
  });
});

describe('rule REGION: the cooperative outside the program’s regencies', () => {
  let coverage: { program_id: number; region_code: string }[];
  beforeAll(async () => {
    coverage = await knex('program_coverage').where('program_id', pmk49).select('program_id', 'region_code');
    const sambas = await knex('cooperative')
      .where('id', fixture.otherCooperativeId)
      .first(knex.raw('left(village_code, 5) as regency'));
    const sanggau = await knex('cooperative')
      .where('id', fixture.demoCooperativeId)
      .first(knex.raw('left(village_code, 5) as regency'));
    expect(sambas.regency).not.toBe(sanggau.regency);
    await knex('program_coverage').where('program_id', pmk49).delete();
    await knex('program_coverage').insert({ program_id: pmk49, region_code: sambas.regency });
  });
  afterAll(async () => {
    await knex('program_coverage').where('program_id', pmk49).delete();
    await knex('program_coverage').insert(coverage);
  });

  test('refused when firm', async () => {
    await expectCreateRefused('ketua', createInput(FITTING), [
      { code: 'COOPERATIVE_OUTSIDE_PROGRAM_REGION', field: ['input', 'programId'] },
    ]);
  });

  test('flagged when negotiable', async () => {
    await withNegotiable([ProgramRule.REGION], async () => {
      const created = await mutate('ketua', 'createProposal', createInput(FITTING));
      expect(created.userErrors).toEqual([]);
      const [deviation] = (await read('ketua', created.proposal!.id))!.ruleDeviations;
      expect(deviation).toMatchObject({ rule: 'REGION', bound: 'ONE_OF' });
      expect(deviation.proposed).toMatch(/^61\.\d\d$/);
    });
  });
});

describe('rule COMMODITY: an offtake on an offering of another commodity', () => {
  let programId: number;
  let offering: { id: number; commodity: string };
  let originalCommodity: string | null;
  let coverage: { program_id: number; region_code: string }[];
  beforeAll(async () => {
    offering = await knex('offering')
      .where({ cooperative_id: fixture.demoCooperativeId, kind: 'SUPPLY', status: 'PUBLISHED' })
      .whereNotNull('commodity')
      .first('id', 'commodity');
    const program = await knex('program')
      .where({ partner_id: fixture.buyerId, kind: 'OFFTAKE', status: 'ACTIVE' })
      .first('id', 'commodity');
    programId = program.id;
    originalCommodity = program.commodity;
    // The buyer's program names a commodity the offering is not about.
    const other = offering.commodity === 'HONEY' ? 'RATTAN' : 'HONEY';
    await knex('program').where('id', programId).update({ commodity: other });
    // Open to the whole province, so that only the commodity is in question.
    coverage = await knex('program_coverage')
      .where('program_id', programId)
      .select('program_id', 'region_code');
    await knex('program_coverage').where('program_id', programId).delete();
  });
  afterAll(async () => {
    await knex('program')
      .where('id', programId)
      .update({ commodity: originalCommodity, negotiable_rules: [] });
    if (coverage.length > 0) await knex('program_coverage').insert(coverage);
  });

  const offtake = () => ({
    kind: 'OFFTAKE',
    cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
    partnerId: globalIdOf('Partner', fixture.buyerId),
    programId: globalIdOf('Program', programId),
    offeringId: globalIdOf('Offering', offering.id),
    title: 'Penjualan hasil koperasi',
    terms: { pricePerUnit: '10000', quantity: '1000', quantityUnit: 'KG' },
  });

  test('refused when firm', async () => {
    await expectCreateRefused('ketua', offtake(), [
      { code: 'TERMS_COMMODITY_NOT_IN_PROGRAM', field: ['input', 'programId'] },
    ]);
  });

  test('flagged when negotiable', async () => {
    await knex('program')
      .where('id', programId)
      .update({ negotiable_rules: [ProgramRule.COMMODITY] });
    const created = await mutate('ketua', 'createProposal', offtake());
    expect(created.userErrors).toEqual([]);
    expect((await read('ketua', created.proposal!.id))!.ruleDeviations).toEqual([
      {
        rule: 'COMMODITY',
        bound: 'EQUAL',
        allowed: offering.commodity === 'HONEY' ? 'RATTAN' : 'HONEY',
        proposed: offering.commodity,
      },
    ]);
  });
});

describe('kinds', () => {
  test('a financing proposal under an offtake program is not admitted', async () => {
    const offtakeProgram = await knex('program')
      .where({ partner_id: fixture.buyerId, kind: 'OFFTAKE' })
      .first('id');
    await expectCreateRefused(
      'ketua',
      {
        ...createInput(FITTING),
        partnerId: globalIdOf('Partner', fixture.buyerId),
        programId: globalIdOf('Program', offtakeProgram.id),
      },
      [{ code: 'PROPOSAL_KIND_NOT_ADMITTED', field: ['input', 'kind'] }],
    );
  });

  test('a financing proposal on a supply offering does not fit it', async () => {
    const supply = await knex('offering')
      .where({ cooperative_id: fixture.demoCooperativeId, kind: 'SUPPLY' })
      .first('id');
    await expectCreateRefused(
      'ketua',
      createInput(FITTING, { offeringId: globalIdOf('Offering', supply.id) }),
      [{ code: 'PROPOSAL_KIND_DOES_NOT_FIT_OFFERING', field: ['input', 'kind'] }],
    );
  });

  test('even a negotiable program never admits a misfitting kind', async () => {
    const supply = await knex('offering')
      .where({ cooperative_id: fixture.demoCooperativeId, kind: 'SUPPLY' })
      .first('id');
    await withNegotiable(Object.values(ProgramRule), () =>
      expectCreateRefused(
        'ketua',
        createInput(FITTING, { kind: 'AGENCY', offeringId: globalIdOf('Offering', supply.id) }),
        [
          { code: 'PROPOSAL_KIND_NOT_ADMITTED', field: ['input', 'kind'] },
          { code: 'PROPOSAL_KIND_DOES_NOT_FIT_OFFERING', field: ['input', 'kind'] },
        ],
      ),
    );
  });
});

describe('edited drafts and counter-offers get the same checks', () => {
  async function draft(): Promise<Read> {
    const created = await mutate('ketua', 'createProposal', createInput(FITTING));
    expect(created.userErrors).toEqual([]);
    return (await read('ketua', created.proposal!.id))!;
  }

  test('an edited draft breaking the rules is refused and the stored draft is unchanged', async () => {
    const proposal = await draft();
    const id = dbIdOf(proposal.id);
    const before = await snapshot(knex, id);
    const storedTerms = await knex('proposal_terms').where('proposal_id', id).select();
    const result = await mutate('ketua', 'updateProposalDraft', {
      proposalId: proposal.id,
      version: proposal.version,
      terms: { amount: '5000000000', tenorMonths: 120, ratePerYear: '12' },
    });
    expect(result.userErrors.map((error) => error.code)).toEqual([
      'TERMS_ABOVE_PROGRAM_CEILING',
      'TERMS_RATE_NOT_PROGRAM_RATE',
      'TERMS_TENOR_TOO_LONG',
    ]);
    expect(await snapshot(knex, id)).toEqual(before);
    expect(await knex('proposal_terms').where('proposal_id', id).select()).toEqual(storedTerms);
  });

  test('counter-offers by either side breaking the rules are refused; fitting ones pass', async () => {
    let proposal = await draft();
    const id = dbIdOf(proposal.id);
    const step = async (user: DemoUser, mutation: string, input: Record<string, unknown> = {}) => {
      const result = await mutate(user, mutation, {
        proposalId: proposal.id,
        version: proposal.version,
        ...input,
      });
      expect(result.userErrors).toEqual([]);
      proposal = (await read(user, proposal.id))!;
    };
    await step('ketua', 'submitProposal');
    await step('bankOfficer', 'startProposalReview');

    const refusedCounter = async (user: DemoUser, terms: Record<string, unknown>, codes: string[]) => {
      const before = await snapshot(knex, id);
      const result = await mutate(user, 'counterProposal', {
        proposalId: proposal.id,
        version: proposal.version,
        terms,
      });
      expect(result.userErrors.map((error) => error.code)).toEqual(codes);
      expect(await snapshot(knex, id)).toEqual(before);
    };
    await refusedCounter('bankOfficer', { ...FITTING, tenorMonths: 96, ratePerYear: '9' }, [
      'TERMS_RATE_NOT_PROGRAM_RATE',
      'TERMS_TENOR_TOO_LONG',
    ]);
    await step('bankOfficer', 'counterProposal', { terms: { ...FITTING, amount: '1200000000' } });
    await refusedCounter('ketua', { ...FITTING, operatingCostAmount: '900000000', graceMonths: 10 }, [
      'TERMS_OPERATING_SHARE_TOO_HIGH',
      'TERMS_GRACE_TOO_LONG',
    ]);
    await withNegotiable([ProgramRule.TENOR], async () => {
      await step('ketua', 'counterProposal', { terms: { ...FITTING, tenorMonths: 84 } });
    });
    expect(proposal.latestTerms.version).toBe(3);
    expect(proposal.ruleDeviations).toEqual([
      { rule: 'TENOR', bound: 'AT_MOST', allowed: '72', proposed: '84' },
    ]);
  });
});

describe('terms consistency', () => {
  test('grace as long as the tenor, operating costs above the amount, and a collateral value alone are invalid', async () => {
    await expectCreateRefused(
      'ketua',
      createInput({
        amount: '100000000',
        tenorMonths: 6,
        ratePerYear: '6',
        graceMonths: 6,
        operatingCostAmount: '200000000',
        collateralValue: '50000000',
      }),
      [
        { code: 'INVALID', field: ['input', 'terms', 'operatingCostAmount'] },
        { code: 'INVALID', field: ['input', 'terms', 'graceMonths'] },
        { code: 'INVALID', field: ['input', 'terms', 'collateral'] },
      ],
    );
  });
});

describe('the program form', () => {
  test('the partner marks rules negotiable, and every other field stays', async () => {
    const token = await tokenOf('bankAdmin');
    const before = await knex('program')
      .where('id', pmk49)
      .first('version', 'max_amount', 'negotiable_rules');
    expect(before.negotiable_rules).toEqual([]);
    const response = await server.graphql<{
      updateProgram: { program: { negotiableRules: string[] } | null; userErrors: unknown[] };
    }>(
      `mutation ($input: UpdateProgramInput!) { updateProgram(input: $input) { program { negotiableRules } userErrors { code field } } }`,
      {
        input: {
          id: globalIdOf('Program', pmk49),
          version: before.version,
          negotiableRules: ['GRACE', 'RATE'],
        },
      },
      { token },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateProgram).toEqual({
      program: { negotiableRules: ['GRACE', 'RATE'] },
      userErrors: [],
    });
    const after = await knex('program').where('id', pmk49).first('max_amount', 'negotiable_rules');
    expect(after).toEqual({ max_amount: before.max_amount, negotiable_rules: ['GRACE', 'RATE'] });
    await knex('program').where('id', pmk49).update({ negotiable_rules: [] });
  });
});

describe('the seed', () => {
  test('every seeded terms version keeps the firm rules of its program', async () => {
    const rows = await knex('proposal_terms as t')
      .join('proposal as p', 'p.id', 't.proposal_id')
      .join('program as g', 'g.id', 'p.program_id')
      .join('cooperative as c', 'c.id', 'p.cooperative_id')
      .leftJoin('offering as o', 'o.id', 'p.offering_id')
      .leftJoin('partner_request as r', 'r.id', 'p.request_id')
      .where('p.id', '<=', lastSeeded)
      .select(
        'o.kind as offering_kind',
        'p.id as proposal_id',
        't.version',
        'p.kind as proposal_kind',
        'c.kind as cooperative_kind',
        'c.village_code',
        knex.raw('coalesce(o.commodity, r.commodity) as commodity'),
        't.amount',
        't.operating_cost_amount',
        't.rate_per_year',
        't.tenor_months',
        't.grace_months',
        'g.id as program_id',
        'g.kind as program_kind',
        'g.min_amount',
        'g.max_amount',
        'g.operating_cost_cap',
        'g.rate_per_year as program_rate',
        'g.max_tenor_months',
        'g.min_grace_months',
        'g.max_grace_months',
        'g.commodity as program_commodity',
        knex.raw(
          `coalesce((select array_agg(gc.region_code) from program_coverage gc where gc.program_id = g.id), '{}') as coverage`,
        ),
      );
    expect(rows.length).toBeGreaterThan(50);
    // The seed's loans state the PMK 49 loan details, so the rules on them are really exercised.
    expect(
      rows.filter((row) => row.grace_months !== null && row.operating_cost_amount !== null).length,
    ).toBeGreaterThan(10);
    const broken = rows.flatMap((row) => {
      const program: ProgramOfProposal = {
        kind: row.program_kind,
        negotiableRules: [],
        requiredDocuments: [],
        eligibleUnitTypes: [],
        minAmount: row.min_amount,
        maxAmount: row.max_amount,
        operatingCostCap: row.operating_cost_cap,
        coverage: row.coverage,
        ratePerYear: row.program_rate,
        maxTenorMonths: row.max_tenor_months,
        minGraceMonths: row.min_grace_months,
        maxGraceMonths: row.max_grace_months,
        commodity: row.program_commodity,
      };
      const { refusals } = checkProgramRules(
        program,
        {
          kind: row.proposal_kind as ProposalKind,
          cooperative: { kind: row.cooperative_kind as CooperativeKind, villageCode: row.village_code },
          commodity: row.commodity,
          terms: {
            amount: row.amount,
            operatingCostAmount: row.operating_cost_amount,
            ratePerYear: row.rate_per_year,
            tenorMonths: row.tenor_months,
            graceMonths: row.grace_months,
          },
        },
        { terms: ['terms'], program: ['program'], kind: ['kind'] },
      );
      const offering = row.offering_kind ? { kind: row.offering_kind } : null;
      const misfits = kindProblems(row.proposal_kind, { kind: row.program_kind }, offering, ['kind']);
      return [...misfits, ...refusals].map((error) => `${row.proposal_id} v${row.version}: ${error.code}`);
    });
    expect(broken).toEqual([]);
  });
});
