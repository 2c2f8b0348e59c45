import type { EntityManager } from '@mikro-orm/postgresql';
import { reactTo } from '../../shared/domain-events';
import { ProposalAction, ProposalActor, type ProposalSide } from '../proposal/proposal.entity';
import type { ProposalMove } from '../proposal/proposal.events';
import type { NotificationRow } from './notification.bus';
import { publishAfterCommit } from './notification.service';
import { NOTIFICATION_COLUMNS } from './notification.bus';

/**
 * Who hears of a move. The parties are three groups: the cooperative's officers, the brokering
 * mentor, the partner's staff; a pool's other members are a fourth. The party whose turn the move made it gets PROPOSAL_YOUR_TURN; every
 * other group that can see the proposal gets PROPOSAL_UPDATED — except the acting group (the
 * chair's counter does not notify the board) and the acting user. A group that cannot see the
 * proposal (the other party, before a draft is submitted) hears nothing.
 */
function turnGivenTo(move: ProposalMove): ProposalSide | null {
  if (move.turnAfter === null || move.turnAfter === move.turnBefore) return null;
  return move.turnAfter;
}

/**
 * Moves that nobody else needs to hear of: a party's own new draft and edits of drafts. A new pool
 * is heard: its members are invited to it.
 */
function isSilent(move: ProposalMove): boolean {
  if (move.action === ProposalAction.UPDATE_DRAFT) return true;
  return move.action === ProposalAction.CREATE && move.actor !== ProposalActor.MENTOR && !move.isPooled;
}

/*
 * One INSERT … SELECT for any number of moves: the recipients come from the memberships in the
 * same statement, so an action costs one statement however many users are told, and the expiry
 * job one per batch. `distinct on` keeps one notification per user and proposal, the
 * "your turn" one when a user is in two groups.
 */
const INSERT_SQL = `
insert into notification (recipient_id, kind, subject_type, subject_id, subject_label, actor_name, proposal_action)
select distinct on (n.proposal_id, r.user_id)
  r.user_id,
  case when r.grp = n.turn_to then 'PROPOSAL_YOUR_TURN' else 'PROPOSAL_UPDATED' end,
  'PROPOSAL', p.id, left(p.title, 200),
  case n.actor when 'COOPERATIVE' then c.name when 'PARTNER' then pa.name when 'MENTOR' then me.name
    when 'POOL_MEMBER' then (select pc.name from cooperative pc where pc.id = n.pool_member_id) end,
  n.action
from json_to_recordset(?::json)
  as n(proposal_id int, action text, actor text, actor_user_id int, turn_to text, pool_member_id int)
join proposal p on p.id = n.proposal_id
join cooperative c on c.id = p.cooperative_id
join partner pa on pa.id = p.partner_id
left join mentor me on me.id = p.mentor_id
cross join lateral (
  select m.user_id, 'COOPERATIVE' as grp from membership m
   where m.cooperative_id = p.cooperative_id and m.role in ('KETUA', 'PENGURUS', 'STAFF')
     and (p.submitted_at is not null or p.started_by = 'COOPERATIVE')
  union all
  select m.user_id, 'MENTOR' from membership m
   where p.mentor_id is not null and m.mentor_id = p.mentor_id and m.role = 'MENTOR'
  union all
  -- The other members of a pool are on the cooperative side too; as a group of their own, so a
  -- member's decision on its share does not notify the other members.
  select m.user_id, 'POOL_MEMBER' from proposal_pool_member pm
    join membership m on m.cooperative_id = pm.cooperative_id and m.role in ('KETUA', 'PENGURUS', 'STAFF')
   where p.is_pooled and pm.proposal_id = p.id and pm.cooperative_id <> p.cooperative_id
  union all
  select m.user_id, 'PARTNER' from membership m
   where m.partner_id = p.partner_id and m.role in ('PARTNER_ADMIN', 'PARTNER_OFFICER')
     and (p.submitted_at is not null or p.started_by = 'PARTNER')
) r
join app_user u on u.id = r.user_id and u.is_active
where r.grp <> n.actor and r.user_id is distinct from n.actor_user_id
order by n.proposal_id, r.user_id, (r.grp = n.turn_to) desc nulls last
returning ${NOTIFICATION_COLUMNS.join(', ')}`;

/**
 * Notifies the parties of proposal moves, in the transaction that made them (run it after the
 * proposal's row is flushed); delivered live once that transaction commits.
 */
export async function notifyProposalMoves(
  tx: EntityManager,
  moves: readonly ProposalMove[],
): Promise<NotificationRow[]> {
  const heard = moves.filter((move) => !isSilent(move));
  if (heard.length === 0) return [];
  const rows: NotificationRow[] = await tx.execute(INSERT_SQL, [
    JSON.stringify(
      heard.map((move) => ({
        proposal_id: move.proposalId,
        action: move.action,
        actor: move.actor,
        actor_user_id: move.actorUserId,
        turn_to: turnGivenTo(move),
        pool_member_id: move.poolMemberId ?? null,
      })),
    ),
  ]);
  publishAfterCommit(tx, rows);
  return rows;
}

reactTo('proposal.moved', async (tx, moves) => {
  await notifyProposalMoves(tx, moves);
});
