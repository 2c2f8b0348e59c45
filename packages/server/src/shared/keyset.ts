import type { Knex } from '@mikro-orm/postgresql';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  PageInfo,
  type ConnectionArgs,
  type ConnectionShape,
  type Edge,
} from '../graphql/relay';
import { badUserInput } from '../graphql/errors';
import { groupByKey, type Context } from '../graphql/context';

/**
 * Keyset (cursor) pagination: a page is "the next n rows after these sort-key values", so cursors
 * stay valid while rows are added elsewhere and deep pages cost the same as the first.
 */

type KeyKind = 'text' | 'integer' | 'timestamp';

/** One way to order a list; the last column must be unique (the id) so the order is total. */
export interface Ordering {
  /** Goes into the cursor, so a cursor cannot be replayed against another ordering. */
  name: string;
  direction: 'asc' | 'desc';
  /** `sql`: a qualified column; `key`: the name it is selected under in the row. */
  columns: ReadonlyArray<{ sql: string; key: string; kind: KeyKind }>;
}

export interface PageRequest {
  /** Identifies the list (e.g. "cooperatives"); a cursor from another list is refused. */
  list: string;
  ordering: Ordering;
  limit: number;
  /** Paginating with last/before: read in reverse order, then flip the page back. */
  backward: boolean;
  cursorValues: unknown[] | null;
}

type Row = Record<string, unknown>;

/** Validates first/after/last/before and decodes the cursor. Throws BAD_USER_INPUT. */
export function pageRequest(list: string, ordering: Ordering, args: ConnectionArgs): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) {
    throw badUserInput('Use either `first` or `last`, not both.', 'first');
  }
  if ((first != null && before != null) || (last != null && after != null)) {
    throw badUserInput('Pair `first` with `after`, and `last` with `before`.', 'after');
  }
  if (after != null && before != null) {
    throw badUserInput('Use either `after` or `before`, not both.', 'after');
  }
  for (const [field, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(
        `\`${field}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${value}. Fetch more with the \`endCursor\` of this page.`,
        field,
      );
    }
  }
  const backward = last != null || before != null;
  const cursor = backward ? before : after;
  return {
    list,
    ordering,
    limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    backward,
    cursorValues: cursor == null ? null : decodeCursor(cursor, list, ordering),
  };
}

function encodeCursor(list: string, ordering: Ordering, row: Row): string {
  const values = ordering.columns.map(({ key }) => {
    const value = row[key];
    return value instanceof Date ? value.toISOString() : value;
  });
  return Buffer.from(JSON.stringify([list, ordering.name, ...values]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, list: string, ordering: Ordering): unknown[] {
  const invalid = () =>
    badUserInput(`"${cursor.slice(0, 60)}" is not a valid cursor for this list.`, 'after');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== ordering.columns.length + 2) throw invalid();
  const [cursorList, orderingName, ...values] = parsed as unknown[];
  if (cursorList !== list || orderingName !== ordering.name) {
    throw badUserInput(
      'This cursor belongs to another list or ordering; use a cursor from this list with the same `orderBy`.',
      'after',
    );
  }
  ordering.columns.forEach(({ kind }, index) => {
    if (!valueFits(kind, values[index])) throw invalid();
  });
  return values;
}

function valueFits(kind: KeyKind, value: unknown): boolean {
  if (kind === 'integer') return Number.isSafeInteger(value);
  if (kind === 'timestamp') return typeof value === 'string' && !Number.isNaN(Date.parse(value));
  return typeof value === 'string';
}

function readsAscending(page: PageRequest): boolean {
  return (page.ordering.direction === 'asc') !== page.backward;
}

function orderSql(page: PageRequest): string {
  const direction = readsAscending(page) ? 'asc' : 'desc';
  return page.ordering.columns.map(({ sql }) => `${sql} ${direction}`).join(', ');
}

function whereAfterCursor(qb: Knex.QueryBuilder, page: PageRequest): void {
  if (!page.cursorValues) return;
  const columns = page.ordering.columns.map(({ sql }) => sql).join(', ');
  const placeholders = page.ordering.columns.map(() => '?').join(', ');
  const operator = readsAscending(page) ? '>' : '<';
  qb.whereRaw(`(${columns}) ${operator} (${placeholders})`, page.cursorValues as Knex.Value[]);
}

/** Adds the cursor condition, the order and the limit (one extra row tells whether more follow). */
export function applyPage(qb: Knex.QueryBuilder, page: PageRequest): Knex.QueryBuilder {
  whereAfterCursor(qb, page);
  return qb.orderByRaw(orderSql(page)).limit(page.limit + 1);
}

/**
 * The same page for many parents in one statement: ranks rows per parent with a window function
 * and keeps `limit + 1` of each. Rows come back with `__parent` set to the partition key.
 */
export function applyPartitionedPage(
  knex: Knex,
  qb: Knex.QueryBuilder,
  partitionSql: string,
  page: PageRequest,
): Knex.QueryBuilder {
  whereAfterCursor(qb, page);
  qb.select(
    knex.raw(`${partitionSql} as "__parent"`),
    knex.raw(`row_number() over (partition by ${partitionSql} order by ${orderSql(page)}) as "__rank"`),
  );
  return knex
    .select('*')
    .from(qb.as('ranked'))
    .where('__rank', '<=', page.limit + 1)
    .orderBy([{ column: '__parent' }, { column: '__rank' }]);
}

/** Turns the fetched rows (in read order, one extra at most) into edges and page info. */
export function toPage<T>(
  rows: Row[],
  page: PageRequest,
  toNode: (row: Row) => T,
): { edges: Edge<T>[]; pageInfo: PageInfo } {
  const hasMore = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  if (page.backward) pageRows.reverse();
  const edges = pageRows.map((row) => ({
    cursor: encodeCursor(page.list, page.ordering, row),
    node: toNode(row),
  }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: page.backward ? page.cursorValues != null : hasMore,
    hasPreviousPage: page.backward ? hasMore : page.cursorValues != null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  });
  return { edges, pageInfo };
}

/**
 * A root list as a connection. `filtered` builds the list's FROM/WHERE (no columns); it is called
 * once for the page and once more, only if asked, for the total count.
 */
export async function rootConnection<T>(options: {
  list: string;
  ordering: Ordering;
  args: ConnectionArgs;
  filtered: () => Knex.QueryBuilder;
  columns: string[];
  toNode: (row: Row) => T;
}): Promise<ConnectionShape<T>> {
  const page = pageRequest(options.list, options.ordering, options.args);
  const rows: Row[] =
    page.limit === 0 ? [] : await applyPage(options.filtered().select(options.columns), page);
  return {
    ...toPage(rows, page, options.toNode),
    totalCount: async () => {
      const result = (await options.filtered().count({ count: '*' }).first()) as { count: string };
      return Number(result.count);
    },
  };
}

/**
 * A connection nested under a parent (e.g. a cooperative's offerings). All parents that ask for
 * the same filters and page in one request share one batched statement for the page and, when
 * `totalCount` is selected, one for the counts.
 */
export function nestedConnection<T, K extends number | string>(
  ctx: Context,
  options: {
    list: string;
    ordering: Ordering;
    args: ConnectionArgs;
    /** Distinguishes differently filtered uses of the same list (e.g. a status filter). */
    filterKey?: string;
    /** The parent key column, e.g. "o.cooperative_id". */
    parentSql: string;
    filtered: (parents: readonly K[]) => Knex.QueryBuilder;
    columns: string[];
    toNode: (row: Row) => T;
  },
  parent: K,
): Promise<ConnectionShape<T>> {
  const page = pageRequest(options.list, options.ordering, options.args);
  const batchName = `${options.list}:${options.filterKey ?? ''}`;
  const pages = ctx.loaders.get<K, { edges: Edge<T>[]; pageInfo: PageInfo }>(
    `${batchName}:page:${JSON.stringify(options.args)}`,
    async (parents) => {
      const rows: Row[] =
        page.limit === 0
          ? []
          : await applyPartitionedPage(
              ctx.knex,
              options.filtered(parents).select(options.columns),
              options.parentSql,
              page,
            );
      return groupByKey(parents, rows, (row) => row.__parent as K).map((group) =>
        toPage(group, page, options.toNode),
      );
    },
  );
  const counts = ctx.loaders.get<K, number>(`${batchName}:count`, async (parents) => {
    const rows: Row[] = await options
      .filtered(parents)
      .select(ctx.knex.raw(`${options.parentSql} as "__parent"`))
      .count({ count: '*' })
      .groupByRaw(options.parentSql);
    return groupByKey(parents, rows, (row) => row.__parent as K).map((group) =>
      group.length === 0 ? 0 : Number(group[0].count),
    );
  });
  return pages.load(parent).then((result) => ({ ...result, totalCount: () => counts.load(parent) }));
}

/** User text with its LIKE wildcards escaped: matches itself only. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Escapes LIKE wildcards in user text. */
export function likePattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
