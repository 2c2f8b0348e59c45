import { Client, type QueryConfig } from 'pg';
import { MAX_PREPARED_PER_CONNECTION, namePreparedStatements } from '../src/shared/prepared-statements';
import { startTestServer, type TestServer } from './support/test-server';
import { ADMIN_URL_ENV } from './support/test-database';
import { rowsOnEveryPoolConnection } from './support/pool-connections';

/**
 * Read statements marked with preparedRead run as named prepared statements, one per text and
 * connection, up to a bound; others run as before.
 */
async function connected(): Promise<Client> {
  const client = new Client({ connectionString: process.env[ADMIN_URL_ENV] });
  await client.connect();
  namePreparedStatements(client as unknown as Parameters<typeof namePreparedStatements>[0]);
  return client;
}

const preparedCount = async (client: Client) =>
  Number((await client.query('select count(*) as n from pg_prepared_statements')).rows[0].n);

test('a marked statement is prepared once per text and reused; an unmarked one is not prepared', async () => {
  const client = await connected();
  try {
    const marked = (value: number) =>
      client.query({
        text: 'select $1::int + 1 as next',
        values: [value],
        mitradesaPrepare: true,
      } as QueryConfig);
    expect((await marked(1)).rows[0].next).toBe(2);
    expect((await marked(41)).rows[0].next).toBe(42);
    await client.query({ text: 'select $1::int * 2 as twice', values: [3] });
    const { rows } = await client.query('select statement from pg_prepared_statements');
    expect(rows.map((row: { statement: string }) => row.statement)).toEqual(['select $1::int + 1 as next']);
  } finally {
    await client.end();
  }
});

test(`a connection prepares at most ${MAX_PREPARED_PER_CONNECTION} texts and runs the others unprepared`, async () => {
  const client = await connected();
  try {
    for (let index = 0; index < MAX_PREPARED_PER_CONNECTION + 5; index += 1) {
      const { rows } = await client.query({
        text: `select ${index} as n`,
        values: [],
        mitradesaPrepare: true,
      } as QueryConfig);
      expect(rows[0].n).toBe(index);
    }
    expect(await preparedCount(client)).toBe(MAX_PREPARED_PER_CONNECTION);
  } finally {
    await client.end();
  }
});

describe('through the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  test.each([
    [
      'a list page',
      '{ cooperatives(first: 3) { totalCount edges { node { id name } } } }',
      'select count(*) as n from pg_prepared_statements where statement like \'%from "cooperative" as "c"%\'',
    ],
    [
      "a cooperative's page with its offerings",
      '{ cooperative(id: "Q29vcGVyYXRpdmU6MQ") { name offerings(first: 2) { edges { node { title } } } } }',
      'select count(*) as n from pg_prepared_statements where statement like \'%"__offerings"%where "c"."id" = $%\'',
    ],
  ])('%s runs prepared: the same text twice on a connection, parsed once', async (_, query, count) => {
    const first = await server.graphql<Record<string, unknown>>(query);
    expect(first.errors).toBeUndefined();
    const again = await server.graphql<Record<string, unknown>>(query);
    expect(again.data).toEqual(first.data);
    const held = await rowsOnEveryPoolConnection<{ n: string }>(server, count);
    expect(held.some((rows) => Number(rows[0]!.n) > 0)).toBe(true);
  });
});
