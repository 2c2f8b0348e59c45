import { expireStaleOfferings } from '../src/modules/offering/offering.expiry';
import { expireOverdueRequests } from '../src/modules/request/partner-request.expiry';
import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf } from './support/ids';

/** Freshness: published offerings past validUntil and open requests past their deadline expire. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const knex = () => server.orm.em.getKnex();
const NOW = new Date('2027-06-01T00:00:00Z');

test('the job expires exactly the stale published offerings and bumps their version', async () => {
  const before: { id: number; status: string; valid_until: Date | null; version: number }[] = await knex()(
    'offering',
  ).select('id', 'status', 'valid_until', 'version');
  const stale = before.filter(
    (row) => row.status === 'PUBLISHED' && row.valid_until !== null && new Date(row.valid_until) <= NOW,
  );
  expect(stale.length).toBeGreaterThan(0);
  expect(before.some((row) => row.status === 'PUBLISHED' && !stale.includes(row))).toBe(true);

  expect(await expireStaleOfferings(server.orm.em.fork(), NOW)).toBe(stale.length);

  const after = new Map(
    (await knex()('offering').select('id', 'status', 'version')).map((row) => [row.id, row]),
  );
  for (const row of before) {
    const expired = stale.includes(row);
    expect(after.get(row.id)).toEqual({
      id: row.id,
      status: expired ? 'EXPIRED' : row.status,
      version: expired ? row.version + 1 : row.version,
    });
  }
  // Nothing left to do: a second run changes nothing.
  expect(await expireStaleOfferings(server.orm.em.fork(), NOW)).toBe(0);
});

test('open requests past their deadline expire; parallel runs expire each one once', async () => {
  const overdue = await knex()('partner_request')
    .where('status', 'OPEN')
    .where('deadline', '<=', NOW)
    .pluck('id');
  expect(overdue.length).toBeGreaterThan(0);
  const runs = await Promise.all([
    expireOverdueRequests(server.orm.em.fork(), NOW),
    expireOverdueRequests(server.orm.em.fork(), NOW),
  ]);
  expect(runs[0] + runs[1]).toBe(overdue.length);
  const statuses = await knex()('partner_request').whereIn('id', overdue).pluck('status');
  expect(new Set(statuses)).toEqual(new Set(['EXPIRED']));
  // Lists hide expired requests by default.
  const response = await server.graphql<{ requests: { edges: { node: { id: string } }[] } }>(
    '{ requests(first: 100) { edges { node { id } } } }',
  );
  const listed = response.data!.requests.edges.map((edge) => dbIdOf(edge.node.id));
  expect(listed.filter((id) => overdue.includes(id))).toEqual([]);
});
