import type { AuthorizationCase } from '../case';
import { globalIdOf } from '../../support/ids';

export const accountCases: AuthorizationCase[] = [
  {
    mutation: 'createApiToken',
    target: "the bank's API tokens",
    document:
      'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token userErrors { code } } }',
    variables: (fixture) => ({ input: { partnerId: globalIdOf('Partner', fixture.bankId), name: 'stolen' } }),
    outsiders: ['buyer', 'bankOfficer', 'ketua', 'mentor', 'dinasProvince'],
    insider: 'bankAdmin',
    state: (fixture, knex) =>
      knex('api_token').where('partner_id', fixture.bankId).select('id', 'name', 'revoked_at'),
  },
  {
    mutation: 'revokeApiToken',
    target: "a bank's API token",
    document:
      'mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { apiToken { id } userErrors { code } } }',
    variables: async (fixture, knex) => {
      const [row] = await knex('api_token')
        .insert({
          partner_id: fixture.bankId,
          created_by_id: 1,
          name: 'Loan system',
          scope: 'READ_WRITE',
          token_hash: 'x'.repeat(64),
        })
        .onConflict('token_hash')
        .merge()
        .returning('id');
      return { input: { id: globalIdOf('ApiToken', row.id) } };
    },
    outsiders: ['buyer', 'bankOfficer', 'ketua', 'mentor'],
    insider: 'bankAdmin',
    state: (fixture, knex) =>
      knex('api_token').where('partner_id', fixture.bankId).select('id', 'revoked_at'),
  },
  {
    mutation: 'createUser',
    target: 'the user accounts',
    document:
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }',
    variables: () => ({
      input: {
        email: 'intruder@example.id',
        name: 'Intruder',
        password: 'a-long-password',
        memberships: [{ role: 'ADMIN' }],
      },
    }),
    outsiders: ['ketua', 'bankAdmin', 'mentor', 'pmo', 'dinasProvince'],
    insider: 'admin',
    state: (_fixture, knex) => knex('app_user').count({ n: '*' }).first(),
  },
  {
    mutation: 'resetUserPassword',
    target: "a user's password",
    document:
      'mutation ($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { temporaryPassword userErrors { code } } }',
    variables: async (_fixture, knex) => {
      const [row] = await knex('app_user')
        .insert({ email: 'reset.target@example.id', name: 'Reset Target', password_hash: 'not-a-hash' })
        .onConflict('email')
        .merge()
        .returning('id');
      return { input: { userId: globalIdOf('User', row.id) } };
    },
    outsiders: ['ketua', 'bankAdmin', 'mentor', 'pmo', 'dinasProvince'],
    insider: 'admin',
    state: (_fixture, knex) =>
      knex('app_user').where('email', 'reset.target@example.id').first('password_hash'),
  },
];
