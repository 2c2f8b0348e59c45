import { knex as createKnex, type Knex } from '@mikro-orm/postgresql';
import type { Client } from 'pg';
import { namePreparedStatements } from '../src/shared/prepared-statements';
import { checkStatementTemplates, readByShape } from '../src/shared/statement-templates';
import { startTestServer, type TestServer } from './support/test-server';
import { ADMIN_URL_ENV } from './support/test-database';
import { rowsOnEveryPoolConnection } from './support/pool-connections';

/**
 * Reads kept per shape (shared/statement-templates.ts): the statement is built once per key, later
 * requests of the key bind their own values into it, and the check of the test suite catches a key
 * that leaves out something the statement depends on.
 */
let knex: Knex;
beforeAll(() => {
  knex = createKnex({
    client: 'pg',
    connection: process.env[ADMIN_URL_ENV],
    // One connection, naming prepared statements as the API's pool does.
    pool: {
      min: 0,
      max: 1,
      afterCreate: (connection: Client, done: (error: Error | null, connection: Client) => void) => {
        namePreparedStatements(connection as unknown as Parameters<typeof namePreparedStatements>[0]);
        done(null, connection);
      },
    },
  });
});
afterAll(async () => {
  await knex.destroy();
  checkStatementTemplates(true);
});

const valuesStatement = (builds: { count: number }, table: string) => (values: readonly unknown[]) => {
  builds.count += 1;
  return knex
    .select('v')
    .from(knex.raw(`(values (1), (2), (3), (4)) as ${table}(v)`))
    .where('v', '>', values[0] as number)
    .orderBy('v')
    .limit(2);
};

test("a key's statement is built once; each read binds its own values", async () => {
  checkStatementTemplates(false);
  const builds = { count: 0 };
  const read = (after: number) =>
    readByShape<{ v: number }>(knex, 'values after', [after], valuesStatement(builds, 't'));
  expect(await read(0)).toEqual([{ v: 1 }, { v: 2 }]);
  expect(await read(2)).toEqual([{ v: 3 }, { v: 4 }]);
  expect(await read(3)).toEqual([{ v: 4 }]);
  expect(builds.count).toBe(1);
});

test('without a key the statement is built for every read', async () => {
  checkStatementTemplates(false);
  const builds = { count: 0 };
  const read = (after: number) =>
    readByShape<{ v: number }>(knex, null, [after], valuesStatement(builds, 't'));
  expect(await read(1)).toEqual([{ v: 2 }, { v: 3 }]);
  expect(await read(1)).toEqual([{ v: 2 }, { v: 3 }]);
  expect(builds.count).toBe(2);
});

test('the check refuses a key that leaves out an input of the statement', async () => {
  checkStatementTemplates(true);
  // The page size is an input of the statement, but not of the key: a mistake the check must find.
  const read = (after: number, pageSize: number) =>
    readByShape<{ v: number }>(knex, 'values after, any page size', [after], (values) =>
      knex
        .select('v')
        .from(knex.raw('(values (1), (2), (3), (4)) as t(v)'))
        .where('v', '>', values[0] as number)
        .orderBy('v')
        .limit(pageSize),
    );
  expect(await read(0, 2)).toEqual([{ v: 1 }, { v: 2 }]);
  await expect(read(0, 3)).rejects.toThrow(/The statement kept for "values after, any page size" differs/);
});

test("the key's plain constants are written into the statement; other text stays a parameter", async () => {
  checkStatementTemplates(true);
  const read = (after: string) =>
    readByShape<{ v: string }>(knex, 'words after', [after], (values) =>
      knex
        .select('v')
        .from(knex.raw(`(values ('a b'), ('it''s'), ('x-1'), ('zz')) as words(v)`))
        .where((words) =>
          words
            .where('v', 'a b')
            .orWhere('v', "it's")
            .orWhere('v', '>', values[0] as string),
        )
        .orderBy('v')
        .limit(10),
    );
  expect(await read('y')).toEqual([{ v: 'a b' }, { v: "it's" }, { v: 'zz' }]);
  expect(await read('x')).toEqual([{ v: 'a b' }, { v: "it's" }, { v: 'x-1' }, { v: 'zz' }]);
  const { rows } = await knex.raw<{ rows: { statement: string }[] }>(
    "select statement from pg_prepared_statements where statement like '%words(v)%'",
  );
  expect(rows).toHaveLength(1);
  const [{ statement }] = rows;
  expect(statement).toContain(`"v" = 'a b'`);
  expect(statement).toContain('limit (10)');
  // The apostrophe's text and the request's value are parameters.
  expect(statement).toMatch(/"v" = \$1 or "v" > \$2/);
});

test('a kept statement runs on the pool as a counted query; inside a transaction, on its connection', async () => {
  checkStatementTemplates(false);
  const read = (runner: Knex, after: number) =>
    readByShape<{ v: number }>(runner, 'values after', [after], valuesStatement({ count: 0 }, 't'));
  const announced: string[] = [];
  const listen = (query: { sql: string }) => announced.push(query.sql);
  knex.on('query', listen);
  try {
    expect(await read(knex, 1)).toEqual([{ v: 2 }, { v: 3 }]);
  } finally {
    knex.off('query', listen);
  }
  expect(announced).toEqual([expect.stringMatching(/"v" > \$1/)]);

  // The pool has one connection, held by the transaction: the read must run on it (or wait forever).
  await knex.transaction(async (trx) => {
    expect(await read(trx, 3)).toEqual([{ v: 4 }]);
  });
});

test('a failing kept statement gives its error and its connection back; an undefined value is refused', async () => {
  checkStatementTemplates(false);
  const read = (after: unknown) =>
    readByShape<{ v: number }>(knex, 'values after', [after], valuesStatement({ count: 0 }, 't'));
  // More failures than the pool's one connection: each must be released for the next to run.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await expect(read('not a number')).rejects.toThrow(/invalid input syntax for type integer/);
  }
  await expect(read(undefined)).rejects.toThrow(
    /An undefined value in the statement kept for "values after"/,
  );
  expect(await read(2)).toEqual([{ v: 3 }, { v: 4 }]);
});

describe('through the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const PAGE = /* GraphQL */ `
    query Page($after: String, $stages: [CooperativeStage!]) {
      cooperatives(first: 3, after: $after, filter: { stages: $stages }) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          node {
            id
            name
            units {
              type
            }
            offerings(first: 2) {
              totalCount
              edges {
                node {
                  id
                }
              }
            }
          }
        }
      }
    }
  `;

  type Page = {
    cooperatives: {
      totalCount: number;
      pageInfo: { endCursor: string; hasNextPage: boolean };
      edges: { node: { id: string; name: string } }[];
    };
  };

  test('pages read through a kept statement are the pages of the list, cursor after cursor', async () => {
    checkStatementTemplates(true);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 4; page += 1) {
      const variables: Record<string, unknown> = { after, stages: ['OPERATING'] };
      const { data, errors } = await server.graphql<Page>(PAGE, variables);
      expect(errors).toBeUndefined();
      const { edges, pageInfo }: Page['cooperatives'] = data!.cooperatives;
      seen.push(...edges.map(({ node }) => node.name));
      after = pageInfo.endCursor;
    }
    const { rows } = await server.orm.em
      .getKnex()
      .raw<{ rows: { name: string }[] }>(
        "select name from cooperative where stage = 'OPERATING' order by name, id limit 12",
      );
    expect(seen).toEqual(rows.map(({ name }) => name));
  });

  test('the discovery page is planned once per connection, not on every request', async () => {
    for (let run = 0; run < 8; run += 1) {
      const { errors } = await server.graphql(PAGE, { stages: ['GROWING'] });
      expect(errors).toBeUndefined();
    }
    const plans = await rowsOnEveryPoolConnection<{ generic_plans: string; custom_plans: string }>(
      server,
      `select generic_plans, custom_plans from pg_prepared_statements
        where statement like '%"c"."stage" in (''GROWING'')%'`,
    );
    const runs = plans.flat();
    expect(runs.length).toBeGreaterThan(0);
    // No parameter is left, so PostgreSQL keeps one plan: no custom plan per run.
    for (const run of runs) expect(Number(run.custom_plans)).toBe(0);
    expect(runs.reduce((sum, run) => sum + Number(run.generic_plans), 0)).toBe(8);
  });

  test('another filter is another statement: its rows and total are its own', async () => {
    checkStatementTemplates(true);
    const operating = await server.graphql<Page>(PAGE, { stages: ['OPERATING'] });
    const formed = await server.graphql<Page>(PAGE, { stages: ['LEGALLY_FORMED'] });
    const { rows } = await server.orm.em
      .getKnex()
      .raw<{ rows: { stage: string; n: string }[] }>(
        "select stage, count(*) as n from cooperative where stage in ('OPERATING', 'LEGALLY_FORMED') group by stage",
      );
    const count = (stage: string) => Number(rows.find((row) => row.stage === stage)?.n ?? 0);
    expect(operating.data!.cooperatives.totalCount).toBe(count('OPERATING'));
    expect(formed.data!.cooperatives.totalCount).toBe(count('LEGALLY_FORMED'));
    expect(formed.data!.cooperatives.edges).not.toEqual(operating.data!.cooperatives.edges);
  });
});
