import { CooperativeKind } from '../src/modules/cooperative/cooperative.entity';
import { DocumentType } from '../src/modules/document/document-type';
import {
  APPROVALS,
  APPROVAL_OF_KIND,
  RequirementKind,
  requirementsOf,
} from '../src/modules/program/program.requirements';
import { documentMask, requiredDocumentsMaskSql } from '../src/modules/matching/matching.bits';
import { startTestServer, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';
import { DEMO } from './authorization/fixture';

/**
 * The approval a program asks of a cooperative (a KDMP its village head's, a KKMP its regent's or
 * mayor's) is written once, in program.requirements.ts; matching's SQL is generated from it.
 * Here both answer alike: the generated SQL against requirementsOf on PostgreSQL for every kind and
 * every mix of approvals, and eligibility against matching through the API for a KDMP and a KKMP.
 */
let server: TestServer;
let token: string;
const knex = () => server.orm.em.getKnex();

beforeAll(async () => {
  server = await startTestServer();
  token = await server.signIn(DEMO.admin);
});
afterAll(() => server.close());

const KINDS = Object.values(CooperativeKind);
const APPROVAL_TYPES = [...APPROVALS];

/** The document types requirementsOf asks of a cooperative of `kind` for a program listing `listed`. */
function documentsAsked(listed: readonly DocumentType[], kind: CooperativeKind): DocumentType[] {
  return requirementsOf(
    {
      requiredDocuments: listed,
      eligibleUnitTypes: [],
      minAmount: null,
      maxAmount: null,
      operatingCostCap: null,
      coverage: [],
    },
    kind,
  ).flatMap((requirement) =>
    requirement.kind === RequirementKind.DOCUMENT || requirement.kind === RequirementKind.APPROVAL
      ? [requirement.documentType]
      : [],
  );
}

/** Every subset of `items`. */
const subsets = <T>(items: readonly T[]): T[][] =>
  items.reduce<T[][]>((all, item) => [...all, ...all.map((subset) => [...subset, item])], [[]]);

test('the generated SQL asks the documents requirementsOf asks, for every kind and mix of approvals', async () => {
  const cases = KINDS.flatMap((kind) =>
    subsets([...APPROVAL_TYPES, DocumentType.NPWP, DocumentType.VILLAGE_DELIBERATION_MINUTES]).map(
      (listed) => ({ kind, listed }),
    ),
  );
  const result = await knex().raw(
    `select ${requiredDocumentsMaskSql('r.listed', 'r.kind')} as asked
       from unnest(?::int[], ?::text[]) with ordinality as r(listed, kind, n)
      order by r.n`,
    [cases.map((c) => documentMask(c.listed)), cases.map((c) => c.kind)],
  );
  expect(result.rows.map((row: { asked: number }) => row.asked)).toEqual(
    cases.map((c) => documentMask(documentsAsked(c.listed, c.kind))),
  );
  // The KKMP case asks the regent's approval whichever approval the program lists.
  expect(documentsAsked([DocumentType.VILLAGE_HEAD_APPROVAL], CooperativeKind.KKMP)).toEqual([
    DocumentType.REGENT_APPROVAL,
  ]);
});

describe('eligibility and matching agree on the approval of a KDMP and of a KKMP', () => {
  const BNI = 'Bank Negara Indonesia (BNI)';
  const BNI_LOAN = 'Pinjaman KDKMP BNI (PMK 49/2025)';

  const ELIGIBILITY = `query ($c: ID!, $p: ID!) {
    eligibility(cooperativeId: $c, programId: $p) { requirements { kind status documentType } }
  }`;
  const PARTNERS = `query ($c: ID!) {
    recommendedPartners(cooperativeId: $c, first: 50) {
      partner { name } program { name } gaps { code documentType }
    }
  }`;

  /** The approvals eligibility finds not met, and the one it asks. */
  async function eligibilitySays(cooperativeId: number, programId: number) {
    const response = await server.graphql<{
      eligibility: { requirements: { kind: string; status: string; documentType: string | null }[] };
    }>(
      ELIGIBILITY,
      { c: globalIdOf('Cooperative', cooperativeId), p: globalIdOf('Program', programId) },
      { token },
    );
    expect(response.errors).toBeUndefined();
    const approvals = response.data!.eligibility.requirements.filter((r) => r.kind === 'APPROVAL');
    return {
      asked: approvals.map((r) => r.documentType),
      lacking: approvals.filter((r) => r.status !== 'MET').map((r) => r.documentType),
    };
  }

  /** The approvals matching names as gaps of the cooperative's match with BNI's loan. */
  async function matchingLacks(cooperativeId: number) {
    const response = await server.graphql<{
      recommendedPartners: {
        partner: { name: string };
        program: { name: string } | null;
        gaps: { code: string; documentType: string | null }[];
      }[];
    }>(PARTNERS, { c: globalIdOf('Cooperative', cooperativeId) }, { token });
    expect(response.errors).toBeUndefined();
    const match = response.data!.recommendedPartners.find((m) => m.partner.name === BNI);
    expect(match?.program?.name).toBe(BNI_LOAN);
    return match!.gaps
      .filter((gap) => gap.documentType !== null && APPROVALS.has(gap.documentType as DocumentType))
      .map((gap) => gap.documentType);
  }

  test.each(KINDS)('a %s', async (kind) => {
    const cooperativeId = (await knex()('cooperative').where({ kind }).orderBy('id').first('id'))
      .id as number;
    const programId = (await knex()('program').where({ name: BNI_LOAN }).first('id')).id as number;
    const fitting = APPROVAL_OF_KIND[kind];
    const other = APPROVAL_TYPES.find((type) => type !== fitting)!;

    // Programs listing both approvals, or either one alone, ask the one that fits the kind.
    for (const listed of [APPROVAL_TYPES, [fitting], [other]]) {
      const rest = (
        (await knex()('program').where({ id: programId }).first('required_documents'))
          .required_documents as string[]
      ).filter((type) => !APPROVALS.has(type as DocumentType));
      await knex()('program')
        .where({ id: programId })
        .update({ required_documents: [...rest, ...listed] });

      // No approval on record: both name the fitting one as missing.
      await knex()('cooperative_document')
        .where({ cooperative_id: cooperativeId })
        .whereIn('type', APPROVAL_TYPES)
        .delete();
      expect(await eligibilitySays(cooperativeId, programId)).toEqual({
        asked: [fitting],
        lacking: [fitting],
      });
      expect(await matchingLacks(cooperativeId)).toEqual([fitting]);

      // Only the approval of the other kind: still missing for both.
      await knex()('cooperative_document').insert({ cooperative_id: cooperativeId, type: other });
      expect((await eligibilitySays(cooperativeId, programId)).lacking).toEqual([fitting]);
      expect(await matchingLacks(cooperativeId)).toEqual([fitting]);

      // The fitting approval in force: met for both.
      await knex()('cooperative_document').insert({ cooperative_id: cooperativeId, type: fitting });
      expect((await eligibilitySays(cooperativeId, programId)).lacking).toEqual([]);
      expect(await matchingLacks(cooperativeId)).toEqual([]);
    }
  });
});
