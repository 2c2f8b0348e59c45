import { startTestServer, type TestServer } from './support/test-server';
import { dbIdOf, globalIdOf } from './support/ids';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Page = {
  cooperatives: {
    totalCount?: number;
    edges: { cursor: string; node: { id: string; name: string } }[];
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
  };
};

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $last: Int, $before: String, $filter: CooperativeFilter) {
    cooperatives(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

async function page(variables: Record<string, unknown>) {
  const response = await server.graphql<Page>(PAGE, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.cooperatives;
}

describe('connections', () => {
  const sanggau = { regionCode: '61.03' };

  test('walking forward page by page visits every row once, in name order', async () => {
    const expected = await server.orm.em
      .getKnex()('cooperative')
      .where('village_code', 'like', '61.03.%')
      .orderBy([{ column: 'name' }, { column: 'id' }])
      .pluck('name');
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: Page['cooperatives'] = await page({ first: 37, after, filter: sanggau });
      names.push(...result.edges.map((edge) => edge.node.name));
      expect(result.totalCount).toBe(expected.length);
      expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
      pages += 1;
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(names).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 37));
  });

  test('last/before walks backwards and returns the same rows as first/after', async () => {
    const forward = await page({ first: 10, filter: sanggau });
    const next = await page({ first: 10, after: forward.pageInfo.endCursor, filter: sanggau });
    const back = await page({ last: 10, before: next.edges[0].cursor, filter: sanggau });
    expect(back.edges.map((edge) => edge.node.id)).toEqual(forward.edges.map((edge) => edge.node.id));
    expect(back.pageInfo.hasNextPage).toBe(true);
    expect(back.pageInfo.hasPreviousPage).toBe(false);
    const tail = await page({ last: 3, filter: sanggau });
    expect(tail.pageInfo.hasNextPage).toBe(false);
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
  });

  test('cursors are stable: a row moving in front of the cursor does not shift the next page', async () => {
    const first = await page({ first: 5, filter: sanggau });
    const second = await page({ first: 5, after: first.pageInfo.endCursor, filter: sanggau });
    const third = await page({ first: 5, after: second.pageInfo.endCursor, filter: sanggau });
    // A row of the third page now sorts first: offset paging would shift page two by one.
    await server.orm.em
      .getKnex()('cooperative')
      .where('id', dbIdOf(third.edges[0].node.id))
      .update({ name: 'AAA Koperasi' });
    const secondAgain = await page({ first: 5, after: first.pageInfo.endCursor, filter: sanggau });
    expect(secondAgain.edges.map((edge) => edge.node.id)).toEqual(second.edges.map((edge) => edge.node.id));
    const restarted = await page({ first: 1, filter: sanggau });
    expect(restarted.edges[0].node.name).toBe('AAA Koperasi');
  });

  test('default page size is 20 and first: 0 returns no edges but still counts', async () => {
    const full = await page({});
    expect(full.edges).toHaveLength(20);
    const empty = await page({ first: 0 });
    expect(empty.edges).toHaveLength(0);
    expect(empty.pageInfo.endCursor).toBeNull();
    expect(empty.totalCount).toBe(full.totalCount);
    expect(full.totalCount).toBeGreaterThan(20);
  });

  test('first: 100 is allowed, first: 101 is refused', async () => {
    expect((await page({ first: 100 })).edges).toHaveLength(100);
    const refused = await server.graphql(PAGE, { first: 101 });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('global IDs and node', () => {
  test('node and nodes resolve every node type by its global ID', async () => {
    const ids = await server.graphql<Record<string, { edges: { node: { id: string } }[] }>>(/* GraphQL */ `
      {
        regions(first: 1) {
          edges {
            node {
              id
            }
          }
        }
        cooperatives(first: 1) {
          edges {
            node {
              id
            }
          }
        }
        offerings(first: 1) {
          edges {
            node {
              id
            }
          }
        }
        partners(first: 1) {
          edges {
            node {
              id
            }
          }
        }
        programs(first: 1) {
          edges {
            node {
              id
            }
          }
        }
        requests(first: 1) {
          edges {
            node {
              id
            }
          }
        }
        mentors(first: 1) {
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    expect(ids.errors).toBeUndefined();
    const all = Object.values(ids.data!).map((connection) => connection.edges[0].node.id);
    expect(all).toHaveLength(7);
    const response = await server.graphql<{ nodes: { __typename: string; id: string }[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      { ids: all },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.nodes.map((node) => node.id)).toEqual(all);
    expect(response.data!.nodes.map((node) => node.__typename)).toEqual([
      'Region',
      'Cooperative',
      'Offering',
      'Partner',
      'Program',
      'PartnerRequest',
      'Mentor',
    ]);
    const single = await server.graphql<{ node: { __typename: string; name: string } }>(
      'query ($id: ID!) { node(id: $id) { __typename ... on Cooperative { name } } }',
      { id: all[1] },
    );
    expect(single.data!.node.__typename).toBe('Cooperative');
    expect(single.data!.node.name).toContain('Koperasi');
  });

  test('an ID of a row that does not exist resolves to null', async () => {
    const missing = globalIdOf('Cooperative', 999999);
    const response = await server.graphql<{ node: null; cooperative: null }>(
      'query ($id: ID!) { node(id: $id) { id } cooperative(id: $id) { id } }',
      { id: missing },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: null, cooperative: null });
  });

  test('a draft offering is invisible through node, offering and the lists', async () => {
    const draftId = await server.orm.em.getKnex()('offering').where('status', 'DRAFT').first('id');
    expect(draftId).toBeDefined();
    const id = globalIdOf('Offering', draftId.id);
    const response = await server.graphql<{ node: null; offering: null; offerings: { edges: unknown[] } }>(
      'query ($id: ID!) { node(id: $id) { id } offering(id: $id) { id } offerings(first: 5, filter: { statuses: [DRAFT] }) { edges { cursor } } }',
      { id },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: null, offering: null, offerings: { edges: [] } });
  });
});
