import { createHash } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';

/**
 * Hot read statements run as prepared statements: PostgreSQL then parses and plans a statement's
 * text once per connection instead of on every request. On the discovery page, planning the one
 * statement took ~0.5 ms warm (6 ms cold) against ~1 ms to execute it (EXPLAIN ANALYZE, demo data).
 *
 * A statement opts in with `preparedRead(qb)`: knex hands the query builder's options to node-pg
 * (its PostgreSQL client merges them into the query config), and the connection wrapper below
 * names the statement after a hash of its text, which makes node-pg prepare it once on that
 * connection and reuse it. Only statements with a bounded number of texts should opt in (a list's
 * page: one text per combination of filters); a connection prepares at most
 * MAX_PREPARED_PER_CONNECTION texts and runs the rest unprepared.
 *
 * PostgreSQL switches a prepared statement to a generic plan only when that plan is estimated no
 * dearer than the custom ones it has made, so a filter whose plan depends on its value (a region's
 * LIKE prefix) keeps its custom plan.
 */

/** Bounds the memory each PostgreSQL backend spends on kept plans. */
export const MAX_PREPARED_PER_CONNECTION = 200;

/** The query option marking a statement for preparation (read by the wrapper, ignored by node-pg). */
const PREPARE_OPTION = 'mitradesaPrepare';

interface PgQueryConfig {
  text: string;
  values?: unknown[];
  name?: string;
  [PREPARE_OPTION]?: boolean;
}

interface PgConnection {
  query(...args: unknown[]): unknown;
}

/** Marks a read statement to run prepared (see above); returns the same builder. */
export function preparedRead<T extends Knex.QueryBuilder | Knex.Raw>(qb: T): T {
  return qb.options({ [PREPARE_OPTION]: true }) as T;
}

/**
 * Runs `text` (PostgreSQL's `$1…$n` placeholders) with `values` on a connection of `knex`'s pool
 * (a transaction's own connection when `knex` is one), prepared as preparedRead's statements are,
 * without knex's builder and runner: for a text kept ready (see statement-templates). The statement
 * is announced like knex's own ('query', so the per-request count and the replicas' failure watch
 * see it), and node-pg parses the rows with the pool's type parsers as before. node-pg is called
 * with a callback: its promise form cost ~0.3 ms more CPU per discovery page (measured under load).
 */
export async function runPrepared<R>(knex: Knex, text: string, values: unknown[]): Promise<R[]> {
  const client = knex.client as KnexClient;
  const query = { sql: text, bindings: values };
  const connection = (await client.acquireConnection()) as PgConnection;
  try {
    client.emit('query', query);
    const config: PgQueryConfig = { text, values, [PREPARE_OPTION]: true };
    return await new Promise<R[]>((resolve, reject) =>
      connection.query(config, (error: Error | null, result: { rows: R[] }) =>
        error ? reject(error) : resolve(result.rows),
      ),
    );
  } catch (error) {
    client.emit('query-error', error, query);
    throw error;
  } finally {
    await client.releaseConnection(connection);
  }
}

/** The parts of knex's client that runPrepared uses. */
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
  emit(event: string, ...args: unknown[]): boolean;
}

/** Statement names by text, so that a statement seen before is not hashed again. */
const namesByText = new Map<string, string>();
const MAX_NAMED_TEXTS = 2000;

function statementName(text: string): string {
  let name = namesByText.get(text);
  if (name === undefined) {
    name = `r${createHash('sha1').update(text).digest('base64url')}`;
    if (namesByText.size >= MAX_NAMED_TEXTS) namesByText.clear();
    namesByText.set(text, name);
  }
  return name;
}

/**
 * Makes a pool connection name the statements marked by preparedRead: called once per connection
 * (the pool's afterCreate).
 */
export function namePreparedStatements(connection: PgConnection): void {
  const prepared = new Set<string>();
  const query = connection.query.bind(connection);
  connection.query = (config: unknown, ...rest: unknown[]) => {
    if (typeof config === 'object' && config !== null && (config as PgQueryConfig)[PREPARE_OPTION]) {
      const statement = config as PgQueryConfig;
      const name = statementName(statement.text);
      if (prepared.has(name) || prepared.size < MAX_PREPARED_PER_CONNECTION) {
        prepared.add(name);
        statement.name = name;
      }
    }
    return query(config, ...rest);
  };
}
