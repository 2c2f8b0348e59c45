import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../account/viewer';
import { COOPERATIVE_BOARD } from '../cooperative/cooperative.policy';
import { ProposalActor, ProposalSide } from './proposal.entity';

/**
 * Who may see a proposal: the officers of its cooperative, the staff of its partner, its
 * brokering mentor, the officers of a pool's member cooperatives, and admins — except that a
 * draft stays with the side writing it until it is submitted (a pool's members are on the
 * cooperative side, which writes its drafts). The same rule exists twice, as SQL for the reads and as code for the service; the
 * two must agree (test/proposal-workflow.spec.ts checks both).
 */
export interface ProposalParties {
  cooperativeId: number;
  partnerId: number;
  mentorId: number | null;
  startedBy: ProposalSide;
  isSubmitted: boolean;
  /** A pooled proposal's member cooperatives besides the lead (`cooperativeId`); else empty. */
  poolMemberIds: readonly number[];
}

const isOfficerOfAny = (viewer: Viewer, cooperativeIds: readonly number[]) =>
  cooperativeIds.some((id) => viewer.isOfficerOf(id));

export function maySeeProposal(viewer: Viewer | null, proposal: ProposalParties): boolean {
  if (!viewer) return false;
  if (viewer.isAdmin) return true;
  if (proposal.mentorId !== null && viewer.mentorIds().includes(proposal.mentorId)) return true;
  const visibleTo = (side: ProposalSide) => proposal.isSubmitted || proposal.startedBy === side;
  return (
    ((viewer.isOfficerOf(proposal.cooperativeId) || isOfficerOfAny(viewer, proposal.poolMemberIds)) &&
      visibleTo(ProposalSide.COOPERATIVE)) ||
    (viewer.isStaffOf(proposal.partnerId) && visibleTo(ProposalSide.PARTNER))
  );
}

/** Restricts a query on `proposal as p` to what the viewer may see. */
export function whereVisible(qb: Knex.QueryBuilder, viewer: Viewer | null): Knex.QueryBuilder {
  if (!viewer) return qb.whereRaw('false');
  if (viewer.isAdmin) return qb;
  const cooperativeIds = viewer.cooperativeIds();
  const partnerIds = viewer.partnerIds();
  const mentorIds = viewer.mentorIds();
  return qb.where((visible) => {
    visible.whereRaw('false');
    if (mentorIds.length) visible.orWhereIn('p.mentor_id', mentorIds);
    if (cooperativeIds.length) {
      visible.orWhere((own) =>
        own
          .where((ours) =>
            ours.whereIn('p.cooperative_id', cooperativeIds).orWhereExists(poolMembership(cooperativeIds)),
          )
          .andWhere((sent) =>
            sent.whereNotNull('p.submitted_at').orWhere('p.started_by', ProposalSide.COOPERATIVE),
          ),
      );
    }
    if (partnerIds.length) {
      visible.orWhere((own) =>
        own
          .whereIn('p.partner_id', partnerIds)
          .andWhere((sent) =>
            sent.whereNotNull('p.submitted_at').orWhere('p.started_by', ProposalSide.PARTNER),
          ),
      );
    }
  });
}

/**
 * Whether the viewer decides on this member's share of a pool: it sits on the member's board, and
 * the member is not the lead (whose board acts for the whole pool). Admins do not decide for members.
 */
export function decidesOnShare(viewer: Viewer | null, memberId: number, leadId: number): boolean {
  return viewer !== null && memberId !== leadId && viewer.isOfficerOf(memberId, COOPERATIVE_BOARD);
}

/** `exists`: one of these cooperatives is a member of the pool of `proposal as p`. */
export function poolMembership(cooperativeIds: readonly number[]) {
  return (member: Knex.QueryBuilder) =>
    member
      .select(1)
      .from('proposal_pool_member as pm')
      .whereRaw('pm.proposal_id = p.id')
      .whereIn('pm.cooperative_id', cooperativeIds);
}

/**
 * Whether a proposal waits for the viewer: the party on turn is one of theirs (any officer of its
 * cooperative, any staff of its partner); for admins, whoever is on turn. False when nobody is on
 * turn. `Proposal.isViewerTurn` answers with it and the `isMyTurn` filter with its SQL twin,
 * `whereViewersTurn`; test/proposal-workflow.spec.ts checks that the two agree.
 */
export function isViewersTurn(
  viewer: Viewer | null,
  proposal: { cooperativeId: number; partnerId: number; turn: ProposalSide | null | undefined },
): boolean {
  if (!viewer || proposal.turn == null) return false;
  if (viewer.isAdmin) return true;
  return proposal.turn === ProposalSide.COOPERATIVE
    ? viewer.isOfficerOf(proposal.cooperativeId)
    : viewer.isStaffOf(proposal.partnerId);
}

/** Restricts a query on `proposal as p` to those waiting for the viewer (`isViewersTurn` in SQL). */
export function whereViewersTurn(qb: Knex.QueryBuilder, viewer: Viewer | null): Knex.QueryBuilder {
  if (!viewer) return qb.whereRaw('false');
  if (viewer.isAdmin) return qb.whereNotNull('p.turn');
  return qb.where((mine) =>
    mine
      .where((cooperative) =>
        cooperative
          .where('p.turn', ProposalSide.COOPERATIVE)
          .whereIn('p.cooperative_id', viewer.cooperativeIds()),
      )
      .orWhere((partner) =>
        partner.where('p.turn', ProposalSide.PARTNER).whereIn('p.partner_id', viewer.partnerIds()),
      ),
  );
}

/**
 * In which capacities the viewer may act on a proposal it can see: for the cooperative (its
 * board), for the partner (any staff), as the brokering mentor. Admins may act for either party.
 * Cooperative staff below the board, Dinas and everyone else may not act at all.
 */
export function actorsFor(viewer: Viewer | null, proposal: ProposalParties): ProposalActor[] {
  if (!viewer) return [];
  const actors: ProposalActor[] = [];
  if (viewer.isAdmin || viewer.isOfficerOf(proposal.cooperativeId, COOPERATIVE_BOARD)) {
    actors.push(ProposalActor.COOPERATIVE);
  }
  if (viewer.isAdmin || viewer.isStaffOf(proposal.partnerId)) actors.push(ProposalActor.PARTNER);
  if (proposal.mentorId !== null && viewer.mentorIds().includes(proposal.mentorId)) {
    actors.push(ProposalActor.MENTOR);
  }
  if (
    !viewer.isAdmin &&
    proposal.poolMemberIds.some((id) => decidesOnShare(viewer, id, proposal.cooperativeId))
  ) {
    actors.push(ProposalActor.POOL_MEMBER);
  }
  return actors;
}
