import type { Knex } from '@mikro-orm/postgresql';
import { preparedRead, runPrepared } from './prepared-statements';

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
  /** The statement as knex built it, slots in their bindings' places (for the check). */
  built: { sql: string; bindings: readonly unknown[] };
  /**
   * What runs: the built text with the key's plain constants written in (see inlineConstants),
   * PostgreSQL's numbered placeholders for the rest.
   */
  sql: string;
  /** The bindings left to the run text: slots, and constants that are not plain. */
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
    // Every question mark of the text becomes a numbered placeholder: a text with a literal one
    // (none today) runs as built instead.
    if (compiled.sql.split('?').length - 1 !== compiled.bindings.length) {
      return (await preparedRead(build(values))) as R[];
    }
    template = { built: { sql: compiled.sql, bindings: compiled.bindings }, ...inlineConstants(compiled) };
    templates.set(key, template);
    if (templates.size > MAX_TEMPLATES) templates.delete(templates.keys().next().value as string);
  }
  if (checking) assertSameStatement(key, template, values, build(values).toSQL());
  const bindings = template.bindings.map((binding) =>
    binding instanceof Slot ? values[binding.index] : binding,
  );
  // As knex refuses them: node-pg would send an undefined value as NULL, silently.
  if (bindings.includes(undefined)) throw new Error(`An undefined value in the statement kept for "${key}"`);
  return runPrepared<R>(knex, template.sql, bindings);
}

/** Text that cannot end a quoted SQL literal nor change its meaning: letters, digits, _ . - and spaces. */
const PLAIN_TEXT = /^[\w.\- ]{0,100}$/;

/**
 * The statement with its plain constants (integers, and texts such as a stage, a status, a region
 * code) written into the text, and every other binding (slots, free text, dates) left a parameter.
 * PostgreSQL plans a prepared statement for its parameters: while they include a page size or a
 * stage, the plan it could keep (a generic one) is estimated dearer than one made for the values,
 * so it planned the statement again on every run (~0.35 ms of its CPU for the discovery page of the
 * demo set, about what running it costs). The constants are the same for every request of the key,
 * so writing them in changes no result; a statement with only constants is planned once per
 * connection. Only text of letters, digits, `_ . -` and spaces is written in, which cannot end its
 * quotes: anything else (a LIKE pattern, a name with an apostrophe) stays a parameter.
 */
function inlineConstants(compiled: Knex.Sql): { sql: string; bindings: unknown[] } {
  const pieces = compiled.sql.split('?');
  const bindings: unknown[] = [];
  let sql = pieces[0]!;
  compiled.bindings.forEach((binding, index) => {
    if (typeof binding === 'number' && Number.isSafeInteger(binding)) {
      sql += `(${binding})`;
    } else if (typeof binding === 'string' && PLAIN_TEXT.test(binding)) {
      sql += `'${binding}'`;
    } else {
      bindings.push(binding);
      sql += `$${bindings.length}`;
    }
    sql += pieces[index + 1]!;
  });
  return { sql, bindings };
}

function assertSameStatement(
  key: string,
  template: Template,
  values: readonly unknown[],
  built: Knex.Sql,
): void {
  const kept = template.built.bindings.map((binding) =>
    binding instanceof Slot ? values[binding.index] : binding,
  );
  const same =
    template.built.sql === built.sql &&
    kept.length === built.bindings.length &&
    kept.every((binding, index) => sameBinding(binding, built.bindings[index]));
  if (!same) {
    throw new Error(
      `The statement kept for "${key}" differs from the one built for this request:\n` +
        `kept:  ${template.built.sql} ${JSON.stringify(kept)}\nbuilt: ${built.sql} ${JSON.stringify(built.bindings)}`,
    );
  }
}

function sameBinding(kept: unknown, built: unknown): boolean {
  if (kept instanceof Date && built instanceof Date) return kept.getTime() === built.getTime();
  if (Array.isArray(kept) && Array.isArray(built))
    return kept.length === built.length && kept.every((item, index) => sameBinding(item, built[index]));
  return Object.is(kept, built);
}
