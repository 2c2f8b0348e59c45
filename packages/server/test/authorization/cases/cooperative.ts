import type { AuthorizationCase } from '../case';
import { globalIdOf } from '../../support/ids';
import { versionOf } from './shared';

const payload = (mutation: string, inputType: string, selection: string) =>
  `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} userErrors { code } } }`;

/**
 * Profile, legal data and officers are the board's (KETUA, PENGURUS): staff and the mentor are
 * refused like outsiders. Units are operational: any officer and the mentor may.
 */
export const cooperativeCases: AuthorizationCase[] = [
  {
    mutation: 'updateCooperativeProfile',
    target: "the demo cooperative's profile",
    document: payload('updateCooperativeProfile', 'UpdateCooperativeProfileInput', 'cooperative { id }'),
    variables: async (fixture, knex) => {
      const version = await versionOf(knex, 'cooperative', fixture.demoCooperativeId);
      return {
        input: {
          id: globalIdOf('Cooperative', fixture.demoCooperativeId),
          version,
          memberCount: 700 + version,
        },
      };
    },
    outsiders: ['staff', 'mentor', 'otherKetua', 'bankAdmin', 'dinasSanggau', 'dinasProvince'],
    insider: 'ketua',
    state: (fixture, knex) =>
      knex('cooperative')
        .where('id', fixture.demoCooperativeId)
        .first('name', 'member_count', 'stage', 'version'),
  },
  {
    mutation: 'updateCooperativeLegalData',
    target: "the demo cooperative's legal data",
    document: payload('updateCooperativeLegalData', 'UpdateCooperativeLegalDataInput', 'cooperative { id }'),
    variables: async (fixture, knex) => {
      const version = await versionOf(knex, 'cooperative', fixture.demoCooperativeId);
      return {
        input: {
          id: globalIdOf('Cooperative', fixture.demoCooperativeId),
          version,
          nib: String(9100000000000 + version),
        },
      };
    },
    outsiders: ['staff', 'mentor', 'otherKetua', 'buyer', 'dinasSanggau'],
    insider: 'pengurus',
    state: (fixture, knex) =>
      knex('cooperative')
        .where('id', fixture.demoCooperativeId)
        .first('nib', 'npwp', 'sk_ahu_number', 'version'),
  },
  {
    mutation: 'setCooperativeOfficers',
    target: "the demo cooperative's officers",
    document: payload('setCooperativeOfficers', 'SetCooperativeOfficersInput', 'cooperative { id }'),
    variables: async (fixture, knex) => {
      const version = await versionOf(knex, 'cooperative', fixture.demoCooperativeId);
      return {
        input: {
          id: globalIdOf('Cooperative', fixture.demoCooperativeId),
          version,
          officers: [{ role: 'KETUA', name: `Ketua Baru ${version}` }],
        },
      };
    },
    outsiders: ['staff', 'mentor', 'otherKetua', 'bankOfficer', 'dinasProvince'],
    insider: 'ketua',
    state: (fixture, knex) =>
      knex('cooperative_officer')
        .where('cooperative_id', fixture.demoCooperativeId)
        .orderBy('id')
        .select('role', 'name'),
  },
  {
    mutation: 'addBusinessUnit',
    target: "the demo cooperative's units",
    document: payload('addBusinessUnit', 'AddBusinessUnitInput', 'businessUnit { id }'),
    variables: (fixture) => ({
      input: {
        cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
        type: 'OTHER',
        status: 'PLANNED',
        name: 'Penggilingan padi',
      },
    }),
    outsiders: ['otherKetua', 'bankOfficer', 'buyer', 'dinasSanggau'],
    insider: 'mentor',
    state: (fixture, knex) =>
      knex('business_unit')
        .where('cooperative_id', fixture.demoCooperativeId)
        .orderBy('id')
        .select('id', 'type'),
  },
  {
    mutation: 'updateBusinessUnit',
    target: 'a unit of the demo cooperative',
    document: payload('updateBusinessUnit', 'UpdateBusinessUnitInput', 'businessUnit { id }'),
    variables: async (fixture, knex) => {
      const unit = await knex('business_unit')
        .where({ cooperative_id: fixture.demoCooperativeId, type: 'VILLAGE_CLINIC' })
        .first('id', 'status');
      const status = unit.status === 'PLANNED' ? 'UNDER_CONSTRUCTION' : 'PLANNED';
      return { input: { id: globalIdOf('BusinessUnit', unit.id), status } };
    },
    outsiders: ['otherKetua', 'bankAdmin', 'dinasSanggau'],
    insider: 'staff',
    state: (fixture, knex) =>
      knex('business_unit')
        .where({ cooperative_id: fixture.demoCooperativeId, type: 'VILLAGE_CLINIC' })
        .first('status', 'name', 'updated_at'),
  },
  {
    mutation: 'removeBusinessUnit',
    target: 'an extra unit of the demo cooperative',
    document: payload('removeBusinessUnit', 'RemoveBusinessUnitInput', 'removedBusinessUnitId'),
    variables: async (fixture, knex) => {
      const [unit] = await knex('business_unit')
        .insert({
          cooperative_id: fixture.demoCooperativeId,
          type: 'OTHER',
          name: 'Akan dihapus',
          status: 'PLANNED',
        })
        .returning('id');
      return { input: { id: globalIdOf('BusinessUnit', unit.id) } };
    },
    outsiders: ['otherKetua', 'buyer', 'dinasProvince'],
    insider: 'pengurus',
    state: (fixture, knex) =>
      knex('business_unit').where('cooperative_id', fixture.demoCooperativeId).orderBy('id').pluck('id'),
  },
];
