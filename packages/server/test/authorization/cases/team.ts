import type { Knex } from '@mikro-orm/postgresql';
import type { AuthorizationCase } from '../case';
import type { Fixture } from '../fixture';
import { globalIdOf } from '../../support/ids';
import { newToken } from '../../../src/modules/account/credentials';

/** What a change of the demo cooperative's or the bank's people must leave as it was. */
const teamState = (knex: Knex, column: 'cooperative_id' | 'partner_id', id: number) =>
  Promise.all([
    knex('membership').where(column, id).orderBy('id').select('id', 'user_id', 'role'),
    knex('team_invitation')
      .where(column, id)
      .orderBy('id')
      .select('id', 'email', 'role', 'token_hash', 'expires_at', 'accepted_at', 'cancelled_at'),
    knex('team_event').where(column, id).count({ n: '*' }).first(),
  ]);

/** An open invitation of the bank, created afresh for each call. */
export async function insertBankInvitation(fixture: Fixture, knex: Knex): Promise<number> {
  const [row] = await knex('team_invitation')
    .insert({
      partner_id: fixture.bankId,
      email: `invitee.${newToken('invitation').hash.slice(0, 12)}@bank.example.id`,
      role: 'PARTNER_OFFICER',
      token_hash: newToken('invitation').hash,
      expires_at: knex.raw("now() + interval '14 days'"),
    })
    .returning('id');
  return row.id as number;
}

/** A staff member of the demo cooperative, made afresh for each call (their membership id). */
async function insertCooperativeStaff(fixture: Fixture, knex: Knex): Promise<number> {
  const [user] = await knex('app_user')
    .insert({
      email: `staf.${newToken('invitation').hash.slice(0, 12)}@koperasi.example.id`,
      name: 'Staf Baru',
      password_hash: 'not-a-hash',
    })
    .returning('id');
  const [membership] = await knex('membership')
    .insert({ user_id: user.id, role: 'STAFF', cooperative_id: fixture.demoCooperativeId })
    .returning('id');
  return membership.id as number;
}

const ERRORS = 'userErrors { code } errors { code }';

export const teamCases: AuthorizationCase[] = [
  {
    mutation: 'inviteTeamMember',
    target: "the demo cooperative's people",
    document: `mutation ($input: InviteTeamMemberInput!) { inviteTeamMember(input: $input) { invitation { id } ${ERRORS} } }`,
    variables: (fixture) => ({
      input: {
        organisationId: globalIdOf('Cooperative', fixture.demoCooperativeId),
        email: `tamu.${Date.now()}.${Math.random().toString(36).slice(2)}@example.id`,
        role: 'STAFF',
      },
    }),
    // Its pengurus and staff are members but not its admin; the other ketua runs another cooperative.
    outsiders: ['otherKetua', 'pengurus', 'staff', 'mentor', 'bankAdmin', 'dinasSanggau'],
    insider: 'ketua',
    state: (fixture, knex) => teamState(knex, 'cooperative_id', fixture.demoCooperativeId),
  },
  {
    mutation: 'resendTeamInvitation',
    target: 'an open invitation of the bank',
    document: `mutation ($input: TeamInvitationInput!) { resendTeamInvitation(input: $input) { invitation { id } ${ERRORS} } }`,
    variables: async (fixture, knex) => ({
      input: { id: globalIdOf('TeamInvitation', await insertBankInvitation(fixture, knex)) },
    }),
    outsiders: ['bankOfficer', 'buyer', 'ketua', 'mentor', 'dinasProvince'],
    insider: 'bankAdmin',
    state: (fixture, knex) => teamState(knex, 'partner_id', fixture.bankId),
  },
  {
    mutation: 'cancelTeamInvitation',
    target: 'an open invitation of the bank',
    document: `mutation ($input: TeamInvitationInput!) { cancelTeamInvitation(input: $input) { invitation { id } ${ERRORS} } }`,
    variables: async (fixture, knex) => ({
      input: { id: globalIdOf('TeamInvitation', await insertBankInvitation(fixture, knex)) },
    }),
    outsiders: ['bankOfficer', 'buyer', 'ketua', 'mentor', 'dinasProvince'],
    insider: 'bankAdmin',
    state: (fixture, knex) => teamState(knex, 'partner_id', fixture.bankId),
  },
  {
    mutation: 'changeTeamMemberRole',
    target: 'a staff member of the demo cooperative',
    document: `mutation ($input: ChangeTeamMemberRoleInput!) { changeTeamMemberRole(input: $input) { member { id role } ${ERRORS} } }`,
    variables: async (fixture, knex) => ({
      input: { id: globalIdOf('TeamMember', await insertCooperativeStaff(fixture, knex)), role: 'PENGURUS' },
    }),
    outsiders: ['otherKetua', 'pengurus', 'staff', 'mentor', 'bankAdmin', 'dinasSanggau'],
    insider: 'ketua',
    state: (fixture, knex) => teamState(knex, 'cooperative_id', fixture.demoCooperativeId),
  },
  {
    mutation: 'removeTeamMember',
    target: 'a staff member of the demo cooperative',
    document: `mutation ($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { removedMemberId ${ERRORS} } }`,
    variables: async (fixture, knex) => ({
      input: { id: globalIdOf('TeamMember', await insertCooperativeStaff(fixture, knex)) },
    }),
    outsiders: ['otherKetua', 'pengurus', 'staff', 'mentor', 'bankAdmin', 'dinasSanggau'],
    insider: 'ketua',
    state: (fixture, knex) => teamState(knex, 'cooperative_id', fixture.demoCooperativeId),
  },
];
