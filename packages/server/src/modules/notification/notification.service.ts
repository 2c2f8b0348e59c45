import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { inTransaction, type Context } from '../../request-context';
import type { ProposalAction } from '../proposal/proposal.entity';
import { NOTIFICATION_COLUMNS, type NotificationBus, type NotificationRow } from './notification.bus';
import type { NotificationKind, NotificationSubjectType } from './notification.entity';
import { NotificationError } from './notification.errors';

/** One notification to create. */
export interface NotificationDraft {
  /** The user who sees it (app_user id). */
  recipientId: number;
  kind: NotificationKind;
  /** What it links to, with the label shown (the listing's or proposal's title). */
  subject: { type: NotificationSubjectType; id: number; label: string };
  /** The organisation (or mentor) who acted, if any. */
  actorName?: string | null;
  /** For proposal notifications: what happened. */
  proposalAction?: ProposalAction | null;
  /** For SAVED_SEARCH_MATCH: the saved search that matched. */
  savedSearch?: { id: number; name: string } | null;
}

/* ---------- Delivery after commit ---------- */

/** Rows inserted in a transaction, waiting for it to commit (keyed by the root knex transaction). */
const pendingDelivery = new WeakMap<object, NotificationRow[]>();

/** A savepoint's knex transaction points at its parent under a symbol MikroORM keeps private. */
function rootTransaction(trx: object): object {
  let current = trx as Record<symbol, unknown>;
  for (;;) {
    const parentSymbol = Object.getOwnPropertySymbols(current).find(
      (symbol) => symbol.description === 'parentTransaction',
    );
    const parent = parentSymbol && current[parentSymbol];
    if (!parent || typeof parent !== 'object') return current;
    current = parent as Record<symbol, unknown>;
  }
}

/**
 * Queues stored notification rows for live delivery once the transaction `em` runs in commits.
 * If it rolls back they are dropped: nobody is ever shown a notification that was not stored.
 */
export function publishAfterCommit(em: EntityManager, rows: NotificationRow[]): void {
  if (rows.length === 0) return;
  const trx = em.getTransactionContext<object>();
  if (!trx) throw new Error('publishAfterCommit: the EntityManager is not in a transaction');
  const root = rootTransaction(trx);
  const queued = pendingDelivery.get(root);
  if (queued) queued.push(...rows);
  else pendingDelivery.set(root, [...rows]);
}

/**
 * Connects the ORM's transactions to the bus: when a transaction commits, the notifications it
 * stored are published to their recipients. Called once per process (createApp).
 */
export function deliverNotificationsOnCommit(orm: MikroORM, bus: NotificationBus, log: Logger): void {
  orm.em.getEventManager().registerSubscriber({
    afterTransactionCommit: ({ transaction }) => {
      const rows = transaction ? pendingDelivery.get(transaction as object) : undefined;
      if (!rows) return;
      pendingDelivery.delete(transaction as object);
      for (const row of rows) {
        try {
          bus.publish(row.recipient_id, row);
        } catch (error) {
          // Stored all the same: the bell shows it on the next load.
          log.warn({ err: error, notificationId: row.id }, 'live delivery of a notification failed');
        }
      }
    },
    afterTransactionRollback: ({ transaction }) => {
      if (transaction) pendingDelivery.delete(transaction as object);
    },
  });
}

/* ---------- Creating ---------- */

/**
 * Stores notifications (one multi-row INSERT) and delivers them live to their recipients after
 * the surrounding transaction commits — never for a change that rolls back. Call it with the
 * EntityManager of the transaction that makes the change (the `tx` of `em.transactional`); outside
 * a transaction it opens its own. The caller picks the recipients (and leaves out the user who
 * acted). Example, a new or updated listing matching a saved search:
 *
 * ```ts
 * await notify(tx, matches.map((match) => ({
 *   recipientId: match.ownerUserId,
 *   kind: NotificationKind.SAVED_SEARCH_MATCH,
 *   subject: { type: NotificationSubjectType.OFFERING, id: offering.id, label: offering.title },
 *   actorName: cooperative.name,
 *   savedSearch: { id: match.savedSearchId, name: match.savedSearchName },
 * })));
 * ```
 *
 * Returns the stored rows. Proposal events use notifyProposalMoves (one INSERT … SELECT that
 * picks the recipients in SQL).
 */
export async function notify(
  em: EntityManager,
  drafts: readonly NotificationDraft[],
): Promise<NotificationRow[]> {
  if (drafts.length === 0) return [];
  if (!em.isInTransaction()) return em.transactional((tx) => notify(tx, drafts));
  const rows: NotificationRow[] = await em.execute(
    em
      .getKnex()('notification')
      .insert(
        drafts.map((draft) => ({
          recipient_id: draft.recipientId,
          kind: draft.kind,
          subject_type: draft.subject.type,
          subject_id: draft.subject.id,
          subject_label: draft.subject.label.slice(0, 200),
          actor_name: draft.actorName?.slice(0, 200) ?? null,
          proposal_action: draft.proposalAction ?? null,
          saved_search_id: draft.savedSearch?.id ?? null,
          saved_search_name: draft.savedSearch?.name.slice(0, 200) ?? null,
        })),
      )
      .returning([...NOTIFICATION_COLUMNS]),
  );
  publishAfterCommit(em, rows);
  return rows;
}

/* ---------- Reading state ---------- */

/**
 * Marks the viewer's notifications with these ids as read (already read ones keep their time).
 * All or nothing: if any id is not a notification of the viewer, nothing changes and NOT_FOUND.
 */
export async function markNotificationsRead(ctx: Context, ids: readonly number[]): Promise<number[]> {
  const userId = ctx.viewer!.userId;
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return inTransaction(ctx, async (tx) => {
    const knex = tx.em.getKnex();
    const updated: { id: number }[] = await tx.em.execute(
      knex('notification')
        .update({ read_at: knex.raw('coalesce(read_at, now())') })
        .whereIn('id', unique)
        .andWhere('recipient_id', userId)
        .returning(['id']),
    );
    // Someone else's (or no) notification among them: undo by failing the transaction.
    if (updated.length !== unique.length) throw NotificationError.notYours();
    return unique;
  });
}

/** Marks every unread notification of the viewer created up to `until` (default now) as read; returns how many. */
export async function markAllNotificationsRead(ctx: Context, until: Date | null): Promise<number> {
  const query = ctx
    .knex('notification')
    .update({ read_at: ctx.knex.raw('now()') })
    .where('recipient_id', ctx.viewer!.userId)
    .whereNull('read_at');
  if (until) query.andWhere('created_at', '<=', until);
  return Number(await query);
}
