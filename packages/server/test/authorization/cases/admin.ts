import type { AuthorizationCase } from '../case';
import type { DemoUser } from '../fixture';
import { globalIdOf } from '../../support/ids';

const payload = (mutation: string, inputType: string, selection: string) =>
  `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} userErrors { code } } }`;

/** Everyone but platform admins, including the people the operation is about. */
const NOT_ADMINS: DemoUser[] = ['ketua', 'bankAdmin', 'mentor', 'pmo', 'dinasProvince'];

const LEVELS = [
  'UNVERIFIED',
  'SELF_DECLARED',
  'MENTOR_ATTESTED',
  'DOCUMENTS_VERIFIED',
  'GOVERNMENT_VERIFIED',
];

/** A Sanggau cooperative other than the demo one, its current BA, and another BA of Sanggau. */
async function reassignment(
  knex: Parameters<AuthorizationCase['state']>[1],
  demoCooperativeId: number,
  demoMentorId: number,
) {
  const assignment = await knex('mentor_assignment as a')
    .join('cooperative as c', 'c.id', 'a.cooperative_id')
    .whereNull('a.ended_at')
    .where('c.village_code', 'like', '61.03.%')
    .whereNot('c.id', demoCooperativeId)
    .orderBy('c.id')
    .first('a.cooperative_id', 'a.mentor_id');
  const ba = await knex('mentor')
    .where({ role: 'BA', regency_code: '61.03' })
    .whereNotIn('id', [assignment.mentor_id, demoMentorId])
    .orderBy('id')
    .first('id');
  return { cooperativeId: assignment.cooperative_id as number, mentorId: ba.id as number };
}

export const adminCases: AuthorizationCase[] = [
  {
    mutation: 'createCooperative',
    target: 'a new village without a cooperative',
    document: payload('createCooperative', 'CreateCooperativeInput', 'cooperative { id }'),
    variables: async (_fixture, knex) => {
      // Every demo village has its cooperative, so each call gets a new village of its own.
      const { n } = (await knex('region')
        .where('code', 'like', '61.03.01.28%')
        .count({ n: '*' })
        .first()) as { n: string };
      const code = `61.03.01.28${String(Number(n)).padStart(2, '0')}`;
      await knex('region').insert({
        code,
        level: 'VILLAGE',
        name: `Desa Uji ${code}`,
        parent_code: '61.03.01',
        village_kind: 'DESA',
      });
      return { input: { villageCode: code, name: 'Koperasi Desa Merah Putih Uji' } };
    },
    outsiders: NOT_ADMINS,
    insider: 'admin',
    state: (_fixture, knex) => knex('cooperative').count({ n: '*' }).first(),
  },
  {
    mutation: 'createPartner',
    target: 'the partner institutions',
    document: payload('createPartner', 'CreatePartnerInput', 'partner { id }'),
    variables: () => ({
      input: { type: 'PRIVATE_BUYER', name: 'PT Pembeli Matriks', coverageRegionCodes: ['61.03'] },
    }),
    outsiders: NOT_ADMINS,
    insider: 'admin',
    state: (_fixture, knex) => knex('partner').count({ n: '*' }).first(),
  },
  {
    mutation: 'assignMentor',
    target: 'the BA of a Sanggau cooperative',
    document: payload('assignMentor', 'AssignMentorInput', 'cooperative { id }'),
    variables: async (fixture, knex) => {
      const { cooperativeId, mentorId } = await reassignment(
        knex,
        fixture.demoCooperativeId,
        fixture.demoMentorId,
      );
      return {
        input: {
          mentorId: globalIdOf('Mentor', mentorId),
          cooperativeId: globalIdOf('Cooperative', cooperativeId),
        },
      };
    },
    outsiders: ['pmo', 'mentor', 'ketua', 'bankAdmin', 'dinasSanggau'],
    insider: 'admin',
    state: (_fixture, knex) =>
      knex('mentor_assignment').orderBy('id').select('id', 'mentor_id', 'cooperative_id', 'ended_at'),
  },
  {
    mutation: 'endMentorAssignment',
    target: 'the open assignment of a Sambas cooperative',
    document: payload('endMentorAssignment', 'EndMentorAssignmentInput', 'cooperative { id }'),
    variables: async (fixture, knex) => {
      const { cooperative_id } = await knex('mentor_assignment as a')
        .join('cooperative as c', 'c.id', 'a.cooperative_id')
        .whereNull('a.ended_at')
        .where('c.village_code', 'like', '61.01.%')
        .whereNot('c.id', fixture.otherCooperativeId)
        .orderBy('c.id')
        .first('a.cooperative_id');
      return { input: { cooperativeId: globalIdOf('Cooperative', cooperative_id) } };
    },
    outsiders: ['pmo', 'mentor', 'otherKetua', 'dinasProvince'],
    insider: 'admin',
    state: (_fixture, knex) => knex('mentor_assignment').whereNull('ended_at').orderBy('id').pluck('id'),
  },
  {
    mutation: 'setVerificationLevel',
    target: "the demo cooperative's verification",
    document: payload('setVerificationLevel', 'SetVerificationLevelInput', 'cooperative { id }'),
    variables: async (fixture, knex) => {
      const { verification_level } = await knex('cooperative')
        .where('id', fixture.demoCooperativeId)
        .first('verification_level');
      const next = LEVELS[(LEVELS.indexOf(verification_level) + 1) % LEVELS.length];
      return { input: { id: globalIdOf('Cooperative', fixture.demoCooperativeId), level: next } };
    },
    outsiders: ['ketua', 'pengurus', 'mentor', 'bankAdmin', 'dinasSanggau'],
    insider: 'admin',
    state: (fixture, knex) =>
      knex('cooperative').where('id', fixture.demoCooperativeId).first('verification_level'),
  },
];
