import type { Knex } from '@mikro-orm/postgresql';
import { preparedRead } from './prepared-statements';

/**
 * Hot reads whose SQL is built once per shape instead of on every request. Building a page's
 * statement with knex (its builders, then its compiler quoting every identifier and walking every
 * nested subquery) was ~10 % of the API's CPU on the cooperative page and the lists, measured
 * under load; the statement's text is the same for every request of the same shape.
 *
 * A read names its shape with a key and builds its statement from `values`, the only inputs that
 * may differ between requests of that key (a cursor, an id). The first request of a key builds the
 * statement with slots in their place and keeps its text and bindings; later ones put their
 * values in the slots. So the key must hold everything else the statement is built from (filters,
 * page size, columns, the viewer's access), and `build` must hand each value to knex as a binding
 * without looking at it. A test run checks every reuse against a fresh build (checkStatementTemplates).
 */

/** Where a request's value goes in a kept statement. */
class Slot {
  constructor(readonly index: number) {}
}

interface Template {
  sql: string;
  bindings: readonly unknown[];
}

/** Kept statements, least recently used first out: the keys hold client-chosen filters. */
const MAX_TEMPLATES = 1000;
const templates = new Map<string, Template>();

let checking = false;

/**
 * From now on every reuse of a kept statement is compared with the statement built for the
 * request, and a difference throws (a key that leaves out something the statement depends on).
 * The test suite turns it on; production does not pay for the second build.
 */
export function checkStatementTemplates(on = true): void {
  checking = on;
}

/**
 * The rows of the statement `build` makes from `values`: with `key`, from the statement kept for
 * that key; without (a shape too rare or too variable to keep), built and run as before. Runs
 * prepared (see preparedRead).
 */
export async function readByShape<R>(
  knex: Knex,
  key: string | null,
  values: readonly unknown[],
  build: (values: readonly unknown[]) => Knex.QueryBuilder,
): Promise<R[]> {
  if (key === null) return (await preparedRead(build(values))) as R[];
  let template = templates.get(key);
  if (template) {
    templates.delete(key);
    templates.set(key, template);
  } else {
    const compiled = build(values.map((_, index) => new Slot(index))).toSQL();
    template = { sql: compiled.sql, bindings: compiled.bindings };
    templates.set(key, template);
    if (templates.size > MAX_TEMPLATES) templates.delete(templates.keys().next().value as string);
  }
  const bindings = template.bindings.map((binding) =>
    binding instanceof Slot ? values[binding.index] : binding,
  ) as Knex.RawBinding[];
  if (checking) assertSameStatement(key, template.sql, bindings, build(values).toSQL());
  const result = await preparedRead(knex.raw(template.sql, bindings));
  return (result as { rows: R[] }).rows;
}

function assertSameStatement(key: string, sql: string, bindings: readonly unknown[], built: Knex.Sql): void {
  const same =
    sql === built.sql &&
    bindings.length === built.bindings.length &&
    bindings.every((binding, index) => sameBinding(binding, built.bindings[index]));
  if (!same) {
    throw new Error(
      `The statement kept for "${key}" differs from the one built for this request:\n` +
        `kept:  ${sql} ${JSON.stringify(bindings)}\nbuilt: ${built.sql} ${JSON.stringify(built.bindings)}`,
    );
  }
}

function sameBinding(kept: unknown, built: unknown): boolean {
  if (kept instanceof Date && built instanceof Date) return kept.getTime() === built.getTime();
  if (Array.isArray(kept) && Array.isArray(built))
    return kept.length === built.length && kept.every((item, index) => sameBinding(item, built[index]));
  return Object.is(kept, built);
}
