import { loadFixtures, type Fixtures } from '../bench/fixtures';
import { benchOperations, type BenchOperation } from '../bench/operations';
import { startMidSizeServer } from './support/mid-size-database';
import { captureStatements, planNodes, planOf, sequentiallyScanned } from './support/query-plans';
import type { TestServer } from './support/test-server';

/**
 * Plan shapes of the hot list reads, on the mid-size data set (Central Java and West Kalimantan,
 * 10,708 cooperatives): every statement the API sends for discovery with each filter, a
 * cooperative's page, the offerings list with each filter, a busy partner's pipeline and inbox (the
 * benchmark's operations, with the same variables) is explained, and none may read cooperative,
 * offering or proposal with a sequential scan. At national size such a scan costs 25–150 ms per
 * statement (measured), where an index or a counter answers in a few.
 */
const HOT_TABLES = ['cooperative', 'offering', 'proposal'] as const;
const OWN_READS = /^(discovery|cooperative detail|offerings|partner pipeline|proposal inbox)/;

let server: TestServer;
let fixtures: Fixtures;

beforeAll(async () => {
  server = await startMidSizeServer();
  const knex = server.orm.em.getConnection().getKnex();
  // As autovacuum would have by then in production: the visibility map for index-only scans.
  await knex.raw('vacuum (analyze)');
  fixtures = await loadFixtures(server.orm.config.get('clientUrl')!);
}, 900_000);
afterAll(() => server.close());

async function send(operation: BenchOperation): Promise<void> {
  const response = await server.graphql(
    operation.query,
    operation.rotate?.length ? operation.rotate[0] : operation.variables,
    { token: operation.token },
  );
  expect(response.errors).toBeUndefined();
}

test('the hot list reads scan no cooperative, offering or proposal sequentially', async () => {
  const knex = server.orm.em.getConnection().getKnex();
  const operations = benchOperations(fixtures).filter((operation) => OWN_READS.test(operation.name));
  expect(operations.length).toBeGreaterThanOrEqual(15);
  const scans: string[] = [];
  for (const operation of operations) {
    const capture = captureStatements(knex);
    try {
      await send(operation);
    } finally {
      capture.stop();
    }
    const hot = capture.statements.filter((statement) =>
      HOT_TABLES.some((table) => new RegExp(`"${table}"|\\b${table}\\b`).test(statement.sql)),
    );
    // Every one of these reads touches at least one of the tables.
    expect(hot.length).toBeGreaterThan(0);
    for (const statement of hot) {
      const scanned = sequentiallyScanned(await planOf(knex, statement), HOT_TABLES);
      if (scanned.length > 0) scans.push(`${operation.name}: ${scanned.join(', ')} in ${statement.sql}`);
    }
  }
  expect(scans).toEqual([]);
});

test('the discovery page of a stage reads its page in index order and the country total from the counters', async () => {
  const knex = server.orm.em.getConnection().getKnex();
  const capture = captureStatements(knex);
  try {
    const page = await server.graphql(
      '{ cooperatives(first: 20, filter: { stages: [OPERATING] }) { totalCount edges { node { id name } } } }',
    );
    expect(page.errors).toBeUndefined();
  } finally {
    capture.stop();
  }
  const [statement] = capture.statements.filter((captured) => captured.sql.includes('"cooperative" as "c"'));
  const nodes = planNodes(await planOf(knex, statement));
  const reads = (relation: string) => nodes.filter((node) => node['Relation Name'] === relation);
  // The page: the stage's names in order, not every stage's names filtered.
  expect(reads('cooperative').map((node) => node['Index Name'])).toEqual(['cooperative_stage_name_id_index']);
  // The total: the provinces' counter rows, named by code, with no join to the region table to find
  // them (at national size the rows are then read by key: 0.3 ms against 2 ms, measured).
  expect(reads('cooperative_stage_count').length).toBe(1);
  expect(reads('region')).toEqual([]);
});
