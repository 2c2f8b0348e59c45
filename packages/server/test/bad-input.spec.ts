import { startTestServer, type TestServer } from './support/test-server';
import { globalIdOf } from './support/ids';

/** Bad input gets a clear BAD_USER_INPUT error, never a 500 or a stack trace. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function expectBadInput(
  query: string,
  variables: Record<string, unknown> | undefined,
  message: RegExp,
) {
  const response = await server.graphql(query, variables);
  expect(response.status).toBeLessThan(500);
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.message).toMatch(message);
  expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.(js|ts):\d+/);
}

test.each([
  ['not base64 at all', 'not an id!'],
  ['base64 of garbage', Buffer.from('garbage').toString('base64url')],
  ['unknown type', Buffer.from('Spaceship:1').toString('base64url')],
  ['non-numeric key', Buffer.from('Cooperative:abc').toString('base64url')],
  ['overflowing key', Buffer.from('Cooperative:99999999999').toString('base64url')],
  ['empty', ''],
])('a malformed global ID (%s) is refused', async (_case, id) => {
  await expectBadInput('query ($id: ID!) { node(id: $id) { id } }', { id }, /not a valid MitraDesa ID/);
});

test('an ID of another type is refused by a typed field', async () => {
  await expectBadInput(
    'query ($id: ID!) { cooperative(id: $id) { id } }',
    { id: globalIdOf('Offering', 1) },
    /Expected a Cooperative ID, but .* is a Offering ID/,
  );
});

test('first: 1000 is refused with the cap in the message', async () => {
  await expectBadInput('{ cooperatives(first: 1000) { edges { cursor } } }', undefined, /between 0 and 100/);
});

test('a negative page size is refused', async () => {
  await expectBadInput('{ offerings(first: -1) { edges { cursor } } }', undefined, /between 0 and 100/);
});

test('first and last together are refused', async () => {
  await expectBadInput(
    '{ partners(first: 2, last: 2) { edges { cursor } } }',
    undefined,
    /either `first` or `last`/,
  );
});

test('a negative amount is refused, inline or as a variable', async () => {
  await expectBadInput(
    '{ offerings(filter: { amountMin: "-5" }) { edges { cursor } } }',
    undefined,
    /non-negative/,
  );
  await expectBadInput(
    'query ($amount: Decimal) { programs(filter: { amount: $amount }) { edges { cursor } } }',
    { amount: '-1000000' },
    /non-negative/,
  );
});

test('a float amount with too many decimals is refused', async () => {
  await expectBadInput(
    '{ programs(filter: { amount: "1.005" }) { edges { cursor } } }',
    undefined,
    /at most 2 decimals/,
  );
});

test('amountMin above amountMax is refused', async () => {
  await expectBadInput(
    '{ offerings(filter: { amountMin: "900000000", amountMax: "1000" }) { edges { cursor } } }',
    undefined,
    /amountMin/,
  );
});

test('an unknown enum value is refused, inline or as a variable', async () => {
  await expectBadInput(
    '{ cooperatives(filter: { stages: [FLYING] }) { edges { cursor } } }',
    undefined,
    /FLYING/,
  );
  await expectBadInput(
    'query ($stage: CooperativeStage!) { cooperatives(filter: { stages: [$stage] }) { edges { cursor } } }',
    { stage: 'FLYING' },
    /FLYING/,
  );
});

test('a cursor from another list is refused', async () => {
  const partners = await server.graphql<{ partners: { pageInfo: { endCursor: string } } }>(
    '{ partners(first: 2) { pageInfo { endCursor } } }',
  );
  const cursor = partners.data!.partners.pageInfo.endCursor;
  await expectBadInput(
    'query ($after: String) { cooperatives(first: 2, after: $after) { edges { cursor } } }',
    { after: cursor },
    /belongs to another list/,
  );
});

test('a cursor for another ordering of the same list is refused', async () => {
  const byName = await server.graphql<{ cooperatives: { pageInfo: { endCursor: string } } }>(
    '{ cooperatives(first: 2) { pageInfo { endCursor } } }',
  );
  await expectBadInput(
    'query ($after: String) { cooperatives(first: 2, after: $after, orderBy: RECENTLY_UPDATED) { edges { cursor } } }',
    { after: byName.data!.cooperatives.pageInfo.endCursor },
    /another list or ordering/,
  );
});

test('a forged cursor is refused', async () => {
  const forged = Buffer.from(JSON.stringify(['cooperatives', 'NAME', { $gt: 1 }, 'x'])).toString('base64url');
  await expectBadInput(
    'query ($after: String) { cooperatives(after: $after) { edges { cursor } } }',
    { after: forged },
    /not a valid cursor/,
  );
  await expectBadInput(
    '{ cooperatives(after: "%%%") { edges { cursor } } }',
    undefined,
    /not a valid cursor/,
  );
});

test('a malformed region code is refused', async () => {
  await expectBadInput(
    '{ cooperatives(filter: { regionCode: "61.3" }) { edges { cursor } } }',
    undefined,
    /Kemendagri region code/,
  );
  await expectBadInput('{ region(code: "DROP TABLE") { name } }', undefined, /Kemendagri region code/);
});

test('an over-long text filter is refused', async () => {
  await expectBadInput(
    'query ($text: String) { cooperatives(filter: { nameContains: $text }) { edges { cursor } } }',
    { text: 'x'.repeat(101) },
    /./,
  );
});

test('too many IDs at once are refused', async () => {
  const ids = Array.from({ length: 101 }, (_, index) => globalIdOf('Cooperative', index + 1));
  await expectBadInput('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids }, /at most 100/);
});

test('LIKE wildcards in a text filter match literally', async () => {
  const response = await server.graphql<{ cooperatives: { totalCount: number } }>(
    '{ cooperatives(filter: { nameContains: "%" }) { totalCount } }',
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.cooperatives.totalCount).toBe(0);
});

test('a query nested too deep is refused before it runs', async () => {
  const deep =
    '{ regions(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } } } }';
  const response = await server.graphql(deep);
  expect(response.status).toBeLessThan(500);
  expect(response.errors?.[0].message).toMatch(/depth/i);
});

test('a query that could return too many objects is refused, also when page sizes come as variables', async () => {
  const nested =
    'query ($n: Int) { mentors(first: $n) { edges { node { caseload(first: $n) { edges { node { name units { type } } } } } } } }';
  await expectBadInput(nested, { n: 100 }, /could return about \d+ objects \(limit 20000\)/);
  const fine = await server.graphql(nested, { n: 10 });
  expect(fine.errors).toBeUndefined();
});

describe('U+0000 in any text input is refused before it reaches the database', () => {
  let adminToken: string;
  let chairToken: string;
  beforeAll(async () => {
    adminToken = await server.signIn('admin@demo.mitradesa.id');
    chairToken = await server.signIn('ketua@demo.mitradesa.id');
  });

  const rowCount = async (table: string) =>
    Number((await server.orm.em.getConnection().execute(`select count(*) as n from ${table}`))[0].n);

  const cases: [string, string, () => Record<string, unknown>, () => string | undefined, string][] = [
    [
      'the email of signIn',
      'mutation ($input: SignInInput!) { signIn(input: $input) { token } }',
      () => ({ input: { email: 'ketua@demo.mitradesa.id\u0000', password: 'x' } }),
      () => undefined,
      'variables.input.email',
    ],
    [
      'the text of search',
      'query ($q: String!) { search(q: $q) { totalCount } }',
      () => ({ q: 'beras\u0000' }),
      () => undefined,
      'variables.q',
    ],
    [
      'the name of saveSearch',
      'mutation ($input: SaveSearchInput!) { saveSearch(input: $input) { savedSearch { id } } }',
      () => ({ input: { name: 'Beras\u0000', q: 'beras' } }),
      () => chairToken,
      'variables.input.name',
    ],
    [
      'a nested membership of createUser',
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }',
      () => ({
        input: {
          email: 'baru@demo.mitradesa.id',
          name: 'Baru',
          password: 'a long enough password',
          memberships: [{ role: 'DINAS', regionCode: '61\u0000' }],
        },
      }),
      () => adminToken,
      'variables.input.memberships.0.regionCode',
    ],
    [
      'an object key',
      'query ($q: String!) { search(q: $q) { totalCount } }',
      () => ({ q: 'beras', ['x\u0000']: 'y' }),
      () => undefined,
      'variables',
    ],
  ];

  test.each(cases)('in %s', async (_case, query, variables, token, field) => {
    const savedSearches = await rowCount('saved_search');
    const users = await rowCount('app_user');
    const response = await server.graphql(query, variables(), { token: token() });
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors![0].message).toMatch(/NUL character \(U\+0000\)/);
    expect(await rowCount('saved_search')).toBe(savedSearches);
    expect(await rowCount('app_user')).toBe(users);
  });

  test('in a string literal of the query, escaped or in a block string', async () => {
    for (const query of [
      '{ search(q: "beras\\u0000") { totalCount } }',
      `{ search(q: """beras\u0000""") { totalCount } }`,
    ]) {
      const response = await server.graphql(query);
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.sqlStatements).toBe(0);
    }
  });

  test('the same inputs without it are served', async () => {
    const response = await server.graphql<{ search: { totalCount: number } }>(
      'query ($q: String!) { search(q: $q) { totalCount } }',
      { q: 'beras' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.totalCount).toBeGreaterThanOrEqual(0);
  });
});
