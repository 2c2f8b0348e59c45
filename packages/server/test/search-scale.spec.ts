import type { Knex } from '@mikro-orm/postgresql';
import type { TestServer } from './support/test-server';
import { startMidSizeServer } from './support/mid-size-database';
import { dbIdOf } from './support/ids';
import { lookUpTerms, lookUpTermsStatement } from '../src/modules/text-search/text-search.match';
import { rankedPageStatement, SEARCH_PLANNER_SETTING } from '../src/modules/search/search.reads';
import { queryTerms, SEARCH_COUNT_CAP } from '../src/modules/text-search/text-search.terms';
import { SearchType } from '../src/modules/text-search/text-search.type';
import type { SearchCriteria } from '../src/modules/search/search.input';
import { Commodity } from '../src/modules/commodity/commodity';

/**
 * Search on the mid-size data set (the national seed for Central Java and West Kalimantan: 10,708
 * cooperatives, one per village, with their offerings, partners, programs and requests). Ranking
 * (place + commodity, a typo, a village name), the count capped at 1,000 and exact below it,
 * paging, and the plans of the search statements (indexes, no sequential scan of the tables).
 */
let server: TestServer;
const knex = (): Knex => server.orm.em.getKnex();

beforeAll(async () => {
  server = await startMidSizeServer();
  // Fresh statistics, as a seeded or long-running database has them (GIN entry counts included).
  await knex().raw('vacuum analyze search_document');
  await knex().raw('vacuum analyze search_word');
}, 600_000);
afterAll(() => server.close());

interface Hit {
  __typename: string;
  id: string;
}

interface SearchPage {
  search: {
    totalCount: number;
    isTotalCountCapped: boolean;
    edges: { cursor: string; score: number; node: Hit }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const SEARCH = /* GraphQL */ `
  query Search($q: String!, $types: [SearchType!], $filter: SearchFilter, $first: Int, $after: String) {
    search(q: $q, types: $types, filter: $filter, first: $first, after: $after) {
      totalCount
      isTotalCountCapped
      edges {
        cursor
        score
        node {
          __typename
          ... on Cooperative {
            id
          }
          ... on Offering {
            id
          }
          ... on Partner {
            id
          }
          ... on Program {
            id
          }
          ... on PartnerRequest {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

async function search(variables: {
  q: string;
  types?: SearchType[];
  filter?: Record<string, unknown>;
  first?: number;
  after?: string | null;
}): Promise<SearchPage['search']> {
  const response = await server.graphql<SearchPage>(SEARCH, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.search;
}

/** A village of Jawa Tengah whose one-word name no other region has, with its cooperative (which publishes offerings). */
async function uniqueVillage(): Promise<{ name: string; id: number }> {
  return (await knex()
    .select('v.name', 'c.id')
    .from('region as v')
    .join('cooperative as c', 'c.village_code', 'v.code')
    .where('v.code', 'like', '33.%')
    .whereRaw(`v.name ~ '^[A-Za-z]+$' and length(v.name) >= 8`)
    .whereRaw('(select count(*) from region x where lower(x.name) = lower(v.name)) = 1')
    .whereRaw(
      `(select count(*) from offering o where o.cooperative_id = c.id and o.status = 'PUBLISHED') >= 2`,
    )
    .orderBy('v.code')
    .first()) as { name: string; id: number };
}

/** Offerings with their commodity, the district and regency of their cooperative, and their own text. */
async function offeringFacts(ids: number[]): Promise<OfferingFact[]> {
  const result = await knex().raw(
    `select o.id, o.commodity, d.name as district, r.name as regency, lower(o.title || ' ' || o.description) as text
      from offering o
      join cooperative c on c.id = o.cooperative_id
      join region v on v.code = c.village_code
      join region d on d.code = v.parent_code
      join region r on r.code = d.parent_code
      where o.id = any(?::int[])`,
    [ids],
  );
  const byId = new Map((result.rows as OfferingFact[]).map((fact) => [fact.id, fact]));
  return ids.map((id) => byId.get(id)!);
}

interface OfferingFact {
  id: number;
  commodity: string;
  district: string;
  regency: string;
  text: string;
}

/**
 * A rubber offering that names Sanggau: of a cooperative in Kabupaten Sanggau or in a district
 * named so (Sanggau Ledo, in Bengkayang), or saying it in its own text.
 */
function isRubberOfSanggau(fact: OfferingFact): boolean {
  return (
    fact.commodity === 'RUBBER' &&
    `${fact.district} ${fact.regency} ${fact.text}`.toLowerCase().includes('sanggau')
  );
}

test('the data set is mid-size', async () => {
  const [{ cooperatives, offerings }] = (
    await knex().raw(
      `select (select count(*) from cooperative)::int as cooperatives, (select count(*) from offering)::int as offerings`,
    )
  ).rows as { cooperatives: number; offerings: number }[];
  expect(cooperatives).toBeGreaterThan(10_000);
  expect(offerings).toBeGreaterThan(10_000);
});

describe('ranking', () => {
  test.each([
    ['place + commodity', 'karet Sanggau'],
    ['place + commodity with a typo', 'karret Sanggau'],
  ])('%s: "%s" ranks the rubber offerings of places named Sanggau first', async (_name, q) => {
    const offerings = await search({ q, types: [SearchType.OFFERING], first: 10 });
    const facts = await offeringFacts(offerings.edges.map((edge) => dbIdOf(edge.node.id)));
    // The exact matches first, then only weaker ones (a village "Sango" is word-similar to Sanggau).
    const exact = facts.map(isRubberOfSanggau);
    expect(exact[0]).toBe(true);
    expect(exact).toEqual([...exact].sort((a, b) => Number(b) - Number(a)));
    // Among every kind of object, the first offering is still one of them.
    const all = await search({ q, first: 20 });
    const firstOffering = all.edges.find((edge) => edge.node.__typename === 'Offering');
    const [fact] = await offeringFacts([dbIdOf(firstOffering!.node.id)]);
    expect(isRubberOfSanggau(fact)).toBe(true);
  });

  test('a village name finds its cooperative first', async () => {
    const village = await uniqueVillage();
    const found = await search({ q: village.name, first: 5 });
    expect(found.edges[0].node.__typename).toBe('Cooperative');
    expect(dbIdOf(found.edges[0].node.id)).toBe(village.id);
  });
});

describe('totalCount', () => {
  const LIST = /* GraphQL */ `
    query ($q: String!) {
      offerings(filter: { q: $q }, first: 100) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
    }
  `;
  const listed = async (q: string) => {
    const response = await server.graphql<{
      offerings: { totalCount: number; edges: { node: { id: string } }[] };
    }>(LIST, { q });
    expect(response.errors).toBeUndefined();
    return response.data!.offerings;
  };

  test(`stops at ${SEARCH_COUNT_CAP} when more match, and says so`, async () => {
    // The offerings list counts exactly: "koperasi" is in every offering's text.
    expect((await listed('koperasi')).totalCount).toBeGreaterThan(SEARCH_COUNT_CAP);
    for (const types of [[SearchType.OFFERING], undefined]) {
      const found = await search({ q: 'koperasi', types, first: 20 });
      expect(found).toMatchObject({ totalCount: SEARCH_COUNT_CAP, isTotalCountCapped: true });
      expect(found.edges).toHaveLength(20);
      expect(found.pageInfo.hasNextPage).toBe(true);
    }
  });

  test('is exact below the cap, with the same objects as the list filter', async () => {
    // The offerings of one village: its name is in their text.
    const { name } = await uniqueVillage();
    const list = await listed(name);
    expect(list.totalCount).toBeGreaterThanOrEqual(2);
    expect(list.totalCount).toBeLessThan(100);
    const found = await search({ q: name, types: [SearchType.OFFERING], first: 100 });
    expect(found).toMatchObject({ totalCount: list.totalCount, isTotalCountCapped: false });
    expect(found.pageInfo.hasNextPage).toBe(false);
    expect(found.edges.map((edge) => edge.node.id).sort()).toEqual(
      list.edges.map((edge) => edge.node.id).sort(),
    );
  });

  test('an empty page (first: 0, or past the end) still counts', async () => {
    const none = await search({ q: 'koperasi', first: 0 });
    expect(none).toMatchObject({ totalCount: SEARCH_COUNT_CAP, isTotalCountCapped: true, edges: [] });
    const { name } = await uniqueVillage();
    const last = await search({ q: name, types: [SearchType.OFFERING], first: 100 });
    expect(last.pageInfo.hasNextPage).toBe(false);
    const past = await search({
      q: name,
      types: [SearchType.OFFERING],
      first: 5,
      after: last.edges[last.edges.length - 1].cursor,
    });
    expect(past).toMatchObject({ totalCount: last.totalCount, edges: [] });
    expect(past.pageInfo.hasNextPage).toBe(false);
  });
});

test('pages of a capped search follow each other without repeats, most relevant first', async () => {
  const first = await search({ q: 'koperasi', first: 50 });
  const second = await search({ q: 'koperasi', first: 50, after: first.pageInfo.endCursor });
  const ids = [...first.edges, ...second.edges].map((edge) => edge.node.id);
  expect(new Set(ids).size).toBe(100);
  const scores = [...first.edges, ...second.edges].map((edge) => edge.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
});

describe('plans', () => {
  interface PlanNode {
    'Node Type': string;
    'Relation Name'?: string;
    'Index Name'?: string;
    Plans?: PlanNode[];
  }

  function nodesOf(plan: PlanNode): PlanNode[] {
    return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
  }

  async function plan(trx: Knex.Transaction, sql: string, bindings: readonly unknown[]): Promise<PlanNode[]> {
    const result = await trx.raw(`explain (format json) ${sql}`, bindings as Knex.RawBinding[]);
    const [{ Plan }] = (result.rows[0] as { 'QUERY PLAN': { Plan: PlanNode }[] })['QUERY PLAN'];
    return nodesOf(Plan);
  }

  const criteria = (q: string, more: Partial<SearchCriteria> = {}): SearchCriteria => ({
    q,
    terms: queryTerms(q),
    types: Object.values(SearchType),
    regionCode: null,
    commodity: null,
    ...more,
  });

  const TABLES = ['search_document', 'search_word', 'cooperative', 'offering'];

  test.each([
    ['a word in every document', criteria('koperasi'), 'search_document_shuffled'],
    ['a common word', criteria('desa'), 'search_document_shuffled'],
    ['a typo', criteria('karret'), 'search_document_words'],
    ['place + commodity', criteria('sawit Sanggau'), 'search_document_words'],
    ['a rare word', criteria('tengkawang'), 'search_document_words'],
    ['a name, partners only', criteria('Bank Mandri', { types: [SearchType.PARTNER] }), null],
    ['a common word in a regency', criteria('koperasi', { regionCode: '61.03' }), 'search_document_places'],
    [
      'a common word and a commodity',
      criteria('koperasi', { commodity: Commodity.RUBBER }),
      'search_document_commodities',
    ],
  ] as const)('%s: indexes only', async (_name, asked, expectedIndex) => {
    await knex().transaction(async (trx) => {
      await trx.raw(SEARCH_PLANNER_SETTING);
      const lookupStatement = lookUpTermsStatement(asked.terms, asked.types);
      const lookupPlan = await plan(trx, lookupStatement.sql, lookupStatement.bindings);
      expect(lookupPlan.map((node) => node['Index Name'])).toContain('search_word_trgm');

      const lookup = await lookUpTerms(trx, asked.terms, asked.types);
      const page = rankedPageStatement(asked, lookup, 0, 21);
      const pagePlan = await plan(trx, page.sql, page.bindings);
      const scanned = [...lookupPlan, ...pagePlan];
      const sequential = scanned.filter(
        (node) => node['Node Type'] === 'Seq Scan' && TABLES.includes(node['Relation Name'] ?? ''),
      );
      expect(sequential).toEqual([]);
      const indexes = pagePlan.map((node) => node['Index Name']).filter(Boolean);
      expect(indexes.length).toBeGreaterThan(0);
      if (expectedIndex) expect(indexes).toContain(expectedIndex);
    });
  });
});
