import pino from 'pino';
import {
  buildSchema,
  defaultFieldResolver,
  execute,
  GraphQLError,
  parse,
  type GraphQLObjectType,
} from 'graphql';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import { DISCOVERY_PAGE } from '../bench/operations';
import { getSchema } from '../src/api/schema';
import { createExecutor, resolveFunctionProperties } from '../src/graphql/executor';

/**
 * Compiled execution (graphql-jit) answers exactly as graphql-js: the same requests go to a server
 * running each (GRAPHQL_EXECUTOR=jit and =js, each on its own copy of the demo database) and must
 * come back with the same HTTP status, data and errors, extensions included.
 */
let jit: TestServer;
let js: TestServer;
let fixture: Fixture;

beforeAll(async () => {
  [jit, js] = await Promise.all([
    startTestServer({ env: { GRAPHQL_EXECUTOR: 'jit' } }),
    startTestServer({ env: { GRAPHQL_EXECUTOR: 'js' } }),
  ]);
  fixture = await loadFixture(jit.orm.em.getKnex());
});
afterAll(() => Promise.all([jit?.close(), js?.close()]));

const tokens = new Map<string, string>();
async function tokenOf(server: TestServer, user: DemoUser): Promise<string> {
  const key = `${server.url} ${user}`;
  if (!tokens.has(key)) tokens.set(key, await server.signIn(DEMO[user]));
  return tokens.get(key)!;
}

type Comparable = Pick<GraphQLResponse, 'status' | 'data' | 'errors'>;

/** Sends the request to both servers and returns the compiled one's answer once both agree. */
async function same(
  query: string,
  variables?: Record<string, unknown>,
  user?: DemoUser,
): Promise<Comparable> {
  const ask = async (server: TestServer): Promise<Comparable> => {
    const { status, data, errors } = await server.graphql(
      query,
      variables,
      user ? { token: await tokenOf(server, user) } : {},
    );
    return { status, data, errors };
  };
  const [compiled, plain] = await Promise.all([ask(jit), ask(js)]);
  expect(JSON.stringify(compiled)).toBe(JSON.stringify(plain));
  return compiled;
}

const codes = (response: Comparable) => response.errors?.map((error) => error.extensions?.code);

test('a page of cooperatives with nested relations (the discovery page)', async () => {
  const response = await same(DISCOVERY_PAGE, { filter: { regionCode: '61.03' } });
  expect(response.status).toBe(200);
  expect(response.errors).toBeUndefined();
  const page = (response.data as { cooperatives: { edges: unknown[] } }).cooperatives;
  expect(page.edges.length).toBeGreaterThan(0);
  // Twice: the second answer comes from the cached compiled operation.
  await same(DISCOVERY_PAGE, { filter: { regionCode: '61.03' } });
  await same(DISCOVERY_PAGE, {});
});

test('node and nodes with own, foreign and invalid ids', async () => {
  const cooperative = globalIdOf('Cooperative', fixture.demoCooperativeId);
  const query = /* GraphQL */ `
    query Nodes($id: ID!, $ids: [ID!]!) {
      node(id: $id) {
        __typename
        id
        ... on Cooperative {
          name
          village {
            name
          }
        }
      }
      nodes(ids: $ids) {
        __typename
        id
        ... on Cooperative {
          name
        }
        ... on Partner {
          name
        }
      }
    }
  `;
  const ok = await same(query, {
    id: cooperative,
    ids: [cooperative, globalIdOf('Partner', fixture.bankId), globalIdOf('Cooperative', 999_999_999)],
  });
  expect(ok.errors).toBeUndefined();
  expect((ok.data as { node: { __typename: string } }).node.__typename).toBe('Cooperative');
  const foreign = Buffer.from('Nothing:1').toString('base64');
  const invalid = await same(query, { id: 'not a global id', ids: [cooperative, foreign, '!!'] });
  expect(invalid.errors?.length).toBeGreaterThan(0);
  await same(query, { id: foreign, ids: [] });
});

test('a search answering a union, with fragments and __typename', async () => {
  const query = /* GraphQL */ `
    query Search($q: String!, $withTitle: Boolean!) {
      search(q: $q, first: 10) {
        edges {
          cursor
          node {
            __typename
            ... on Cooperative {
              id
              name
            }
            ... on Offering {
              id
              title @include(if: $withTitle)
              cooperative {
                name
              }
            }
            ... on Partner {
              id
              name @skip(if: $withTitle)
            }
            ... on Program {
              id
            }
          }
        }
      }
    }
  `;
  for (const withTitle of [true, false]) {
    const response = await same(query, { q: 'sawit', withTitle });
    expect(response.errors).toBeUndefined();
    const edges = (response.data as { search: { edges: unknown[] } }).search.edges;
    expect(edges.length).toBeGreaterThan(0);
  }
});

describe('mutations', () => {
  const create = (input: Record<string, unknown>, user?: DemoUser) =>
    same(
      `mutation ($input: CreateOfferingInput!) {
        createOffering(input: $input) { offering { title priceMin { amount currency } } userErrors { code field message } }
      }`,
      { input: { cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId), ...input } },
      user,
    );
  const supply = {
    kind: 'SUPPLY',
    title: 'Tandan buah segar sawit',
    commodity: 'PALM_OIL_FFB',
    quantityPerMonth: '120.5',
    quantityUnit: 'TON',
    priceMin: '2750',
    priceMax: '3100.50',
    deliveryRegionCodes: ['61.03'],
  };

  test('a write that succeeds, and one refused with userErrors', async () => {
    const created = await create(supply, 'staff');
    expect(created.errors).toBeUndefined();
    const refused = await create({ ...supply, title: 'TB' }, 'staff');
    const payload = (refused.data as { createOffering: { userErrors: { code: string }[] } }).createOffering;
    expect(payload.userErrors.map((error) => error.code)).toEqual(['INVALID']);
  });

  test('UNAUTHENTICATED, FORBIDDEN and BAD_USER_INPUT (a custom scalar, argument validation)', async () => {
    expect(codes(await create(supply))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await create(supply, 'bankAdmin'))).toEqual(['FORBIDDEN']);
    const negative = await create({ ...supply, priceMin: '-1' }, 'staff');
    expect(codes(negative)).toEqual(['BAD_USER_INPUT']);
    expect(negative.status).toBe(400);
    expect(codes(await create({ ...supply, priceMin: 10.5 }, 'staff'))).toEqual(['BAD_USER_INPUT']);
  });
});

test('errors from resolvers keep their path, locations and extensions', async () => {
  // A dashboard outside the Dinas' region: FORBIDDEN from inside the resolver (data null).
  const query = `query ($code: String) { dinasDashboard(regionCode: $code) { region { code name } } }`;
  const forbidden = await same(query, { code: '11' }, 'dinasSanggau');
  expect(codes(forbidden)).toEqual(['FORBIDDEN']);
  expect(forbidden.errors?.[0]).toMatchObject({
    path: ['dinasDashboard'],
    locations: [{ line: 1, column: 25 }],
  });
  expect(codes(await same(query, { code: '61.03' }))).toEqual(['UNAUTHENTICATED']);
  // type-graphql's argument validation: a page larger than the cap.
  const tooLarge = await same(`{ cooperatives(first: 1000) { edges { node { id } } } }`);
  expect(codes(tooLarge)).toEqual(['BAD_USER_INPUT']);
});

test('variables of the wrong type, unknown operations and invalid documents', async () => {
  const page = `query Page($first: Int, $filter: CooperativeFilter) { cooperatives(first: $first, filter: $filter) { totalCount } }`;
  const wrongType = await same(page, { first: 'twenty' });
  expect(wrongType.status).toBe(400);
  expect(codes(wrongType)).toEqual(['BAD_USER_INPUT']);
  expect((await same(page, { filter: { nothing: 1 } })).status).toBe(400);
  expect((await same(page, { first: 2 ** 40 })).status).toBe(400);
  const required = await same(`query ($id: ID!) { node(id: $id) { id } }`, {});
  expect(codes(required)).toEqual(['BAD_USER_INPUT']);
  await same(`query A { __typename } query B { __typename }`);
  await same(`{ cooperatives(first: 2) { edges { node { nope } } } }`);
});

test('limits remembered per document still see each request: page sizes and @include as variables, NUL', async () => {
  const query = /* GraphQL */ `
    query Pages($n: Int, $m: Int, $deep: Boolean!) {
      cooperatives(first: $n) {
        edges {
          node {
            id
            offerings(first: $m) @include(if: $deep) {
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
  const small = { n: 2, m: 2, deep: true };
  expect((await same(query, small)).errors).toBeUndefined();
  const tooLarge = await same(query, { n: 100, m: 100, deep: true });
  expect(tooLarge.status).toBe(400);
  expect(tooLarge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxCost: 20_000 });
  // The same sizes without the nested list cost little; and the large one is refused every time.
  expect((await same(query, { n: 100, m: 100, deep: false })).errors).toBeUndefined();
  expect(codes(await same(query, { n: 100, m: 100, deep: true }))).toEqual(['BAD_USER_INPUT']);
  expect((await same(query, small)).errors).toBeUndefined();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const nul = await same(`{ search(q: "a\\u0000b") { totalCount } }`);
    expect(nul.status).toBe(400);
    expect(codes(nul)).toEqual(['BAD_USER_INPUT']);
  }
});

test('introspection (development) and __typename', async () => {
  const response = await same(
    `{ __typename __schema { queryType { name } } __type(name: "SearchResult") { kind possibleTypes { name } } }`,
  );
  expect(response.errors).toBeUndefined();
  await same(`mutation { __typename }`);
});

describe('the executor itself', () => {
  const log = pino({ level: 'silent' });

  test('compiles an operation once and serves it from the cache', async () => {
    const schema = await getSchema();
    const executor = createExecutor({ schema, log, kind: 'jit', cacheSize: 2 });
    const run = (source: string) =>
      executor({
        source,
        document: parse(source),
        operation: { operation: 'query' },
        request: {},
        context: {},
      });
    expect(await run('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    await run('{ __typename }');
    expect(executor.cachedOperations()).toBe(1);
    await run('{ a: __typename }');
    await run('{ b: __typename }');
    // Bounded: the least recently used one made room.
    expect(executor.cachedOperations()).toBe(2);
  });

  test("a connection's totalCount (a function property) is called, as graphql-js does", async () => {
    const schema = await getSchema();
    resolveFunctionProperties(schema);
    const connection = schema.getType('CooperativeConnection') as GraphQLObjectType;
    expect(connection.getFields().totalCount!.resolve).toBe(defaultFieldResolver);
    // Plain properties stay without a resolver: graphql-jit reads them directly.
    expect(connection.getFields().edges!.resolve).toBeUndefined();
  });

  test("rebuilds graphql-jit's errors as graphql-js ones, extensions included", async () => {
    const schema = buildSchema('type Query { secret: String plain: String }');
    const fields = schema.getQueryType()!.getFields();
    fields.secret!.resolve = () => {
      throw new GraphQLError('You may not do this.', { extensions: { code: 'FORBIDDEN' } });
    };
    fields.plain!.resolve = async () => {
      throw new Error('boom');
    };
    const source = '{ secret\n plain }';
    const request = {
      source,
      document: parse(source),
      operation: { operation: 'query' },
      request: {},
      context: {},
    };
    const compiled = await createExecutor({ schema, log, kind: 'jit' })(request);
    const plain = await execute({ schema, document: request.document });
    expect(compiled.data).toEqual({ secret: null, plain: null });
    const shapes = (errors: readonly GraphQLError[] | undefined) =>
      errors?.map((error) => ({
        json: error.toJSON(),
        isGraphQLJs: Object.getPrototypeOf(error) === GraphQLError.prototype,
        original: error.originalError?.message,
        extensions: error.extensions,
      }));
    expect(shapes(compiled.errors)).toEqual(shapes(plain.errors));
    expect(compiled.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(compiled.errors?.[1]?.locations).toEqual([{ line: 2, column: 2 }]);
  });
});
