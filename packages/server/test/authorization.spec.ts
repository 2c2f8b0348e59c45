import { getSchema } from '../src/api/schema';
import { declaredAccess } from '../src/graphql/access';
import { startTestServer, type TestServer } from './support/test-server';
import { DEMO, loadFixture, type DemoUser, type Fixture } from './authorization/fixture';
import type { AuthorizationCase } from './authorization/case';
import { PRIVATE_DOCUMENT_FIELDS, PRIVATE_READS, PUBLIC_TYPES } from './authorization/reads';
import { globalIdOf } from './support/ids';
import { accountCases } from './authorization/cases/account';
import { cooperativeCases } from './authorization/cases/cooperative';
import { offeringCases } from './authorization/cases/offering';
import { partnerCases } from './authorization/cases/partner';
import { adminCases } from './authorization/cases/admin';
import { proposalCases } from './authorization/cases/proposal';
import { notificationCases } from './authorization/cases/notification';
import { savedSearchCases } from './authorization/cases/saved-search';
import { documentCases } from './authorization/cases/document';
import { readinessCases } from './authorization/cases/readiness';
import { simkopdesCases } from './authorization/cases/simkopdes';
import { webhookCases } from './authorization/cases/webhook';
import { teamCases } from './authorization/cases/team';
import { newToken } from '../src/modules/account/credentials';

/**
 * Deny by default, proven two ways: every root operation declares who may call it, and for every
 * mutation users of other organisations are refused and nothing changes in the database.
 */
const CASES: AuthorizationCase[] = [
  ...accountCases,
  ...cooperativeCases,
  ...offeringCases,
  ...partnerCases,
  ...adminCases,
  ...proposalCases,
  ...notificationCases,
  ...savedSearchCases,
  ...documentCases,
  ...readinessCases,
  ...simkopdesCases,
  ...webhookCases,
  ...teamCases,
];

/**
 * Mutations anyone (or any signed-in user) may call about themselves: nothing of others to protect
 * (changePassword, markAllNotificationsRead and saveSearch touch only the caller's own;
 * test/accounts.spec.ts, test/notifications.spec.ts and test/saved-search.spec.ts check them).
 */
const SELF_SERVICE = new Set([
  'signIn',
  'signOut',
  'changePassword',
  'markAllNotificationsRead',
  'saveSearch',
  // The caller's own email settings; an unsubscribe link acts only for the mail's recipient,
  // by its signature (both tested in email.spec.ts).
  'setEmailPreference',
  'unsubscribeEmail',
  // Acts only by the invitation link's secret token, for its invitee (test/team.spec.ts).
  'acceptTeamInvitation',
]);

let server: TestServer;
let fixture: Fixture;
const tokens = new Map<DemoUser, string>();

beforeAll(async () => {
  server = await startTestServer();
  fixture = await loadFixture(server.orm.em.getKnex());
});
afterAll(() => server.close());

async function tokenOf(user: DemoUser): Promise<string> {
  if (!tokens.has(user)) tokens.set(user, await server.signIn(DEMO[user]));
  return tokens.get(user)!;
}

test('every root query, mutation and subscription declares who may call it', async () => {
  const schema = await getSchema();
  const roots = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!];
  const undeclared = roots.flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => declaredAccess(field) === undefined)
      .map((field) => `${type.name}.${field.name}`),
  );
  expect(undeclared).toEqual([]);
});

test('every mutation has a row in the authorization matrix', async () => {
  const mutations = Object.keys((await getSchema()).getMutationType()!.getFields());
  const covered = new Set(CASES.map((entry) => entry.mutation));
  expect(mutations.filter((name) => !covered.has(name) && !SELF_SERVICE.has(name))).toEqual([]);
});

test('anonymous callers get UNAUTHENTICATED for every mutation that is not public', async () => {
  for (const entry of CASES) {
    const knex = server.orm.em.getKnex();
    const variables = await entry.variables(fixture, knex);
    const before = await entry.state(fixture, knex);
    const response = await server.graphql(entry.document, variables);
    expect({ mutation: entry.mutation, code: response.errors?.[0]?.extensions?.code }).toEqual({
      mutation: entry.mutation,
      code: 'UNAUTHENTICATED',
    });
    expect(await entry.state(fixture, knex)).toEqual(before);
  }
});

/** An API token of the bank, made by its admin, with the given scope. */
async function bankApiToken(scope: 'READ' | 'READ_WRITE'): Promise<string> {
  const knex = server.orm.em.getKnex();
  const admin = await knex('app_user').where('email', DEMO.bankAdmin).first('id');
  const { token, hash } = newToken('apiToken');
  await knex('api_token').insert({
    partner_id: fixture.bankId,
    created_by_id: admin.id,
    name: `Matrix ${scope}`,
    scope,
    token_hash: hash,
  });
  return token;
}

test('a read-only API token is refused every mutation (FORBIDDEN) and changes nothing', async () => {
  const token = await bankApiToken('READ');
  for (const entry of CASES) {
    const knex = server.orm.em.getKnex();
    const variables = await entry.variables(fixture, knex);
    const before = await entry.state(fixture, knex);
    const response = await server.graphql(entry.document, variables, { token });
    expect({ mutation: entry.mutation, code: response.errors?.[0]?.extensions?.code }).toEqual({
      mutation: entry.mutation,
      code: 'FORBIDDEN',
    });
    expect(await entry.state(fixture, knex)).toEqual(before);
  }
});

test('a read-and-write API token of the bank makes the changes its admin may', async () => {
  const token = await bankApiToken('READ_WRITE');
  const partnerChanges = CASES.filter((entry) =>
    ['updatePartnerProfile', 'updateProgram'].includes(entry.mutation),
  );
  expect(partnerChanges).toHaveLength(2);
  for (const entry of partnerChanges) {
    const knex = server.orm.em.getKnex();
    const variables = await entry.variables(fixture, knex);
    const before = await entry.state(fixture, knex);
    const response = await server.graphql(entry.document, variables, { token });
    expect(response.errors).toBeUndefined();
    expect(refusalCode(response)).toBeUndefined();
    expect(await entry.state(fixture, knex)).not.toEqual(before);
  }
});

describe.each(CASES.map((entry) => [entry.mutation, entry.target, entry] as const))(
  '%s on %s',
  (_mutation, _target, entry) => {
    test.each(entry.outsiders.map((user) => [user]))(
      'is refused for %s and changes nothing',
      async (user) => {
        const knex = server.orm.em.getKnex();
        const variables = await entry.variables(fixture, knex);
        const before = await entry.state(fixture, knex);
        const response = await server.graphql(entry.document, variables, { token: await tokenOf(user) });
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refusalCode(response));
        expect(await entry.state(fixture, knex)).toEqual(before);
      },
    );

    // The control: the same call by someone entitled succeeds, so the refusals above are about who asked.
    test(`succeeds for ${entry.insider} and changes the state`, async () => {
      const knex = server.orm.em.getKnex();
      const variables = await entry.variables(fixture, knex);
      const before = await entry.state(fixture, knex);
      const response = await server.graphql(entry.document, variables, {
        token: await tokenOf(entry.insider),
      });
      expect(response.errors).toBeUndefined();
      expect(refusalCode(response)).toBeUndefined();
      expect(await entry.state(fixture, knex)).not.toEqual(before);
    });
  },
);

/** A refusal is a top-level FORBIDDEN/NOT_FOUND error, or a NOT_FOUND user error in the payload. */
function refusalCode(response: Awaited<ReturnType<TestServer['graphql']>>): string | undefined {
  const topLevel = response.errors?.[0]?.extensions?.code;
  if (topLevel) return topLevel;
  const payload = Object.values(response.data ?? {})[0] as { userErrors?: { code: string }[] } | undefined;
  return payload?.userErrors?.[0]?.code;
}

test('every root field that takes an ID is public by design or has private-read rows', async () => {
  const query = (await getSchema()).getQueryType()!;
  const idFields = Object.values(query.getFields())
    .filter((field) => field.args.some((arg) => arg.name === 'id' || arg.name === 'ids'))
    .map((field) => field.name);
  const covered = new Set([...PUBLIC_TYPES, 'node', 'nodes', ...PRIVATE_READS.map((entry) => entry.field)]);
  expect(idFields.filter((name) => !covered.has(name))).toEqual([]);
});

describe.each(PRIVATE_READS.map((entry) => [entry.target, entry] as const))(
  'reading %s by ID',
  (_target, entry) => {
    const documents = (id: string) => ({
      query: `query ($id: ID!, $ids: [ID!]!) {
      node(id: $id) { id }
      nodes(ids: $ids) { id }
      ${entry.field ? `typed: ${entry.field}(id: $id) { id }` : ''}
    }`,
      variables: { id, ids: [id] },
    });

    test.each(entry.outsiders.map((user) => [user]))('returns nothing to %s', async (user) => {
      const id = globalIdOf(entry.type, await entry.create(fixture, server.orm.em.getKnex()));
      const { query, variables } = documents(id);
      const options = user === 'anonymous' ? {} : { token: await tokenOf(user) };
      const response = await server.graphql<Record<string, unknown>>(query, variables, options);
      // A typed field for signed-in users refuses anonymous callers outright; that reveals nothing either.
      const refusals = (response.errors ?? []).map((error) => `${error.path?.[0]}:${error.extensions?.code}`);
      expect(refusals.filter((refusal) => refusal !== 'typed:UNAUTHENTICATED')).toEqual([]);
      expect(response.data).toEqual({ node: null, nodes: [null], ...(entry.field ? { typed: null } : {}) });
    });

    test(`is visible to ${entry.insider}`, async () => {
      const id = globalIdOf(entry.type, await entry.create(fixture, server.orm.em.getKnex()));
      const { query, variables } = documents(id);
      const response = await server.graphql<Record<string, unknown>>(query, variables, {
        token: await tokenOf(entry.insider),
      });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        node: { id },
        nodes: [{ id }],
        ...(entry.field ? { typed: { id } } : {}),
      });
    });
  },
);

describe.each(PRIVATE_DOCUMENT_FIELDS.map((entry) => [entry.target, entry] as const))(
  'private fields of %s',
  (_target, entry) => {
    const read = async (user: DemoUser | 'anonymous') => {
      const knex = server.orm.em.getKnex();
      const cooperativeId = entry.cooperative(fixture);
      // Give one document every private field, so "null" below means hidden, not absent.
      await knex('cooperative_document')
        .where({ cooperative_id: cooperativeId, type: 'SK_AHU' })
        .update({
          number: 'AHU-0001234.AH.01.29.TAHUN 2025',
          note: 'catatan',
          recorded_by_id: 1,
          file_name: 'sk.pdf',
          file_mime_type: 'application/pdf',
          file_size_bytes: 10,
          file_storage_key: 'a'.repeat(48),
          file_sha256: 'b'.repeat(64),
        });
      const response = await server.graphql<{
        cooperative: {
          documents: {
            type: string;
            status: string;
            hasFile: boolean;
            number: string | null;
            note: string | null;
            recordedByName: string | null;
            file: { name: string } | null;
          }[];
        };
      }>(
        'query ($id: ID!) { cooperative(id: $id) { documents { type status hasFile number note recordedByName file { name } } } }',
        { id: globalIdOf('Cooperative', cooperativeId) },
        user === 'anonymous' ? {} : { token: await tokenOf(user) },
      );
      expect(response.errors).toBeUndefined();
      return response.data!.cooperative.documents.find((document) => document.type === 'SK_AHU')!;
    };

    test.each(entry.outsiders.map((user) => [user]))(
      '%s sees the document but not its details',
      async (user) => {
        expect(await read(user)).toEqual({
          type: 'SK_AHU',
          status: expect.stringMatching(/^(VALID|EXPIRED)$/),
          hasFile: true,
          number: null,
          note: null,
          recordedByName: null,
          file: null,
        });
      },
    );

    test.each(entry.insiders.map((user) => [user]))('%s sees its details', async (user) => {
      expect(await read(user)).toMatchObject({
        number: 'AHU-0001234.AH.01.29.TAHUN 2025',
        note: 'catatan',
        recordedByName: expect.any(String),
        file: { name: 'sk.pdf' },
      });
    });
  },
);
