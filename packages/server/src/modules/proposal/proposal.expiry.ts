import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Proposal, ProposalAction, ProposalActor } from './proposal.entity';
import { EXPIRABLE_STATUSES, findTransition, roleOf, stageOf } from './proposal.transitions';
import { applyTransition, recordEvent } from './proposal.service';
import { startPeriodicJob, type PeriodicJob } from '../../shared/periodic-job';
import { proposalsMoved, type ProposalMove } from './proposal.events';

/** Proposals expired per transaction; a run repeats until none are left. */
const BATCH_SIZE = 200;

/**
 * Expires one batch of proposals whose deadline has passed, each with one EXPIRE event, in one
 * transaction. `for update skip locked` lets several server processes (or overlapping runs) share
 * the work: a proposal locked by one is skipped by the others, and one expired by a committed run
 * no longer matches. A user action racing with it loses on the version (CONFLICT), or wins and
 * moves the deadline so that the proposal no longer matches.
 */
async function expireBatch(em: EntityManager, now: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const overdue = await tx.find(
      Proposal,
      { status: { $in: [...EXPIRABLE_STATUSES] }, expiresAt: { $lte: now } },
      {
        orderBy: { expiresAt: 'asc', id: 'asc' },
        limit: BATCH_SIZE,
        lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
      },
    );
    const moves: ProposalMove[] = overdue.map((proposal) => ({
      proposalId: proposal.id,
      action: ProposalAction.EXPIRE,
      actor: ProposalActor.SYSTEM,
      actorUserId: null,
      turnBefore: proposal.turn ?? null,
      turnAfter: null,
    }));
    for (const proposal of overdue) expire(tx, proposal, now);
    await tx.flush();
    // Both parties of every expired proposal, in one statement for the whole batch.
    await proposalsMoved(tx, moves);
    return overdue.length;
  });
}

function expire(tx: EntityManager, proposal: Proposal, now: Date): void {
  const stage = stageOf(proposal);
  const transition = findTransition(
    stage,
    ProposalAction.EXPIRE,
    roleOf(ProposalActor.SYSTEM, proposal.turn),
  );
  if (!transition) throw new Error(`proposal ${proposal.id}: ${stage} cannot expire`);
  const fromStatus = proposal.status;
  applyTransition(proposal, { actor: ProposalActor.SYSTEM, transition, now });
  recordEvent(tx, proposal, {
    actorUser: null,
    actor: ProposalActor.SYSTEM,
    action: ProposalAction.EXPIRE,
    fromStatus,
    termsVersion: proposal.latestTermsVersion,
    note: null,
    createdAt: now,
  });
}

/** Expires every overdue proposal; returns how many this run expired. */
export async function expireOverdueProposals(em: EntityManager, now: Date = new Date()): Promise<number> {
  let total = 0;
  for (;;) {
    const expired = await expireBatch(em.fork(), now);
    total += expired;
    if (expired < BATCH_SIZE) return total;
  }
}

/** Runs the expiry every `intervalMs` (0: never) until stopped. */
export function startProposalExpiry(orm: MikroORM, intervalMs: number, log: Logger): PeriodicJob {
  return startPeriodicJob('proposal expiry', intervalMs, () => expireOverdueProposals(orm.em.fork()), log);
}
