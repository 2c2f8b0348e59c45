import type { Knex } from '@mikro-orm/postgresql';
import type { AuthorizationCase } from '../case';
import { globalIdOf } from '../../support/ids';
import type { Fixture } from '../fixture';

const payload = (mutation: string) =>
  `mutation ($input: PassportSharingInput!) { ${mutation}(input: $input) { passport { level } userErrors { code } } }`;

const sharesOf = (knex: Knex, cooperativeId: number) =>
  knex('passport_share').where('cooperative_id', cooperativeId).orderBy('partner_id').select('partner_id');

const sharing = (fixture: Fixture) => ({
  input: {
    cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
    partnerId: globalIdOf('Partner', fixture.buyerId),
  },
});

/**
 * A cooperative's passport is shared by its board and its mentor (as its documents are): its
 * staff, other cooperatives, partners (the one it would be shared with included) and the Dinas are
 * refused.
 */
export const readinessCases: AuthorizationCase[] = [
  {
    mutation: 'sharePassport',
    target: "the demo cooperative's passport",
    document: payload('sharePassport'),
    variables: async (fixture, knex) => {
      await knex('passport_share').where('cooperative_id', fixture.demoCooperativeId).delete();
      return sharing(fixture);
    },
    outsiders: ['staff', 'otherKetua', 'buyer', 'bankAdmin', 'dinasSanggau'],
    insider: 'ketua',
    state: (fixture, knex) => sharesOf(knex, fixture.demoCooperativeId),
  },
  {
    mutation: 'stopSharingPassport',
    target: "the demo cooperative's passport",
    document: payload('stopSharingPassport'),
    variables: async (fixture, knex) => {
      await knex('passport_share')
        .insert({ cooperative_id: fixture.demoCooperativeId, partner_id: fixture.buyerId })
        .onConflict(['cooperative_id', 'partner_id'])
        .ignore();
      return sharing(fixture);
    },
    outsiders: ['staff', 'otherKetua', 'buyer', 'dinasProvince'],
    insider: 'mentor',
    state: (fixture, knex) => sharesOf(knex, fixture.demoCooperativeId),
  },
];
