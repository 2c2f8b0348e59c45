import type { Context } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageInfo, type ConnectionArgs } from '../../graphql/relay';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { offeringById } from '../offering/offering.reads';
import { OfferingStatus } from '../offering/offering.entity';
import { partnerById } from '../partner/partner.reads';
import { programById } from '../program/program.reads';
import { ProgramStatus } from '../program/program.entity';
import { requestById } from '../request/partner-request.reads';
import { PartnerRequestStatus } from '../request/partner-request.entity';
import { allTermsMatch, DOCUMENT_SQL, relevance } from './search.match';
import { SearchType, type SearchConnection, type SearchNode } from './search.type';

/**
 * The searchable rows of each type: only what everyone may see (published offerings, active
 * programs, open requests; cooperatives and partners are public profiles), so drafts and private
 * rows never reach the results whoever asks.
 */
const SOURCES: Record<SearchType, { sql: string; bindings: string[] }> = {
  [SearchType.COOPERATIVE]: {
    sql: `select 'COOPERATIVE' as type, c.id, c.name, ${DOCUMENT_SQL.cooperative('c')} as body from cooperative c`,
    bindings: [],
  },
  [SearchType.OFFERING]: {
    sql: `select 'OFFERING' as type, o.id, o.title as name, ${DOCUMENT_SQL.offering('o')} as body
      from offering o where o.status = ?`,
    bindings: [OfferingStatus.PUBLISHED],
  },
  [SearchType.PARTNER]: {
    sql: `select 'PARTNER' as type, p.id, p.name, ${DOCUMENT_SQL.partner('p')} as body from partner p`,
    bindings: [],
  },
  [SearchType.PROGRAM]: {
    sql: `select 'PROGRAM' as type, g.id, g.name, ${DOCUMENT_SQL.program('g')} as body
      from program g where g.status = ?`,
    bindings: [ProgramStatus.ACTIVE],
  },
  [SearchType.REQUEST]: {
    sql: `select 'REQUEST' as type, q.id, q.title as name, ${DOCUMENT_SQL.request('q')} as body
      from partner_request q where q.status = ?`,
    bindings: [PartnerRequestStatus.OPEN],
  },
};

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
 * Objects of the given types whose text matches every word of `q`, most relevant first. One
 * statement ranks the page; the nodes come through the batched by-id loaders (one statement per
 * type on the page), and `totalCount` costs one more only when asked.
 */
export async function search(
  ctx: Context,
  q: string,
  terms: string[],
  types: SearchType[],
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

  const sources = types.map((type) => SOURCES[type]);
  const union = sources.map((source) => source.sql).join(' union all ');
  const unionBindings = sources.flatMap((source) => source.bindings);
  const match = allTermsMatch('d.body', 'd.tsv', terms);
  const score = relevance('d.body', 'd.tsv', 'd.name', q, terms);
  const matched = `from (select u.type, u.id, u.name, lower(u.body) as body, to_tsvector('indonesian', u.body) as tsv
      from (${union}) u) d where ${match.sql}`;

  const rows =
    limit === 0
      ? []
      : ((
          await ctx.knex.raw(
            `select d.type, d.id, ${score.sql} as score ${matched}
              order by score desc, d.type, d.id offset ? limit ?`,
            [...score.bindings, ...unionBindings, ...match.bindings, offset, limit + 1],
          )
        ).rows as { type: SearchType; id: number; score: number }[]);

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
    totalCount: async () => {
      const result = await ctx.knex.raw(`select count(*) as count ${matched}`, [
        ...unionBindings,
        ...match.bindings,
      ]);
      return Number((result.rows as { count: string }[])[0].count);
    },
  };
}
