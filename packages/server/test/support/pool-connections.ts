import type { Client } from 'pg';
import type { TestServer } from './test-server';

/**
 * The rows `sql` gives on every connection of the API's pool, taken all at once so that the idle
 * connections that ran earlier requests are among them: prepared statements and their plans live
 * per connection.
 */
export async function rowsOnEveryPoolConnection<R>(server: TestServer, sql: string): Promise<R[][]> {
  const knex = server.orm.em.getKnex();
  const pool = knex.client.pool as { max: number };
  const connections: Client[] = await Promise.all(
    Array.from({ length: pool.max }, () => knex.client.acquireConnection() as Promise<Client>),
  );
  try {
    const results = await Promise.all(connections.map((connection) => connection.query(sql)));
    return results.map(({ rows }) => rows as R[]);
  } finally {
    await Promise.all(connections.map((connection) => knex.client.releaseConnection(connection)));
  }
}
