import type { AuthorizationCase } from '../case';
import { globalIdOf } from '../../support/ids';

async function userId(knex: Parameters<AuthorizationCase['state']>[1], email: string): Promise<number> {
  return (await knex('app_user').where('email', email).first('id')).id as number;
}

export const savedSearchCases: AuthorizationCase[] = [
  {
    mutation: 'deleteSavedSearch',
    target: "a bank officer's saved search",
    document:
      'mutation ($input: DeleteSavedSearchInput!) { deleteSavedSearch(input: $input) { deletedSavedSearchId userErrors { code } } }',
    variables: async (_fixture, knex) => {
      const owner = await userId(knex, 'bank@demo.mitradesa.id');
      const [row] = (await knex('saved_search')
        .insert({ user_id: owner, name: 'Sawit Sanggau', q: 'sawit', terms: ['sawit'], types: [] })
        .onConflict(['user_id', 'name'])
        .merge()
        .returning('id')) as { id: number }[];
      return { input: { id: globalIdOf('SavedSearch', row.id) } };
    },
    // Only the owner: a colleague at the same bank, its admin and a platform admin are refused too.
    outsiders: ['bankAdmin', 'buyer', 'ketua', 'admin'],
    insider: 'bankOfficer',
    state: async (_fixture, knex) =>
      knex('saved_search')
        .where('user_id', await userId(knex, 'bank@demo.mitradesa.id'))
        .orderBy('id')
        .select('id', 'name'),
  },
];
