import { startTestServer, type TestServer } from './support/test-server';

/**
 * No N+1: the discovery query costs one statement for the page plus one per relation hop
 * (village, district, regency, units, offerings, mentor), whatever the page size.
 */
const DISCOVERY = /* GraphQL */ `
  query Discovery($first: Int!, $withTotal: Boolean!) {
    cooperatives(first: $first) {
      totalCount @include(if: $withTotal)
      edges {
        node {
          id
          name
          village {
            name
            parent {
              name
              parent {
                name
              }
            }
          }
          units {
            type
            status
          }
          offerings(first: 5) {
            edges {
              node {
                id
                title
                commodity
              }
            }
          }
          mentor {
            id
            name
          }
        }
      }
    }
  }
`;
const RELATION_HOPS = 6;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function statementsFor(first: number, withTotal: boolean) {
  const response = await server.graphql<{ cooperatives: { edges: unknown[] } }>(DISCOVERY, {
    first,
    withTotal,
  });
  expect(response.errors).toBeUndefined();
  expect(response.data!.cooperatives.edges).toHaveLength(first);
  return response.sqlStatements;
}

test('a page of 50 costs the same statements as a page of 5, within 1 + relation hops', async () => {
  const five = await statementsFor(5, false);
  const fifty = await statementsFor(50, false);
  expect(fifty).toBe(five);
  expect(fifty).toBeLessThanOrEqual(1 + RELATION_HOPS);
});

test('totalCount is read in the page statement: asking for it adds no statement', async () => {
  for (const first of [5, 50]) {
    const without = await statementsFor(first, false);
    const withTotal = await statementsFor(first, true);
    expect(withTotal).toBe(without);
  }
});

test('nested connections batch: partners with programs and requests and their counts', async () => {
  const query = /* GraphQL */ `
    query ($first: Int!) {
      partners(first: $first, filter: { types: [PRIVATE_BUYER] }) {
        edges {
          node {
            name
            coverage {
              code
            }
            programs(first: 3) {
              totalCount
              edges {
                node {
                  name
                }
              }
            }
            requests(first: 3) {
              totalCount
              edges {
                node {
                  title
                  deliveryRegion {
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  `;
  const small = await server.graphql(query, { first: 3 });
  const large = await server.graphql(query, { first: 20 });
  expect(small.errors).toBeUndefined();
  expect(large.errors).toBeUndefined();
  expect(large.sqlStatements).toBe(small.sqlStatements);
  // partners, coverage codes, coverage regions, programs, program counts, requests, request counts, delivery regions
  expect(large.sqlStatements).toBeLessThanOrEqual(8);
});

describe('documents and attestations of a page of cooperatives', () => {
  const query = /* GraphQL */ `
    query ($first: Int!) {
      cooperatives(first: $first) {
        edges {
          node {
            id
            documents {
              type
              status
              number
              hasFile
              file {
                name
              }
            }
            attestations {
              subject
              mentor {
                name
              }
            }
          }
        }
      }
    }
  `;

  async function statements(first: number, token?: string) {
    const response = await server.graphql<{ cooperatives: { edges: { node: { documents: unknown[] } }[] } }>(
      query,
      { first },
      token ? { token } : {},
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.cooperatives.edges).toHaveLength(first);
    expect(response.data!.cooperatives.edges.some((edge) => edge.node.documents.length > 0)).toBe(true);
    return response.sqlStatements;
  }

  test('a page of 50 costs the same as a page of 5: the page, documents, attestations', async () => {
    const five = await statements(5);
    const fifty = await statements(50);
    expect(fifty).toBe(five);
    expect(fifty).toBeLessThanOrEqual(3);
  });

  test('for a mentor (whose access depends on the caseload), still independent of the page size', async () => {
    const token = await server.signIn('pendamping@demo.mitradesa.id');
    const five = await statements(5, token);
    const fifty = await statements(50, token);
    expect(fifty).toBe(five);
    // The session, the page, documents, attestations and the mentor's caseload (once per request).
    expect(fifty).toBeLessThanOrEqual(5);
  });
});
