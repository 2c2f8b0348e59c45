import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  print,
  typeFromAST,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getSchema } from '../src/api/schema';
import { NODE_TYPE_NAMES, toGlobalId } from '../src/shared/global-id';
import { REPO_ROOT } from '../src/shared/paths';
import { newToken } from '../src/modules/account/credentials';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Sends thousands of generated requests (fast-check) to the real HTTP endpoint and checks that
 * every answer is a JSON body without a 5xx status, a stack trace, an SQL statement or a path of
 * this machine. The seed is printed; FUZZ_SEED=<seed> replays a run, FUZZ_REQUESTS=<n> sizes it,
 * and FUZZ_ONLY=<index> or <first>-<last> (with the same seed and size) sends only those requests.
 * A status histogram is printed at the end of each mode.
 */

/** Each run draws a new seed, so the suite's runs add up to far more than one run sends. */
const REQUESTS_PER_MODE = Number(process.env.FUZZ_REQUESTS ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** Moderate, so that the spec fits a shared CI machine. */
const IN_FLIGHT = 8;
const REQUEST_TIMEOUT_MS = 20_000;

/** Users whose sessions let mutations past authentication (one per kind of role). */
const SIGNED_IN_USERS = [
  'admin@demo.mitradesa.id',
  'ketua@demo.mitradesa.id',
  'bank.admin@demo.mitradesa.id',
  'dinas.kalbar@demo.mitradesa.id',
  'pengurus@demo.mitradesa.id',
];
/** Mutations that would end the fuzzer's own sessions. */
const SKIPPED_MUTATIONS = new Set(['signOut']);

interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Index into the signed-in sessions, or null for an anonymous request. */
  session: number | null;
}

/* ---------- the corpus: real operations ---------- */

interface CorpusOperation {
  text: string;
  /** Variable name → its input type. */
  variables: [string, GraphQLInputType][];
  isMutation: boolean;
}

/** The web app's operations, each with the fragments it uses, so that they validate alone. */
function webOperations(schema: GraphQLSchema): CorpusOperation[] {
  const folder = path.join(REPO_ROOT, 'packages/web/src/graphql/operations');
  if (!existsSync(folder)) return [];
  const definitions: DefinitionNode[] = readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(path.join(folder, file), 'utf8')).definitions);
  const fragments = new Map(
    definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const usedFragments = (root: DefinitionNode, seen = new Set<string>()): Set<string> => {
    visit(root, {
      FragmentSpread(spread) {
        if (seen.has(spread.name.value)) return;
        seen.add(spread.name.value);
        const fragment = fragments.get(spread.name.value);
        if (fragment) usedFragments(fragment, seen);
      },
    });
    return seen;
  };
  return definitions
    .filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )
    .map((operation) => ({
      text: [operation, ...[...usedFragments(operation)].map((name) => fragments.get(name)!)]
        .map((node) => print(node))
        .join('\n'),
      variables: (operation.variableDefinitions ?? []).map((variable) => [
        variable.variable.name.value,
        typeFromAST(schema, variable.type as never) as GraphQLInputType,
      ]),
      isMutation: operation.operation === 'mutation',
    }));
}

/** One operation per root query and mutation field, every argument passed as a variable. */
function schemaOperations(schema: GraphQLSchema): CorpusOperation[] {
  const operationOf = (field: GraphQLField<unknown, unknown>, isMutation: boolean): CorpusOperation => {
    const type = getNamedType(field.type);
    const selection = isLeafType(type)
      ? ''
      : (isObjectType(type) || isInterfaceType(type)) && 'id' in type.getFields()
        ? '{ __typename id }'
        : '{ __typename }';
    const variableList = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const argumentList = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    return {
      text: `${isMutation ? 'mutation' : 'query'}${variableList ? ` (${variableList})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''} ${selection} }`,
      variables: field.args.map((arg) => [arg.name, arg.type]),
      isMutation,
    };
  };
  const queries = Object.values(schema.getQueryType()!.getFields()).map((field) => operationOf(field, false));
  const mutations = Object.values(schema.getMutationType()!.getFields())
    .filter((field) => !SKIPPED_MUTATIONS.has(field.name))
    .map((field) => operationOf(field, true));
  return [...queries, ...mutations];
}

/** Whether an input type holds an ID somewhere (directly, in a list or in a nested input). */
function takesId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => takesId(field.type, seen));
}

/* ---------- values ---------- */

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0000'.repeat(10),
  '\u202egnp.exe',
  '\ufeff',
  '\u200b',
  '\ud800',
  '\udfff',
  '💥'.repeat(50),
  "' or 1=1 --",
  '"; drop table cooperative; --',
  '%',
  '_',
  '\\',
  '%_\\',
  '${jndi:ldap://x}',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  'NaN',
  '-0',
  '1e309',
  '9999999999999999999999999',
  '2026-02-30',
  '0000-00-00',
  '61.03',
  '61.03.05.2001',
  'null',
  '{}',
];

const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }))
      .map(([a, b]) => `${a}\u0000${b}`),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 60_000 }).map((length) => 'x'.repeat(length)) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 5_000 }).map((length) => 'ǅ👩‍👩‍👧'.repeat(length)) },
);

const anyId: fc.Arbitrary<string> = fc.oneof(
  // Well-formed IDs of every type (foreign to most fields), of rows that exist or not.
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...NODE_TYPE_NAMES), fc.integer({ min: -3, max: 400 }))
      .map(([type, key]) =>
        toGlobalId(
          type,
          type === 'Region' ? ['61', '61.03', '61.03.05', '99.99', String(key)][Math.abs(key) % 5] : key,
        ),
      ),
  },
  {
    weight: 2,
    arbitrary: fc.string({ maxLength: 30 }).map((text) => Buffer.from(text).toString('base64url')),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom<string>(...NODE_TYPE_NAMES, 'Spaceship', ''), anyString)
      .map(([type, key]) => Buffer.from(`${type}:${key}`).toString('base64url')),
  },
  { weight: 2, arbitrary: anyString },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      toGlobalId('Cooperative', '99999999999999999999'),
      toGlobalId('User', '1.5'),
      toGlobalId('Offering', '0x10'),
    ),
  },
);

/** JSON values of any shape, for a variable of the wrong type. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  anyString,
  fc.array(fc.oneof(fc.nat(), anyString), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.nat(), anyString, fc.constant(null)), {
    maxKeys: 3,
  }),
  fc.integer({ min: 100, max: 2_000 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth))),
);

const SCALAR_VALUES: Record<string, fc.Arbitrary<unknown>> = {
  ID: anyId,
  String: anyString,
  Int: fc.oneof(
    fc.integer({ min: -5, max: 200 }),
    fc.integer(),
    fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5),
  ),
  Float: fc.oneof(fc.double({ noNaN: true }), fc.constant(1e308)),
  Boolean: fc.boolean(),
  Decimal: fc.oneof(
    fc.nat().map(String),
    fc.constantFrom(
      '1500000',
      '0',
      '0.5',
      '1.005',
      '-1',
      '1e9',
      '99999999999999999999999999',
      ' 1',
      '',
      'abc',
    ),
    anyString,
  ),
  LocalDate: fc.oneof(
    fc.constantFrom('2026-01-01', '2026-13-01', '1900-01-01', '9999-12-31', 'today'),
    anyString,
  ),
  DateTimeISO: fc.oneof(
    fc.constantFrom('2026-12-31T00:00:00Z', '2027-01-01T00:00:00+07:00', '1970-01-01T00:00:00Z', 'yesterday'),
    anyString,
  ),
};

/** Values for an input type: mostly of the right shape with odd leaves, sometimes of any shape. */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const typed = typedValueOf(type, depth);
  return fc.oneof({ weight: 9, arbitrary: typed }, { weight: 1, arbitrary: wrongValue });
}

function typedValueOf(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, depth);
  if (depth > 4) return fc.constant(null);
  if (isListType(type)) return fc.array(valueOf(type.ofType, depth + 1), { maxLength: 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name), 'NOT_A_VALUE');
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = valueOf(field.type, depth + 1);
    const requiredKeys = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    return fc.record(record, { requiredKeys: requiredKeys as never[] });
  }
  return SCALAR_VALUES[type.name] ?? anyString;
}

function variablesOf(operation: CorpusOperation): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, type] of operation.variables) record[name] = valueOf(type);
  return fc.record(record, {
    requiredKeys: operation.variables
      .filter(([, type]) => isNonNullType(type))
      .map(([name]) => name) as never[],
  });
}

/* ---------- documents ---------- */

const SNIPPETS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '!',
  '...',
  '"',
  '"""',
  '\\',
  '\\u0000',
  '\\uD800',
  '\\u{110000}',
  '\\x',
  '\u0000',
  '#',
  ',',
  '=',
  '|',
  '&',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'null',
  '__typename',
  '__schema { types { name } }',
  'node(id: "x")',
  '@include(if: true)',
  '@skip(if: $x)',
  '$undeclared',
  '1.5e',
  '0x1',
  '-',
  'ǅ',
  '💥',
  '\ufeff',
  '\u2028',
  '\r\n',
];

/** A document with one random edit: a deletion, an insertion, a repeated slice or a cut. */
function mutatedDocument(text: string): fc.Arbitrary<string> {
  const position = fc.nat({ max: text.length });
  return fc.oneof(
    fc
      .tuple(position, fc.nat({ max: 40 }))
      .map(([at, length]) => text.slice(0, at) + text.slice(at + length)),
    fc
      .tuple(position, fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ unit: 'binary', maxLength: 6 })))
      .map(([at, snippet]) => text.slice(0, at) + snippet + text.slice(at)),
    fc
      .tuple(position, fc.nat({ max: 30 }), fc.integer({ min: 2, max: 800 }))
      .map(
        ([at, length, times]) =>
          text.slice(0, at) + text.slice(at, at + length).repeat(times) + text.slice(at + length),
      ),
    position.map((at) => text.slice(0, at)),
    fc
      .tuple(position, fc.constantFrom(...SNIPPETS))
      .map(([at, snippet]) => text.slice(0, at) + snippet + text.slice(at + 1)),
  );
}

const randomDocument: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.constantFrom(...SNIPPETS, 'a', 'b', 'cooperatives', 'edges', 'node', 'id', '1', '"s"'), {
      maxLength: 60,
    })
    .map((tokens) => tokens.join(' ')),
  fc
    .integer({ min: 100, max: 3_000 })
    .map((count) => `{ ${Array.from({ length: count }, (_, index) => `a${index}: __typename`).join(' ')} }`),
  fc
    .integer({ min: 10, max: 300 })
    .map((depth) => `{ ${'regions { edges { node { '.repeat(depth)}name${' } } }'.repeat(depth)} }`),
);

/* ---------- requests ---------- */

const JSON_HEADERS = { 'content-type': 'application/json' };
const ACCEPT_HEADERS: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({}) },
  { weight: 2, arbitrary: fc.constant({ accept: 'application/json' }) },
  { weight: 3, arbitrary: fc.constant({ accept: 'application/graphql-response+json' }) },
  {
    weight: 1,
    arbitrary: fc.constant({ accept: 'application/graphql-response+json, application/json;q=0.9' }),
  },
  { weight: 1, arbitrary: fc.constant({ accept: '*/*' }) },
  // Answered 406 by Apollo before any work: kept rare.
  { weight: 1, arbitrary: fc.constant({ accept: 'image/png' }) },
);
const session = fc.option(fc.nat({ max: SIGNED_IN_USERS.length - 1 }), { freq: 2 });

function post(
  kind: string,
  body: fc.Arbitrary<string | Uint8Array>,
  headers = fc.constant<Record<string, string>>(JSON_HEADERS),
) {
  return fc
    .tuple(body, headers, ACCEPT_HEADERS, session)
    .map(([text, given, accept, signedIn]): FuzzRequest => ({
      kind,
      method: 'POST',
      path: '/graphql',
      headers: { ...accept, ...given },
      body: text,
      session: signedIn,
    }));
}

function requestArbitrary(schema: GraphQLSchema): fc.Arbitrary<FuzzRequest> {
  const web = webOperations(schema);
  const generated = schemaOperations(schema);
  const corpus = [...web, ...generated];
  const idMutations = generated.filter(
    (operation) => operation.isMutation && operation.variables.some(([, type]) => takesId(type)),
  );
  const nodeOperations: CorpusOperation[] = [
    {
      text: 'query ($id: ID!) { node(id: $id) { __typename id } }',
      variables: [['id', schema.getType('ID') as GraphQLInputType]],
      isMutation: false,
    },
    {
      text: 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }',
      variables: [['ids', parseInputType(schema, '[ID!]!')]],
      isMutation: false,
    },
  ];
  const operationWithVariables = (operations: CorpusOperation[]) =>
    fc
      .constantFrom(...operations)
      .chain((operation) => fc.tuple(fc.constant(operation), variablesOf(operation)));

  const validBody = operationWithVariables(corpus).map(([operation, variables]) =>
    JSON.stringify({ query: operation.text, variables }),
  );

  const kinds: { weight: number; arbitrary: fc.Arbitrary<FuzzRequest> }[] = [
    {
      weight: 22,
      arbitrary: post(
        'schema operation, odd variables',
        operationWithVariables(corpus).map(([operation, variables]) =>
          JSON.stringify({ query: operation.text, variables }),
        ),
      ),
    },
    {
      weight: 14,
      arbitrary: post(
        'mutated document',
        fc
          .constantFrom(...corpus)
          .chain((operation) => fc.tuple(mutatedDocument(operation.text), variablesOf(operation)))
          .map(([query, variables]) => JSON.stringify({ query, variables })),
      ),
    },
    {
      weight: 5,
      arbitrary: post(
        'random document',
        randomDocument.map((query) => JSON.stringify({ query })),
      ),
    },
    {
      weight: 14,
      arbitrary: post(
        'invalid or foreign IDs',
        operationWithVariables([...nodeOperations, ...idMutations]).map(([operation, variables]) =>
          JSON.stringify({ query: operation.text, variables }),
        ),
      ),
    },
    {
      weight: 6,
      arbitrary: post(
        'NUL bytes',
        fc.oneof(
          operationWithVariables(corpus).map(([operation, variables]) =>
            JSON.stringify({ query: operation.text, variables: withNul(variables) }),
          ),
          fc.constantFrom(...corpus).chain((operation) =>
            fc.nat({ max: operation.text.length }).map((at) =>
              JSON.stringify({
                query: operation.text.slice(0, at) + '\u0000' + operation.text.slice(at),
              }),
            ),
          ),
          fc.constant(JSON.stringify({ query: '{ search(query: "beras\\u0000") { totalCount } }' })),
          fc.constant(JSON.stringify({ query: '{ __typename }', operationName: '\u0000' })),
        ),
      ),
    },
    {
      weight: 8,
      arbitrary: post(
        'broken JSON',
        fc.oneof(
          fc.tuple(validBody, fc.nat()).map(([body, cut]) => body.slice(0, cut % Math.max(body.length, 1))),
          fc
            .tuple(validBody, fc.nat(), fc.constantFrom('"', '\\', '{', ']', ',', '\u0000', '\\u00', 'NaN'))
            .map(
              ([body, at, junk]) =>
                body.slice(0, at % (body.length + 1)) + junk + body.slice(at % (body.length + 1)),
            ),
          fc.constantFrom(
            '',
            'null',
            '[]',
            '"query"',
            '1',
            'true',
            '{"query":',
            '{"query": 1}',
            '{"query": null}',
            '{"query": ["{ __typename }"]}',
            '[{"query":"{ __typename }"},{"query":"{ __typename }"}]',
            '{"query":"{ __typename }","variables":"x"}',
            '{"query":"{ __typename }","variables":[1]}',
            '{"query":"{ __typename }","extensions":{"persistedQuery":"x"}}',
            '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":123}}}',
            '{"extensions":{"persistedQuery":{"version":2}}}',
            '{"query":"{ __typename }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}',
            '{"query":"{ __typename }","operationName":5}',
            '{"__proto__":{"query":"{ __typename }"}}',
          ),
          fc.uint8Array({ maxLength: 200 }),
          fc
            .integer({ min: 10, max: 40_000 })
            .map(
              (depth) =>
                `{"query":"{ __typename }","variables":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
            ),
        ),
      ),
    },
    {
      weight: 6,
      arbitrary: post(
        'wrong content type',
        validBody,
        fc.constantFrom<Record<string, string>>(
          {},
          { 'content-type': 'text/plain' },
          { 'content-type': 'application/x-www-form-urlencoded' },
          { 'content-type': 'multipart/form-data; boundary=x' },
          { 'content-type': 'application/graphql' },
          { 'content-type': 'application/json; charset=latin1' },
          { 'content-type': 'application/json; charset=utf-16' },
          { 'content-type': 'application/json', 'content-encoding': 'gzip' },
          { 'content-type': 'application/json', 'content-encoding': 'br' },
          { 'content-type': 'application/json', 'content-encoding': 'compress' },
          { 'content-type': 'application/json;;; =' },
          { 'content-type': 'application/jsonx' },
          { 'content-type': 'application/json; charset="\u00ff"' },
          {
            'content-type': 'application/json',
            'apollo-require-preflight': 'true',
            cookie: 'mitradesa_session=\u00ff',
          },
          { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
          { 'content-type': 'application/json', authorization: 'Basic YTpi' },
        ),
      ),
    },
    {
      weight: 3,
      arbitrary: post(
        'huge body',
        fc.oneof(
          fc
            .integer({ min: 90_000, max: 400_000 })
            .map((length) =>
              JSON.stringify({ query: '{ __typename }', variables: { x: 'y'.repeat(length) } }),
            ),
          fc
            .integer({ min: 2_000, max: 30_000 })
            .map((count) => JSON.stringify({ query: `{ ${'__typename '.repeat(count)}}` })),
          fc.integer({ min: 1_000, max: 12_000 }).map((count) =>
            JSON.stringify({
              query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
              variables: { ids: Array(count).fill('x') },
            }),
          ),
        ),
      ),
    },
    {
      weight: 9,
      arbitrary: fc
        .tuple(
          fc.oneof(
            fc.constantFrom(...corpus).map((operation) => operation.text),
            fc.constantFrom(...corpus).chain((operation) => mutatedDocument(operation.text)),
            randomDocument,
            fc.constant(undefined),
          ),
          fc.oneof(
            fc.constant(undefined),
            fc
              .dictionary(fc.string({ maxLength: 5 }), fc.oneof(anyString, anyId))
              .map((variables) => JSON.stringify(variables)),
            fc.constantFrom('{', 'null', '[]', '%', '{"x":'),
          ),
          fc.option(anyString),
          fc.constantFrom<Record<string, string>>(
            { 'apollo-require-preflight': 'true' },
            { 'x-apollo-operation-name': 'x' },
            {},
          ),
          ACCEPT_HEADERS,
          session,
        )
        .map(([query, variables, operationName, csrf, accept, signedIn]): FuzzRequest => {
          const params = new URLSearchParams();
          // Within Node's 16 KB header limit: longer URLs are refused by the HTTP parser before the
          // application sees them (see http-server.ts), which is not what this kind tests.
          if (query !== undefined) params.set('query', query.slice(0, 3_000));
          if (variables !== undefined) params.set('variables', variables.slice(0, 1_000));
          if (operationName !== null) params.set('operationName', operationName.slice(0, 200));
          return {
            kind: 'GET',
            method: 'GET',
            path: `/graphql?${params}`,
            headers: { ...csrf, ...accept },
            session: signedIn,
          };
        }),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
          fc.oneof(
            fc.constantFrom(
              '/',
              '/graphql/',
              '/graphql/x',
              '/nope',
              '/%ff',
              '/%00',
              '/..%2f..%2fetc%2fpasswd',
              '/health',
              '/documents/x/file',
              `/documents/${toGlobalId('CooperativeDocument', 1)}/file`,
              '/graphql?query=%7B__typename%7D',
              '//graphql',
              '/GRAPHQL',
            ),
            fc.webPath(),
          ),
          fc.option(fc.constantFrom('{}', '{"query":"{ __typename }"}', 'x')),
        )
        .map(([method, route, body]): FuzzRequest => ({
          kind: 'methods and routes',
          method,
          path: route.startsWith('/') ? route : `/${route}`,
          headers: JSON_HEADERS,
          body: method === 'GET' || method === 'HEAD' || body === null ? undefined : body,
          session: null,
        })),
    },
  ];
  return fc.oneof(...kinds);
}

function parseInputType(schema: GraphQLSchema, text: string): GraphQLInputType {
  const type = parse(`query ($x: ${text}) { __typename }`).definitions[0] as OperationDefinitionNode;
  return typeFromAST(schema, type.variableDefinitions![0].type as never) as GraphQLInputType;
}

/** The variables with a NUL character added to every string, at any depth. */
function withNul(value: unknown): unknown {
  if (typeof value === 'string') return `${value}\u0000`;
  if (Array.isArray(value)) return value.map(withNul);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withNul(item)]));
  return value;
}

/* ---------- judging answers ---------- */

const STACK_TRACE =
  /\n\s+at |\bat (?:async )?[\w$.<>[\] ]+ \([^)]*:\d+:\d+\)|\.(?:ts|js|mjs|cjs):\d+:\d+|"stacktrace"/;
const SQL_TEXT =
  /\b(?:select\s[^"]*?\bfrom\s+"|insert\s+into\s+"|delete\s+from\s+"|update\s+"[\w]+"\s+set\b)|syntax error at or near|violates [\w ]*constraint|invalid byte sequence for encoding|invalid input syntax for type/i;
const MACHINE_PATHS = [REPO_ROOT, '/node_modules/', '/usr/lib/', '/home/', '/root/'];

interface Judged {
  status: number;
  codes: string[];
  problems: string[];
}

function judge(request: FuzzRequest, status: number, contentType: string, text: string): Judged {
  const problems: string[] = [];
  if (status >= 500) problems.push(`status ${status}`);
  if (STACK_TRACE.test(text)) problems.push('stack trace in body');
  const machinePath = MACHINE_PATHS.find((prefix) => text.includes(prefix));
  if (machinePath) problems.push(`path ${machinePath} in body`);
  let codes: string[] = [];
  if (request.method !== 'HEAD') {
    if (!/^application\/(?:graphql-response\+)?json\b/.test(contentType))
      problems.push(`content type ${contentType || 'none'}`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      problems.push('body is not JSON');
    }
    if (body !== undefined) {
      const errors = (body as { errors?: unknown }).errors;
      const isDocumentRoute = request.path.startsWith('/documents/');
      if (Array.isArray(errors)) {
        for (const error of errors as { message?: unknown; extensions?: { code?: unknown } }[]) {
          if (typeof error.message !== 'string') problems.push('error without a message');
          if (typeof error.extensions?.code !== 'string') problems.push('error without extensions.code');
          else codes.push(error.extensions.code);
          if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push('INTERNAL_SERVER_ERROR');
          if (typeof error.message === 'string' && SQL_TEXT.test(error.message))
            problems.push('SQL text in an error');
        }
      } else if (isDocumentRoute && (body as { error?: { code?: string } }).error?.code) {
        codes = [String((body as { error: { code: string } }).error.code)];
      } else if (status >= 400) {
        problems.push('error status without errors');
      }
    }
  }
  return { status, codes, problems };
}

/* ---------- the run ---------- */

interface RunReport {
  total: number;
  statuses: Map<number, number>;
  codes: Map<string, number>;
  byKind: Map<string, Map<number, number>>;
  /** Milliseconds spent waiting for answers, per kind of request. */
  msByKind: Map<string, number>;
  failures: { index: number; request: FuzzRequest; judged: Judged; excerpt: string }[];
  seconds: number;
  /** CPU time of this process (client and server) during the run; the machine may be shared. */
  cpuSeconds: number;
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

async function send(
  server: TestServer,
  tokens: string[],
  request: FuzzRequest,
): Promise<{ status: number; contentType: string; text: string }> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.session !== null && !headers.authorization)
    headers.authorization = `Bearer ${tokens[request.session]}`;
  const response = await fetch(server.url + request.path, {
    method: request.method,
    headers,
    body: request.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

async function fuzz(
  server: TestServer,
  tokens: string[],
  requests: FuzzRequest[],
  firstIndex = 0,
): Promise<RunReport> {
  const report: RunReport = {
    total: 0,
    statuses: new Map(),
    codes: new Map(),
    byKind: new Map(),
    msByKind: new Map(),
    failures: [],
    seconds: 0,
    cpuSeconds: 0,
  };
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next++;
      const request = requests[index];
      let judged: Judged;
      let excerpt = '';
      const sent = performance.now();
      try {
        const answer = await send(server, tokens, request);
        judged = judge(request, answer.status, answer.contentType, answer.text);
        excerpt = answer.text.slice(0, 300);
      } catch (error) {
        const cause = (error as Error & { cause?: Error }).cause;
        judged = {
          status: 0,
          codes: [],
          problems: [`no answer: ${(error as Error).message}${cause ? ` (${cause.message})` : ''}`],
        };
      }
      report.msByKind.set(request.kind, (report.msByKind.get(request.kind) ?? 0) + performance.now() - sent);
      report.total += 1;
      count(report.statuses, judged.status);
      judged.codes.forEach((code) => count(report.codes, code));
      if (!report.byKind.has(request.kind)) report.byKind.set(request.kind, new Map());
      count(report.byKind.get(request.kind)!, judged.status);
      if (judged.problems.length > 0)
        report.failures.push({ index: firstIndex + index, request, judged, excerpt });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  report.seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  report.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return report;
}

function histogram(map: Map<number | string, number>): string {
  return [...map.entries()]
    .sort(([a], [b]) => String(a).localeCompare(String(b)))
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');
}

function printReport(mode: string, report: RunReport): void {
  const problemCounts = new Map<string, number>();
  report.failures.forEach((failure) =>
    failure.judged.problems.forEach((problem) => count(problemCounts, problem)),
  );
  const lines = [
    `fuzz ${mode}: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${report.total} requests in ${report.seconds.toFixed(1)} s (${report.cpuSeconds.toFixed(1)} s CPU), ${IN_FLIGHT} in flight`,
    `  statuses: ${histogram(report.statuses)}`,
    `  error codes: ${histogram(report.codes)}`,
    ...[...report.byKind.entries()].map(
      ([kind, statuses]) =>
        `  ${kind}: ${histogram(statuses)} (${Math.round(report.msByKind.get(kind)! / [...statuses.values()].reduce((a, b) => a + b, 0))} ms each)`,
    ),
    `  requests with problems: ${report.failures.length}${problemCounts.size ? ` (${histogram(problemCounts)})` : ''}`,
    ...report.failures
      .slice(0, 8)
      .map(
        (failure) =>
          `  #${failure.index} ${failure.request.kind} ${failure.request.method} ${failure.request.path.slice(0, 120)} ${JSON.stringify(failure.request.headers)} ` +
          `body ${JSON.stringify(typeof failure.request.body === 'string' ? failure.request.body.slice(0, 300) : failure.request.body ? '<bytes>' : null)} ` +
          `→ ${failure.judged.problems.join('; ')}: ${failure.excerpt}`,
      ),
  ];
  console.log(lines.join('\n'));
}

/** The same requests go to both modes; generated once, before any server starts. */
let requests: FuzzRequest[];
/** "12" or "0-7": replays those requests only. */
const only = process.env.FUZZ_ONLY?.split('-').map(Number);
beforeAll(async () => {
  const schema = await getSchema();
  const generating = performance.now();
  const all = fc.sample(requestArbitrary(schema), { seed: SEED, numRuns: REQUESTS_PER_MODE });
  requests = only ? all.slice(only[0], (only[1] ?? only[0]) + 1) : all;
  console.log(
    `fuzz: seed ${SEED}, ${all.length} requests generated in ${((performance.now() - generating) / 1000).toFixed(1)} s`,
  );
});

/**
 * Production runs the web app's persisted documents only (GRAPHQL_DOCUMENTS=trusted): fuzzed as it
 * is, and with any document allowed, so that the generated documents reach the executor there too.
 */
const MODES: [string, Record<string, string>][] = [
  ['development', { NODE_ENV: 'development' }],
  ['production', { NODE_ENV: 'production', GRAPHQL_DOCUMENTS: 'any' }],
  ['production, persisted documents only', { NODE_ENV: 'production' }],
];

/** A session made in the database: with persisted documents only, the sign-in mutation is not ours to send. */
async function sessionOf(server: TestServer, email: string): Promise<string> {
  const session = newToken('session');
  await server.orm.em
    .getConnection()
    .execute(
      `insert into session (user_id, token_hash, expires_at) select id, ?, now() + interval '1 day' from app_user where email = ?`,
      [session.hash, email],
    );
  return session.token;
}

describe.each(MODES)('fuzzing the HTTP endpoint (%s)', (mode, env) => {
  let server: TestServer;
  let tokens: string[];
  beforeAll(async () => {
    server = await startTestServer({ env: { ...env, SQL_STATEMENT_HEADER: 'false' } });
    tokens = [];
    for (const email of SIGNED_IN_USERS) tokens.push(await sessionOf(server, email));
  });
  afterAll(() => server?.close());

  test(`${REQUESTS_PER_MODE} generated requests get JSON answers, no 5xx and nothing internal`, async () => {
    const report = await fuzz(server, tokens, requests, only?.[0]);
    printReport(mode, report);
    if (!only) expect(report.total).toBe(REQUESTS_PER_MODE);
    expect(
      report.failures.map((failure) => `#${failure.index} ${failure.judged.problems.join('; ')}`),
    ).toEqual([]);
  }, 300_000);
});
