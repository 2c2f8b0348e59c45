import type { Knex } from '@mikro-orm/postgresql';
import { searchTerms } from './search.input';
import type { SearchType } from './search.type';

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
 * For each term, the words of any document similar to it (pg_trgm word similarity at least
 * WORD_SIMILARITY_THRESHOLD, through the trigram index of `search_word`), in one statement. A
 * search looks them up first, so its main statement gets them as values (the planner then knows
 * them, and each lookup runs once).
 */
export async function similarWords(knex: Knex, terms: string[]): Promise<string[][]> {
  const result = await knex.raw(
    `select array(select w.word from search_word w where t.term <% w.word) as words
      from unnest(?::text[]) with ordinality as t(term, n) order by t.n`,
    [terms],
  );
  return (result.rows as { words: string[] }[]).map((row) => row.words);
}

/** SQL and bindings of the similar words of term `index`: looked up before, or a subquery. */
function similarTo(term: string, index: number, similar: string[][] | null) {
  return similar
    ? { sql: '?::text[]', bindings: [similar[index]] }
    : { sql: 'array(select w.word from search_word w where ? <% w.word)', bindings: [term] };
}

type Bindings = (string | string[])[];

/**
 * SQL and bindings: every term matches the document aliased `d`, by stemmed full text (GIN on
 * `tsv`) or because the document has a word similar to it (GIN on `words`). `similar` holds the
 * similar words of each term (see similarWords); without it they are looked up in the statement.
 */
export function allTermsMatch(
  terms: string[],
  similar: string[][] | null,
  d = 'd',
): { sql: string; bindings: Bindings } {
  const parts = terms.map((term, index) => {
    const words = similarTo(term, index, similar);
    return {
      sql: `(${d}.tsv @@ plainto_tsquery('indonesian', ?) or ${d}.words && ${words.sql})`,
      bindings: [term, ...words.bindings],
    };
  });
  return {
    sql: parts.map((part) => part.sql).join(' and '),
    bindings: parts.flatMap((part) => part.bindings),
  };
}

/**
 * SQL and bindings: the relevance of document `d` for the terms. Per word: 1 for a full-text
 * (stemmed) match, plus the trigram word similarity of its most similar word in the document (1
 * for the exact word); plus the similarity of the whole query to the object's name, so an object
 * named like the query comes first.
 */
export function relevance(
  q: string,
  terms: string[],
  similar: string[][],
  d = 'd',
): { sql: string; bindings: Bindings } {
  const parts = terms.map((term, index) => ({
    sql: `(case when ${d}.tsv @@ plainto_tsquery('indonesian', ?) then 1 else 0 end
        + case when ${d}.words @> array[?] then 1
            else coalesce((select max(word_similarity(?, x)) from unnest(${d}.words) x where x = any(?::text[])), 0) end)`,
    bindings: [term, term, term, similar[index]],
  }));
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
 * SQL and bindings: document `d` lies in or serves the region `code` (any level): it is located
 * in or delivers to/covers a place inside the region (or the region itself), or it serves a wider
 * region around it (a regency-wide request or coverage concerns each of its villages; a program
 * without coverage, everywhere).
 */
export function inRegion(code: string, d = 'd'): { sql: string; bindings: string[] } {
  const around = [...enclosingRegions(code), '*'];
  return {
    sql: `(${d}.places @> array[?]::text[] or ${d}.areas && array[${around.map(() => '?').join(', ')}]::text[])`,
    bindings: [code, ...around],
  };
}

/** SQL and bindings: document `d` is about the commodity. */
export function hasCommodity(commodity: string, d = 'd'): { sql: string; bindings: string[] } {
  return { sql: `${d}.commodities @> array[?]::text[]`, bindings: [commodity] };
}

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
