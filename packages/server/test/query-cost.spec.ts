import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getSchema } from '../src/api/schema';
import { estimateQueryCost, MAX_QUERY_COST, PLAIN_LIST_SIZE } from '../src/graphql/plugins';
import { REPO_ROOT } from '../src/shared/paths';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * The cost estimate counts plain lists of objects (`[T]` without paging), so that nesting them
 * under pages cannot return tens of thousands of objects; and every operation of the web app
 * stays under the limit.
 */

/** The largest page size the web app asks for through a variable (PAGE_SIZE is 20; a few lists take 50). */
const WEB_PAGE_SIZE = 50;

/** A small valid value for a variable the operation requires (the estimate needs it to coerce). */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  switch (type.name) {
    case 'Int':
      return name === 'first' || name === 'last' ? WEB_PAGE_SIZE : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Decimal':
      return '1000000';
    case 'LocalDate':
      return '2026-01-01';
    case 'DateTimeISO':
      return '2026-12-01T00:00:00Z';
    default:
      return 'x';
  }
}

interface WebOperation {
  name: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
}

/** The document as Apollo Client sends it: `__typename` in every selection set. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: (node: SelectionSetNode): SelectionSetNode => ({
      ...node,
      selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
    }),
  });
}

function webOperations(schema: GraphQLSchema): WebOperation[] {
  const folder = path.join(REPO_ROOT, 'packages/web/src/graphql/operations');
  const definitions: DefinitionNode[] = readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => withTypenames(parse(readFileSync(path.join(folder, file), 'utf8'))).definitions);
  const fragments = definitions.filter(
    (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  return definitions
    .filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )
    .map((operation) => {
      const variables: Record<string, unknown> = {};
      for (const definition of operation.variableDefinitions ?? []) {
        const name = definition.variable.name.value;
        const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
        if (isNonNullType(type) || name === 'first' || name === 'last')
          variables[name] = sampleValue(type, name);
      }
      return {
        name: operation.name?.value ?? '(anonymous)',
        document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] },
        variables,
      };
    });
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

test('every operation of the web app is under the cost limit, with variable page sizes at 50', () => {
  const operations = webOperations(schema);
  expect(operations.length).toBeGreaterThan(50);
  const costs = operations.map((operation) => ({
    name: operation.name,
    cost: estimateQueryCost(schema, operation.document, operation.variables, operation.name),
  }));
  const highest = [...costs].sort((a, b) => b.cost - a.cost).slice(0, 5);
  console.log(
    `highest web operation costs (limit ${MAX_QUERY_COST}): ${highest.map((c) => `${c.name} ${c.cost}`).join(', ')}`,
  );
  expect(costs.filter((operation) => operation.cost > MAX_QUERY_COST)).toEqual([]);
});

test('a plain list of objects counts as PLAIN_LIST_SIZE items; lists of enums and edges do not', () => {
  const cost = (query: string) => estimateQueryCost(schema, parse(query), {}, undefined);
  // 1 (offering) + 1 (id) + deliveryRegions: 1 + 10 × (id + name).
  expect(cost('{ offering(id: "x") { id deliveryRegions { id name } } }')).toBe(
    1 + 1 + 1 + PLAIN_LIST_SIZE * 2,
  );
  // A list of enums is one value.
  expect(cost('{ partner(id: "x") { commodities } }')).toBe(2);
  // edges are counted by the page size only: 1 + 5 × (edges 1 + node 1 + id 1).
  expect(cost('{ offerings(first: 5) { edges { node { id } } } }')).toBe(1 + 5 * 3);
});

describe('over HTTP', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer();
    token = await server.signIn('admin@demo.mitradesa.id');
  });
  afterAll(() => server.close());

  const offeringsWithRegions = (alias: string) =>
    `${alias}: offerings(first: 100) { edges { node { id deliveryRegions { id name parent { id name parent { id name } } } cooperative { id units { id } officers { name } documents { id } } } } }`;

  test('plain lists nested under pages are counted: eight copies of a 2,500-object page are refused', async () => {
    // Before plain lists counted, this was estimated at 16,008 and returned 20,529 objects (819 KB).
    const query = `{ ${Array.from({ length: 8 }, (_, index) => offeringsWithRegions(`a${index}`)).join(' ')} }`;
    const response = await server.graphql(query, undefined, { token });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.cost).toBeGreaterThan(MAX_QUERY_COST);
    // Refused before execution: the only statement is the session lookup of the token.
    expect(response.sqlStatements).toBe(1);
  });

  test('one such page is still served, and returns fewer objects than its estimate', async () => {
    const query = `{ ${offeringsWithRegions('page')} }`;
    const estimate = estimateQueryCost(schema, parse(query), {}, undefined);
    expect(estimate).toBeLessThanOrEqual(MAX_QUERY_COST);
    const response = await server.graphql<{ page: unknown }>(query, undefined, { token });
    expect(response.errors).toBeUndefined();
    expect(objectCount(response.data)).toBeLessThanOrEqual(estimate);
  });
});

function objectCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + objectCount(item), 0);
  if (value !== null && typeof value === 'object') {
    return 1 + Object.values(value).reduce((sum: number, item) => sum + objectCount(item), 0);
  }
  return 0;
}
