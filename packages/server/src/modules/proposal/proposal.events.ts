import type { EntityManager } from '@mikro-orm/postgresql';
import { raise } from '../../shared/domain-events';
import type { ProposalAction, ProposalActor, ProposalSide } from './proposal.entity';

/** One move on a proposal, as those who react to it need it (after the proposal's row is updated). */
export interface ProposalMove {
  proposalId: number;
  action: ProposalAction;
  actor: ProposalActor;
  /** The user who acted; null for the expiry job. */
  actorUserId: number | null;
  turnBefore: ProposalSide | null;
  turnAfter: ProposalSide | null;
  /** A pooled offer's creation: its members are invited. */
  isPooled?: boolean;
  /** The member cooperative that decided on its share of a pool. */
  poolMemberId?: number | null;
}

declare module '../../shared/domain-events' {
  interface DomainEventMap {
    /** Proposals moved (an action of a party, or the expiry job's batch), in the transaction that moved them. */
    'proposal.moved': readonly ProposalMove[];
  }
}

/** Tells whoever reacts (the parties' notifications) that these proposals moved; after they are flushed. */
export function proposalsMoved(tx: EntityManager, moves: readonly ProposalMove[]): Promise<void> {
  return raise(tx, 'proposal.moved', moves);
}
