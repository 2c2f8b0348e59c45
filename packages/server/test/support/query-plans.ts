import type { Knex } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';

/** A statement the API sent, as knex reports it to PostgreSQL (`$1` placeholders). */
export interface CapturedStatement {
  sql: string;
  bindings: readonly unknown[];
}

/** One node of a JSON query plan. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Records every statement sent through `knex` until `stop()`. */
export function captureStatements(knex: Knex): { statements: CapturedStatement[]; stop(): void } {
  const statements: CapturedStatement[] = [];
  const listener = (query: { sql: string; bindings?: readonly unknown[] }) =>
    statements.push({ sql: query.sql, bindings: query.bindings ?? [] });
  knex.on('query', listener);
  return { statements, stop: () => knex.off('query', listener) };
}

/** The plan PostgreSQL chooses for a statement with its bindings (EXPLAIN, not run). */
export async function planOf(knex: Knex, statement: CapturedStatement): Promise<PlanNode> {
  // The text already has `$1` placeholders, which knex.raw would not bind: ask the driver directly.
  const connection = (await knex.client.acquireConnection()) as PoolClient;
  try {
    const result = await connection.query(`explain (format json) ${statement.sql}`, [...statement.bindings]);
    return result.rows[0]['QUERY PLAN'][0].Plan as PlanNode;
  } finally {
    await knex.client.releaseConnection(connection);
  }
}

/** Every node of a plan, depth first. */
export function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(planNodes)];
}

/** The tables among `tables` that a plan reads with a sequential scan. */
export function sequentiallyScanned(plan: PlanNode, tables: readonly string[]): string[] {
  return planNodes(plan)
    .filter((node) => node['Node Type'] === 'Seq Scan' && tables.includes(node['Relation Name'] ?? ''))
    .map((node) => node['Relation Name']!);
}
