import type { AuthorizationCase } from '../case';
import type { DemoUser } from '../fixture';
import { globalIdOf } from '../../support/ids';
import { insertOffering, offeringsOf, versionOf } from './shared';

const payload = (mutation: string, inputType: string) =>
  `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { offering { id } userErrors { code } } }`;

/** Officers of another cooperative, partners and Dinas: none may touch the demo cooperative's offerings. */
const OUTSIDERS: DemoUser[] = ['otherKetua', 'bankAdmin', 'buyer', 'dinasSanggau', 'dinasProvince'];

/** A life-cycle move on a fresh offering in `status` (a draft is invisible to outsiders: NOT_FOUND). */
function lifecycleCase(
  mutation: string,
  inputType: string,
  status: string,
  insider: DemoUser,
): AuthorizationCase {
  return {
    mutation,
    target: `a ${status} offering of the demo cooperative`,
    document: payload(mutation, inputType),
    variables: async (fixture, knex) => {
      const id = await insertOffering(knex, fixture.demoCooperativeId, status);
      return { input: { id: globalIdOf('Offering', id), version: 1 } };
    },
    outsiders: OUTSIDERS,
    insider,
    state: (fixture, knex) => offeringsOf(knex, fixture.demoCooperativeId),
  };
}

export const offeringCases: AuthorizationCase[] = [
  {
    mutation: 'createOffering',
    target: "the demo cooperative's offerings",
    document: payload('createOffering', 'CreateOfferingInput'),
    variables: (fixture) => ({
      input: {
        cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
        kind: 'SERVICE',
        title: 'Sewa cold storage',
      },
    }),
    outsiders: OUTSIDERS,
    insider: 'staff',
    state: (fixture, knex) => offeringsOf(knex, fixture.demoCooperativeId),
  },
  {
    mutation: 'updateOffering',
    target: 'a published offering of the demo cooperative',
    document: payload('updateOffering', 'UpdateOfferingInput'),
    variables: async (fixture, knex) => {
      const { id } = await knex('offering')
        .where({ cooperative_id: fixture.demoCooperativeId, status: 'PUBLISHED' })
        .orderBy('id')
        .first('id');
      const version = await versionOf(knex, 'offering', id);
      return { input: { id: globalIdOf('Offering', id), version, title: `Buah segar, versi ${version}` } };
    },
    outsiders: OUTSIDERS,
    insider: 'mentor',
    state: (fixture, knex) => offeringsOf(knex, fixture.demoCooperativeId),
  },
  lifecycleCase('publishOffering', 'PublishOfferingInput', 'DRAFT', 'staff'),
  lifecycleCase('pauseOffering', 'PauseOfferingInput', 'PUBLISHED', 'ketua'),
  lifecycleCase('closeOffering', 'CloseOfferingInput', 'PAUSED', 'mentor'),
  lifecycleCase('confirmOfferingStillValid', 'ConfirmOfferingStillValidInput', 'PUBLISHED', 'pengurus'),
];
