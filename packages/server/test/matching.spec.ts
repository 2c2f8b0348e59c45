import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { MATCH_WEIGHTS } from '../src/modules/matching/matching.weights';
import { DOCUMENT_BITS, UNIT_BITS } from '../src/modules/matching/matching.bits';
import { inForceMaskSql, responsivenessOfSql } from '../src/modules/matching/matching.reads';
import { DocumentType } from '../src/modules/document/document-type';
import { refreshMatchResponsiveness } from '../src/modules/matching/matching.responsiveness';
import { ProposalSide } from '../src/modules/proposal/proposal.entity';
import { responsivenessSql } from '../src/modules/proposal/proposal.reads';
import { OPEN_STATUSES } from '../src/modules/proposal/proposal.transitions';

/**
 * Explainable matching on the demo data: partners for an offering or a cooperative, cooperatives
 * for a program or a request, requests for an offering. Scores are 0–100 and sorted, reasons and
 * gaps name what the web shows, drafts and closed listings never appear, bad IDs are typed
 * errors, only the right people may ask, and a page of 20 costs the statements of a page of 5.
 */
let server: TestServer;
let fixture: Fixture;
const tokens = new Map<DemoUser, string>();

beforeAll(async () => {
  server = await startTestServer();
  fixture = await loadFixture(knex());
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();

async function tokenOf(user: DemoUser): Promise<string> {
  let token = tokens.get(user);
  if (!token) {
    token = await server.signIn(DEMO[user]);
    tokens.set(user, token);
  }
  return token;
}

async function as<T>(
  user: DemoUser | 'anonymous',
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return server.graphql<T>(query, variables, user === 'anonymous' ? {} : { token: await tokenOf(user) });
}

interface Reason {
  code: string;
  points: number;
  maxPoints: number;
  commodity: string | null;
  region: { code: string; name: string } | null;
}
interface Gap {
  code: string;
  pointsMissed: number;
  documentType: string | null;
  unitType: string | null;
  unitStatus: string | null;
  region: { code: string; name: string } | null;
}
interface Scored {
  score: number;
  reasons: Reason[];
  gaps: Gap[];
}
interface PartnerMatch extends Scored {
  partner: { id: string; name: string };
  program: { id: string; name: string } | null;
  request: { id: string; title: string } | null;
  offering: { id: string } | null;
}
interface CooperativeMatch extends Scored {
  cooperative: { id: string; name: string };
  offering: { id: string; status: string } | null;
}
interface RequestMatch extends Scored {
  request: { id: string; title: string; status: string };
}

const EXPLANATION = /* GraphQL */ `
  score
  reasons {
    code
    points
    maxPoints
    commodity
    region {
      code
      name
    }
  }
  gaps {
    code
    pointsMissed
    documentType
    unitType
    unitStatus
    region {
      code
      name
    }
  }
`;

const PARTNERS = /* GraphQL */ `
  query ($offeringId: ID, $cooperativeId: ID, $first: Int) {
    recommendedPartners(offeringId: $offeringId, cooperativeId: $cooperativeId, first: $first) {
      partner { id name }
      program { id name }
      request { id title }
      offering { id }
      ${EXPLANATION}
    }
  }
`;

const COOPERATIVES = /* GraphQL */ `
  query ($programId: ID, $requestId: ID, $first: Int) {
    recommendedCooperatives(programId: $programId, requestId: $requestId, first: $first) {
      cooperative { id name }
      offering { id status }
      ${EXPLANATION}
    }
  }
`;

const REQUESTS = /* GraphQL */ `
  query ($offeringId: ID!, $first: Int) {
    recommendedRequests(offeringId: $offeringId, first: $first) {
      request { id title status }
      ${EXPLANATION}
    }
  }
`;

async function partnersFor(
  variables: { offeringId?: string; cooperativeId?: string; first?: number },
  user: DemoUser = 'admin',
): Promise<PartnerMatch[]> {
  const response = await as<{ recommendedPartners: PartnerMatch[] }>(user, PARTNERS, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.recommendedPartners;
}

async function cooperativesFor(
  variables: { programId?: string; requestId?: string; first?: number },
  user: DemoUser = 'admin',
): Promise<CooperativeMatch[]> {
  const response = await as<{ recommendedCooperatives: CooperativeMatch[] }>(user, COOPERATIVES, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.recommendedCooperatives;
}

function expectWellFormed(matches: Scored[]): void {
  const scores = matches.map((match) => match.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const match of matches) {
    expect(match.score).toBeGreaterThanOrEqual(0);
    expect(match.score).toBeLessThanOrEqual(100);
    // Reason points are the score's parts (each rounded).
    const sum = match.reasons.reduce((total, reason) => total + reason.points, 0);
    expect(Math.abs(sum - match.score)).toBeLessThanOrEqual(match.reasons.length);
    for (const reason of match.reasons) expect(reason.points).toBeLessThanOrEqual(reason.maxPoints);
  }
}

const codes = (items: { code: string }[]) => items.map((item) => item.code);

/** A published palm-fruit offering of a cooperative in Kabupaten Sanggau (61.03). */
async function sanggauPalmOffering(): Promise<number> {
  const row = await knex()('offering as o')
    .join('cooperative as c', 'c.id', 'o.cooperative_id')
    .where({ 'o.status': 'PUBLISHED', 'o.commodity': 'PALM_OIL_FFB', 'o.kind': 'SUPPLY' })
    .where('c.village_code', 'like', '61.03.%')
    .whereRaw('(o.valid_until is null or o.valid_until > now())')
    .orderBy('o.id')
    .first('o.id');
  return row.id as number;
}

async function partnerIdNamed(name: string): Promise<number> {
  return (await knex()('partner').where({ name }).first('id')).id as number;
}

const PMK49_BRI = 'Pinjaman KDKMP BRI (PMK 49/2025)';

async function pmk49ProgramId(): Promise<number> {
  return (await knex()('program').where({ name: PMK49_BRI }).first('id')).id as number;
}

test('the weights table sums to 100', () => {
  expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
});

describe('recommendedPartners for a Sanggau palm-oil offering', () => {
  let matches: PartnerMatch[];
  beforeAll(async () => {
    matches = await partnersFor({ offeringId: globalIdOf('Offering', await sanggauPalmOffering()) });
  });

  test('only palm-fruit buyers, scored 0–100 and sorted, each once', () => {
    expect(matches.length).toBeGreaterThan(1);
    expectWellFormed(matches);
    const partners = matches.map((match) => match.partner.id);
    expect(new Set(partners).size).toBe(partners.length);
    for (const match of matches) expect(codes(match.reasons)).toContain('COMMODITY_MATCH');
  });

  test('a buyer covering Sanggau ranks above one that does not, with commodity and region reasons', async () => {
    const covering = globalIdOf('Partner', await partnerIdNamed('PT Kapuas Sawit Lestari'));
    const elsewhere = globalIdOf('Partner', await partnerIdNamed('PT Ketapang Hijau Sawit Lestari'));
    const coveringRank = matches.findIndex((match) => match.partner.id === covering);
    const elsewhereRank = matches.findIndex((match) => match.partner.id === elsewhere);
    expect(coveringRank).toBeGreaterThanOrEqual(0);
    expect(elsewhereRank).toBeGreaterThan(coveringRank);

    const best = matches[coveringRank];
    expect(codes(best.reasons)).toEqual(expect.arrayContaining(['COMMODITY_MATCH', 'REGION_COVERAGE']));
    const region = best.reasons.find((reason) => reason.code === 'REGION_COVERAGE')!.region!;
    expect(region.code.startsWith('61.03')).toBe(true);
    expect(best.reasons.find((reason) => reason.code === 'COMMODITY_MATCH')!.commodity).toBe('PALM_OIL_FFB');
    // What matched: one of its palm listings in Sanggau.
    expect(best.program ?? best.request).not.toBeNull();

    const outside = matches[elsewhereRank];
    expect(codes(outside.gaps)).toContain('OUTSIDE_COVERAGE');
    expect(outside.score).toBeLessThan(best.score);
  });

  test('recommendedRequests lists open palm requests, those delivering in Sanggau first', async () => {
    const offeringId = globalIdOf('Offering', await sanggauPalmOffering());
    const response = await as<{ recommendedRequests: RequestMatch[] }>('admin', REQUESTS, { offeringId });
    expect(response.errors).toBeUndefined();
    const requests = response.data!.recommendedRequests;
    expectWellFormed(requests);
    expect(requests.length).toBeGreaterThan(2);
    for (const match of requests) expect(match.request.status).toBe('OPEN');
    expect(codes(requests[0].reasons)).toContain('REGION_COVERAGE');
    expect(
      requests[0].reasons.find((r) => r.code === 'REGION_COVERAGE')!.region!.code.startsWith('61.03'),
    ).toBe(true);
    expect(codes(requests[requests.length - 1].gaps)).toContain('OUTSIDE_COVERAGE');
  });
});

describe('the BRI PMK 49 program', () => {
  /** A KDMP that holds every document PMK 49 asks of it, in force, and has an active savings & loan unit. */
  async function readyCooperative(): Promise<number> {
    const required = ['SK_AHU', 'NIK_CERTIFICATE', 'BANK_ACCOUNT', 'NPWP', 'NIB', 'BUSINESS_PROPOSAL'];
    const row = await knex()('cooperative as c')
      .where('c.kind', 'KDMP')
      .whereExists(
        knex()('business_unit as u')
          .whereRaw('u.cooperative_id = c.id')
          .where({ 'u.type': 'SAVINGS_AND_LOAN', 'u.status': 'ACTIVE' }),
      )
      .whereRaw(
        `(select count(distinct d.type) from cooperative_document d
           where d.cooperative_id = c.id and d.type = any(?)
             and (d.expires_on is null or d.expires_on >= current_date)) = ?`,
        [[...required, 'VILLAGE_HEAD_APPROVAL', 'VILLAGE_DELIBERATION_MINUTES'], required.length + 2],
      )
      .orderBy('c.id')
      .first('c.id');
    return row.id as number;
  }

  /** The cooperative's match with a bank, through the bank's PMK 49 loan. */
  async function loanMatchOf(cooperativeId: number, bank: string, program: string): Promise<PartnerMatch> {
    const matches = await partnersFor({ cooperativeId: globalIdOf('Cooperative', cooperativeId), first: 50 });
    expectWellFormed(matches);
    const match = matches.find((candidate) => candidate.partner.name === bank);
    expect(match?.program?.name).toBe(program);
    return match!;
  }
  const briMatchOf = (cooperativeId: number) =>
    loanMatchOf(cooperativeId, 'Bank Rakyat Indonesia (BRI)', PMK49_BRI);

  test('a cooperative with every document and an active savings & loan unit outscores one missing NPWP', async () => {
    const ready = await readyCooperative();
    const complete = await briMatchOf(ready);
    expect(codes(complete.reasons)).toEqual(
      expect.arrayContaining(['REGION_COVERAGE', 'ELIGIBLE_UNIT_ACTIVE', 'DOCUMENTS_COMPLETE']),
    );
    expect(complete.gaps.filter((gap) => gap.code.startsWith('DOCUMENT_'))).toEqual([]);

    // The same cooperative without its NPWP on record.
    await knex()('cooperative_document').where({ cooperative_id: ready, type: 'NPWP' }).delete();
    const missing = await briMatchOf(ready);
    expect(missing.score).toBeLessThan(complete.score);
    expect(missing.gaps).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'DOCUMENT_MISSING', documentType: 'NPWP' })]),
    );
  });

  test('no active eligible unit is a gap naming the unit closest to opening', async () => {
    const cooperativeId = fixture.otherCooperativeId;
    await knex()('business_unit').where({ cooperative_id: cooperativeId }).update({ status: 'PLANNED' });
    await knex()('business_unit')
      .insert({ cooperative_id: cooperativeId, type: 'SAVINGS_AND_LOAN', status: 'NOT_ACTIVE' })
      .onConflict(knex().raw("(cooperative_id, type) where type <> 'OTHER'"))
      .merge({ status: 'NOT_ACTIVE' });
    // BNI has only its PMK 49 loan (BRI's agent scheme could fit better without a savings unit).
    const bni = await loanMatchOf(
      cooperativeId,
      'Bank Negara Indonesia (BNI)',
      'Pinjaman KDKMP BNI (PMK 49/2025)',
    );
    expect(codes(bni.reasons)).not.toContain('ELIGIBLE_UNIT_ACTIVE');
    expect(bni.gaps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'UNIT_NOT_ACTIVE',
          unitType: 'SAVINGS_AND_LOAN',
          unitStatus: 'NOT_ACTIVE',
        }),
      ]),
    );
  });

  test('what matching stores of a cooperative follows its units and documents, and expiry needs no write', async () => {
    // A KDMP without a savings & loan unit and without an NPWP on record.
    const row = await knex()('cooperative as c')
      .where('c.kind', 'KDMP')
      .whereNotExists(
        knex()('business_unit as u').whereRaw('u.cooperative_id = c.id').where('u.type', 'SAVINGS_AND_LOAN'),
      )
      .whereNotExists(
        knex()('cooperative_document as d').whereRaw('d.cooperative_id = c.id').where('d.type', 'NPWP'),
      )
      .orderBy('c.id')
      .first('c.id');
    const cooperativeId = row.id as number;
    const bni = () =>
      loanMatchOf(cooperativeId, 'Bank Negara Indonesia (BNI)', 'Pinjaman KDKMP BNI (PMK 49/2025)');
    const npwpGap = (match: PartnerMatch) =>
      match.gaps.find((gap) => gap.code.startsWith('DOCUMENT_') && gap.documentType === 'NPWP')?.code;

    const before = await bni();
    expect(codes(before.reasons)).not.toContain('ELIGIBLE_UNIT_ACTIVE');
    expect(npwpGap(before)).toBe('DOCUMENT_MISSING');

    // The unit opens: its points count at once.
    await knex()('business_unit').insert({
      cooperative_id: cooperativeId,
      type: 'SAVINGS_AND_LOAN',
      status: 'ACTIVE',
    });
    const unitActive = await bni();
    expect(codes(unitActive.reasons)).toContain('ELIGIBLE_UNIT_ACTIVE');
    expect(unitActive.score).toBeGreaterThan(before.score);

    // An NPWP that expired yesterday is recorded: it is a gap, and the score does not move.
    const [{ id: npwpId }] = await knex()('cooperative_document')
      .insert({ cooperative_id: cooperativeId, type: 'NPWP', expires_on: knex().raw('current_date - 1') })
      .returning('id');
    const expired = await bni();
    expect(npwpGap(expired)).toBe('DOCUMENT_EXPIRED');
    expect(expired.score).toBe(unitActive.score);

    // Renewed until today: it counts today, and tomorrow it no longer does, without any write.
    await knex()('cooperative_document')
      .where({ id: npwpId })
      .update({ expires_on: knex().raw('current_date') });
    const renewed = await bni();
    expect(npwpGap(renewed)).toBeUndefined();
    expect(renewed.score).toBeGreaterThan(expired.score);
    const npwpBit = 1 << DOCUMENT_BITS.indexOf(DocumentType.NPWP);
    const masks = await knex().raw(
      `select ${inForceMaskSql('f', 'current_date')} as today, ${inForceMaskSql('f', 'current_date + 1')} as tomorrow
         from cooperative_match_fact f where f.cooperative_id = ?`,
      [cooperativeId],
    );
    expect(masks.rows[0].today & npwpBit).toBe(npwpBit);
    expect(masks.rows[0].tomorrow & npwpBit).toBe(0);

    // The unit closes and the document is withdrawn: back to where it started.
    await knex()('business_unit')
      .where({ cooperative_id: cooperativeId, type: 'SAVINGS_AND_LOAN' })
      .update({ status: 'NOT_ACTIVE' });
    await knex()('cooperative_document').where({ id: npwpId }).delete();
    const after = await bni();
    expect(after.score).toBe(before.score);
    expect(npwpGap(after)).toBe('DOCUMENT_MISSING');
  });

  test('the stored unit and document bits are in the order the scorer decodes', async () => {
    const result = await knex().raw(
      'select match_unit_types() as units, match_document_types() as documents',
    );
    expect(result.rows[0].units).toEqual([...UNIT_BITS]);
    expect(result.rows[0].documents).toEqual([...DOCUMENT_BITS]);
  });

  test('the bank officer gets cooperatives scored for it, sorted, with reasons and gaps', async () => {
    const matches = await cooperativesFor(
      { programId: globalIdOf('Program', await pmk49ProgramId()), first: 50 },
      'bankOfficer',
    );
    expect(matches).toHaveLength(50);
    expectWellFormed(matches);
    const ids = matches.map((match) => match.cooperative.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const match of matches) {
      expect(codes(match.reasons)).toContain('REGION_COVERAGE');
      if (match.offering) expect(match.offering.status).toBe('PUBLISHED');
    }
    expect(matches.some((match) => match.gaps.length > 0)).toBe(true);
  });
});

/** A partner's answers in the window as matching reads them (0: none kept). */
async function keptResponses(partnerId: number): Promise<number> {
  const row = (await knex()('partner_responsiveness').where({ partner_id: partnerId }).first('responses')) as
    { responses: number } | undefined;
  return row?.responses ?? 0;
}

describe('responsiveness from the kept answers', () => {
  /** Every organisation's responses and median, by the proposal module's rule and from proposal_answer. */
  async function both(side: ProposalSide) {
    const rule = responsivenessSql(side, () => ({ sql: 'true', bindings: [] }));
    const byRule = (await knex().raw(rule.sql, rule.bindings)).rows as {
      org_id: number;
      responses: string;
      median_seconds: string | null;
    }[];
    const kept = (
      await knex().raw(
        responsivenessOfSql(
          side,
          `array(select id from ${side === ProposalSide.COOPERATIVE ? 'cooperative' : 'partner'})`,
        ),
      )
    ).rows as { org_id: number; responses: string; median_seconds: string | null }[];
    const figures = (rows: typeof kept) =>
      rows
        .filter((row) => Number(row.responses) > 0)
        .map((row) => [
          row.org_id,
          Number(row.responses),
          row.median_seconds === null ? null : Number(row.median_seconds),
        ])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
    return { byRule: figures(byRule), kept: figures(kept) };
  }

  test.each([ProposalSide.COOPERATIVE, ProposalSide.PARTNER])(
    '%s answers give the figures of the proposal module, and follow new events',
    async (side) => {
      const before = await both(side);
      expect(before.kept.length).toBeGreaterThan(0);
      expect(before.kept).toEqual(before.byRule);

      // An answer on an open proposal whose turn is this side's: recorded at once.
      const open = (await knex()('proposal')
        .where({ turn: side })
        .whereIn('status', [...OPEN_STATUSES])
        .orderBy('id')
        .first('id', 'status')) as { id: number; status: string } | undefined;
      expect(open).toBeDefined();
      await knex()('proposal_event').insert({
        proposal_id: open!.id,
        actor: side,
        side,
        action: 'SEND_MESSAGE',
        from_status: open!.status,
        to_status: open!.status,
        turn_after: side === ProposalSide.COOPERATIVE ? ProposalSide.PARTNER : ProposalSide.COOPERATIVE,
      });
      const after = await both(side);
      expect(after.kept).toEqual(after.byRule);
      expect(after.kept).not.toEqual(before.kept);
    },
  );

  test('the job keeps the figures matching reads, rewrites only changes, and skips while another run holds the lock', async () => {
    await refreshMatchResponsiveness(knex());
    expect(await refreshMatchResponsiveness(knex())).toBe(0);
    const figures = async (sql: string) =>
      ((await knex().raw(sql)).rows as { org_id: number; responses: number; median_seconds: number }[])
        .map((row) => [row.org_id, Number(row.responses), Number(row.median_seconds)])
        .sort((a, b) => a[0] - b[0]);
    const cooperatives = await figures(
      'select cooperative_id as org_id, responses, median_seconds from cooperative_match_fact where responses > 0',
    );
    expect(cooperatives.length).toBeGreaterThan(0);
    expect(cooperatives).toEqual(await figures(responsivenessOfSql(ProposalSide.COOPERATIVE)));
    const partners = await figures(
      'select partner_id as org_id, responses, median_seconds from partner_responsiveness',
    );
    expect(partners.length).toBeGreaterThan(0);
    expect(partners).toEqual(await figures(responsivenessOfSql(ProposalSide.PARTNER)));

    // A new answer changes the figures at the next run, not before.
    // An open proposal whose latest event handed the turn to the partner.
    const open = (
      await knex().raw(
        `select p.id, p.status, p.partner_id from proposal p
          where p.status = any(?)
            and (select e.turn_after from proposal_event e where e.proposal_id = p.id
                  order by e.created_at desc, e.id desc limit 1) = ?
          order by p.id limit 1`,
        [[...OPEN_STATUSES], ProposalSide.PARTNER],
      )
    ).rows[0] as { id: number; status: string; partner_id: number } | undefined;
    expect(open).toBeDefined();
    const before = await keptResponses(open!.partner_id);
    await knex()('proposal_event').insert({
      proposal_id: open!.id,
      actor: ProposalSide.PARTNER,
      side: ProposalSide.PARTNER,
      action: 'SEND_MESSAGE',
      from_status: open!.status,
      to_status: open!.status,
      turn_after: ProposalSide.COOPERATIVE,
    });
    expect(await keptResponses(open!.partner_id)).toBe(before);
    expect(await refreshMatchResponsiveness(knex())).toBeGreaterThan(0);
    expect(await keptResponses(open!.partner_id)).toBe(before + 1);
    // Another process refreshing at the same time: this run skips.
    await knex().transaction(async (trx) => {
      await trx.raw("select pg_advisory_xact_lock(hashtext('mitradesa:match-responsiveness'))");
      expect(await refreshMatchResponsiveness(knex())).toBe(0);
    });
  });

  test('the open statuses of the kept answers are those of the proposal module', async () => {
    const source = (await knex().raw(`select prosrc from pg_proc where proname = 'proposal_answer_refresh'`))
      .rows[0].prosrc as string;
    expect(source).toContain(`'{${[...OPEN_STATUSES].join(',')}}'`);
  });
});

describe('only public listings are matched', () => {
  test('draft programs, closed requests and unpublished offerings never appear', async () => {
    const buyerOfSanggau = await partnerIdNamed('PT Kapuas Sawit Lestari');
    const [draftProgram] = await knex()('program')
      .insert({
        partner_id: buyerOfSanggau,
        kind: 'OFFTAKE',
        name: 'Draf: pembelian TBS',
        status: 'DRAFT',
        commodity: 'PALM_OIL_FFB',
        eligible_unit_types: '{}',
        required_documents: '{}',
      })
      .returning('id');
    const [closedRequest] = await knex()('partner_request')
      .insert({
        partner_id: buyerOfSanggau,
        title: 'Ditutup: TBS Sanggau',
        commodity: 'PALM_OIL_FFB',
        quantity: '1000',
        quantity_unit: 'KG',
        delivery_region_code: '61.03',
        status: 'CLOSED',
      })
      .returning('id');
    const sanggauCooperative = (
      await knex()('cooperative').where('village_code', 'like', '61.03.%').orderBy('id').first('id')
    ).id as number;
    const [draftOffering] = await knex()('offering')
      .insert({
        cooperative_id: sanggauCooperative,
        kind: 'SUPPLY',
        title: 'Draf: TBS sawit',
        commodity: 'PALM_OIL_FFB',
        quantity_per_month: '900000',
        quantity_unit: 'KG',
        status: 'DRAFT',
      })
      .returning('id');

    const partners = await partnersFor({
      offeringId: globalIdOf('Offering', await sanggauPalmOffering()),
      first: 50,
    });
    expect(partners.map((match) => match.program?.id)).not.toContain(globalIdOf('Program', draftProgram.id));
    expect(partners.map((match) => match.request?.id)).not.toContain(
      globalIdOf('PartnerRequest', closedRequest.id),
    );

    const sanggauRequest = (
      await knex()('partner_request')
        .where({ partner_id: buyerOfSanggau, status: 'OPEN', delivery_region_code: '61.03' })
        .orderBy('id')
        .first('id')
    ).id as number;
    const cooperatives = await cooperativesFor({
      requestId: globalIdOf('PartnerRequest', sanggauRequest),
      first: 50,
    });
    expect(cooperatives.length).toBeGreaterThan(0);
    expect(cooperatives.map((match) => match.offering?.id)).not.toContain(
      globalIdOf('Offering', draftOffering.id),
    );
    for (const match of cooperatives) expect(match.offering?.status).toBe('PUBLISHED');

    // The partner's own staff may preview matches for the draft; other partners may not see it.
    const preview = await as<{ recommendedCooperatives: CooperativeMatch[] }>('buyer', COOPERATIVES, {
      programId: globalIdOf('Program', draftProgram.id),
      first: 5,
    });
    const other = await as('bankOfficer', COOPERATIVES, {
      programId: globalIdOf('Program', draftProgram.id),
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    if (buyerOfSanggau === fixture.buyerId) {
      expect(preview.errors).toBeUndefined();
      expect(preview.data!.recommendedCooperatives.length).toBeGreaterThan(0);
    } else {
      expect(preview.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('bad input', () => {
  test.each([
    ['neither source', PARTNERS, {}],
    [
      'both sources',
      PARTNERS,
      { offeringId: globalIdOf('Offering', 1), cooperativeId: globalIdOf('Cooperative', 1) },
    ],
    ['an ID of another type', PARTNERS, { offeringId: globalIdOf('Cooperative', 1) }],
    ['a malformed ID', PARTNERS, { cooperativeId: 'not-an-id!' }],
    ['first above 50', PARTNERS, { cooperativeId: globalIdOf('Cooperative', 1), first: 51 }],
    ['first below 1', PARTNERS, { cooperativeId: globalIdOf('Cooperative', 1), first: 0 }],
    ['neither program nor request', COOPERATIVES, {}],
    ['a request ID as program', COOPERATIVES, { programId: globalIdOf('PartnerRequest', 1) }],
  ])('%s → BAD_USER_INPUT', async (_name, query, variables) => {
    const response = await as<Record<string, unknown>>('admin', query, variables);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
  });

  test.each([
    ['offering', PARTNERS, { offeringId: globalIdOf('Offering', 999999) }],
    ['cooperative', PARTNERS, { cooperativeId: globalIdOf('Cooperative', 999999) }],
    ['program', COOPERATIVES, { programId: globalIdOf('Program', 999999) }],
    ['request', COOPERATIVES, { requestId: globalIdOf('PartnerRequest', 999999) }],
    ['offering of recommendedRequests', REQUESTS, { offeringId: globalIdOf('Offering', 999999) }],
  ])('an unknown %s → NOT_FOUND', async (_name, query, variables) => {
    const response = await as('admin', query, variables);
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('who may ask', () => {
  const demoCooperative = () => globalIdOf('Cooperative', fixture.demoCooperativeId);

  test.each<DemoUser>([
    'ketua',
    'pengurus',
    'staff',
    'mentor',
    'pmo',
    'dinasSanggau',
    'dinasProvince',
    'admin',
  ])("%s may see the demo cooperative's recommended partners", async (user) => {
    const response = await as<{ recommendedPartners: PartnerMatch[] }>(user, PARTNERS, {
      cooperativeId: demoCooperative(),
      first: 5,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.recommendedPartners.length).toBeGreaterThan(0);
  });

  test.each<DemoUser>(['otherKetua', 'bankOfficer', 'buyer'])(
    "%s may not see the demo cooperative's recommendations",
    async (user) => {
      const offering = (
        await knex()('offering')
          .where({ cooperative_id: fixture.demoCooperativeId })
          .orderBy('id')
          .first('id')
      ).id as number;
      for (const [query, variables] of [
        [PARTNERS, { cooperativeId: demoCooperative() }],
        [PARTNERS, { offeringId: globalIdOf('Offering', offering) }],
        [REQUESTS, { offeringId: globalIdOf('Offering', offering) }],
      ] as const) {
        const response = await as(user, query, variables);
        expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(response.data).toBeNull();
      }
    },
  );

  test('the Dinas of another regency may not see a Sanggau cooperative', async () => {
    const sambas = await as('dinasSanggau', PARTNERS, {
      cooperativeId: globalIdOf('Cooperative', fixture.otherCooperativeId),
    });
    expect(sambas.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('recommended cooperatives: the owning partner and admins only', async () => {
    const programId = globalIdOf('Program', await pmk49ProgramId());
    for (const user of ['bankOfficer', 'bankAdmin', 'admin'] as const) {
      expect((await as(user, COOPERATIVES, { programId, first: 3 })).errors).toBeUndefined();
    }
    for (const user of ['buyer', 'ketua', 'mentor', 'dinasProvince'] as const) {
      const response = await as(user, COOPERATIVES, { programId, first: 3 });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await as('anonymous', COOPERATIVES, { programId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const request = (await knex()('partner_request').where({ partner_id: fixture.buyerId }).first('id'))
      .id as number;
    const foreign = await as('bankOfficer', COOPERATIVES, {
      requestId: globalIdOf('PartnerRequest', request),
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('statements per request', () => {
  async function statements(
    query: string,
    variables: Record<string, unknown>,
    user: DemoUser,
    first: number,
  ) {
    const response = await as<Record<string, unknown[]>>(user, query, { ...variables, first });
    expect(response.errors).toBeUndefined();
    return { count: response.sqlStatements, size: Object.values(response.data!)[0].length };
  }

  test('20 recommended partners cost the statements of 5', async () => {
    const variables = { cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId) };
    const five = await statements(PARTNERS, variables, 'ketua', 5);
    const twenty = await statements(PARTNERS, variables, 'ketua', 20);
    expect(five.size).toBe(5);
    expect(twenty.size).toBeGreaterThan(5);
    expect(twenty.count).toBe(five.count);
    // cooperative (access), the match, partners, programs, requests, offerings, regions.
    expect(twenty.count).toBeLessThanOrEqual(7);
  });

  test('20 recommended cooperatives cost the statements of 5', async () => {
    // Without `offering`: whether any of the first five fits through an offering is data, not paging.
    const query = /* GraphQL */ `
      query ($programId: ID, $first: Int) {
        recommendedCooperatives(programId: $programId, first: $first) {
          cooperative { id name village { name } }
          ${EXPLANATION}
        }
      }
    `;
    const variables = { programId: globalIdOf('Program', await pmk49ProgramId()) };
    const five = await statements(query, variables, 'bankOfficer', 5);
    const twenty = await statements(query, variables, 'bankOfficer', 20);
    expect([five.size, twenty.size]).toEqual([5, 20]);
    expect(twenty.count).toBe(five.count);
    expect(twenty.count).toBeLessThanOrEqual(6);
  });
});
