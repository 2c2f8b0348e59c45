import { buildSchema, execute, parse, type DocumentNode, type GraphQLResolveInfo } from 'graphql';
import { fieldsUnder, selectedFields } from '../src/graphql/lookahead';

/**
 * selectedFields answers from a cache per document, path and variables (graphql/lookahead.ts):
 * the same document asked again with other variables must see its own selection.
 */
const schema = buildSchema(`
  type Unit { type: String status: String }
  type Cooperative { name: String units(status: String): [Unit] }
  type Query { page: Cooperative }
`);

/** Parsed once per text, as Apollo's document cache does: the cache is keyed by the parsed nodes. */
const documents = new Map<string, DocumentNode>();
function parsed(source: string): DocumentNode {
  let document = documents.get(source);
  if (!document) documents.set(source, (document = parse(source)));
  return document;
}

/** What selectedFields answers under `page`, for a query and its variables. */
async function selectionOf(source: string, variables: Record<string, unknown> = {}) {
  let answer: ReturnType<typeof selectedFields> | undefined;
  const rootValue = {
    page: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      answer = selectedFields(info, []);
      return null;
    },
  };
  const result = await execute({ schema, document: parsed(source), rootValue, variableValues: variables });
  expect(result.errors).toBeUndefined();
  return answer!;
}

/** The answer as `field(args) {selected}` lines. */
const described = (answer: ReturnType<typeof selectedFields>) =>
  [...answer].flatMap(([name, uses]) =>
    uses.map((use) => `${name}(${JSON.stringify(use.args)}) {${[...use.selects].join(' ')}}`),
  );

const QUERY = `
  query Page($withUnits: Boolean!, $status: String) {
    page { name units(status: $status) @include(if: $withUnits) { type } }
  }
`;

test('the same document with other variables sees its own selection', async () => {
  const active = ['name({}) {}', 'units({"status":"ACTIVE"}) {type}'];
  expect(described(await selectionOf(QUERY, { withUnits: true, status: 'ACTIVE' }))).toEqual(active);
  expect(described(await selectionOf(QUERY, { withUnits: false, status: 'ACTIVE' }))).toEqual([
    'name({}) {}',
  ]);
  expect(described(await selectionOf(QUERY, { withUnits: true, status: 'PLANNED' }))).toEqual([
    'name({}) {}',
    'units({"status":"PLANNED"}) {type}',
  ]);
  // Asked again: the first answer, unchanged by the others.
  expect(described(await selectionOf(QUERY, { withUnits: true, status: 'ACTIVE' }))).toEqual(active);
});

test('the same query and variables are walked once: the second request gets the first answer', async () => {
  const first = await selectionOf('{ page { name } }');
  expect(await selectionOf('{ page { name } }')).toBe(first);
  // Another text (another document) is walked on its own.
  expect(await selectionOf('{ page { name units { type } } }')).not.toBe(first);
});

test('the fields under a use follow the variables too, and are worked out once per query', async () => {
  const source = `
    query Units($withStatus: Boolean!) {
      page { units { type status @include(if: $withStatus) } }
    }
  `;
  const unitFields = async (withStatus: boolean) => {
    let names: ReadonlySet<string> | undefined;
    const rootValue = {
      page: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        names = fieldsUnder(info, selectedFields(info, []).get('units')!, []);
        return null;
      },
    };
    const result = await execute({
      schema,
      document: parsed(source),
      rootValue,
      variableValues: { withStatus },
    });
    expect(result.errors).toBeUndefined();
    return names!;
  };
  const withStatus = await unitFields(true);
  expect([...withStatus]).toEqual(['type', 'status']);
  expect([...(await unitFields(false))]).toEqual(['type']);
  expect(await unitFields(true)).toBe(withStatus);
});
