import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { dbIdOf } from './support/ids';
import { COMMODITY_WORDS, commodityWordsRefreshSql } from '../src/modules/text-search/text-search.terms';

/**
 * `search`: Indonesian full text (stemming), trigram similarity (typos), commodity words and place
 * names, ranked by relevance; drafts never show; pages, type selection, bad input and a constant
 * number of SQL statements.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();

type SearchType = 'COOPERATIVE' | 'OFFERING' | 'PARTNER' | 'PROGRAM' | 'REQUEST';

interface Hit {
  __typename: string;
  id: string;
  name?: string;
  title?: string;
}

interface SearchPage {
  search: {
    totalCount: number;
    edges: { cursor: string; score: number; node: Hit }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const SEARCH = /* GraphQL */ `
  query Search($q: String!, $types: [SearchType!], $first: Int, $after: String) {
    search(q: $q, types: $types, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        score
        node {
          __typename
          ... on Cooperative {
            id
            name
          }
          ... on Offering {
            id
            title
          }
          ... on Partner {
            id
            name
          }
          ... on Program {
            id
            name
          }
          ... on PartnerRequest {
            id
            title
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

function search(variables: { q: string; types?: SearchType[]; first?: number; after?: string | null }) {
  return server.graphql<SearchPage>(SEARCH, variables);
}

async function hits(q: string, types?: SearchType[], first = 10): Promise<Hit[]> {
  const response = await search({ q, types, first });
  expect(response.errors).toBeUndefined();
  return response.data!.search.edges.map((edge) => edge.node);
}

/** Offerings with their commodity and the regency of their cooperative. */
async function offeringFacts(ids: number[]) {
  return (await knex()
    .select('o.id', 'o.commodity', 'o.status', 'r.name as regency')
    .from('offering as o')
    .join('cooperative as c', 'c.id', 'o.cooperative_id')
    .join('region as v', 'v.code', 'c.village_code')
    .join('region as d', 'd.code', 'v.parent_code')
    .join('region as r', 'r.code', 'd.parent_code')
    .whereIn('o.id', ids)) as { id: number; commodity: string; status: string; regency: string }[];
}

interface Case {
  q: string;
  types?: SearchType[];
  /** How many of the top results must satisfy `expect`. */
  top: number;
  expectTop: (top: Hit[]) => Promise<void>;
}

const offeringsAre =
  (commodity: string, regency?: string) =>
  async (top: Hit[]): Promise<void> => {
    expect(top.every((hit) => hit.__typename === 'Offering')).toBe(true);
    const facts = await offeringFacts(top.map((hit) => dbIdOf(hit.id)));
    expect(facts).toHaveLength(top.length);
    for (const fact of facts) {
      expect(fact.commodity).toBe(commodity);
      expect(fact.status).toBe('PUBLISHED');
      if (regency) expect(fact.regency).toBe(regency);
    }
  };

const CASES: Case[] = [
  // Commodity word + regency name: palm-oil offerings of cooperatives in Kabupaten Sanggau.
  {
    q: 'sawit Sanggau',
    types: ['OFFERING'],
    top: 5,
    expectTop: offeringsAre('PALM_OIL_FFB', 'Kabupaten Sanggau'),
  },
  // Across all types, palm-oil requests for Sanggau rank alongside; the first offering among the
  // top 10 is still a palm-oil offering from Sanggau.
  {
    q: 'sawit Sanggau',
    top: 10,
    expectTop: async (top) =>
      offeringsAre(
        'PALM_OIL_FFB',
        'Kabupaten Sanggau',
      )(top.filter((hit) => hit.__typename === 'Offering').slice(0, 1)),
  },
  // A typo: "karret" finds rubber ("karet") by trigram similarity.
  { q: 'karret', types: ['OFFERING'], top: 5, expectTop: offeringsAre('RUBBER') },
  {
    q: 'lada Bengkayang',
    types: ['OFFERING'],
    top: 3,
    expectTop: offeringsAre('PEPPER', 'Kabupaten Bengkayang'),
  },
  // A village name finds its cooperative first.
  {
    q: 'Air Dekakah',
    top: 1,
    expectTop: async ([hit]) => {
      expect(hit.__typename).toBe('Cooperative');
      const row = await knex()
        .select('v.name')
        .from('cooperative as c')
        .join('region as v', 'v.code', 'c.village_code')
        .where('c.id', dbIdOf(hit.id))
        .first();
      expect(row.name).toBe('Air Dekakah');
    },
  },
  // A partner name with typos.
  { q: 'Bank Mandri', top: 1, expectTop: async ([hit]) => expect(hit.name).toBe('Bank Mandiri') },
  {
    q: 'Pupuk Indonesa',
    types: ['PARTNER'],
    top: 1,
    expectTop: async ([hit]) => expect(hit.name).toBe('PT Pupuk Indonesia (Persero)'),
  },
  // Stemming: "perkebunan" (plantation) finds text that says "kebun" (garden/plot).
  {
    q: 'perkebunan',
    types: ['OFFERING'],
    top: 5,
    expectTop: async (top) => {
      const rows = await knex()
        .select('id', 'title', 'description')
        .from('offering')
        .whereIn(
          'id',
          top.map((hit) => dbIdOf(hit.id)),
        );
      expect(rows).toHaveLength(5);
      for (const row of rows) {
        const text = `${row.title} ${row.description}`.toLowerCase();
        expect(text).toContain('kebun');
        expect(text).not.toContain('perkebunan');
      }
    },
  },
];

test.each(CASES)('"$q" ($types) → expected top $top', async ({ q, types, top, expectTop }) => {
  const found = await hits(q, types, 10);
  expect(found.length).toBeGreaterThanOrEqual(top);
  await expectTop(found.slice(0, top));
});

test('drafts never appear, even searched by their exact title', async () => {
  const drafts = (await knex().select('id', 'title').from('offering').where('status', 'DRAFT').limit(3)) as {
    id: number;
    title: string;
  }[];
  expect(drafts.length).toBeGreaterThan(0);
  for (const draft of drafts) {
    const found = await hits(draft.title, ['OFFERING'], 100);
    const ids = found.map((hit) => dbIdOf(hit.id));
    expect(ids).not.toContain(draft.id);
    const facts = await offeringFacts(ids);
    expect(facts.every((fact) => fact.status === 'PUBLISHED')).toBe(true);
  }
});

test('types limit the kinds of results', async () => {
  const partners = await hits('bank', ['PARTNER'], 20);
  expect(partners.length).toBeGreaterThan(0);
  expect(new Set(partners.map((hit) => hit.__typename))).toEqual(new Set(['Partner']));
  const mixed = await hits('sawit', ['COOPERATIVE', 'OFFERING', 'PARTNER', 'PROGRAM', 'REQUEST'], 100);
  expect(new Set(mixed.map((hit) => hit.__typename)).size).toBeGreaterThan(1);
});

test('pages follow each other without gaps or repeats, most relevant first', async () => {
  const whole = (await search({ q: 'sawit', first: 10 })).data!.search;
  const first = (await search({ q: 'sawit', first: 5 })).data!.search;
  expect(first.pageInfo.hasNextPage).toBe(true);
  const second = (await search({ q: 'sawit', first: 5, after: first.pageInfo.endCursor })).data!.search;
  const ids = (page: SearchPage['search']) => page.edges.map((edge) => edge.node.id);
  expect([...ids(first), ...ids(second)]).toEqual(ids(whole));
  const scores = whole.edges.map((edge) => edge.score);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  expect(whole.totalCount).toBeGreaterThan(10);
});

test.each([
  ['empty q', { q: '' }],
  ['blank q', { q: '   ' }],
  ['q without words', { q: '–!?' }],
  ['q too long', { q: 'sawit '.repeat(40) }],
  ['first above 100', { q: 'sawit', first: 101 }],
  ['a foreign cursor', { q: 'sawit', after: 'bm90LWEtY3Vyc29y' }],
])('%s → BAD_USER_INPUT', async (_name, variables) => {
  const response: GraphQLResponse<SearchPage> = await search(variables);
  expect(response.data?.search ?? null).toBeNull();
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

test('SQL statements stay the same for 5 and 50 results', async () => {
  // One type, so both pages load nodes with the same one by-id statement.
  const small = await search({ q: 'sawit', types: ['OFFERING'], first: 5 });
  const large = await search({ q: 'sawit', types: ['OFFERING'], first: 50 });
  expect(small.errors).toBeUndefined();
  expect(large.errors).toBeUndefined();
  expect(large.data!.search.edges.length).toBe(50);
  expect(large.sqlStatements).toBe(small.sqlStatements);
  // With every type on the page: a read-only transaction (begin, planner setting, commit) around
  // the term lookup and the ranked, counted page, then at most one by-id statement per type.
  const mixed = await search({ q: 'sawit', first: 100 });
  expect(new Set(mixed.data!.search.edges.map((edge) => edge.node.__typename)).size).toBeGreaterThan(2);
  expect(mixed.sqlStatements).toBeLessThanOrEqual(10);
});

describe('the q filter of the lists matches like search', () => {
  const LISTS: { list: string; filterType: string; type: SearchType; q: string }[] = [
    { list: 'cooperatives', filterType: 'CooperativeFilter', type: 'COOPERATIVE', q: 'Air Dekakah' },
    { list: 'offerings', filterType: 'OfferingFilter', type: 'OFFERING', q: 'sawit Sanggau' },
    { list: 'partners', filterType: 'PartnerFilter', type: 'PARTNER', q: 'Bank Mandri' },
    { list: 'programs', filterType: 'ProgramFilter', type: 'PROGRAM', q: 'karret' },
    { list: 'requests', filterType: 'PartnerRequestFilter', type: 'REQUEST', q: 'karret' },
  ];

  test.each(LISTS)('$list(filter: { q: "$q" })', async ({ list, filterType, type, q }) => {
    const listed = await server.graphql<
      Record<string, { totalCount: number; edges: { node: { id: string } }[] }>
    >(
      `query($filter: ${filterType}) { ${list}(filter: $filter, first: 100) { totalCount edges { node { id } } } }`,
      { filter: { q } },
    );
    expect(listed.errors).toBeUndefined();
    const found = await search({ q, types: [type], first: 100 });
    expect(found.errors).toBeUndefined();
    const listedIds = listed.data![list].edges.map((edge) => edge.node.id).sort();
    expect(listedIds.length).toBeGreaterThan(0);
    expect(listedIds.length).toBeLessThan(100);
    expect(listed.data![list].totalCount).toBe(found.data!.search.totalCount);
    expect(listedIds).toEqual(found.data!.search.edges.map((edge) => edge.node.id).sort());
  });

  test.each(LISTS)('$list with a blank q → BAD_USER_INPUT', async ({ list, filterType }) => {
    const response = await server.graphql(
      `query($filter: ${filterType}) { ${list}(filter: $filter) { edges { node { id } } } }`,
      { filter: { q: '  ' } },
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('filter', () => {
  const FILTERED = /* GraphQL */ `
    query ($q: String!, $types: [SearchType!], $filter: SearchFilter) {
      search(q: $q, types: $types, filter: $filter, first: 100) {
        totalCount
        edges {
          node {
            __typename
            ... on Offering {
              id
            }
            ... on PartnerRequest {
              id
            }
            ... on Program {
              id
            }
            ... on Cooperative {
              id
            }
          }
        }
      }
    }
  `;
  type Filtered = { search: { totalCount: number; edges: { node: Hit }[] } };
  const run = (q: string, types: SearchType[] | undefined, filter: Record<string, unknown>) =>
    server.graphql<Filtered>(FILTERED, { q, types, filter });

  test('regionCode: offerings of cooperatives in the regency or delivering to it', async () => {
    const response = await run('sawit', ['OFFERING'], { regionCode: '61.03' });
    expect(response.errors).toBeUndefined();
    const ids = response.data!.search.edges.map((edge) => dbIdOf(edge.node.id));
    expect(ids.length).toBeGreaterThan(0);
    const inside = (await knex()
      .select('o.id')
      .from('offering as o')
      .join('cooperative as c', 'c.id', 'o.cooperative_id')
      .whereIn('o.id', ids)
      .andWhere((where) =>
        where
          .where('c.village_code', 'like', '61.03.%')
          .orWhereExists(
            knex()
              .select(knex().raw('1'))
              .from('offering_delivery_region as dr')
              .whereRaw('dr.offering_id = o.id')
              .where('dr.region_code', 'like', '61.03%'),
          ),
      )) as { id: number }[];
    expect(inside.map((row) => row.id).sort()).toEqual([...ids].sort());
    const all = await run('sawit', ['OFFERING'], {});
    expect(all.data!.search.totalCount).toBeGreaterThan(response.data!.search.totalCount);
  });

  test('regionCode of a village: a regency-wide request and a program without coverage count for it', async () => {
    const request = await knex()('partner_request')
      .where('status', 'OPEN')
      .whereRaw('length(delivery_region_code) = 5')
      .orderBy('id')
      .first('id', 'title', 'delivery_region_code');
    const village = await knex()('region')
      .where('code', 'like', `${request.delivery_region_code}.%`)
      .where('level', 'VILLAGE')
      .orderBy('code')
      .first('code');
    const found = await run(request.title, ['REQUEST'], { regionCode: village.code });
    expect(found.data!.search.edges.map((edge) => dbIdOf(edge.node.id))).toContain(request.id);

    const [program] = (await knex()('program')
      .insert({
        partner_id: (await knex()('partner').orderBy('id').first('id')).id,
        kind: 'LOAN',
        name: 'Kredit alat pengering gabah',
        status: 'ACTIVE',
        eligible_unit_types: '{}',
        required_documents: '{}',
      })
      .returning('id')) as { id: number }[];
    const anywhere = await run('pengering gabah', ['PROGRAM'], { regionCode: village.code });
    expect(anywhere.data!.search.edges.map((edge) => dbIdOf(edge.node.id))).toContain(program.id);
  });

  test('commodity: only objects about it', async () => {
    const response = await run('koperasi', ['OFFERING'], { commodity: 'RUBBER' });
    const ids = response.data!.search.edges.map((edge) => dbIdOf(edge.node.id));
    expect(ids.length).toBeGreaterThan(0);
    const facts = await offeringFacts(ids);
    expect(facts.every((fact) => fact.commodity === 'RUBBER')).toBe(true);
    // Cooperatives: those with a public offering of the commodity.
    const cooperatives = await run('koperasi', ['COOPERATIVE'], { commodity: 'PEPPER', regionCode: '61.07' });
    const coopIds = cooperatives.data!.search.edges.map((edge) => dbIdOf(edge.node.id));
    expect(coopIds.length).toBeGreaterThan(0);
    const withPepper = await knex()('offering')
      .whereIn('cooperative_id', coopIds)
      .where('commodity', 'PEPPER')
      .whereNot('status', 'DRAFT')
      .distinct('cooperative_id');
    expect(withPepper).toHaveLength(coopIds.length);
  });

  test('the search document follows changes: a renamed cooperative is found by its new name', async () => {
    const cooperative = await knex()('cooperative').orderBy('id').first('id');
    await knex()('cooperative').where('id', cooperative.id).update({ name: 'Koperasi Tengkawang Lestari' });
    const found = await hits('Tengkawang Lestari', ['COOPERATIVE']);
    expect(found.map((hit) => dbIdOf(hit.id))).toContain(cooperative.id);
    // Its offerings carry the new name too.
    const offering = await knex()('offering')
      .where({ cooperative_id: cooperative.id, status: 'PUBLISHED' })
      .first('id');
    if (offering) {
      const offerings = await hits('Tengkawang Lestari', ['OFFERING'], 100);
      expect(offerings.map((hit) => dbIdOf(hit.id))).toContain(offering.id);
    }
  });

  test.each([
    ['a malformed code', { regionCode: '61.3' }],
    ['a code of no region', { regionCode: '99.99' }],
  ])('%s → BAD_USER_INPUT naming filter.regionCode', async (_name, filter) => {
    const response = await run('sawit', undefined, filter);
    expect(response.data?.search ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.regionCode',
    });
  });
});

// COMMODITY_WORDS is the one source of the commodity words; the database's function is its copy.
test('the commodity words of the database match text-search.terms.ts', async () => {
  const rows = (
    await knex().raw('select c as commodity, search_commodity_words(c) as words from unnest(?::text[]) c', [
      COMMODITY_WORDS.map(([commodity]) => commodity),
    ])
  ).rows as { commodity: string; words: string }[];
  expect(rows.map((row) => [row.commodity, row.words])).toEqual(COMMODITY_WORDS.map(([c, w]) => [c, w]));
});

test('the refresh statement brings a stale database copy of the commodity words back, with its documents', async () => {
  const palmBodies = async () =>
    (
      await knex().raw(
        `select d.body from search_document d join offering o on o.id = d.id
          where d.type = 'OFFERING' and o.commodity = 'PALM_OIL_FFB' order by d.id`,
      )
    ).rows.map((row: { body: string }) => row.body) as string[];
  const palmWords = COMMODITY_WORDS.find(([commodity]) => commodity === 'PALM_OIL_FFB')![1];
  // A copy that lost the palm-fruit synonyms, and the documents built with it.
  await knex().raw(`create or replace function search_commodity_words(commodity text) returns text
    language sql immutable parallel safe as $$ select case commodity when 'PALM_OIL_FFB' then 'Tandan buah segar'
      else (select w from (values ${COMMODITY_WORDS.map(([c, w]) => `('${c}', '${w}')`).join(', ')}) as x(c, w) where x.c = commodity) end $$`);
  await knex().raw(
    `select search_document_refresh('OFFERING', array(select id from offering where commodity = 'PALM_OIL_FFB'))`,
  );
  const stale = await palmBodies();
  expect(stale.length).toBeGreaterThan(0);
  expect(stale.some((body) => body.includes(palmWords.toLowerCase()))).toBe(false);

  await knex().raw(commodityWordsRefreshSql());
  const words = await knex().raw(`select search_commodity_words('PALM_OIL_FFB') as words`);
  expect(words.rows[0].words).toBe(palmWords);
  expect((await palmBodies()).every((body) => body.includes(palmWords.toLowerCase()))).toBe(true);
});
