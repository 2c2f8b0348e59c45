import type { Knex } from '@mikro-orm/postgresql';
import { COMMODITY_WORDS } from './search.terms';
import { searchTerms } from './search.input';

/**
 * How a row matches text, shared by the `search` query and the `q` filter of the lists.
 *
 * Every row has a searchable text ("document"): its own title/name and description, the words of
 * its commodity (Indonesian label, English label, synonyms — so "sawit" finds PALM_OIL_FFB), and
 * the names of the places it belongs to (village, district, regency of a cooperative; so
 * "sawit Sanggau" finds palm-oil offerings of cooperatives in Kabupaten Sanggau). Each query word
 * must match the document, either by PostgreSQL full text with the `indonesian` configuration
 * (stemming: "perkebunan" finds "kebun") or by pg_trgm word similarity (typos and partial words:
 * "karret" finds "karet").
 */

/** pg_trgm word similarity at or above which a word counts as found (a little below pg_trgm’s default 0.6 for `<%`, so "mandri" still finds "Mandiri"). */
export const WORD_SIMILARITY_THRESHOLD = 0.5;

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** SQL: the words of the commodity in column `column` (empty when null). */
export function commodityWordsSql(column: string): string {
  const cases = COMMODITY_WORDS.map(([code, words]) => `when ${quote(code)} then ${quote(words)}`).join(' ');
  return `(case ${column} ${cases} else '' end)`;
}

/** SQL: village, district and regency names of a village code column. */
export function placeNamesSql(villageCodeColumn: string): string {
  return `coalesce((select v.name || ' ' || coalesce(d.name, '') || ' ' || coalesce(r.name, '')
    from region v left join region d on d.code = v.parent_code left join region r on r.code = d.parent_code
    where v.code = ${villageCodeColumn}), '')`;
}

/** SQL: the name of a region and of its parents (a regency, district or village code column). */
function regionNamesSql(regionCodeColumn: string): string {
  return `coalesce((select string_agg(x.name, ' ') from region x
    where ${regionCodeColumn} = x.code or ${regionCodeColumn} like x.code || '.%'), '')`;
}

/** The searchable text of each kind of row, as SQL over its table alias. */
export const DOCUMENT_SQL = {
  cooperative: (c: string) => `(${c}.name || ' ' || ${placeNamesSql(`${c}.village_code`)})`,
  offering: (o: string) =>
    `(${o}.title || ' ' || ${o}.description || ' ' || ${commodityWordsSql(`${o}.commodity`)} || ' ' ||
      coalesce((select sc.name || ' ' || ${placeNamesSql('sc.village_code')} from cooperative sc
        where sc.id = ${o}.cooperative_id), ''))`,
  partner: (p: string) =>
    `(${p}.name || ' ' || ${p}.description || ' ' ||
      coalesce((select string_agg(${commodityWordsSql('pcx')}, ' ') from unnest(${p}.commodities) pcx), ''))`,
  program: (g: string) =>
    `(${g}.name || ' ' || ${g}.description || ' ' || ${commodityWordsSql(`${g}.commodity`)} || ' ' ||
      coalesce((select sp.name from partner sp where sp.id = ${g}.partner_id), ''))`,
  request: (q: string) =>
    `(${q}.title || ' ' || ${q}.description || ' ' || ${commodityWordsSql(`${q}.commodity`)} || ' ' ||
      coalesce((select sp.name from partner sp where sp.id = ${q}.partner_id), '') || ' ' ||
      ${regionNamesSql(`${q}.delivery_region_code`)})`,
} as const;

/** SQL and bindings: every term matches `body` (with its tsvector `tsv`). */
export function allTermsMatch(
  body: string,
  tsv: string,
  terms: string[],
): { sql: string; bindings: string[] } {
  const sql = terms
    .map(
      () =>
        `(${tsv} @@ plainto_tsquery('indonesian', ?) or word_similarity(?, ${body}) >= ${WORD_SIMILARITY_THRESHOLD})`,
    )
    .join(' and ');
  return { sql, bindings: terms.flatMap((term) => [term, term]) };
}

/**
 * SQL and bindings: the relevance of `body` for the terms. Per word: 1 for a full-text (stemmed)
 * match, plus its trigram word similarity (1 for the exact word); plus the similarity of the whole
 * query to the row's name, so a row named like the query comes first.
 */
export function relevance(
  body: string,
  tsv: string,
  name: string,
  q: string,
  terms: string[],
): { sql: string; bindings: string[] } {
  const parts = terms.map(
    () =>
      `(case when ${tsv} @@ plainto_tsquery('indonesian', ?) then 1 else 0 end + word_similarity(?, ${body}))`,
  );
  return {
    sql: `(${parts.join(' + ')} + similarity(lower(${name}), ?))`,
    bindings: [...terms.flatMap((term) => [term, term]), q.toLowerCase()],
  };
}

/** Limits a list query to rows whose document (built over `alias`) matches every term. */
export function whereMatches(
  knex: Knex,
  qb: Knex.QueryBuilder,
  document: (alias: string) => string,
  alias: string,
  terms: string[],
): Knex.QueryBuilder {
  const match = allTermsMatch('m.body', "to_tsvector('indonesian', m.body)", terms);
  return qb.whereExists(
    knex
      .select(knex.raw('1'))
      .from(knex.raw(`(select lower(${document(alias)}) as body) as m`))
      .whereRaw(match.sql, match.bindings),
  );
}

/** The `q` filter of a list: BAD_USER_INPUT for a bad text, otherwise every word must match. */
export function whereText(
  knex: Knex,
  qb: Knex.QueryBuilder,
  document: (alias: string) => string,
  alias: string,
  q: string | null | undefined,
): Knex.QueryBuilder {
  if (q == null) return qb;
  return whereMatches(knex, qb, document, alias, searchTerms(q, 'filter.q'));
}
