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

/** A single-quoted SQL literal. */
const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * SQL that makes the database's copy of COMMODITY_WORDS, the function `search_commodity_words(commodity)`
 * the search documents are built with, equal to it, and rebuilds the search documents of the
 * commodities whose words it changes (none when the copy already agrees). COMMODITY_WORDS is the one
 * source: a migration runs this statement (see migration 20261205020500), and test/search.spec.ts
 * fails while the database's copy differs, so a change of synonyms ships as a migration of one line
 * calling this. A function rather than a table keeps the triggers that build the documents as they are.
 */
export function commodityWordsRefreshSql(): string {
  const pairs = COMMODITY_WORDS.map(([commodity, words]) => `(${sqlText(commodity)}, ${sqlText(words)})`);
  const whens = COMMODITY_WORDS.map(
    ([commodity, words]) => `when ${sqlText(commodity)} then ${sqlText(words)}`,
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

/**
 * The everyday names of each standard business unit type (by `BusinessUnitType` value), added to
 * its cooperative's searchable text, so "simpan pinjam Sanggau", "USP", "kios pupuk" or "apotek
 * desa" find the cooperatives that run one. test/search.spec.ts checks every type has its words.
 */
export const UNIT_TYPE_WORDS: Readonly<Record<string, string>> = {
  COOPERATIVE_OFFICE: 'kantor koperasi cooperative office',
  GROCERY_KIOSK: 'gerai sembako toko kios sembako grocery kiosk',
  SAVINGS_AND_LOAN: 'unit simpan pinjam usp ksp savings and loan',
  VILLAGE_CLINIC: 'klinik desa klinik kesehatan village clinic',
  VILLAGE_PHARMACY: 'apotek desa apotek obat village pharmacy',
  WAREHOUSE_COLD_STORAGE: 'pergudangan gudang cold storage warehouse',
  LOGISTICS: 'logistik angkutan logistics',
  LPG_OUTLET: 'pangkalan elpiji lpg gas outlet',
  FERTILISER_RETAIL: 'kios pupuk bersubsidi pupuk subsidi fertiliser retail',
  BULOG_AGENCY: 'agen bulog beras minyak goreng rpk rumah pangan kita',
  BANK_AGENT: 'agen bank brilink laku pandai bank agent',
  POST_AGENT: 'agen pos post agent',
  OTHER: '',
};

/**
 * Abbreviations people type, with what they stand for. A document with either form gets the other
 * added to its searchable text (search_synonym_words), so "KUR" finds "Kredit Usaha Rakyat" and
 * the other way round, in search, the lists' `q` filters and saved searches alike.
 */
export const ABBREVIATIONS: ReadonlyArray<readonly [abbreviation: string, meaning: string]> = [
  ['kur', 'kredit usaha rakyat'],
  ['tbs', 'tandan buah segar'],
  ['rpk', 'rumah pangan kita'],
  ['usp', 'unit simpan pinjam'],
  ['ksp', 'koperasi simpan pinjam'],
  ['bumdes', 'badan usaha milik desa'],
  ['pks', 'pabrik kelapa sawit'],
];

/** A regular expression (PostgreSQL's) for the words of `phrase` in order, as whole words. */
const wholeWordsPattern = (phrase: string) => `\\m${phrase.split(' ').join('[^[:alnum:]]+')}\\M`;

/**
 * SQL that defines, from UNIT_TYPE_WORDS and ABBREVIATIONS (the one source), the functions the
 * search documents take their added words from: `search_unit_words(type)` and
 * `search_synonym_words(body)`, then rebuilds every document. A migration runs it; a later change
 * of these words ships as another migration running it again (test/search.spec.ts fails while the
 * database's copy differs).
 */
export function searchWordsRefreshSql(): string {
  const units = Object.entries(UNIT_TYPE_WORDS)
    .map(([type, words]) => `when ${sqlText(type)} then ${sqlText(words)}`)
    .join('\n        ');
  const synonyms = ABBREVIATIONS.flatMap(([short, long]) => [
    `case when body ~ ${sqlText(wholeWordsPattern(short))} then ${sqlText(` ${long}`)} else '' end`,
    `case when body ~ ${sqlText(wholeWordsPattern(long))} then ${sqlText(` ${short}`)} else '' end`,
  ]).join('\n        || ');
  return `create or replace function search_unit_words(unit_type text) returns text
    language sql immutable parallel safe as $$
      select case unit_type
        ${units}
        else '' end
    $$;
  create or replace function search_synonym_words(body text) returns text
    language sql immutable parallel safe as $$
      select ''
        || ${synonyms}
    $$;
  select search_document_rebuild(t) from unnest(array['COOPERATIVE', 'OFFERING', 'PARTNER', 'PROGRAM', 'REQUEST']) t;`;
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
 * A query word shorter than this is matched as written (or by its stem), never as a typo of a
 * longer word: "KUR" is an abbreviation, and pg_trgm finds "kurang", "kurma"… word-similar to it.
 */
export const MIN_FUZZY_WORD_LENGTH = 4;

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
