import type { PoolClient } from 'pg';
import { matchStatement, type MatchMode } from '../src/modules/matching/matching.reads';
import { planNodes, type PlanNode } from './support/query-plans';
import { startMidSizeServer } from './support/mid-size-database';
import type { TestServer } from './support/test-server';

/**
 * Recommendations on the mid-size data set (10,708 cooperatives in Central Java and West
 * Kalimantan): the bounded statement (candidates selected through the indexed match facts,
 * responsiveness read only for those that can still reach the top) returns exactly the rows of the
 * exhaustive one that scores every cooperative, in every direction; and what it runs reads no
 * growing table sequentially.
 */

/**
 * Tables that grow with the data: a recommendation must reach them through indexes. Not listed:
 * `cooperative_match_fact`, which one branch reads in full (a narrow row per cooperative, no
 * scoring) when a program's top N may lie outside its coverage and neither an eligible unit nor a
 * verification level is a must (the last resort of the bound, see matching.reads.ts).
 */
const GROWING_TABLES = [
  'cooperative',
  'offering',
  'business_unit',
  'cooperative_document',
  'proposal',
  'proposal_event',
  'proposal_answer',
];
let server: TestServer;
beforeAll(async () => {
  server = await startMidSizeServer();
}, 900_000);
afterAll(() => server?.close());

const knex = () => server.orm.em.getKnex();

async function ids(sql: string): Promise<number[]> {
  return ((await knex().raw(sql)).rows as { id: number }[]).map((row) => row.id);
}

/** A spread of each kind of source: every kind and coverage shape of programs, requests, cooperatives, offerings. */
async function modes(): Promise<MatchMode[]> {
  const programs = await ids(`
    select id from (
      select g.id, row_number() over (
               partition by g.kind, g.commodity is null, (select count(*) from program_coverage c where c.program_id = g.id) > 1
               order by g.id) as n
        from program g where g.status = 'ACTIVE') p
     where n <= 2 order by id`);
  const requests = await ids(
    `select id from partner_request where status = 'OPEN' and id % 37 = 0 order by id limit 8`,
  );
  const cooperatives = await ids(`
    select cooperative_id as id from offering where status = 'PUBLISHED' group by 1 order by count(*) desc, 1 limit 3`);
  const offerings = await ids(`
    select min(id) as id from offering where status = 'PUBLISHED' group by kind order by 1`);
  return [
    ...programs.map((programId): MatchMode => ({ kind: 'cooperativesForProgram', programId })),
    ...requests.map((requestId): MatchMode => ({ kind: 'cooperativesForRequest', requestId })),
    ...cooperatives.map((cooperativeId): MatchMode => ({ kind: 'partnersForCooperative', cooperativeId })),
    ...offerings.map((offeringId): MatchMode => ({ kind: 'partnersForOffering', offeringId })),
    ...offerings.map((offeringId): MatchMode => ({ kind: 'requestsForOffering', offeringId })),
  ];
}

async function rowsOf(mode: MatchMode, first: number, exhaustive: boolean): Promise<unknown[]> {
  const statement = matchStatement(mode, first, { exhaustive });
  return (await knex().raw(statement.sql, statement.bindings)).rows as unknown[];
}

/** A node of a plan that ran: branches a condition switched off show 0 loops. */
type ExecutedNode = PlanNode & { 'Actual Loops': number; Plans?: ExecutedNode[] };

/** The plan PostgreSQL ran (EXPLAIN ANALYZE). */
async function executedPlan(mode: MatchMode, first: number): Promise<ExecutedNode> {
  const statement = matchStatement(mode, first);
  const sql = knex().raw(statement.sql, statement.bindings).toSQL().toNative();
  const connection = (await knex().client.acquireConnection()) as PoolClient;
  try {
    const result = await connection.query(`explain (analyze, format json) ${sql.sql}`, [...sql.bindings]);
    return result.rows[0]['QUERY PLAN'][0].Plan as ExecutedNode;
  } finally {
    await knex().client.releaseConnection(connection);
  }
}

test('the bounded statement returns the rows of the exhaustive one, in every direction', async () => {
  const all = await modes();
  expect(all.filter((mode) => mode.kind === 'cooperativesForProgram').length).toBeGreaterThan(8);
  let compared = 0;
  for (const [index, mode] of all.entries()) {
    // The exhaustive statement is the slow one: a longer page is checked for the first sources of
    // each direction only.
    const firstOfItsKind = all.findIndex((other) => other.kind === mode.kind) === index;
    for (const first of firstOfItsKind ? [20, 50] : [20]) {
      const bounded = await rowsOf(mode, first, false);
      const exhaustive = await rowsOf(mode, first, true);
      expect({ mode, first, rows: bounded }).toEqual({ mode, first, rows: exhaustive });
      if (bounded.length > 0) compared += 1;
    }
  }
  expect(compared).toBeGreaterThan(15);
}, 600_000);

test('no growing table is read sequentially by what the statements run', async () => {
  const scanned: string[] = [];
  for (const mode of await modes()) {
    const plan = await executedPlan(mode, 20);
    for (const node of planNodes(plan) as ExecutedNode[]) {
      const ran = node['Actual Loops'] > 0;
      if (node['Node Type'] === 'Seq Scan' && ran && GROWING_TABLES.includes(node['Relation Name'] ?? '')) {
        scanned.push(`${mode.kind} ${JSON.stringify(mode)}: ${node['Relation Name']}`);
      }
    }
  }
  expect(scanned).toEqual([]);
}, 600_000);
