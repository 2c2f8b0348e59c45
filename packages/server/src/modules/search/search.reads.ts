import type { Context } from '../../request-context';
import { BadInputError } from '../../shared/domain-error';
import { pageSize, type PageArgs, type PageInfoShape } from '../../shared/paging';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { offeringById } from '../offering/offering.reads';
import { partnerById } from '../partner/partner.reads';
import { programById } from '../program/program.reads';
import { requestById } from '../request/partner-request.reads';
import {
  enoughTermsMatch,
  hasCommodity,
  inRegion,
  lookUpTerms,
  relevance,
  type SearchLookup,
} from '../text-search/text-search.match';
import type { SearchCriteria } from './search.input';
import { SEARCH_COUNT_CAP } from '../text-search/text-search.terms';
import { type SearchConnection, type SearchNode } from './search.type';
import { SearchType } from '../text-search/text-search.type';

const LIST = 'search';

/**
 * Relevance is not a stable sort key (it depends on the query), so the cursor holds an offset
 * into the ranked list rather than key values: pages of the same query are consistent while the
 * data does not change, and deep pages cost a little more than the first. Backward paging is not
 * offered.
 */
function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify([LIST, offset]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed[0] === LIST && Number.isSafeInteger(parsed[1]) && parsed[1] >= 0) {
      return parsed[1] as number;
    }
  } catch {
    // falls through to the error below
  }
  throw new BadInputError(`"${cursor.slice(0, 60)}" is not a valid cursor for search.`, 'after');
}

function loadNode(ctx: Context, type: SearchType, id: number): Promise<SearchNode | null> {
  switch (type) {
    case SearchType.COOPERATIVE:
      return cooperativeById(ctx, id);
    case SearchType.OFFERING:
      return offeringById(ctx, id);
    case SearchType.PARTNER:
      return partnerById(ctx, id);
    case SearchType.PROGRAM:
      return programById(ctx, id);
    case SearchType.REQUEST:
      return requestById(ctx, id);
  }
}

/**
 * SQL and bindings: the public documents (published offerings, active programs, open requests;
 * cooperatives and partners are public profiles — drafts and private rows never reach the results
 * whoever asks) of the criteria's types matching its words (at least `leastWords` of them; all by
 * default) and filters. Uses the GIN indexes of `search_document` (full text, trigrams, region
 * codes, commodities).
 */
export function matchingDocuments(
  criteria: SearchCriteria,
  lookup: SearchLookup,
  d = 'd',
  leastWords = criteria.terms.length,
): { sql: string; bindings: (string | string[] | number)[] } {
  const parts = [
    { sql: `${d}.is_public`, bindings: [] as (string | string[] | number)[] },
    enoughTermsMatch(criteria.terms, lookup, leastWords, d),
  ];
  // All types asked: no condition, which would only steer the planner away from the text indexes.
  if (criteria.types.length < Object.keys(SearchType).length) {
    parts.push({
      sql: `${d}.type in (${criteria.types.map(() => '?').join(', ')})`,
      bindings: criteria.types,
    });
  }
  if (criteria.regionCode) parts.push(inRegion(criteria.regionCode, d));
  if (criteria.commodity) parts.push(hasCommodity(criteria.commodity, d));
  return {
    sql: parts.map((part) => `(${part.sql})`).join(' and '),
    bindings: parts.flatMap((part) => part.bindings),
  };
}

/**
 * When the candidates are taken in the shuffled order of `search_document_shuffled` rather than
 * from the text indexes (shares estimated from the planner's statistics). In that order a scan
 * stops after the first SEARCH_COUNT_CAP + 1 matches; it reads about that number divided by the
 * share of the words' documents, and that divided by the share of the asked types in the index.
 * Words this common would make a bitmap of hundreds of thousands of documents instead (measured
 * at national size: "koperasi" by bitmap 120–190 ms, in shuffled order 10–20 ms; a word in 7 % of
 * the documents the other way round).
 */
const SHUFFLED_ORDER_MIN_WORD_SHARE = 0.2;
const SHUFFLED_ORDER_MIN_SHARE = 0.02;

/**
 * Whether the candidates are best gathered in the shuffled order: the words are common in the
 * asked types, and no region or commodity filter narrows the documents (those have indexes of
 * their own that find few documents fast). Documents matching at least `leastWords` of the words
 * are estimated as those of the `leastWords` commonest words together (any one of them, for one).
 */
function takeInShuffledOrder(criteria: SearchCriteria, lookup: SearchLookup, leastWords: number): boolean {
  if (criteria.regionCode || criteria.commodity) return false;
  const wordShare = lookup.terms
    .map((term) => term.share)
    .sort((a, b) => b - a)
    .slice(0, leastWords)
    .reduce((product, share) => product * share, 1);
  return (
    wordShare >= SHUFFLED_ORDER_MIN_WORD_SHARE && wordShare * lookup.typeShare >= SHUFFLED_ORDER_MIN_SHARE
  );
}

/**
 * Set in the transaction of a search. The planner takes matches to be spread evenly over the
 * table, so for a word in a few percent of the documents it may pick a sequential scan "stopping
 * after the first 1,001". The documents lie in region order, so such a scan can read most of the
 * table, through a small ring buffer that never stays cached (measured at national size: "padi"
 * 320 ms). The indexes answer every search shape; this keeps the planner on them.
 */
export const SEARCH_PLANNER_SETTING = 'set local enable_seqscan = off';

/** A row of the ranked page: the count, and one ranked document (none when the page is empty). */
type RankedRow = { total: string; type: SearchType | null; id: number | null; score: number | null };

/**
 * SQL and bindings of the ranked page: rows `offset`…`offset + limit - 1` of the candidates (the
 * documents matching at least `leastWords` words), most relevant first, each with the count of
 * candidates (at most SEARCH_COUNT_CAP + 1); one row with only the count when the page is empty.
 */
export function rankedPageStatement(
  criteria: SearchCriteria,
  lookup: SearchLookup,
  offset: number,
  limit: number,
  leastWords = criteria.terms.length,
): { sql: string; bindings: (string | string[] | number)[] } {
  const where = matchingDocuments(criteria, lookup, 'd', leastWords);
  const score = relevance(criteria.q, criteria.terms, lookup, 'c');
  const order = takeInShuffledOrder(criteria, lookup, leastWords) ? 'order by hashint4(d.id), d.type' : '';
  return {
    sql: `with candidates as materialized (
        select d.type, d.id, d.name, d.tsv, d.words from search_document d
        where ${where.sql} ${order} limit ?
      ), page as (
        select c.type, c.id, ${score.sql} as score from candidates c
        order by score desc, c.type, c.id offset ? limit ?
      )
      select (select count(*) from candidates) as total, p.type, p.id, p.score
      from (select 1) as one left join page p on true
      order by p.score desc, p.type, p.id`,
    bindings: [...where.bindings, SEARCH_COUNT_CAP + 1, ...score.bindings, offset, limit],
  };
}

/**
 * Objects matching the criteria, most relevant first. One statement looks up the words similar
 * to the query's (and how common they are), one ranks and counts the matches; the nodes come
 * through the batched by-id loaders (one statement per type on the page).
 *
 * Only a bounded candidate set is ranked: the first SEARCH_COUNT_CAP + 1 matching documents, which
 * also give the count up to the cap. A query matching fewer documents (place names, rare words,
 * typos, most filtered searches) is ranked in full; a broader one ("koperasi" matches nearly
 * every document in the nation) is ranked within a spread of its matches, gathered either from
 * the text indexes or, for very common words, in the shuffled order of
 * `search_document_shuffled` (no bitmap of every match, no ranking of every match).
 *
 * When no object matches every word, the objects matching the most words are given instead (one
 * more ranking statement per word fewer), and the connection says so (`matchesEveryWord`): "simpan
 * pinjam Sanggau xyz" then shows what matches three of its four words. Pages after the first
 * come to the same number of words, as the first page's count is taken again.
 */
export async function search(
  ctx: Context,
  criteria: SearchCriteria,
  args: PageArgs,
): Promise<SearchConnection> {
  if (args.last != null || args.before != null) {
    throw new BadInputError('Search pages forward only: use `first` and `after`.', 'last');
  }
  const limit = pageSize('first', args.first);
  const offset = args.after == null ? 0 : decodeCursor(args.after) + 1;

  const wordCount = criteria.terms.length;
  const { rows, wordsMatched } = await ctx.knex.transaction(
    async (trx) => {
      await trx.raw(SEARCH_PLANNER_SETTING);
      const lookup = await lookUpTerms(trx, criteria.terms, criteria.types);
      const ranked = async (leastWords: number) => {
        const page = rankedPageStatement(criteria, lookup, offset, limit + 1, leastWords);
        return (await trx.raw(page.sql, page.bindings)).rows as RankedRow[];
      };
      for (let leastWords = wordCount; leastWords > 1; leastWords -= 1) {
        const page = await ranked(leastWords);
        if (Number(page[0].total) > 0) return { rows: page, wordsMatched: leastWords };
      }
      // One word, or nothing matched with more: the objects matching any word, if any.
      const anyWord = await ranked(1);
      return { rows: anyWord, wordsMatched: Number(anyWord[0].total) > 0 ? 1 : wordCount };
    },
    { readOnly: true },
  );

  const total = Number(rows[0].total);
  const found = rows.filter((row) => row.type !== null) as { type: SearchType; id: number; score: number }[];
  const pageRows = found.slice(0, limit);
  const nodes = await Promise.all(pageRows.map((row) => loadNode(ctx, row.type, row.id)));
  const edges = pageRows.flatMap((row, index) => {
    const node = nodes[index];
    return node ? [{ cursor: encodeCursor(offset + index), node, score: Number(row.score) }] : [];
  });
  const pageInfo: PageInfoShape = {
    hasNextPage: found.length > limit,
    hasPreviousPage: offset > 0,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
  return {
    edges,
    pageInfo,
    totalCount: Math.min(total, SEARCH_COUNT_CAP),
    isTotalCountCapped: total > SEARCH_COUNT_CAP,
    wordCount,
    wordsMatched,
    matchesEveryWord: wordsMatched === wordCount,
  };
}
