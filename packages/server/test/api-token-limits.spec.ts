import { DEMO } from './authorization/fixture';
import { startTestServer, type TestServer } from './support/test-server';
import { apiTokenLimitOnPostgres } from '../src/modules/account/api-token-limit';
import { RATE_LIMIT_HEADERS } from '../src/graphql/plugins';
import { dbIdOf, globalIdOf } from './support/ids';

/*
 * Partners' API tokens: their scope (read, or read and write), when they were last used, and the
 * points per hour they may spend, counted by each query's cost estimate in PostgreSQL.
 */

const POINTS_PER_HOUR = 300;

const CREATE = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name scope lastUsedAt } userErrors { code } }
}`;
const TOKENS = '{ apiTokens { id name scope lastUsedAt } }';
/** Costs about 1 + 20 × 2 points. */
const PAGE_OF_20 = '{ cooperatives(first: 20) { edges { node { id name } } } }';
/** Costs about 1 + 100 × 2 points. */
const PAGE_OF_100 = '{ cooperatives(first: 100) { edges { node { id name } } } }';

let server: TestServer;
let admin: string;
let partnerId: string;

beforeAll(async () => {
  server = await startTestServer({ env: { API_TOKEN_POINTS_PER_HOUR: String(POINTS_PER_HOUR) } });
  admin = await server.signIn(DEMO.bankAdmin);
  const partner = await server.orm.em
    .getKnex()('membership as m')
    .join('app_user as u', 'u.id', 'm.user_id')
    .where('u.email', DEMO.bankAdmin)
    .first('m.partner_id');
  partnerId = globalIdOf('Partner', partner.partner_id);
});
afterAll(() => server?.close());

async function createToken(name: string, scope?: 'READ' | 'READ_WRITE') {
  const response = await server.graphql<{
    createApiToken: {
      token: string;
      apiToken: { id: string; name: string; scope: string; lastUsedAt: null };
    };
  }>(CREATE, { input: { partnerId, name, ...(scope ? { scope } : {}) } }, { token: admin });
  expect(response.errors).toBeUndefined();
  return response.data!.createApiToken;
}

describe('scopes and last use', () => {
  test('a token reads only unless asked for more; its last use is recorded', async () => {
    const readOnly = await createToken('Dashboard');
    expect(readOnly.apiToken).toMatchObject({ name: 'Dashboard', scope: 'READ', lastUsedAt: null });
    const readWrite = await createToken('Loan origination', 'READ_WRITE');
    expect(readWrite.apiToken.scope).toBe('READ_WRITE');

    const read = await server.graphql<{ cooperatives: { totalCount: number } }>(
      '{ cooperatives(first: 1) { totalCount } }',
      {},
      { token: readOnly.token },
    );
    expect(read.data!.cooperatives.totalCount).toBeGreaterThan(0);

    const listed = await server.graphql<{ apiTokens: { id: string; lastUsedAt: string | null }[] }>(
      TOKENS,
      {},
      { token: admin },
    );
    const used = listed.data!.apiTokens.find((token) => token.id === readOnly.apiToken.id)!;
    const unused = listed.data!.apiTokens.find((token) => token.id === readWrite.apiToken.id)!;
    expect(Date.now() - Date.parse(used.lastUsedAt!)).toBeLessThan(60_000);
    expect(unused.lastUsedAt).toBeNull();
  });

  test('a read-only token is refused a mutation with a clear error; a read-and-write one is not', async () => {
    const knex = server.orm.em.getKnex();
    const readOnly = await createToken('Reader');
    const readWrite = await createToken('Writer', 'READ_WRITE');
    const profile = `mutation ($input: UpdatePartnerProfileInput!) {
      updatePartnerProfile(input: $input) { partner { description } userErrors { code } }
    }`;
    const before = await knex('partner').where('id', dbIdOf(partnerId)).first();
    const input = { id: partnerId, version: before.version, description: 'Bank rakyat untuk koperasi desa.' };
    const refused = await server.graphql(profile, { input }, { token: readOnly.token });
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/may only read/);
    expect(await knex('partner').where('id', before.id).first()).toEqual(before);

    const allowed = await server.graphql<{ updatePartnerProfile: { partner: { description: string } } }>(
      profile,
      { input },
      { token: readWrite.token },
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.updatePartnerProfile.partner.description).toBe('Bank rakyat untuk koperasi desa.');
  });
});

test('the list can be narrowed to one partner the admin administers, and shows nothing of another', async () => {
  const { apiToken } = await createToken('Narrowed list');
  const mine = await server.graphql<{ apiTokens: { id: string }[] }>(
    'query ($partnerId: ID) { apiTokens(partnerId: $partnerId) { id } }',
    { partnerId },
    { token: admin },
  );
  expect(mine.data!.apiTokens.map((token) => token.id)).toContain(apiToken.id);
  const otherPartner = await server.orm.em.getKnex()('partner').whereNot('id', dbIdOf(partnerId)).first('id');
  const other = await server.graphql<{ apiTokens: unknown[] }>(
    'query ($partnerId: ID) { apiTokens(partnerId: $partnerId) { id } }',
    { partnerId: globalIdOf('Partner', otherPartner.id) },
    { token: admin },
  );
  expect(other.data!.apiTokens).toEqual([]);
});

describe('points per hour', () => {
  test('every answer says what the request cost and what is left; past the hour’s points, 429', async () => {
    const { token } = await createToken('Sync job');
    const first = await server.graphql(PAGE_OF_20, {}, { token });
    expect(first.errors).toBeUndefined();
    const cost = Number(first.headers.get(RATE_LIMIT_HEADERS.cost));
    expect(cost).toBeGreaterThan(20);
    expect(Number(first.headers.get(RATE_LIMIT_HEADERS.limit))).toBe(POINTS_PER_HOUR);
    expect(Number(first.headers.get(RATE_LIMIT_HEADERS.remaining))).toBe(POINTS_PER_HOUR - cost);
    expect(Number(first.headers.get(RATE_LIMIT_HEADERS.reset)) * 1000).toBeGreaterThan(
      Date.now() + 59 * 60_000,
    );

    const second = await server.graphql(PAGE_OF_20, {}, { token });
    expect(Number(second.headers.get(RATE_LIMIT_HEADERS.remaining))).toBe(POINTS_PER_HOUR - 2 * cost);

    // More than is left: refused, nothing returned, with when to come back.
    const refused = await server.graphql(PAGE_OF_100, {}, { token });
    expect(refused.status).toBe(429);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect(refused.headers.get(RATE_LIMIT_HEADERS.remaining)).toBe('0');

    // Another token of the same partner has its own points; a browser session is not counted.
    const other = await createToken('Other job');
    const fresh = await server.graphql(PAGE_OF_20, {}, { token: other.token });
    expect(Number(fresh.headers.get(RATE_LIMIT_HEADERS.remaining))).toBe(POINTS_PER_HOUR - cost);
    const browser = await server.graphql(PAGE_OF_100, {}, { token: admin });
    expect(browser.errors).toBeUndefined();
    expect(browser.headers.get(RATE_LIMIT_HEADERS.limit)).toBeNull();
  });

  test('every API process counts the same points (the counts are in PostgreSQL)', async () => {
    const knex = server.orm.em.getKnex();
    const processA = apiTokenLimitOnPostgres(knex, 100);
    const processB = apiTokenLimitOnPostgres(knex, 100);
    const tokenId = 987_654;
    expect(await processA.spend(tokenId, 60)).toMatchObject({ allowed: true, remaining: 40 });
    expect(await processB.spend(tokenId, 30)).toMatchObject({ allowed: true, remaining: 10 });
    expect(await processA.spend(tokenId, 20)).toMatchObject({ allowed: false, remaining: 0 });
  });
});
