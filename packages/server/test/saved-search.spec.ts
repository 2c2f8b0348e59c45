import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';
import {
  savedSearchesMatching,
  MAX_SAVED_SEARCHES_PER_USER,
} from '../src/modules/saved-search/saved-search.service';
import { SearchType } from '../src/modules/text-search/text-search.type';

/**
 * Saved searches: saving with validation and limits, listing only one's own, deleting, and
 * `savedSearchesMatching` for a listing that was just published.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();
const OFFICER = 'bank@demo.mitradesa.id';
const BUYER = 'pembeli@demo.mitradesa.id';

const SAVE = /* GraphQL */ `
  mutation Save($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      savedSearch {
        id
        name
        q
        types
        regionCode
        commodity
        createdAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`;
const LIST = /* GraphQL */ `
  query List($first: Int, $after: String) {
    savedSearches(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          q
          types
          regionCode
          commodity
        }
      }
    }
  }
`;
const DELETE = /* GraphQL */ `
  mutation Delete($input: DeleteSavedSearchInput!) {
    deleteSavedSearch(input: $input) {
      deletedSavedSearchId
      userErrors {
        code
      }
    }
  }
`;

interface SavePayload {
  saveSearch: {
    savedSearch: {
      id: string;
      name: string;
      q: string;
      types: string[];
      regionCode: string | null;
      commodity: string | null;
    } | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
  };
}
interface ListPage {
  savedSearches: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string } }[];
  };
}

async function userIdOf(email: string): Promise<number> {
  return (await knex()('app_user').where('email', email).first('id')).id as number;
}
async function storedOf(email: string): Promise<{ id: number; name: string }[]> {
  return knex()('saved_search')
    .where('user_id', await userIdOf(email))
    .orderBy('id')
    .select('id', 'name');
}
async function save(token: string, input: Record<string, unknown>) {
  return server.graphql<SavePayload>(SAVE, { input }, { token });
}

describe('saveSearch and savedSearches', () => {
  let officer: string;
  let buyer: string;
  beforeAll(async () => {
    officer = await server.signIn(OFFICER);
    buyer = await server.signIn(BUYER);
  });

  test('saves the criteria and lists them for their owner only', async () => {
    const response = await save(officer, {
      name: '  Karet Sanggau ',
      q: ' karet ',
      types: ['OFFERING', 'OFFERING', 'REQUEST'],
      filter: { regionCode: '61.03', commodity: 'RUBBER' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.saveSearch.userErrors).toEqual([]);
    const saved = response.data!.saveSearch.savedSearch!;
    expect(saved).toMatchObject({
      name: 'Karet Sanggau',
      q: 'karet',
      types: ['OFFERING', 'REQUEST'],
      regionCode: '61.03',
      commodity: 'RUBBER',
    });
    const stored = await knex()('saved_search').where('id', dbIdOf(saved.id)).first();
    expect(stored).toMatchObject({ user_id: await userIdOf(OFFICER), terms: ['karet'] });

    const mine = await server.graphql<ListPage>(LIST, {}, { token: officer });
    expect(mine.data!.savedSearches.edges.map((edge) => edge.node.id)).toContain(saved.id);
    const theirs = await server.graphql<ListPage>(LIST, {}, { token: buyer });
    expect(theirs.data!.savedSearches.edges.map((edge) => edge.node.id)).not.toContain(saved.id);
    // Nor through node(id).
    const node = await server.graphql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: saved.id },
      { token: buyer },
    );
    expect(node.data!.node).toBeNull();
  });

  test('anonymous callers cannot save or list', async () => {
    const before = await knex()('saved_search').count({ n: '*' }).first();
    const saved = await server.graphql(SAVE, { input: { name: 'x', q: 'sawit' } });
    expect(saved.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const listed = await server.graphql(LIST, {});
    expect(listed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await knex()('saved_search').count({ n: '*' }).first()).toEqual(before);
  });

  test.each([
    ['a blank name', { name: '   ', q: 'sawit' }, 'INVALID', ['input', 'name']],
    ['a name too long', { name: 'x'.repeat(81), q: 'sawit' }, 'INVALID', ['input', 'name']],
    ['a text without words', { name: 'Tanpa kata', q: '?!' }, 'INVALID', ['input', 'q']],
    [
      'a malformed region code',
      { name: 'Kode', q: 'sawit', filter: { regionCode: '61.3' } },
      'INVALID',
      ['input', 'filter', 'regionCode'],
    ],
    [
      'an unknown region',
      { name: 'Kode', q: 'sawit', filter: { regionCode: '99.99' } },
      'INVALID',
      ['input', 'filter', 'regionCode'],
    ],
  ])('%s is refused and nothing is stored', async (_name, input, code, field) => {
    const before = await storedOf(OFFICER);
    const response = await save(officer, input);
    expect(response.errors).toBeUndefined();
    expect(response.data!.saveSearch.savedSearch).toBeNull();
    expect(response.data!.saveSearch.userErrors[0]).toMatchObject({ code, field });
    expect(await storedOf(OFFICER)).toEqual(before);
  });

  test('a name is unique per user (another user may use it)', async () => {
    expect((await save(officer, { name: 'Lada', q: 'lada' })).data!.saveSearch.userErrors).toEqual([]);
    const before = await storedOf(OFFICER);
    const again = await save(officer, { name: 'Lada', q: 'merica' });
    expect(again.data!.saveSearch.userErrors[0].code).toBe('DUPLICATE');
    expect(await storedOf(OFFICER)).toEqual(before);
    expect((await save(buyer, { name: 'Lada', q: 'lada' })).data!.saveSearch.userErrors).toEqual([]);
  });

  test(`at most ${MAX_SAVED_SEARCHES_PER_USER} per user`, async () => {
    const token = await server.signIn('ketua.sambas@demo.mitradesa.id');
    for (let n = 1; n <= MAX_SAVED_SEARCHES_PER_USER; n += 1) {
      expect((await save(token, { name: `Cari ${n}`, q: 'sawit' })).data!.saveSearch.userErrors).toEqual([]);
    }
    const over = await save(token, { name: 'Satu lagi', q: 'sawit' });
    expect(over.data!.saveSearch.userErrors[0].code).toBe('INVALID');
    expect(await storedOf('ketua.sambas@demo.mitradesa.id')).toHaveLength(MAX_SAVED_SEARCHES_PER_USER);

    // Pages, and the same statements for a page of 5 and of 20.
    const small = await server.graphql<ListPage>(LIST, { first: 5 }, { token });
    const large = await server.graphql<ListPage>(LIST, { first: 20 }, { token });
    expect(small.data!.savedSearches.edges).toHaveLength(5);
    expect(small.data!.savedSearches.pageInfo.hasNextPage).toBe(true);
    expect(large.data!.savedSearches.edges).toHaveLength(20);
    expect(large.data!.savedSearches.totalCount).toBe(20);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const next = await server.graphql<ListPage>(
      LIST,
      { first: 5, after: small.data!.savedSearches.pageInfo.endCursor },
      { token },
    );
    const ids = (page: ListPage) => page.savedSearches.edges.map((edge) => edge.node.id);
    expect([...ids(small.data!), ...ids(next.data!)]).toEqual(ids(large.data!).slice(0, 10));
  });

  test('deleting: only the owner; others get NOT_FOUND and nothing changes', async () => {
    const saved = (await save(officer, { name: 'Hapus saya', q: 'madu' })).data!.saveSearch.savedSearch!;
    const before = await storedOf(OFFICER);
    const refused = await server.graphql<{
      deleteSavedSearch: { deletedSavedSearchId: string | null; userErrors: { code: string }[] };
    }>(DELETE, { input: { id: saved.id } }, { token: buyer });
    expect(refused.data!.deleteSavedSearch).toEqual({
      deletedSavedSearchId: null,
      userErrors: [{ code: 'NOT_FOUND' }],
    });
    expect(await storedOf(OFFICER)).toEqual(before);

    const deleted = await server.graphql<{
      deleteSavedSearch: { deletedSavedSearchId: string | null; userErrors: unknown[] };
    }>(DELETE, { input: { id: saved.id } }, { token: officer });
    expect(deleted.data!.deleteSavedSearch).toEqual({ deletedSavedSearchId: saved.id, userErrors: [] });
    expect((await storedOf(OFFICER)).map((row) => row.id)).not.toContain(dbIdOf(saved.id));
  });
});

describe('savedSearchesMatching', () => {
  test('a newly published offering matches one saved search and not another', async () => {
    const officerId = await userIdOf(OFFICER);
    const buyerId = await userIdOf(BUYER);
    const insert = async (userId: number, row: Record<string, unknown>) =>
      (
        (await knex()('saved_search')
          .insert({ user_id: userId, types: [], ...row })
          .returning('id')) as { id: number }[]
      )[0].id;
    // Matches: rubber in Kabupaten Sanggau, the words with a typo.
    const rubberSanggau = await insert(officerId, {
      name: 'Karet di Sanggau',
      q: 'karret lembaran',
      terms: ['karret', 'lembaran'],
      types: ['OFFERING'],
      region_code: '61.03',
      commodity: 'RUBBER',
    });
    // Does not match: the same words, but another regency.
    const rubberSambas = await insert(officerId, {
      name: 'Karet di Sambas',
      q: 'karet',
      terms: ['karet'],
      region_code: '61.01',
    });
    // Does not match: other words.
    const pepper = await insert(buyerId, { name: 'Lada di mana saja', q: 'lada', terms: ['lada'] });
    // Does not match: only requests.
    const requestsOnly = await insert(buyerId, {
      name: 'Permintaan karet',
      q: 'karet',
      terms: ['karet'],
      types: ['REQUEST'],
    });

    const cooperative = await knex()('cooperative as c')
      .join('region as v', 'v.code', 'c.village_code')
      .where('c.village_code', 'like', '61.03.%')
      .first('c.id');
    const [offering] = (await knex()('offering')
      .insert({
        cooperative_id: cooperative.id,
        kind: 'SUPPLY',
        title: 'Karet lembaran asap, 5 ton per bulan',
        description: 'Bokar bersih dari kebun anggota.',
        commodity: 'RUBBER',
        status: 'DRAFT',
      })
      .returning('id')) as { id: number }[];
    const em = server.orm.em.fork();
    const item = { type: SearchType.OFFERING, id: offering.id };

    // A draft is not public: nobody is told.
    expect(await savedSearchesMatching(em, item)).toEqual([]);

    await knex()('offering').where('id', offering.id).update({ status: 'PUBLISHED' });
    const matches = await savedSearchesMatching(em, item);
    expect(matches).toContainEqual({
      savedSearchId: rubberSanggau,
      userId: officerId,
      name: 'Karet di Sanggau',
    });
    const matched = matches.map((match) => match.savedSearchId);
    for (const other of [rubberSambas, pepper, requestsOnly]) expect(matched).not.toContain(other);
    // Every match is one whose criteria fit: rubber (or no commodity), offerings (or all types).
    const fits = await knex()('saved_search').whereIn('id', matched).select('commodity', 'types');
    for (const fit of fits) {
      expect([null, 'RUBBER']).toContain(fit.commodity);
      expect(fit.types.length === 0 || fit.types.includes('OFFERING')).toBe(true);
    }
    // The same offering is also what the saved search's criteria find when run as a search.
    const found = await server.graphql<{ search: { edges: { node: { id: string } }[] } }>(
      `query { search(q: "karret lembaran", types: [OFFERING], filter: { regionCode: "61.03", commodity: RUBBER }, first: 100) { edges { node { ... on Offering { id } } } } }`,
    );
    expect(found.data!.search.edges.map((edge) => edge.node.id)).toContain(
      globalIdOf('Offering', offering.id),
    );
  });

  test('one SQL statement, whatever the number of saved searches', async () => {
    const counted: string[] = [];
    const listener = (query: { sql: string }) => counted.push(query.sql);
    const emKnex = server.orm.em.getKnex();
    emKnex.on('query', listener);
    try {
      const offering = await knex()('offering').where('status', 'PUBLISHED').first('id');
      await savedSearchesMatching(server.orm.em.fork(), { type: SearchType.OFFERING, id: offering.id });
    } finally {
      emKnex.removeListener('query', listener);
    }
    expect(counted.filter((sql) => /saved_search/.test(sql))).toHaveLength(1);
  });
});
