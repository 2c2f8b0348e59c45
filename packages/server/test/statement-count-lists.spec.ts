import { startTestServer, type TestServer } from './support/test-server';

/**
 * Every root list, with the relations its pages show, costs a few SQL statements for a page of 50
 * and the same for a page of 100: no relation is read per row (N+1). Each list must hold more than
 * 5 rows for the viewer, or the bound would prove nothing. A page of 5 may cost fewer: a relation
 * none of its rows has is not read.
 */
interface ListCase {
  name: string;
  /** The root field; its connection takes `first: $first`. */
  field: string;
  /** Arguments besides `first`, as GraphQL text. */
  args?: string;
  /** What each node selects. */
  node: string;
  /** Who asks (a demo account), when the list is not public. */
  viewer?: string;
  /** The most statements a page of 50 may cost: far fewer than a statement per row. */
  most: number;
  /** Rows the list needs that the demo data lacks. */
  prepare?: (server: TestServer, viewerEmail: string) => Promise<void>;
}

/** Notifications of the viewer (the demo data has none): 120, so that a page of 100 is full. */
async function notificationsFor(server: TestServer, email: string): Promise<void> {
  const knex = server.orm.em.getKnex();
  const { id } = await knex('app_user').where({ email }).first('id');
  await knex('notification').insert(
    Array.from({ length: 120 }, (_, index) => ({
      recipient_id: id,
      kind: 'PROPOSAL_UPDATED',
      subject_type: 'PROPOSAL',
      subject_id: index + 1,
      subject_label: `Usulan ${index + 1}`,
      proposal_action: 'COUNTER',
    })),
  );
}

const CASES: ListCase[] = [
  {
    name: 'cooperatives with units, offerings (and their totals) and regions',
    field: 'cooperatives',
    node: `id name village { name parent { name parent { name } } } units { type status }
      offerings(first: 3) { totalCount edges { node { id title } } }`,
    most: 1,
  },
  {
    name: 'offerings with their cooperatives and delivery regions',
    field: 'offerings',
    node: `id title priceMin { amount } cooperative { id name village { name } } deliveryRegions { name }`,
    most: 2,
  },
  {
    name: 'partners with coverage, programs and requests',
    field: 'partners',
    node: `id name coverage { name } programs(first: 3) { totalCount edges { node { id name } } }
      requests(first: 3) { edges { node { id deliveryRegion { name } } } }`,
    most: 6,
  },
  {
    name: 'programs with their partners and coverage',
    field: 'programs',
    node: `id name partner { id name } coverage { name }`,
    most: 3,
  },
  {
    name: 'partner requests with their partners and delivery regions',
    field: 'requests',
    node: `id commodity partner { id name } deliveryRegion { name parent { name } }`,
    most: 2,
  },
  {
    name: 'mentors with regency, supervisor and caseload',
    field: 'mentors',
    node: `id name regency { name } supervisor { id name } caseload(first: 3) { edges { node { id name } } }`,
    most: 4,
  },
  {
    name: 'regions with their parents and ancestors',
    field: 'regions',
    args: 'level: VILLAGE',
    node: `code name parent { name } ancestors { name }`,
    most: 2,
  },
  {
    name: "a bank's proposals with every side and the latest terms",
    field: 'proposals',
    node: `id status cooperative { id name } partner { id name } offering { id title } program { id name }
      request { id } mentor { id name } latestTerms { version amount { amount } } viewerActions`,
    viewer: 'bank@demo.mitradesa.id',
    most: 10,
  },
  {
    name: "a cooperative chair's notifications",
    field: 'notifications',
    node: 'id kind subjectLabel createdAt readAt',
    viewer: 'ketua@demo.mitradesa.id',
    prepare: notificationsFor,
    most: 3,
  },
];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe.each(CASES)('$name', ({ field, args, node, viewer, most, prepare }) => {
  const query = /* GraphQL */ `
    query List($first: Int!) {
      list: ${field}(first: $first${args ? `, ${args}` : ''}) {
        totalCount
        edges { node { ${node} } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `;

  test('a page of 50 costs a few statements, and a page of 100 no more', async () => {
    if (prepare) await prepare(server, viewer!);
    const token = viewer ? await server.signIn(viewer) : undefined;
    const counts: number[] = [];
    const sizes: number[] = [];
    for (const first of [5, 50, 100]) {
      const response = await server.graphql<{ list: { edges: unknown[] } }>(query, { first }, { token });
      expect(response.errors).toBeUndefined();
      sizes.push(response.data!.list.edges.length);
      counts.push(response.sqlStatements);
    }
    expect(sizes[0]).toBe(5);
    expect(sizes[1]).toBeGreaterThan(5);
    // A relation no row of a small page has (a proposal's request) is not read at all.
    expect(counts[0]).toBeLessThanOrEqual(counts[1]);
    expect(counts[2]).toBe(counts[1]);
    expect(counts[1]).toBeLessThanOrEqual(most);
  });
});
