import { startTestServer, type TestServer } from './support/test-server';
import { declaredReadTables } from '../src/read-layer/read-table';
import { columnListSql } from '../src/read-layer/keyset';

/**
 * A page of cooperatives reads its nodes' units and offerings (with their totals) in its own
 * statement (embedded relations, see read-layer/keyset.ts). The same cooperatives read through `nodes`, where each
 * relation goes through its own batched loader, must give identical JSON: values, order, cursors
 * and page info, and the same visibility for every viewer.
 */
const COOPERATIVE_FIELDS = /* GraphQL */ `
  fragment CooperativeFields on Cooperative {
    id
    name
    units {
      id
      type
      status
      activeSince
      updatedAt
    }
    activeUnits: units(status: ACTIVE) {
      id
    }
    offerings(first: 2, statuses: $statuses) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          status
          commodity
          quantityPerMonth
          priceMin {
            amount
            currency
          }
          amountNeeded {
            amount
          }
          validUntil
          lastConfirmedAt
          createdAt
          updatedAt
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

const PAGE = /* GraphQL */ `
  query Page($first: Int!, $filter: CooperativeFilter, $statuses: [OfferingStatus!]) {
    cooperatives(first: $first, filter: $filter) {
      edges {
        node {
          ...CooperativeFields
        }
      }
    }
  }
  ${COOPERATIVE_FIELDS}
`;

const BY_ID = /* GraphQL */ `
  query ById($ids: [ID!]!, $statuses: [OfferingStatus!]) {
    nodes(ids: $ids) {
      ...CooperativeFields
    }
  }
  ${COOPERATIVE_FIELDS}
`;

interface Node {
  id: string;
  offerings: { totalCount: number; edges: unknown[] };
  units: unknown[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function bothWays(variables: Record<string, unknown>, token?: string) {
  const page = await server.graphql<{ cooperatives: { edges: { node: Node }[] } }>(PAGE, variables, {
    token,
  });
  expect(page.errors).toBeUndefined();
  const nodes = page.data!.cooperatives.edges.map((edge) => edge.node);
  const byId = await server.graphql<{ nodes: Node[] }>(
    BY_ID,
    { ids: nodes.map((node) => node.id), statuses: variables.statuses ?? null },
    { token },
  );
  expect(byId.errors).toBeUndefined();
  return { page: nodes, byId: byId.data!.nodes, sqlStatements: page.sqlStatements };
}

test.each([
  ['operating cooperatives', { first: 20, filter: { stages: ['OPERATING'] } }],
  ['a regency, 50 at a time', { first: 50, filter: { regionCode: '61.03' } }],
  ['cooperatives offering palm fruit', { first: 10, filter: { commodity: 'PALM_OIL_FFB' } }],
])('%s: the page gives what each cooperative gives by id', async (_, variables) => {
  const { page, byId } = await bothWays(variables);
  expect(page.length).toBeGreaterThan(0);
  expect(page.some((node) => node.offerings.edges.length > 0)).toBe(true);
  expect(page.some((node) => node.units.length > 0)).toBe(true);
  expect(page).toEqual(byId);
});

test('the page and its units and offerings, with their totals, are one statement', async () => {
  const { page, byId, sqlStatements } = await bothWays({ first: 50, filter: { regionCode: '61.03' } });
  expect(sqlStatements).toBe(1);
  expect(page.some((node) => node.offerings.totalCount > node.offerings.edges.length)).toBe(true);
  expect(page).toEqual(byId);
});

test('drafts stay hidden from the public and show to their own cooperative alike on both roads', async () => {
  const variables = { first: 50, filter: { regionCode: '61.03' }, statuses: ['DRAFT', 'PUBLISHED'] };
  const anonymous = await bothWays(variables);
  expect(anonymous.page).toEqual(anonymous.byId);
  const offeringStatuses = (nodes: Node[]) =>
    nodes.flatMap((node) =>
      node.offerings.edges.map((edge) => (edge as { node: { status: string } }).node.status),
    );
  expect(offeringStatuses(anonymous.page)).not.toContain('DRAFT');

  const chair = await server.signIn('ketua@demo.mitradesa.id');
  const signedIn = await bothWays(variables, chair);
  expect(signedIn.page).toEqual(signedIn.byId);
});

test("a cooperative's page reads its units and offerings with it, as by id", async () => {
  const { page } = await bothWays({ first: 5, filter: { stages: ['OPERATING'] } });
  for (const node of page) {
    const detail = await server.graphql<{ cooperative: Node }>(
      /* GraphQL */ `
        query Detail($id: ID!, $statuses: [OfferingStatus!]) {
          cooperative(id: $id) {
            ...CooperativeFields
          }
        }
        ${COOPERATIVE_FIELDS}
      `,
      { id: node.id, statuses: null },
    );
    expect(detail.errors).toBeUndefined();
    expect(detail.data!.cooperative).toEqual(node);
    expect(detail.sqlStatements).toBe(1);
  }
});

/** What the offerings page and the lookup by id both ask of a cooperative. */
const OFFERING_COOPERATIVE = /* GraphQL */ `
  fragment OfferingCooperative on Cooperative {
    id
    name
    kind
    stage
    legal {
      skAhuDate
      deedDate
    }
    createdAt
    updatedAt
  }
`;

test('a page of offerings reads their cooperatives with it, as by id', async () => {
  const query = /* GraphQL */ `
    query Offerings($first: Int!) {
      offerings(first: $first) {
        edges {
          cursor
          node {
            id
            title
            cooperative {
              ...OfferingCooperative
            }
          }
        }
      }
    }
    ${OFFERING_COOPERATIVE}
  `;
  const page = await server.graphql<{
    offerings: { edges: { node: { cooperative: { id: string } } }[] };
  }>(query, { first: 30 });
  expect(page.errors).toBeUndefined();
  expect(page.sqlStatements).toBe(1);
  const cooperatives = page.data!.offerings.edges.map((edge) => edge.node.cooperative);
  expect(cooperatives.length).toBe(30);
  const byId = await server.graphql<{ nodes: unknown[] }>(
    /* GraphQL */ `
      query ($ids: [ID!]!) {
        nodes(ids: $ids) {
          ...OfferingCooperative
        }
      }
      ${OFFERING_COOPERATIVE}
    `,
    { ids: cooperatives.map((cooperative) => cooperative.id) },
  );
  expect(byId.errors).toBeUndefined();
  expect(cooperatives).toEqual(byId.data!.nodes);
});

/**
 * A page reads only the columns its selection needs (read-layer/read-table.ts columnsFor), for its
 * rows and for the relations it embeds. Rows read that way must never reach a read that needs
 * more: the same cooperative and offerings asked whole in the same request come whole.
 */
test('a page read for few fields leaves nothing missing for a fuller read in the same request', async () => {
  const { page: whole } = await bothWays({ first: 5, filter: { stages: ['OPERATING'] } });
  const withOfferings = whole.find((node) => node.offerings.edges.length > 0)!;
  const mixed = await server.graphql<{
    cooperatives: { edges: { node: { id: string; name: string } }[] };
    whole: Node;
    again: { legal: { nib: string | null }; village: { name: string } };
  }>(
    /* GraphQL */ `
      query Mixed($id: ID!, $statuses: [OfferingStatus!]) {
        cooperatives(first: 5, filter: { stages: [OPERATING] }) {
          edges {
            node {
              id
              name
              units {
                type
              }
              offerings(first: 2) {
                edges {
                  node {
                    title
                  }
                }
              }
            }
          }
        }
        whole: cooperative(id: $id) {
          ...CooperativeFields
        }
        again: node(id: $id) {
          ... on Cooperative {
            legal {
              nib
            }
            village {
              name
            }
          }
        }
      }
      ${COOPERATIVE_FIELDS}
    `,
    { id: withOfferings.id, statuses: null },
  );
  expect(mixed.errors).toBeUndefined();
  expect(mixed.data!.whole).toEqual(withOfferings);
  const alone = await server.graphql<{ node: unknown }>(
    /* GraphQL */ `
      query ($id: ID!) {
        node(id: $id) {
          ... on Cooperative {
            legal {
              nib
            }
            village {
              name
            }
          }
        }
      }
    `,
    { id: withOfferings.id },
  );
  expect(mixed.data!.again).toEqual(alone.data!.node);
  expect(mixed.data!.again.village.name).toEqual(expect.any(String));
});

test('two uses of a relation with the same arguments read the columns of both', async () => {
  const query = /* GraphQL */ `
    query Aliases {
      cooperatives(first: 10, filter: { stages: [OPERATING] }) {
        edges {
          node {
            id
            titles: offerings(first: 3) {
              edges {
                node {
                  title
                }
              }
            }
            descriptions: offerings(first: 3) {
              edges {
                node {
                  description
                  priceMin {
                    amount
                  }
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
      edges: {
        node: {
          id: string;
          titles: { edges: { node: { title: string } }[] };
          descriptions: { edges: { node: { description: string } }[] };
        };
      }[];
    };
  };
  const page = await server.graphql<Page>(query);
  expect(page.errors).toBeUndefined();
  expect(page.sqlStatements).toBe(1);
  const nodes = page.data!.cooperatives.edges.map((edge) => edge.node);
  expect(nodes.some((node) => node.descriptions.edges.length > 0)).toBe(true);
  const byId = await server.graphql<{ nodes: unknown[] }>(
    /* GraphQL */ `
      query ($ids: [ID!]!) {
        nodes(ids: $ids) {
          ... on Cooperative {
            id
            titles: offerings(first: 3) {
              edges {
                node {
                  title
                }
              }
            }
            descriptions: offerings(first: 3) {
              edges {
                node {
                  description
                  priceMin {
                    amount
                  }
                }
              }
            }
          }
        }
      }
    `,
    { ids: nodes.map((node) => node.id) },
  );
  expect(byId.errors).toBeUndefined();
  expect(nodes).toEqual(byId.data!.nodes);
  for (const node of nodes) {
    for (const edge of node.descriptions.edges) expect(edge.node.description.length).toBeGreaterThan(0);
  }
});

test("a page of offerings that reads only its cooperatives' ids leaves their other fields whole", async () => {
  const first = await server.graphql<{ offerings: { edges: { node: { cooperative: { id: string } } }[] } }>(
    /* GraphQL */ `
      {
        offerings(first: 1) {
          edges {
            node {
              cooperative {
                id
              }
            }
          }
        }
      }
    `,
  );
  const id = first.data!.offerings.edges[0].node.cooperative.id;
  const whole = /* GraphQL */ `
    fragment Whole on Cooperative {
      id
      name
      memberCount
      legal {
        skAhuDate
      }
      createdAt
    }
  `;
  const mixed = await server.graphql<{ offerings: unknown; cooperative: unknown; node: unknown }>(
    /* GraphQL */ `
      query ($id: ID!) {
        offerings(first: 10) {
          edges {
            node {
              cooperative {
                id
              }
            }
          }
        }
        cooperative(id: $id) {
          ...Whole
        }
        node(id: $id) {
          ...Whole
        }
      }
      ${whole}
    `,
    { id },
  );
  expect(mixed.errors).toBeUndefined();
  const alone = await server.graphql<{ cooperative: { name: string } }>(
    /* GraphQL */ `
      query ($id: ID!) {
        cooperative(id: $id) {
          ...Whole
        }
      }
      ${whole}
    `,
    { id },
  );
  expect(alone.data!.cooperative.name).toEqual(expect.any(String));
  expect(mixed.data!.cooperative).toEqual(alone.data!.cooperative);
  expect(mixed.data!.node).toEqual(alone.data!.cooperative);
});

/** Types node-pg returns as text (numeric, bigint; MikroORM's parsers: date, timestamp, interval). */
const TEXT_TYPE_IDS = new Set([1700, 20, 1082, 1114, 1184, 1186]);

test("every read table's rows read as JSON give the values of its plain rows", async () => {
  const knex = server.orm.em.getKnex();
  const tables = declaredReadTables();
  expect(tables.length).toBeGreaterThanOrEqual(13);
  let compared = 0;
  for (const table of tables) {
    const plain = columnListSql(table.columns);
    const json = columnListSql(table.columns, table.textColumns ?? []);
    // The rule, also for a table the demo data leaves empty: the text-typed columns are declared.
    const described = await knex.raw(`select ${plain} from ${table.from} limit 0`);
    const textTyped = (described.fields as { name: string; dataTypeID: number }[])
      .filter((field) => TEXT_TYPE_IDS.has(field.dataTypeID))
      .map((field) => field.name);
    expect({ table: table.name, textColumns: [...(table.textColumns ?? [])].sort() }).toEqual({
      table: table.name,
      textColumns: textTyped.sort(),
    });
    // And the values where there are rows.
    const order = `order by ${table.alias}.id limit 200`;
    const rows = (await knex.raw(`select ${plain} from ${table.from} ${order}`)).rows;
    const asJson = (
      await knex.raw(
        `select coalesce(json_agg(x), '[]'::json) as rows from (select ${json} from ${table.from} ${order}) x`,
      )
    ).rows[0].rows;
    expect(asJson).toEqual(rows);
    if (rows.length > 0) compared += 1;
  }
  expect(compared).toBeGreaterThanOrEqual(10);
});
