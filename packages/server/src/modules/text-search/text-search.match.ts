import type { Knex } from '@mikro-orm/postgresql';
import { searchTerms } from './text-search.input';
import { MAX_SIMILAR_WORDS, MIN_FUZZY_WORD_LENGTH, WORD_SIMILARITY_THRESHOLD } from './text-search.terms';
import type { SearchType } from './text-search.type';

/**
 * How an object matches text, shared by `search`, the `q` filter of the lists and saved-search
 * matching.
 *
 * Every cooperative, offering, partner, program and request has one row in `search_document`
 * (kept current by database triggers, see migration 20261128083947): its searchable text
 * (`body`, lower case, and `tsv`, its `indonesian` tsvector) made of its own title/name and
 * description, the words of its commodity (Indonesian label, English label, synonyms — so "sawit"
 * finds PALM_OIL_FFB), its owner's name and the names of its places (so "sawit Sanggau" finds
 * palm-oil offerings of cooperatives in Kabupaten Sanggau); its region codes and commodities for
 * the filters; and whether search shows it. Each query word must match the text, either by full
 * text (stemming: "perkebunan" finds "kebun"; GIN index on `tsv`) or by pg_trgm word similarity
 * to one of its words (typos and partial words: "karret" finds "karet"): the query word is compared
 * with the lexicon of all words (`search_word`, trigram index), and documents with a similar word are
 * found through the GIN index on `words`.
 */

/**
 * The words of the lexicon similar to a term (pg_trgm word similarity at least
 * WORD_SIMILARITY_THRESHOLD, through the trigram index of `search_word`), the most similar first,
 * at most MAX_SIMILAR_WORDS; a term shorter than MIN_FUZZY_WORD_LENGTH has only itself, when the
 * lexicon holds it. `term` is SQL for the term (a column); `extra` adds columns to the rows (e.g.
 * the similarity).
 */
function similarWordsSql(term: string, extra = ''): string {
  return `(select w.word${extra} from search_word w
      where length(${term}) >= ${MIN_FUZZY_WORD_LENGTH} and ${term} <% w.word
      order by word_similarity(${term}, w.word) desc, similarity(${term}, w.word) desc, w.word
      limit ${MAX_SIMILAR_WORDS})
    union all
    (select w.word${extra} from search_word w where length(${term}) < ${MIN_FUZZY_WORD_LENGTH} and w.word = ${term})`;
}

/** What search knows about one query word before its main statement. */
export interface TermLookup {
  /** The similar words of the lexicon, most similar first. */
  words: string[];
  /** Their word similarity to the term (1 for the term itself), in the same order. */
  similarities: number[];
  /**
   * Estimated share of all documents that contain one of the words, from the planner's
   * statistics of `search_document.words` (ANALYZE); 0 when the words are not among its most
   * common elements (a rare word) or the table was never analyzed.
   */
  share: number;
}

/** The lookup of every term, and the estimated share of the documents of the asked types. */
export interface SearchLookup {
  terms: TermLookup[];
  typeShare: number;
}

/** SQL and bindings of lookUpTerms (also explained by the plan tests). */
export function lookUpTermsStatement(
  terms: string[],
  types: SearchType[],
): { sql: string; bindings: string[][] } {
  return {
    sql: `with stats as (
        select s.attname, s.most_common_elems::text::text[] as elems, s.most_common_elem_freqs as elem_freqs,
          s.most_common_vals::text::text[] as vals, s.most_common_freqs as val_freqs
        from pg_stats s
        where s.schemaname = current_schema() and s.tablename = 'search_document' and s.attname in ('words', 'type')
      ), common_words as (
        select m.word, m.share from stats, unnest(stats.elems, stats.elem_freqs) as m(word, share)
        where stats.attname = 'words' and m.word is not null
      )
      select lookup.words, lookup.similarities,
        least(1, coalesce((select sum(c.share) from common_words c where c.word = any(lookup.words)), 0)) as share,
        coalesce((select sum(m.share) from stats, unnest(stats.vals, stats.val_freqs) as m(type, share)
          where stats.attname = 'type' and m.type = any(?::text[])), 0) as type_share
      from unnest(?::text[]) with ordinality as t(term, n),
      lateral (
        select coalesce(array_agg(x.word order by x.similarity desc, x.closeness desc, x.word), '{}') as words,
          coalesce(array_agg(x.similarity order by x.similarity desc, x.closeness desc, x.word), '{}') as similarities
        from (${similarWordsSql('t.term', ', word_similarity(t.term, w.word) as similarity, similarity(t.term, w.word) as closeness')}) x
      ) lookup
      order by t.n`,
    bindings: [types, terms],
  };
}

/**
 * For each term its similar words and how common they are, and the share of the asked types, in
 * one statement. A search looks them up first, so its main statement gets the words as values
 * (the planner then knows them, and each lookup runs once) and can choose how to gather its
 * candidates (see search.reads.ts).
 */
export async function lookUpTerms(knex: Knex, terms: string[], types: SearchType[]): Promise<SearchLookup> {
  const statement = lookUpTermsStatement(terms, types);
  const result = await knex.raw(statement.sql, statement.bindings);
  const rows = result.rows as {
    words: string[];
    similarities: number[];
    share: number;
    type_share: number;
  }[];
  return {
    terms: rows.map((row) => ({
      words: row.words,
      similarities: row.similarities.map(Number),
      share: Number(row.share),
    })),
    typeShare: rows.length ? Number(rows[0].type_share) : 0,
  };
}

/** SQL and bindings of the similar words of term `index`: looked up before, or a subquery. */
function similarTo(term: string, index: number, lookup: SearchLookup | null) {
  return lookup
    ? { sql: '?::text[]', bindings: [lookup.terms[index].words] }
    : {
        sql: `array(select s.word from (select ?::text as term) q, lateral (${similarWordsSql('q.term')}) s)`,
        bindings: [term],
      };
}

type Bindings = (string | string[])[];

/** SQL: term `term` (SQL) matches document `d` by stemmed full text. */
const fullTextMatch = (term: string, d: string) => `${d}.tsv @@ plainto_tsquery('indonesian', ${term})`;

/**
 * The text rule, one term: `term` (SQL) matches document `d` by stemmed full text, or `similarWord`
 * (SQL) holds: the document has a word similar to the term.
 */
const termMatch = (term: string, d: string, similarWord: string) =>
  `(${fullTextMatch(term, d)} or ${similarWord})`;

/** Each term's text rule for document `d` (see termMatch), with its bindings. */
function termMatches(terms: string[], lookup: SearchLookup | null, d: string) {
  return terms.map((term, index) => {
    const words = similarTo(term, index, lookup);
    return {
      sql: termMatch('?', d, `${d}.words && ${words.sql}`),
      bindings: [term, ...words.bindings],
    };
  });
}

/**
 * SQL and bindings: every term matches the document aliased `d`, by stemmed full text (GIN on
 * `tsv`) or because the document has a word similar to it (GIN on `words`). `lookup` holds the
 * similar words of each term (see lookUpTerms); without it they are looked up in the statement.
 */
export function allTermsMatch(
  terms: string[],
  lookup: SearchLookup | null,
  d = 'd',
): { sql: string; bindings: Bindings } {
  const parts = termMatches(terms, lookup, d);
  return {
    sql: parts.map((part) => part.sql).join(' and '),
    bindings: parts.flatMap((part) => part.bindings),
  };
}

/**
 * SQL and bindings: at least `least` of the terms match document `d` (each by the same rule as in
 * allTermsMatch). A document matching `least` of n terms matches at least one of any n − least + 1
 * of them, so the candidates are gathered from the text indexes by the rarest n − least + 1 terms
 * (the lookup's shares), and the count then keeps those with enough terms. Gathering by every term
 * instead read all documents of a common word ("sawit Sanggau qxzvwy": 0.4–1.5 s at national size).
 */
export function enoughTermsMatch(
  terms: string[],
  lookup: SearchLookup,
  least: number,
  d = 'd',
): { sql: string; bindings: (Bindings[number] | number)[] } {
  if (least >= terms.length) return allTermsMatch(terms, lookup, d);
  const parts = termMatches(terms, lookup, d);
  const rarest = parts
    .map((part, index) => ({ part, share: lookup.terms[index].share }))
    .sort((a, b) => a.share - b.share)
    .slice(0, terms.length - least + 1)
    .map(({ part }) => part);
  return {
    sql: `(${rarest.map((part) => part.sql).join(' or ')}) and (${parts
      .map((part) => `(case when ${part.sql} then 1 else 0 end)`)
      .join(' + ')}) >= ?`,
    bindings: [...rarest.flatMap((part) => part.bindings), ...parts.flatMap((part) => part.bindings), least],
  };
}

/**
 * SQL and bindings: the relevance of document `d` for the terms. Per word: 1 for a full-text
 * (stemmed) match, plus the word similarity of its most similar word in the document (1 for the
 * exact word); plus the similarity of the whole query to the object's name, so an object named
 * like the query comes first. The similar words come most similar first, so the first one the
 * document has gives the word's similarity (a CASE, not a subquery per document).
 */
export function relevance(
  q: string,
  terms: string[],
  lookup: SearchLookup,
  d = 'd',
): { sql: string; bindings: Bindings } {
  const parts = terms.map((term, index) => {
    const { words, similarities } = lookup.terms[index];
    const best = words.length
      ? `case ${words.map(() => `when ${d}.words @> array[?::text] then ?::real`).join(' ')} else 0 end`
      : '0';
    return {
      sql: `(case when ${fullTextMatch('?', d)} then 1 else 0 end + ${best})`,
      bindings: [term, ...words.flatMap((word, k) => [word, String(similarities[k])])],
    };
  });
  return {
    sql: `(${parts.map((part) => part.sql).join(' + ')} + similarity(lower(${d}.name), ?))`,
    bindings: [...parts.flatMap((part) => part.bindings), q.toLowerCase()],
  };
}

/** The regions strictly around a code: "61.03.05" → ["61", "61.03"]. */
export function enclosingRegions(code: string): string[] {
  const parts = code.split('.');
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('.'));
}

/**
 * The region rule: document `d` lies in or serves the region `code` (SQL of a code, any level): it
 * is located in or delivers to/covers a place inside the region (or the region itself), or it
 * serves a wider region around it (a regency-wide request or coverage concerns each of its
 * villages; a program without coverage, everywhere). `aroundOrEverywhere` is SQL of the text[] of
 * the regions strictly around the code, and '*'.
 */
const regionMatch = (code: string, aroundOrEverywhere: string, d: string) =>
  `(${d}.places @> array[${code}]::text[] or ${d}.areas && ${aroundOrEverywhere})`;

/** SQL and bindings: document `d` lies in or serves the region `code` (the region rule). */
export function inRegion(code: string, d = 'd'): { sql: string; bindings: string[] } {
  const around = [...enclosingRegions(code), '*'];
  return {
    sql: regionMatch('?', `array[${around.map(() => '?').join(', ')}]::text[]`, d),
    bindings: [code, ...around],
  };
}

/** SQL: document `d` is about the commodity `commodity` (SQL). */
const commodityMatch = (commodity: string, d: string) => `${d}.commodities @> array[${commodity}]::text[]`;

/** SQL and bindings: document `d` is about the commodity. */
export function hasCommodity(commodity: string, d = 'd'): { sql: string; bindings: string[] } {
  return { sql: commodityMatch('?', d), bindings: [commodity] };
}

/**
 * The same rules with the criteria in columns, for matching one document against many stored
 * searches (saved searches) in one statement. The arguments are SQL: `terms` a text[] of query
 * words, `regionCode` a region code, `commodity` a commodity. A term's similar words are the
 * document's own words at WORD_SIMILARITY_THRESHOLD or above (one document: no lexicon lookup), and
 * a term shorter than MIN_FUZZY_WORD_LENGTH only itself, as in search.
 */
export const storedCriteriaMatch = {
  /** Every word of `terms` matches document `d`. */
  allTerms: (terms: string, d = 'd'): { sql: string; bindings: number[] } => ({
    sql: `not exists (select 1 from unnest(${terms}) t where not ${termMatch(
      't',
      d,
      `exists (select 1 from unnest(${d}.words) x
        where x = t or (length(t) >= ${MIN_FUZZY_WORD_LENGTH} and word_similarity(t, x) >= ?))`,
    )})`,
    bindings: [WORD_SIMILARITY_THRESHOLD],
  }),
  /** Document `d` lies in or serves the region `regionCode` (its regions around by search_region_path). */
  inRegion: (regionCode: string, d = 'd'): string => {
    const path = `search_region_path(${regionCode}::text)`;
    return regionMatch(`${regionCode}::text`, `((${path})[1:cardinality(${path}) - 1] || '{*}'::text[])`, d);
  },
  /** Document `d` is about `commodity`. */
  hasCommodity: (commodity: string, d = 'd'): string => commodityMatch(commodity, d),
};

/** Limits a list query to rows (id column `idColumn`) whose document matches every term. */
export function whereMatches(
  knex: Knex,
  qb: Knex.QueryBuilder,
  type: SearchType,
  idColumn: string,
  terms: string[],
): Knex.QueryBuilder {
  const match = allTermsMatch(terms, null);
  return qb.whereIn(
    idColumn,
    knex
      .select('d.id')
      .from('search_document as d')
      .where('d.type', type)
      .whereRaw(match.sql, match.bindings),
  );
}

/** The `q` filter of a list: BAD_USER_INPUT for a bad text, otherwise every word must match. */
export function whereText(
  knex: Knex,
  qb: Knex.QueryBuilder,
  type: SearchType,
  idColumn: string,
  q: string | null | undefined,
): Knex.QueryBuilder {
  if (q == null) return qb;
  return whereMatches(knex, qb, type, idColumn, searchTerms(q, 'filter.q'));
}
