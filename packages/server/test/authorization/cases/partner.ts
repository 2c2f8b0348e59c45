import type { AuthorizationCase } from '../case';
import { globalIdOf } from '../../support/ids';
import { versionOf } from './shared';

const payload = (mutation: string, inputType: string, selection: string) =>
  `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} userErrors { code } } }`;

/** The bank's program the cases change. */
const agencyProgramOf = (knex: Parameters<AuthorizationCase['state']>[1], bankId: number) =>
  knex('program')
    .where({ partner_id: bankId, kind: 'AGENCY' })
    .orderBy('id')
    .first('id', 'status', 'name', 'version');

/** Partner profile: its admins only. Programs and requests: any of its staff. */
export const partnerCases: AuthorizationCase[] = [
  {
    mutation: 'updatePartnerProfile',
    target: "the bank's profile",
    document: payload('updatePartnerProfile', 'UpdatePartnerProfileInput', 'partner { id }'),
    variables: async (fixture, knex) => {
      const version = await versionOf(knex, 'partner', fixture.bankId);
      return {
        input: { id: globalIdOf('Partner', fixture.bankId), version, description: `Profil versi ${version}` },
      };
    },
    outsiders: ['bankOfficer', 'buyer', 'ketua', 'mentor', 'dinasProvince'],
    insider: 'bankAdmin',
    state: (fixture, knex) =>
      knex('partner').where('id', fixture.bankId).first('name', 'description', 'version'),
  },
  {
    mutation: 'createProgram',
    target: "the bank's programs",
    document: payload('createProgram', 'CreateProgramInput', 'program { id }'),
    variables: (fixture) => ({
      input: {
        partnerId: globalIdOf('Partner', fixture.bankId),
        kind: 'LOAN',
        name: 'Kredit Usaha Koperasi',
        loanTerms: { maxAmount: '3000000000', ratePerYear: '6', maxTenorMonths: 72 },
      },
    }),
    outsiders: ['buyer', 'ketua', 'mentor', 'dinasProvince'],
    insider: 'bankOfficer',
    state: (fixture, knex) => knex('program').where('partner_id', fixture.bankId).orderBy('id').pluck('id'),
  },
  {
    mutation: 'createProgram',
    target: "the bank's offtake programs with a minimum volume",
    document: payload('createProgram', 'CreateProgramInput', 'program { id }'),
    variables: (fixture) => ({
      input: {
        partnerId: globalIdOf('Partner', fixture.bankId),
        kind: 'OFFTAKE',
        name: 'Serapan gabah minimal 480 ton',
        commodity: 'PADDY_RICE',
        minimumVolume: { quantityPerMonth: '480', unit: 'TON' },
      },
    }),
    outsiders: ['buyer', 'ketua', 'mentor', 'dinasProvince'],
    insider: 'bankOfficer',
    state: (fixture, knex) =>
      knex('program')
        .where('partner_id', fixture.bankId)
        .orderBy('id')
        .select('id', 'min_volume_per_month', 'min_volume_unit'),
  },
  {
    mutation: 'updateProgram',
    target: "the bank's agency program",
    document: payload('updateProgram', 'UpdateProgramInput', 'program { id }'),
    variables: async (fixture, knex) => {
      const program = await agencyProgramOf(knex, fixture.bankId);
      return {
        input: {
          id: globalIdOf('Program', program.id),
          version: program.version,
          name: `Agen BRILink ${program.version}`,
        },
      };
    },
    outsiders: ['buyer', 'ketua', 'dinasSanggau'],
    insider: 'bankAdmin',
    state: (fixture, knex) => agencyProgramOf(knex, fixture.bankId),
  },
  {
    mutation: 'setProgramStatus',
    target: "the bank's agency program",
    document: payload('setProgramStatus', 'SetProgramStatusInput', 'program { id }'),
    variables: async (fixture, knex) => {
      const program = await agencyProgramOf(knex, fixture.bankId);
      const status = program.status === 'ACTIVE' ? 'PAUSED' : 'ACTIVE';
      return { input: { id: globalIdOf('Program', program.id), version: program.version, status } };
    },
    outsiders: ['buyer', 'mentor', 'dinasProvince'],
    insider: 'bankOfficer',
    state: (fixture, knex) => agencyProgramOf(knex, fixture.bankId),
  },
  {
    mutation: 'createRequest',
    target: "the buyer's requests",
    document: payload('createRequest', 'CreateRequestInput', 'request { id }'),
    variables: (fixture) => ({
      input: {
        partnerId: globalIdOf('Partner', fixture.buyerId),
        title: 'TBS sawit untuk pabrik',
        commodity: 'PALM_OIL_FFB',
        quantity: '150',
        quantityUnit: 'TON',
        deliveryRegionCode: '61.03',
      },
    }),
    outsiders: ['bankAdmin', 'bankOfficer', 'ketua', 'dinasSanggau'],
    insider: 'buyer',
    state: (fixture, knex) =>
      knex('partner_request').where('partner_id', fixture.buyerId).orderBy('id').pluck('id'),
  },
  {
    mutation: 'updateRequest',
    target: 'an open request of the buyer',
    document: payload('updateRequest', 'UpdateRequestInput', 'request { id }'),
    variables: async (fixture, knex) => {
      const request = await knex('partner_request')
        .where({ partner_id: fixture.buyerId, status: 'OPEN' })
        .orderBy('id')
        .first('id', 'version');
      return {
        input: {
          id: globalIdOf('PartnerRequest', request.id),
          version: request.version,
          quantity: String(100 + request.version),
        },
      };
    },
    outsiders: ['bankAdmin', 'ketua', 'mentor', 'dinasProvince'],
    insider: 'buyer',
    state: (fixture, knex) =>
      knex('partner_request')
        .where('partner_id', fixture.buyerId)
        .orderBy('id')
        .select('id', 'quantity', 'version'),
  },
  {
    mutation: 'confirmRequestStillOpen',
    target: 'an expired request of the buyer',
    document: payload('confirmRequestStillOpen', 'ConfirmRequestStillOpenInput', 'request { id }'),
    variables: async (fixture, knex) => {
      const [request] = await knex('partner_request')
        .insert({
          partner_id: fixture.buyerId,
          title: 'Lada putih',
          commodity: 'PEPPER',
          quantity: '5',
          quantity_unit: 'TON',
          delivery_region_code: '61.03',
          status: 'EXPIRED',
        })
        .returning('id');
      return { input: { id: globalIdOf('PartnerRequest', request.id), version: 1 } };
    },
    outsiders: ['bankOfficer', 'ketua', 'mentor', 'dinasSanggau'],
    insider: 'buyer',
    state: (fixture, knex) =>
      knex('partner_request')
        .where('partner_id', fixture.buyerId)
        .orderBy('id')
        .select('id', 'status', 'deadline', 'version'),
  },
  {
    mutation: 'closeRequest',
    target: 'a fresh open request of the buyer',
    document: payload('closeRequest', 'CloseRequestInput', 'request { id }'),
    variables: async (fixture, knex) => {
      const [request] = await knex('partner_request')
        .insert({
          partner_id: fixture.buyerId,
          title: 'Karet lembaran',
          commodity: 'RUBBER',
          quantity: '20',
          quantity_unit: 'TON',
          delivery_region_code: '61.03',
        })
        .returning('id');
      return { input: { id: globalIdOf('PartnerRequest', request.id), version: 1 } };
    },
    outsiders: ['bankOfficer', 'otherKetua', 'dinasSanggau'],
    insider: 'buyer',
    state: (fixture, knex) =>
      knex('partner_request').where('partner_id', fixture.buyerId).orderBy('id').select('id', 'status'),
  },
];
