import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf } from './support/ids';
import { BusinessUnitType } from '../src/modules/cooperative/cooperative.entity';
import { ABBREVIATIONS, UNIT_TYPE_WORDS } from '../src/modules/text-search/text-search.terms';

/**
 * What search understands beyond the words of a text: the everyday names of business units, the
 * abbreviations people type, exact matching of short words, and the fallback to the objects
 * matching the most words when none matches them all.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();

type SearchType = 'COOPERATIVE' | 'OFFERING' | 'PARTNER' | 'PROGRAM' | 'REQUEST';
const DOCUMENT_TYPE: Record<string, SearchType> = {
  Cooperative: 'COOPERATIVE',
  Offering: 'OFFERING',
  Partner: 'PARTNER',
  Program: 'PROGRAM',
  PartnerRequest: 'REQUEST',
};

interface SearchPage {
  search: {
    totalCount: number;
    matchesEveryWord: boolean;
    wordsMatched: number;
    wordCount: number;
    edges: { node: { __typename: string; id: string } }[];
  };
}

const SEARCH = /* GraphQL */ `
  query Search($q: String!, $types: [SearchType!], $first: Int) {
    search(q: $q, types: $types, first: $first) {
      totalCount
      matchesEveryWord
      wordsMatched
      wordCount
      edges {
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
    }
  }
`;

async function search(q: string, types?: SearchType[], first = 50) {
  const response = await server.graphql<SearchPage>(SEARCH, { q, types, first });
  expect(response.errors).toBeUndefined();
  const page = response.data!.search;
  return {
    ...page,
    hits: page.edges.map(({ node }) => ({ type: DOCUMENT_TYPE[node.__typename]!, id: dbIdOf(node.id) })),
  };
}

/** The cooperatives among `ids` that have a unit of `type`. */
async function withUnit(ids: number[], type: BusinessUnitType): Promise<number[]> {
  const rows = (await knex()
    .distinct('cooperative_id')
    .from('business_unit')
    .where('type', type)
    .whereIn('cooperative_id', ids)) as { cooperative_id: number }[];
  return rows.map((row) => row.cooperative_id);
}

/** A cooperative with a unit of `type`, whose own name and places do not contain `words`. */
async function cooperativeWithUnit(type: BusinessUnitType): Promise<{ id: number; village: string }> {
  const row = (await knex()
    .first('c.id', 'v.name as village')
    .from('cooperative as c')
    .join('region as v', 'v.code', 'c.village_code')
    .whereExists((unit) =>
      unit.select(1).from('business_unit as u').whereRaw('u.cooperative_id = c.id').where('u.type', type),
    )
    // A village name found once: the village narrows the search to this cooperative.
    .whereRaw(
      '(select count(*) from cooperative x where x.village_code in (select code from region r where r.name = v.name)) = 1',
    )
    .orderBy('c.id')) as { id: number; village: string };
  return row;
}

describe('business units by their everyday names', () => {
  test.each([
    ['simpan pinjam', BusinessUnitType.SAVINGS_AND_LOAN],
    ['USP', BusinessUnitType.SAVINGS_AND_LOAN],
    ['kios pupuk', BusinessUnitType.FERTILISER_RETAIL],
    ['apotek desa', BusinessUnitType.VILLAGE_PHARMACY],
    ['pangkalan elpiji', BusinessUnitType.LPG_OUTLET],
  ])('"%s" finds the cooperatives with a %s unit', async (q, type) => {
    const page = await search(q, ['COOPERATIVE']);
    expect(page.matchesEveryWord).toBe(true);
    // The best matches have the unit; a typo-like match of another word ("kios" → "kiosk") may
    // follow them, lower.
    const top = page.hits.slice(0, 10).map((hit) => hit.id);
    expect(top).toHaveLength(10);
    expect(await withUnit(top, type)).toHaveLength(top.length);
    // A cooperative with such a unit, found with the name of its village.
    const { id, village } = await cooperativeWithUnit(type);
    const narrowed = await search(`${q} ${village}`, ['COOPERATIVE']);
    expect(narrowed.matchesEveryWord).toBe(true);
    expect(narrowed.hits.map((hit) => hit.id)).toContain(id);
  });

  test('"simpan pinjam Sanggau": cooperatives in a place called Sanggau with a savings and loan unit', async () => {
    const page = await search('simpan pinjam Sanggau', ['COOPERATIVE']);
    expect(page.matchesEveryWord).toBe(true);
    const top = page.hits.slice(0, 10).map((hit) => hit.id);
    expect(top).toHaveLength(10);
    expect(await withUnit(top, BusinessUnitType.SAVINGS_AND_LOAN)).toHaveLength(top.length);
    // Kabupaten Sanggau, or the district Sanggau Ledo of Kabupaten Bengkayang.
    const places = (await knex()
      .select(knex().raw('search_place_names(c.village_code) as names'))
      .from('cooperative as c')
      .whereIn('c.id', top)) as { names: string }[];
    expect(places.every((place) => /\bsanggau\b/i.test(place.names))).toBe(true);
  });

  test('a unit recorded or removed changes what finds its cooperative', async () => {
    const { id, village } = await cooperativeWithUnit(BusinessUnitType.SAVINGS_AND_LOAN);
    const pharmacy = (await knex()
      .first('id')
      .from('business_unit')
      .where({ cooperative_id: id, type: BusinessUnitType.VILLAGE_PHARMACY })) as { id: number } | undefined;
    if (pharmacy) await knex()('business_unit').where('id', pharmacy.id).delete();
    // The cooperatives matching both words (without the unit, search falls back to either word).
    const found = async () => {
      const page = await search(`apotek ${village}`, ['COOPERATIVE']);
      return page.matchesEveryWord ? page.hits.map((hit) => hit.id) : [];
    };
    expect(await found()).not.toContain(id);
    await knex()('business_unit').insert({
      cooperative_id: id,
      type: BusinessUnitType.VILLAGE_PHARMACY,
      status: 'PLANNED',
      updated_at: new Date(),
    });
    expect(await found()).toContain(id);
    await knex()('business_unit')
      .where({ cooperative_id: id, type: BusinessUnitType.VILLAGE_PHARMACY })
      .delete();
    expect(await found()).not.toContain(id);
  });
});

describe('abbreviations', () => {
  test('"KUR" and "kredit usaha rakyat" find each other', async () => {
    const offerings = (await knex()
      .select('id')
      .from('offering')
      .where('status', 'PUBLISHED')
      .orderBy('id')
      .limit(2)) as { id: number }[];
    const [short, long] = offerings.map((row) => row.id);
    await knex()('offering').where('id', short).update({ title: 'Zetaprobe butuh KUR untuk modal' });
    await knex()('offering').where('id', long).update({ title: 'Zetaprobe kredit usaha rakyat (mikro)' });
    for (const q of ['zetaprobe KUR', 'zetaprobe kredit usaha rakyat', 'Zetaprobe kredit-usaha-rakyat']) {
      const page = await search(q, ['OFFERING']);
      expect(page.matchesEveryWord).toBe(true);
      expect(page.hits.map((hit) => hit.id).sort((a, b) => a - b)).toEqual(
        [short, long].sort((a, b) => a - b),
      );
    }
  });

  test.each(ABBREVIATIONS.map(([short, long]) => ({ short, long })))(
    'the database adds "$long" for "$short" and back',
    async ({ short, long }) => {
      const words = async (body: string) =>
        ((await knex().raw('select search_synonym_words(?) as words', [body])).rows[0] as { words: string })
          .words;
      expect(await words(`butuh ${short} segera`)).toContain(long);
      expect(await words(`program ${long} desa`)).toContain(short);
      // Whole words only: the abbreviation inside another word adds nothing.
      expect(await words(`x${short}x`)).toBe('');
    },
  );
});

test('the unit words of the database match text-search.terms.ts, for every unit type', async () => {
  expect(Object.keys(UNIT_TYPE_WORDS).sort()).toEqual(Object.values(BusinessUnitType).sort());
  const rows = (
    await knex().raw('select t as type, search_unit_words(t) as words from unnest(?::text[]) t', [
      Object.keys(UNIT_TYPE_WORDS),
    ])
  ).rows as { type: string; words: string }[];
  expect(Object.fromEntries(rows.map((row) => [row.type, row.words]))).toEqual(UNIT_TYPE_WORDS);
});

test('a word of three letters or fewer is never matched as a typo: "KUR" finds only documents with "kur"', async () => {
  // "kuri" is word-similar to "kur" (0.75), and a document has it without having "kur".
  const typo = (await knex()
    .first('type', 'id')
    .from('search_document')
    .where('is_public', true)
    .whereRaw(`words @> '{kuri}' and not words @> '{kur}'`)) as { type: SearchType; id: number } | undefined;
  expect(typo).toBeDefined();
  const similarity = (await knex().raw(`select word_similarity('kur', 'kuri') as s`)).rows[0].s as number;
  expect(similarity).toBeGreaterThanOrEqual(0.5);

  const page = await search('KUR', undefined, 100);
  expect(page.totalCount).toBeLessThanOrEqual(100);
  expect(page.hits).not.toContainEqual({ type: typo!.type, id: typo!.id });
  const documents = (await knex()
    .select('type', 'id')
    .from('search_document')
    .where('is_public', true)
    .whereRaw(`(words @> '{kur}' or tsv @@ plainto_tsquery('indonesian', 'kur'))`)) as {
    type: SearchType;
    id: number;
  }[];
  const key = (hit: { type: string; id: number }) => `${hit.type}:${hit.id}`;
  expect(page.hits.map(key).sort()).toEqual(documents.map(key).sort());
  expect(page.totalCount).toBe(documents.length);
});

describe('no object matches every word', () => {
  test('the objects matching the most words are given, and the page says so', async () => {
    const exact = await search('sawit Sanggau');
    expect(exact.matchesEveryWord).toBe(true);
    expect(exact.wordsMatched).toBe(2);
    expect(exact.totalCount).toBeGreaterThan(0);

    const fallback = await search('sawit Sanggau qxzvwy');
    expect(fallback).toMatchObject({ matchesEveryWord: false, wordsMatched: 2, wordCount: 3 });
    // The same objects as the two words that match, in the same order.
    expect(fallback.totalCount).toBe(exact.totalCount);
    expect(fallback.hits).toEqual(exact.hits);
  });

  test('down to a single word', async () => {
    const one = await search('Sanggau', ['COOPERATIVE']);
    const fallback = await search('Sanggau qxzvwy jjwqpz', ['COOPERATIVE']);
    expect(fallback).toMatchObject({ matchesEveryWord: false, wordsMatched: 1, wordCount: 3 });
    expect(fallback.totalCount).toBe(one.totalCount);
  });

  test('nothing matching any word: no results, and no fallback to report', async () => {
    const page = await search('qxzvwy jjwqpz');
    expect(page).toMatchObject({ totalCount: 0, matchesEveryWord: true, wordsMatched: 2, wordCount: 2 });
    expect(page.hits).toEqual([]);
  });

  test('the lists’ q filter stays strict: every word must match', async () => {
    const response = await server.graphql<{ cooperatives: { totalCount: number } }>(
      /* GraphQL */ `
        query ($q: String!) {
          cooperatives(filter: { q: $q }) {
            totalCount
          }
        }
      `,
      { q: 'Sanggau qxzvwy' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.cooperatives.totalCount).toBe(0);
  });
});
