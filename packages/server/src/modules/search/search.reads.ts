import type { Context } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageInfo, type ConnectionArgs } from '../../graphql/relay';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { offeringById } from '../offering/offering.reads';
import { partnerById } from '../partner/partner.reads';
import { programById } from '../program/program.reads';
import { requestById } from '../request/partner-request.reads';
import { allTermsMatch, hasCommodity, inRegion, relevance, similarWords } from './search.match';
import type { SearchCriteria } from './search.input';
import { SearchType, type SearchConnection, type SearchNode } from './search.type';

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
  throw badUserInput(`"${cursor.slice(0, 60)}" is not a valid cursor for search.`, 'after');
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
 * whoever asks) of the criteria's types matching its words and filters. Uses the GIN indexes of
 * `search_document` (full text, trigrams, region codes, commodities).
 */
export function matchingDocuments(
  criteria: SearchCriteria,
  similar: string[][],
  d = 'd',
): { sql: string; bindings: (string | string[])[] } {
  const parts = [
    { sql: `${d}.is_public`, bindings: [] as (string | string[])[] },
    allTermsMatch(criteria.terms, similar, d),
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
 * Objects matching the criteria, most relevant first. One statement looks up the words similar
 * to the query's, one ranks and counts the matches; the nodes come through the batched by-id
 * loaders (one statement per type on the page).
 */
export async function search(
  ctx: Context,
  criteria: SearchCriteria,
  args: ConnectionArgs,
): Promise<SearchConnection> {
  if (args.last != null || args.before != null) {
    throw badUserInput('Search pages forward only: use `first` and `after`.', 'last');
  }
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}; got ${limit}.`, 'first');
  }
  const offset = args.after == null ? 0 : decodeCursor(args.after) + 1;

  const similar = await similarWords(ctx.knex, criteria.terms);
  const where = matchingDocuments(criteria, similar);
  const score = relevance(criteria.q, criteria.terms, similar);
  const rows =
    limit === 0
      ? []
      : ((
          await ctx.knex.raw(
            `select d.type, d.id, ${score.sql} as score, count(*) over () as total
              from search_document d where ${where.sql}
              order by score desc, d.type, d.id offset ? limit ?`,
            [...score.bindings, ...where.bindings, offset, limit + 1],
          )
        ).rows as { type: SearchType; id: number; score: number; total: string }[]);

  const pageRows = rows.slice(0, limit);
  const nodes = await Promise.all(pageRows.map((row) => loadNode(ctx, row.type, row.id)));
  const edges = pageRows.flatMap((row, index) => {
    const node = nodes[index];
    return node ? [{ cursor: encodeCursor(offset + index), node, score: Number(row.score) }] : [];
  });
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: rows.length > limit,
    hasPreviousPage: offset > 0,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  });
  return {
    edges,
    pageInfo,
    // Every match is ranked for the page anyway, so the page's statement counts them too; only an
    // empty page (past the end, or `first: 0`) needs a statement of its own.
    totalCount: async () => {
      if (rows.length > 0) return Number(rows[0].total);
      const result = await ctx.knex.raw(
        `select count(*) as count from search_document d where ${where.sql}`,
        where.bindings,
      );
      return Number((result.rows as { count: string }[])[0].count);
    },
  };
}
