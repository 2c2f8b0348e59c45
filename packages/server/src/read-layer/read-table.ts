import type { Knex } from '@mikro-orm/postgresql';
import { loadOne, primeOne, type Context } from '../request-context';
import type { ConnectionShape, PageArgs } from '../shared/paging';
import {
  columnList,
  jsonColumns,
  nestedConnection,
  rootConnection,
  type NestedListOptions,
  type Ordering,
  type PageExtras,
} from './keyset';

type Row = Record<string, unknown>;

/**
 * A table as the read path sees it, declared once per module: where its rows are read (with the
 * alias its columns and orderings use), the columns a node needs, and how a row becomes a node.
 * Its lookup by id, its root lists and the lists under a parent are built from the declaration, so
 * a new list is its name, ordering and filter.
 */
export interface ReadTable<T, R extends { id: number }> {
  /** Names the request's loaders (e.g. "mentor" → "mentorById"). */
  name: string;
  /** The table and its alias, e.g. "mentor as m". */
  from: string;
  /** The alias alone, e.g. "m". */
  alias: string;
  columns: readonly string[];
  /**
   * The columns the driver returns as text (numeric, date, timestamp; by name): cast to text when
   * the rows are read as JSON (an embedded relation), so the same values come out.
   */
  textColumns?: readonly string[];
  toNode(row: R): T;
  /**
   * What each field of the node reads, by GraphQL field name: column names (no alias). A read for
   * a known selection (see columnsFor) then takes only those columns; a field not listed here
   * reads every column. Absent: every read takes every column.
   */
  fieldColumns?: Readonly<Record<string, readonly string[]>>;
  /** The columns every read takes whatever is selected: the id, and what the node's class needs. */
  keyColumns?: readonly string[];
  /**
   * Who sees which rows, as SQL on the rows (`from`): applied by every read of the table, by id
   * and in lists, so no path can forget it.
   */
  visibleWhere?(ctx: Context, rows: Knex.QueryBuilder): void;
  /**
   * Rows read by id that the viewer may not see are left out (they read as missing): for a rule
   * that needs the rows first (an offering's draft status and its owner); its lists apply it in
   * their own filters.
   */
  visibleRows?(ctx: Context, rows: R[]): R[] | Promise<R[]>;
}

/** Every table declared, for the check that its rows read alike as JSON (see textColumns). */
const declaredTables: ReadTable<unknown, { id: number }>[] = [];

export function declaredReadTables(): readonly ReadTable<unknown, { id: number }>[] {
  return declaredTables;
}

export function readTable<T, R extends { id: number }>(
  declaration: Omit<ReadTable<T, R>, 'alias'>,
): ReadTable<T, R> {
  const alias = declaration.from.split(/\s+as\s+/i)[1];
  if (!alias) throw new Error(`"${declaration.from}" names no alias ("table as t")`);
  for (const name of [
    ...Object.values(declaration.fieldColumns ?? {}).flat(),
    ...(declaration.keyColumns ?? []),
  ]) {
    if (!declaration.columns.includes(`${alias}.${name}`)) {
      throw new Error(`${declaration.name}: the column "${name}" is not one of its columns`);
    }
  }
  const table = { ...declaration, alias };
  declaredTables.push(table as ReadTable<unknown, { id: number }>);
  return table;
}

/** Pruned column lists by table and selection: the same list object for the same columns. */
const prunedColumns = new WeakMap<ReadTable<unknown, { id: number }>, Map<string, readonly string[]>>();
/** The last columnsFor answer for a selection object, which the requests of one query share. */
const lastColumnsOf = new WeakMap<
  ReadonlySet<string>,
  { table: ReadTable<unknown, { id: number }>; alsoRead: string; columns: readonly string[] }
>();
/** Selections are the client's to choose: at most this many pruned lists are kept per table. */
const MAX_PRUNED_LISTS_PER_TABLE = 1000;

/**
 * The table's columns that a selection of fields of its node reads (see fieldColumns), with
 * `alsoRead` (e.g. the columns a cursor is made of): every column when the selection is not known
 * (null) or holds a field the declaration does not list. A page of 20 cooperatives with five
 * offerings each read 42 kB for 10 kB of answer before (descriptions nobody asked for).
 */
export function columnsFor(
  table: ReadTable<unknown, { id: number }>,
  selected: ReadonlySet<string> | null,
  alsoRead: readonly string[] = [],
): readonly string[] {
  const fieldColumns = table.fieldColumns;
  if (!fieldColumns || !selected) return table.columns;
  // The same query gives the same selection object (see graphql/lookahead.ts): its last answer.
  const alsoReadKey = alsoRead.join(',');
  const last = lastColumnsOf.get(selected);
  if (last?.table === table && last.alsoRead === alsoReadKey) return last.columns;
  const names = new Set<string>(['id', ...(table.keyColumns ?? []), ...alsoRead]);
  for (const field of selected) {
    if (field === '__typename') continue;
    const columns = fieldColumns[field];
    if (!columns) return table.columns;
    for (const column of columns) names.add(column);
  }
  const key = [...names].sort().join(',');
  let byKey = prunedColumns.get(table);
  if (!byKey) {
    byKey = new Map();
    prunedColumns.set(table, byKey);
  }
  let columns = byKey.get(key);
  if (!columns) {
    // In the declaration's order, so that equal selections give equal statements.
    columns = table.columns.filter((column) => names.has(column.slice(table.alias.length + 1)));
    if (byKey.size >= MAX_PRUNED_LISTS_PER_TABLE) byKey.clear();
    byKey.set(key, columns);
  }
  lastColumnsOf.set(selected, { table, alsoRead: alsoReadKey, columns });
  return columns;
}
/**
 * `shape` as the key of a kept statement reading the table (see readByShape), for a table every
 * viewer sees alike; null for a table with visibleWhere, whose rows depend on the viewer.
 */
export function publicShape(table: ReadTable<unknown, { id: number }>, shape: string): string | null {
  return table.visibleWhere ? null : shape;
}

/** The table's rows, as its alias, narrowed to those the viewer may see: a list's FROM. */
export function rowsOf(ctx: Context, table: ReadTable<unknown, { id: number }>): Knex.QueryBuilder {
  const rows = ctx.knex(table.from);
  table.visibleWhere?.(ctx, rows);
  return rows;
}

/** The table's columns (all, or those `columnsFor` chose) for a row read as JSON (see textColumns). */
export function jsonColumnsOf(
  ctx: Context,
  table: ReadTable<unknown, { id: number }>,
  columns: readonly string[] = table.columns,
): Knex.Raw {
  return jsonColumns(ctx.knex, columns, table.textColumns ?? []);
}

const byIdBatch = <T, R extends { id: number }>(ctx: Context, table: ReadTable<T, R>) => ({
  fetch: async (ids: readonly number[]): Promise<R[]> => {
    const rows = (await rowsOf(ctx, table)
      .select(columnList(ctx.knex, table.columns))
      .whereIn(`${table.alias}.id`, ids)) as R[];
    return table.visibleRows ? table.visibleRows(ctx, rows) : rows;
  },
  keyOf: (row: R) => row.id,
  toNode: (row: R) => table.toNode(row),
});

/** A row of the table by database id, batched over the request. */
export function byId<T, R extends { id: number }>(
  ctx: Context,
  table: ReadTable<T, R>,
  id: number,
): Promise<T | null> {
  return loadOne(ctx, `${table.name}ById`, id, byIdBatch(ctx, table));
}

/** Gives byId a node read by another statement (a page, an embedded relation). */
export function primeById<T, R extends { id: number }>(
  ctx: Context,
  table: ReadTable<T, R>,
  id: number,
  node: T,
): void {
  primeOne(ctx, `${table.name}ById`, id, node, byIdBatch(ctx, table));
}

/**
 * A root list of the table as a connection. `where` narrows the rows (`rowsOf` by default, or the
 * FROM `rows` gives, which must apply the table's visibility itself); the total is counted from
 * the same rows unless `countQuery` reads it faster.
 */
export function rootList<T, R extends { id: number }>(
  ctx: Context,
  table: ReadTable<T, R>,
  list: {
    name: string;
    ordering: Ordering;
    args: PageArgs;
    rows?: () => Knex.QueryBuilder;
    where?: (rows: Knex.QueryBuilder) => void;
    countQuery?: () => Knex.QueryBuilder;
  } & PageExtras,
): Promise<ConnectionShape<T>> {
  const { name, rows, where, selected, ...rest } = list;
  const cursorColumns = list.ordering.columns.map((column) => column.key);
  return rootConnection({
    ...rest,
    knex: ctx.knex,
    list: name,
    columns: columnsFor(table, selected ?? null, cursorColumns),
    toNode: (row: Row) => table.toNode(row as R),
    filtered: () => {
      const qb = rows ? rows() : rowsOf(ctx, table);
      where?.(qb);
      return qb;
    },
  });
}

/** A list of a table under each of its parents. */
export interface NestedList {
  name: string;
  ordering: Ordering;
  args: PageArgs;
  /** The parent's key column, e.g. "q.partner_id". */
  parentSql: string;
  /** Distinguishes differently filtered uses of the same list (e.g. a status filter). */
  filterKey?: string;
  rows?: () => Knex.QueryBuilder;
  /** Narrows the rows to those of the parents asked. */
  where: (rows: Knex.QueryBuilder, parents: readonly number[]) => void;
}

/**
 * The list of the table under each parent (e.g. a partner's requests), batched over the request:
 * `parentSql` is the parent's key column, `where` narrows the rows to the parents asked.
 */
export function nestedList<T, R extends { id: number }>(
  ctx: Context,
  table: ReadTable<T, R>,
  list: NestedList,
  parent: number,
): Promise<ConnectionShape<T>> {
  return nestedConnection(ctx, nestedListOptions(ctx, table, list), parent);
}

/** What nestedList reads, for an embedding of the same list in a parent page (embeddedNestedPage). */
export function nestedListOptions<T, R extends { id: number }>(
  ctx: Context,
  table: ReadTable<T, R>,
  list: NestedList,
): NestedListOptions<T, number> {
  return {
    list: list.name,
    ordering: list.ordering,
    args: list.args,
    filterKey: list.filterKey,
    parentSql: list.parentSql,
    columns: table.columns as string[],
    toNode: (row: Row) => table.toNode(row as R),
    filtered: (parents) => {
      const qb = list.rows ? list.rows() : rowsOf(ctx, table);
      list.where(qb, parents);
      return qb;
    },
  };
}
