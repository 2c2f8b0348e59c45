import { COMMODITY_LABELS, Commodity } from '../commodity/commodity';

/** Longest accepted query, in characters after trimming. */
export const MAX_QUERY_LENGTH = 200;
/** More words than this add little and make the statement longer; the rest are ignored. */
export const MAX_QUERY_TERMS = 8;

/**
 * Words people use for a commodity besides its label ("kelapa sawit", "TBS", "CPO"). They are
 * added to the searchable text of every row with that commodity, so "sawit" finds PALM_OIL_FFB.
 */
const COMMODITY_SYNONYMS: Partial<Record<Commodity, string>> = {
  [Commodity.PALM_OIL_FFB]: 'kelapa sawit TBS',
  [Commodity.CRUDE_PALM_OIL]: 'CPO kelapa sawit',
  [Commodity.RUBBER]: 'getah lateks bokar',
  [Commodity.PEPPER]: 'merica sahang',
  [Commodity.PADDY_RICE]: 'padi beras gabah',
  [Commodity.CASSAVA]: 'ubi kayu',
  [Commodity.FISH]: 'perikanan',
  [Commodity.EGGS]: 'telur ayam',
  [Commodity.POULTRY]: 'ayam itik bebek',
  [Commodity.STAPLE_GOODS]: 'sembilan bahan pokok',
};

/** Each commodity with the words that find it (Indonesian label, English label, synonyms). */
export const COMMODITY_WORDS: ReadonlyArray<readonly [Commodity, string]> = Object.values(Commodity).map(
  (commodity) => {
    const label = COMMODITY_LABELS[commodity];
    const words = [label.id, label.en, COMMODITY_SYNONYMS[commodity] ?? ''].join(' ');
    return [commodity, words.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()] as const;
  },
);

/**
 * SQL that makes the database's copy of COMMODITY_WORDS, the function `search_commodity_words(commodity)`
 * the search documents are built with, equal to it, and rebuilds the search documents of the
 * commodities whose words it changes (none when the copy already agrees). COMMODITY_WORDS is the one
 * source: a migration runs this statement (see migration 20261205020500), and test/search.spec.ts
 * fails while the database's copy differs, so a change of synonyms ships as a migration of one line
 * calling this. A function rather than a table keeps the triggers that build the documents as they are.
 */
export function commodityWordsRefreshSql(): string {
  const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const pairs = COMMODITY_WORDS.map(([commodity, words]) => `(${literal(commodity)}, ${literal(words)})`);
  const whens = COMMODITY_WORDS.map(
    ([commodity, words]) => `when ${literal(commodity)} then ${literal(words)}`,
  ).join('\n        ');
  return `do $refresh$
declare
  changed text[];
begin
  select coalesce(array_agg(w.commodity), '{}') into changed
    from (values ${pairs.join(', ')}) as w(commodity, words)
   where search_commodity_words(w.commodity) is distinct from w.words;
  create or replace function search_commodity_words(commodity text) returns text
    language sql immutable parallel safe as $$
      select case commodity
        ${whens}
        else '' end
    $$;
  perform search_document_refresh(d.type, array_agg(d.id))
     from search_document d
    where d.commodities && changed
    group by d.type;
end
$refresh$;`;
}

/** The words of a query: lower case letters and digits, duplicates and extra words dropped. */
export function queryTerms(q: string): string[] {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_QUERY_TERMS);
}

/**
 * pg_trgm word similarity at or above which a word counts as found (a little below pg_trgm’s
 * default 0.6, so "mandri" still finds "Mandiri"). Every database connection sets it as
 * `pg_trgm.word_similarity_threshold` (see db/mikro-orm.config.ts), which the `<%` operator and
 * its trigram index use.
 */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

/**
 * At most this many words of the lexicon count as similar to a query word, the most similar
 * first. A short or common beginning ("a", "bank") is word-similar to hundreds of words ("banjar",
 * "bantul"…); matching all of them would cost more and find little that is useful.
 */
export const MAX_SIMILAR_WORDS = 20;

/**
 * Search counts its matches exactly up to this number; beyond it `totalCount` says this number,
 * `isTotalCountCapped` is true and pages end around it (only this many candidates are ranked).
 */
export const SEARCH_COUNT_CAP = 1000;

/** The cap as people read it: "1,000". */
export const SEARCH_COUNT_CAP_TEXT = SEARCH_COUNT_CAP.toLocaleString('en');
