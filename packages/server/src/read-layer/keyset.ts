import type { Knex } from '@mikro-orm/postgresql';
import {
  pageSize,
  type ConnectionShape,
  type Edge,
  type PageArgs,
  type PageInfoShape,
} from '../shared/paging';
import { BadInputError } from '../shared/domain-error';
import { groupByKey, type Context } from '../request-context';
import { readByShape } from '../shared/statement-templates';

/**
 * Keyset (cursor) pagination: a page is "the next n rows after these sort-key values", so cursors
 * stay valid while rows are added elsewhere and deep pages cost the same as the first.
 */

/** A key column's kind; a `bigint` comes from the driver as text, and goes into a cursor so. */
type KeyKind = 'text' | 'integer' | 'bigint' | 'timestamp';

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
export function pageRequest(list: string, ordering: Ordering, args: PageArgs): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) {
    throw new BadInputError('Use either `first` or `last`, not both.', 'first');
  }
  if ((first != null && before != null) || (last != null && after != null)) {
    throw new BadInputError('Pair `first` with `after`, and `last` with `before`.', 'after');
  }
  if (after != null && before != null) {
    throw new BadInputError('Use either `after` or `before`, not both.', 'after');
  }
  const backward = last != null || before != null;
  const cursor = backward ? before : after;
  return {
    list,
    ordering,
    limit: backward ? pageSize('last', last) : pageSize('first', first),
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
    new BadInputError(`"${cursor.slice(0, 60)}" is not a valid cursor for this list.`, 'after');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== ordering.columns.length + 2) throw invalid();
  const [cursorList, orderingName, ...values] = parsed as unknown[];
  if (cursorList !== list || orderingName !== ordering.name) {
    throw new BadInputError(
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
  if (kind === 'bigint') return typeof value === 'string' && /^-?\d{1,19}$/.test(value);
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

/** `cursorValues` (the page's by default) are bound in the order's columns' place. */
function whereAfterCursor(
  qb: Knex.QueryBuilder,
  page: PageRequest,
  cursorValues: readonly unknown[] | null = page.cursorValues,
): void {
  if (!cursorValues) return;
  const columns = page.ordering.columns.map(({ sql }) => sql).join(', ');
  const placeholders = page.ordering.columns.map(() => '?').join(', ');
  const operator = readsAscending(page) ? '>' : '<';
  qb.whereRaw(`(${columns}) ${operator} (${placeholders})`, cursorValues as Knex.Value[]);
}

/** Adds the cursor condition, the order and the limit (one extra row tells whether more follow). */
export function applyPage(
  qb: Knex.QueryBuilder,
  page: PageRequest,
  cursorValues: readonly unknown[] | null = page.cursorValues,
): Knex.QueryBuilder {
  whereAfterCursor(qb, page, cursorValues);
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

/**
 * An edge whose cursor is encoded when read: most queries select the cursors of few edges (a
 * nested list's none), and encoding each was a measurable share of a page's time.
 */
class PageEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly page: PageRequest,
    private readonly row: Row,
  ) {}

  get cursor(): string {
    return encodeCursor(this.page.list, this.page.ordering, this.row);
  }
}

/** Page info whose start and end cursors are encoded when read (see PageEdge). */
class LazyPageInfo implements PageInfoShape {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly edges: readonly Edge<unknown>[],
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/** Turns the fetched rows (in read order, one extra at most) into edges and page info. */
export function toPage<T>(
  rows: Row[],
  page: PageRequest,
  toNode: (row: Row) => T,
): { edges: Edge<T>[]; pageInfo: PageInfoShape } {
  const hasMore = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  if (page.backward) pageRows.reverse();
  const edges = pageRows.map((row) => new PageEdge(nodeOf(row, toNode), page, row));
  const pageInfo = new LazyPageInfo(
    page.backward ? page.cursorValues != null : hasMore,
    page.backward ? hasMore : page.cursorValues != null,
    edges,
  );
  return { edges, pageInfo };
}

/**
 * A relation of every row of a page, read in the page's own statement (a correlated subquery giving
 * the row's related rows as a JSON array): the page and its relations cost one statement instead of
 * one each. What it reads is attached to the row's node under `field`, and answers that field
 * without calling its resolver (see embeddedOn).
 */
export interface EmbeddedRelation {
  /** The subquery, correlated with the page's rows (built only when the statement is). */
  sql: () => Knex.Raw;
  /** Where the page's row carries the related rows. */
  alias: string;
  /** A nested list's total, when the query selects it: a correlated count as `<alias>__total`. */
  totalSql?: () => Knex.Raw;
  /**
   * Everything `sql` and `totalSql` are built from, as a key of the page's kept statement (see
   * readByShape); null when it cannot be told, and the page's statement is then built every time.
   */
  shape: string | null;
  /** The key the value is attached under (see embeddedFieldKey). */
  field: string;
  /** The related rows (and the total, when read) of a page row: the value its field resolves to. */
  read(pageRow: Row, related: Row[], total: number | null): unknown;
}

/** Where a node carries the values of its embedded relations, by field key. */
const EMBEDDED = Symbol('embedded relations');

/**
 * The key of a field's embedded value: the field and its arguments (as GraphQL gives them to the
 * resolver), so that a field asked with other arguments goes to its own read.
 */
export function embeddedFieldKey(field: string, args: object = {}): string {
  return `${field}(${argsKey(args as PageArgs)})`;
}

/**
 * The value read for the field with these arguments with the page `parent` came from (see
 * EmbeddedRelation), or undefined. Only the node of that page carries it: the rows were read for
 * that query's selection, which may have left out columns other selections need. Field resolvers
 * get it without being called (graphql/field-resolvers.ts).
 */
export function embeddedOn<V>(parent: object, field: string, args?: object): V | undefined {
  const values = (parent as { [EMBEDDED]?: Map<string, unknown> })[EMBEDDED];
  return values === undefined ? undefined : (values.get(embeddedFieldKey(field, args)) as V | undefined);
}

/** The node of a page row, carrying the row's embedded values (see embeddedOn). */
export function nodeOf<T>(row: Row, toNode: (row: Row) => T): T {
  const node = toNode(row);
  const embedded = (row as { [EMBEDDED]?: Map<string, unknown> })[EMBEDDED];
  if (embedded) (node as { [EMBEDDED]?: Map<string, unknown> })[EMBEDDED] = embedded;
  return node;
}

/** The columns that read `embedded` relations in a page's statement. */
export function embeddedColumns(embedded: readonly EmbeddedRelation[]): Knex.Raw[] {
  return embedded.flatMap((relation) =>
    relation.totalSql ? [relation.sql(), relation.totalSql()] : [relation.sql()],
  );
}

/** The key part of a statement's embedded relations (see EmbeddedRelation.shape), or null. */
export function embeddedShapes(embedded: readonly EmbeddedRelation[]): string | null {
  let key = '';
  for (const relation of embedded) {
    if (relation.shape === null) return null;
    key += `[${relation.shape}]`;
  }
  return key;
}

/** `"c"."id"` for "c.id": how knex quotes a qualified column. */
function quoteColumn(column: string): string {
  return column
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}

/** By list of columns (module constants), then by the names cast to text. */
const columnLists = new WeakMap<readonly string[], Map<string, string>>();

/**
 * `columns` ("c.id", …) as one SQL fragment, written once per list of columns: knex would quote
 * each column again in every statement, which showed in profiles of list pages. With `asText`
 * (numeric, date and timestamp columns, by name) those are cast to text, for JSON rows: the driver
 * returns them as text in a plain row (MikroORM's type parsers), and so the same values, cursors
 * included, come out of a JSON row.
 */
export function columnListSql(columns: readonly string[], asText?: readonly string[]): string {
  let byText = columnLists.get(columns);
  if (!byText) {
    byText = new Map();
    columnLists.set(columns, byText);
  }
  const textKey = asText?.join(',') ?? '';
  let text = byText.get(textKey);
  if (text === undefined) {
    text = columns
      .map((column) => {
        const name = column.slice(column.indexOf('.') + 1);
        return asText?.includes(name) ? `${quoteColumn(column)}::text as "${name}"` : quoteColumn(column);
      })
      .join(', ');
    byText.set(textKey, text);
  }
  return text;
}

/** `columns` as a select list (see columnListSql). */
export function columnList(knex: Knex, columns: readonly string[]): Knex.Raw {
  return knex.raw(columnListSql(columns));
}

/** `columns` for a JSON row: `asText` columns cast to text (see columnListSql). */
export function jsonColumns(knex: Knex, columns: readonly string[], asText: readonly string[]): Knex.Raw {
  return knex.raw(columnListSql(columns, asText));
}

/** The rows `related` (a query with its own order) as a JSON array in that order, as `alias`. */
export function jsonArraySql(knex: Knex, related: Knex.QueryBuilder, alias: string): Knex.Raw {
  return knex.raw(`coalesce((select json_agg(x order by x."__n") from (?) x), '[]'::json) as ??`, [
    related,
    alias,
  ]);
}

/**
 * Reads each row's embedded relations (see EmbeddedRelation) into values attached to the row for
 * its node (nodeOf); the row's JSON columns are emptied. Not deleted: deleting a property turns
 * the row into a slow dictionary object for the node's reads of it.
 */
export function readEmbedded(rows: Row[], embedded: readonly EmbeddedRelation[]): void {
  for (const relation of embedded) {
    const totalAlias = relation.totalSql ? `${relation.alias}__total` : null;
    for (const row of rows) {
      const total = totalAlias === null ? null : Number(row[totalAlias]);
      const values = ((row as { [EMBEDDED]?: Map<string, unknown> })[EMBEDDED] ??= new Map());
      values.set(relation.field, relation.read(row, row[relation.alias] as Row[], total));
      row[relation.alias] = undefined;
      if (totalAlias !== null) row[totalAlias] = undefined;
    }
  }
}

/** What a root list reads in its page's statement besides the rows, as the query selects it. */
export interface PageExtras {
  /**
   * Everything the list's rows and count are built from (its filters, the viewer's access), as a
   * key of the page's kept statement (see readByShape); absent, the statement is built every time.
   */
  shape?: string | null;
  /** Relations of the page's nodes (see EmbeddedRelation). */
  embedded?: EmbeddedRelation[];
  /** The query selects `totalCount`: it is read in the page's statement too. */
  withTotal?: boolean;
  /**
   * The fields the query selects of each node (under `edges.node`): the page reads only their
   * columns (see columnsFor). Absent: every column.
   */
  selected?: ReadonlySet<string> | null;
}

/** The order of the page's rows read back from the subquery `p` (their ordering keys by name). */
function orderByKeysSql(page: PageRequest, alias: string): string {
  const direction = readsAscending(page) ? 'asc' : 'desc';
  return page.ordering.columns.map(({ key }) => `${alias}."${key}" ${direction}`).join(', ');
}

/**
 * A root list as a connection. `filtered` builds the list's FROM/WHERE (no columns); `countQuery`
 * reads its total as one row with `count` (by default, counting `filtered`'s rows). With
 * `withTotal`, page and total come in one statement: the count, with the page joined to it
 * laterally, so an empty page still gives the total. Otherwise `totalCount` counts when resolved.
 */
export async function rootConnection<T>(
  options: {
    knex: Knex;
    list: string;
    ordering: Ordering;
    args: PageArgs;
    filtered: () => Knex.QueryBuilder;
    countQuery?: () => Knex.QueryBuilder;
    columns: readonly string[];
    toNode: (row: Row) => T;
  } & PageExtras,
): Promise<ConnectionShape<T>> {
  const page = pageRequest(options.list, options.ordering, options.args);
  const embedded = options.embedded ?? [];
  const { knex } = options;
  const countQuery = options.countQuery ?? (() => options.filtered().count({ count: '*' }));
  // The page's only values that the statement's key leaves out: the cursor's (see readByShape).
  const cursorValues = page.cursorValues ?? [];
  const pageQuery = (values: readonly unknown[]) =>
    applyPage(
      options.filtered().select([columnList(knex, options.columns), ...embeddedColumns(embedded)]),
      page,
      page.cursorValues ? values : null,
    );
  const key = rootStatementKey(options, page, embedded);
  let rows: Row[];
  let total: number | null = null;
  if (options.withTotal) {
    const read = await readByShape<Row>(knex, key, cursorValues, (values) =>
      page.limit === 0
        ? countQuery()
        : knex
            .select(knex.raw('p.*, t.count as "__total"'))
            .from(
              knex.raw('(?) t left join lateral (?) p on true', [
                countQuery(),
                pageQuery(values).select(knex.raw('true as "__row"')),
              ]),
            )
            .orderByRaw(orderByKeysSql(page, 'p')),
    );
    total = Number(read[0]?.[page.limit === 0 ? 'count' : '__total'] ?? 0);
    rows = page.limit === 0 ? [] : read.filter((row) => row.__row != null);
  } else {
    rows = page.limit === 0 ? [] : await readByShape<Row>(knex, key, cursorValues, pageQuery);
  }
  readEmbedded(rows, embedded);
  return {
    ...toPage(rows, page, options.toNode),
    totalCount: () => {
      if (total !== null) return total;
      return countQuery().then((counted: { count: string | number | null }[]) =>
        Number(counted[0]?.count ?? 0),
      );
    },
  };
}

/**
 * The key of a root page's statement (see readByShape): the list's shape (its filters), the page
 * but for the cursor's values, the columns and the embedded relations. Null when the list or a
 * relation gives no shape.
 */
function rootStatementKey(
  options: { list: string; columns: readonly string[]; shape?: string | null; withTotal?: boolean },
  page: PageRequest,
  embedded: readonly EmbeddedRelation[],
): string | null {
  if (options.shape == null) return null;
  const relations = embeddedShapes(embedded);
  if (relations === null) return null;
  const direction = page.backward ? 'last' : 'first';
  const cursor = page.cursorValues ? 'cursor' : '';
  return `${options.list}|${options.shape}|${page.ordering.name}|${direction}:${page.limit}:${cursor}|${
    options.withTotal ? 'total' : ''
  }|${columnsKey(options.columns)}|${relations}`;
}

/** Column lists are module constants or columnsFor's kept lists: each joined once. */
const joinedColumns = new WeakMap<readonly string[], string>();

function columnsKey(columns: readonly string[]): string {
  let key = joinedColumns.get(columns);
  if (key === undefined) joinedColumns.set(columns, (key = columns.join(',')));
  return key;
}

/** What nestedConnection and embeddedNestedPage read: a list under each of many parents. */
export interface NestedListOptions<T, K extends number | string> {
  list: string;
  ordering: Ordering;
  args: PageArgs;
  /** Distinguishes differently filtered uses of the same list (e.g. a status filter). */
  filterKey?: string;
  /** The parent key column, e.g. "o.cooperative_id". */
  parentSql: string;
  filtered: (parents: readonly K[]) => Knex.QueryBuilder;
  columns: readonly string[];
  toNode: (row: Row) => T;
}

/** The arguments as a stable text (key order and absent values do not matter); asked once per parent. */
function argsKey(args: PageArgs): string {
  let key = '';
  for (const name of Object.keys(args).sort()) {
    const value = (args as Record<string, unknown>)[name];
    if (value !== undefined && value !== null) key += `${name}=${JSON.stringify(value)};`;
  }
  return key;
}

/** The request's loader of one page of the list per parent: parents asking alike share a statement. */
function nestedPageLoader<T, K extends number | string>(ctx: Context, options: NestedListOptions<T, K>) {
  const page = pageRequest(options.list, options.ordering, options.args);
  const name = `${options.list}:${options.filterKey ?? ''}:page:${argsKey(options.args)}`;
  const loader = ctx.loaders.get<K, { edges: Edge<T>[]; pageInfo: PageInfoShape }>(name, async (parents) => {
    const rows: Row[] =
      page.limit === 0
        ? []
        : await applyPartitionedPage(
            ctx.knex,
            options.filtered(parents).select(columnList(ctx.knex, options.columns)),
            options.parentSql,
            page,
          );
    return groupByKey(parents, rows, (row) => row.__parent as K).map((group) =>
      toPage(group, page, options.toNode),
    );
  });
  return { page, loader };
}

/**
 * A connection nested under a parent (e.g. a cooperative's offerings). All parents that ask for
 * the same filters and page in one request share one batched statement for the page and, when
 * `totalCount` is selected, one for the counts.
 */
export function nestedConnection<T, K extends number | string>(
  ctx: Context,
  options: NestedListOptions<T, K>,
  parent: K,
): Promise<ConnectionShape<T>> {
  const { loader: pages } = nestedPageLoader(ctx, options);
  const counts = nestedCountLoader(ctx, options);
  return pages.load(parent).then((result) => ({ ...result, totalCount: () => counts.load(parent) }));
}

/** The request's loader of the list's total per parent: one grouped count for all parents asking. */
function nestedCountLoader<T, K extends number | string>(ctx: Context, options: NestedListOptions<T, K>) {
  return ctx.loaders.get<K, number>(`${options.list}:${options.filterKey ?? ''}:count`, async (parents) => {
    const rows: Row[] = await options
      .filtered(parents)
      .select(ctx.knex.raw(`${options.parentSql} as "__parent"`))
      .count({ count: '*' })
      .groupByRaw(options.parentSql);
    return groupByKey(parents, rows, (row) => row.__parent as K).map((group) =>
      group.length === 0 ? 0 : Number(group[0].count),
    );
  });
}

/**
 * The page of a nested list for each row of a root page, read in the root page's statement (see
 * EmbeddedRelation) and attached to the row's node under `field`: the same rows, order, page info
 * and total as nestedConnection gives. `correlated` is the list's FROM/WHERE for the outer row
 * (e.g. `o.cooperative_id = c.id`), `jsonColumns` its columns as they must come back in JSON,
 * `parentOf` the outer row's key.
 */
export function embeddedNestedPage<T, K extends number | string>(
  ctx: Context,
  options: NestedListOptions<T, K>,
  embedding: {
    alias: string;
    field: string;
    correlated: () => Knex.QueryBuilder;
    jsonColumns: Knex.Raw;
    parentOf: (pageRow: Row) => K;
    /** The query selects the nested list's `totalCount`: it is counted in the same statement. */
    withTotal?: boolean;
    /**
     * What `correlated` and `jsonColumns` are built from beyond the list's options (the viewer's
     * access, the columns), as part of the page statement's key; null when it cannot be told.
     */
    shape: string | null;
  },
): EmbeddedRelation {
  const page = pageRequest(options.list, options.ordering, options.args);
  return {
    alias: embedding.alias,
    field: embedding.field,
    shape:
      embedding.shape === null
        ? null
        : `${options.list}|${options.filterKey ?? ''}|${argsKey(options.args)}|${embedding.alias}|${
            embedding.withTotal ? 'total' : ''
          }|${embedding.shape}`,
    sql: () => {
      const related = embedding.correlated().select(embedding.jsonColumns);
      related.select(ctx.knex.raw(`row_number() over (order by ${orderSql(page)}) as "__n"`));
      return jsonArraySql(
        ctx.knex,
        page.limit === 0 ? related.whereRaw('false') : applyPage(related, page),
        embedding.alias,
      );
    },
    totalSql: embedding.withTotal
      ? () => ctx.knex.raw('(?) as ??', [embedding.correlated().count('*'), `${embedding.alias}__total`])
      : undefined,
    read: (pageRow, rows, total): ConnectionShape<T> => ({
      ...toPage(rows, page, options.toNode),
      totalCount: () =>
        total !== null ? total : nestedCountLoader(ctx, options).load(embedding.parentOf(pageRow)),
    }),
  };
}

/** User text with its LIKE wildcards escaped: matches itself only. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Escapes LIKE wildcards in user text. */
export function likePattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
