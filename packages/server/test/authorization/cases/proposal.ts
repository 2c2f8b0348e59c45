import type { Knex } from '@mikro-orm/postgresql';
import { ProposalSide } from '../../../src/modules/proposal/proposal.entity';
import type { AuthorizationCase } from '../case';
import type { DemoUser, Fixture } from '../fixture';
import { globalIdOf } from '../../support/ids';
import { FINANCING_TERMS, insertProposal, mutationDocument, type StageName } from '../../proposal/helpers';
import { insertPooledProposal, offtakeProgramWithMinimum, supplyOffering } from '../../proposal/pool-helpers';

/**
 * Proposals between the demo cooperative and BRI. Outsiders — another cooperative's chair, the
 * buyer, Dinas — get NOT_FOUND (the proposal's existence is private) or FORBIDDEN; the insider
 * control is the party whose move it is. Each call gets a fresh proposal in the right stage.
 */
const OUTSIDERS: DemoUser[] = ['otherKetua', 'buyer', 'dinasProvince', 'dinasSanggau'];

/** The proposals of the demo pair, their events and messages: what any refused call must leave alone. */
async function proposalsOfDemoPair(fixture: Fixture, knex: Knex) {
  const proposals = await knex('proposal')
    .where({ cooperative_id: fixture.demoCooperativeId, partner_id: fixture.bankId })
    .orderBy('id')
    .select('id', 'status', 'version', 'title', 'awaiting_draft_approval', 'latest_terms_version');
  const ids = proposals.map((row) => row.id as number);
  const count = async (table: string) =>
    Number(((await knex(table).whereIn('proposal_id', ids).count({ n: '*' }).first()) as { n: string }).n);
  return { proposals, events: await count('proposal_event'), messages: await count('proposal_message') };
}

interface ActionCase {
  mutation: string;
  stage: StageName;
  startedBy?: ProposalSide;
  turn?: ProposalSide;
  brokered?: boolean;
  insider: DemoUser;
  extra?: Record<string, unknown>;
  /** sendProposalMessage names no version. */
  unversioned?: boolean;
}

function actionCase(spec: ActionCase): AuthorizationCase {
  return {
    mutation: spec.mutation,
    target: `a proposal of the demo cooperative with BRI in ${spec.stage}`,
    document: mutationDocument(spec.mutation),
    variables: async (fixture, knex) => {
      const id = await insertProposal(knex, {
        stage: spec.stage,
        startedBy: spec.startedBy,
        turn: spec.turn,
        cooperativeId: fixture.demoCooperativeId,
        partnerId: fixture.bankId,
        mentorId: spec.brokered ? fixture.demoMentorId : null,
      });
      const { version } = await knex('proposal').where('id', id).first('version');
      return {
        input: {
          proposalId: globalIdOf('Proposal', id),
          ...(spec.unversioned ? {} : { version }),
          ...spec.extra,
        },
      };
    },
    outsiders: OUTSIDERS,
    insider: spec.insider,
    state: proposalsOfDemoPair,
  };
}

const { COOPERATIVE, PARTNER } = ProposalSide;

export const proposalCases: AuthorizationCase[] = [
  {
    mutation: 'createProposal',
    target: 'a proposal between the demo cooperative and BRI',
    document: mutationDocument('createProposal'),
    variables: (fixture) => ({
      input: {
        kind: 'FINANCING',
        cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
        partnerId: globalIdOf('Partner', fixture.bankId),
        title: 'Pinjaman atas nama orang lain',
        terms: FINANCING_TERMS,
      },
    }),
    outsiders: [...OUTSIDERS, 'staff'],
    insider: 'ketua',
    state: proposalsOfDemoPair,
  },
  {
    mutation: 'createProposal',
    target: "a pooled offer led by the demo cooperative answering the buyer's offtake program",
    document: mutationDocument('createProposal'),
    variables: async (fixture, knex) => {
      const programId = await offtakeProgramWithMinimum(knex, fixture.buyerId, '100');
      const lead = await supplyOffering(knex, fixture.demoCooperativeId, '60');
      const member = await supplyOffering(knex, fixture.otherCooperativeId, '40');
      const share = (cooperativeId: number, offeringId: number, quantity: string) => ({
        cooperativeId: globalIdOf('Cooperative', cooperativeId),
        offeringId: globalIdOf('Offering', offeringId),
        quantity,
      });
      return {
        input: {
          kind: 'OFFTAKE',
          cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId),
          partnerId: globalIdOf('Partner', fixture.buyerId),
          programId: globalIdOf('Program', programId),
          title: 'Pasokan bersama atas nama orang lain',
          terms: {
            pricePerUnit: '2500000',
            poolShares: [
              share(fixture.demoCooperativeId, lead, '60'),
              share(fixture.otherCooperativeId, member, '40'),
            ],
          },
        },
      };
    },
    // The member's chair takes a share but does not start the lead's pool.
    outsiders: ['otherKetua', 'dinasProvince', 'dinasSanggau', 'staff'],
    insider: 'ketua',
    state: async (fixture, knex) => ({
      proposals: await knex('proposal')
        .where({ cooperative_id: fixture.demoCooperativeId, partner_id: fixture.buyerId })
        .orderBy('id')
        .pluck('id'),
      members: await knex('proposal_pool_member').count({ n: '*' }).first(),
    }),
  },
  actionCase({
    mutation: 'updateProposalDraft',
    stage: 'DRAFT',
    insider: 'pengurus',
    extra: { title: 'Judul baru' },
  }),
  actionCase({ mutation: 'submitProposal', stage: 'DRAFT', insider: 'ketua' }),
  actionCase({ mutation: 'approveProposalDraft', stage: 'MENTOR_DRAFT', brokered: true, insider: 'ketua' }),
  actionCase({
    mutation: 'rejectProposalDraft',
    stage: 'MENTOR_DRAFT',
    brokered: true,
    insider: 'pengurus',
    extra: { reason: 'Tidak disetujui.' },
  }),
  actionCase({ mutation: 'startProposalReview', stage: 'SUBMITTED', insider: 'bankOfficer' }),
  actionCase({
    mutation: 'counterProposal',
    stage: 'UNDER_REVIEW',
    insider: 'bankAdmin',
    extra: { terms: FINANCING_TERMS },
  }),
  actionCase({
    mutation: 'acceptProposal',
    stage: 'NEGOTIATING',
    turn: COOPERATIVE,
    insider: 'ketua',
    extra: { termsVersion: 2 },
  }),
  actionCase({
    mutation: 'declineProposal',
    stage: 'SUBMITTED',
    startedBy: COOPERATIVE,
    insider: 'bankOfficer',
    extra: { reason: 'Belum memenuhi syarat.' },
  }),
  actionCase({ mutation: 'withdrawProposal', stage: 'NEGOTIATING', turn: PARTNER, insider: 'ketua' }),
  actionCase({
    mutation: 'sendProposalMessage',
    stage: 'NEGOTIATING',
    insider: 'bankOfficer',
    extra: { body: 'Pesan dari orang luar?' },
    unversioned: true,
  }),
  actionCase({ mutation: 'completeProposal', stage: 'ACCEPTED', insider: 'bankAdmin' }),
  actionCase({
    mutation: 'cancelProposal',
    stage: 'ACCEPTED',
    insider: 'ketua',
    extra: { reason: 'Dibatalkan.' },
  }),
  ...(['approvePoolShare', 'withdrawPoolShare'] as const).map(poolShareCase),
];

/**
 * A pooled offer led by the Sambas cooperative with the demo cooperative as a member: only the
 * member's board decides on its share. Its staff (below the board), another partner, a mentor
 * who does not broker it and the Dinas are refused. (The buyer it is offered to and the lead see
 * it: the transition table refuses them, see proposal-state-machine.spec.ts.)
 */
function poolShareCase(mutation: 'approvePoolShare' | 'withdrawPoolShare'): AuthorizationCase {
  return {
    mutation,
    target: 'the demo cooperative’s share of a pool led by another cooperative',
    document: mutationDocument(mutation),
    variables: async (fixture, knex) => {
      const { proposalId } = await insertPooledProposal(knex, {
        leadId: fixture.otherCooperativeId,
        memberId: fixture.demoCooperativeId,
        partnerId: fixture.buyerId,
        stage: 'SUBMITTED',
      });
      const { version } = await knex('proposal').where('id', proposalId).first('version');
      return {
        input: {
          proposalId: globalIdOf('Proposal', proposalId),
          version,
          ...(mutation === 'withdrawPoolShare' ? { reason: 'Stok kami tidak cukup.' } : {}),
        },
      };
    },
    outsiders: ['staff', 'bankAdmin', 'mentor', 'dinasSanggau'],
    insider: 'ketua',
    state: async (fixture, knex) =>
      knex('proposal_pool_member')
        .where('cooperative_id', fixture.demoCooperativeId)
        .orderBy('id')
        .select('proposal_id', 'status', 'decided_at'),
  };
}
