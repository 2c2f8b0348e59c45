import { EventEmitter, on } from 'node:events';
import type { Knex } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ProcessChannel, ProcessMessage } from '../../shared/pg-listener';

/** The columns of a notification row, as inserted rows are returned and published. */
export const NOTIFICATION_COLUMNS = [
  'id',
  'recipient_id',
  'kind',
  'subject_type',
  'subject_id',
  'subject_label',
  'actor_name',
  'proposal_action',
  'saved_search_id',
  'saved_search_name',
  'due_at',
  'created_at',
  'read_at',
] as const;

/** A stored notification as it is published and read: the columns of one `notification` row. */
export interface NotificationRow {
  id: number;
  recipient_id: number;
  kind: string;
  subject_type: string;
  subject_id: number;
  subject_label: string;
  actor_name: string | null;
  proposal_action: string | null;
  saved_search_id: number | null;
  saved_search_name: string | null;
  due_at: string | Date | null;
  created_at: string | Date;
  read_at: string | Date | null;
}

/**
 * Live delivery of new notifications to the connections of their recipient. One bus per process,
 * created in createApp: PostgresNotificationBus, which reaches the WebSockets of every API process
 * on the database. InMemoryNotificationBus reaches only this process's; it is the local fan-out of
 * the PostgreSQL bus and a test double.
 */
export interface NotificationBus {
  /** Hands a committed notification to the recipient's open subscriptions (fire and forget). */
  publish(userId: number, notification: NotificationRow): void;
  /** New notifications of one user, until the consumer calls `return()` (the socket closes). */
  subscribe(userId: number): AsyncIterableIterator<NotificationRow>;
  /** Open subscriptions of a user in this process (for tests and diagnostics). */
  listenerCount(userId: number): number;
}

/** Hands published notifications to the subscribers of this process only. */
export class InMemoryNotificationBus implements NotificationBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open subscription; many users are signed in at once.
    this.emitter.setMaxListeners(0);
  }

  publish(userId: number, notification: NotificationRow): void {
    this.emitter.emit(String(userId), notification);
  }

  subscribe(userId: number): AsyncIterableIterator<NotificationRow> {
    // node:events `on` queues events and removes its listener on return(), even while a next() waits.
    const events = on(this.emitter, String(userId)) as AsyncIterableIterator<[NotificationRow]>;
    const iterator: AsyncIterableIterator<NotificationRow> = {
      [Symbol.asyncIterator]: () => iterator,
      next: async () => {
        const result = await events.next();
        return result.done ? { done: true, value: undefined } : { done: false, value: result.value[0] };
      },
      return: async () => {
        await events.return?.();
        return { done: true, value: undefined };
      },
    };
    return iterator;
  }

  listenerCount(userId: number): number {
    return this.emitter.listenerCount(String(userId));
  }
}

/** What a process tells the others of a committed notification: ids only, the row stays in its table. */
interface NotificationMessage extends ProcessMessage {
  type: 'notification';
  userId: number;
  notificationId: number;
}

/**
 * The bus across every API process of the database, over PostgreSQL LISTEN/NOTIFY (ProcessChannel).
 * Publishing sends the recipient's and the notification's ids (one NOTIFY statement for all the
 * notifications a transaction committed); every process, the publishing one too, hears them, and
 * one that has a subscription of that recipient reads the row (one statement per notification)
 * and hands it to its subscribers. Processes without a subscriber of the user read nothing.
 *
 * The NOTIFY is sent once the transaction has committed (deliverNotificationsOnCommit), not from
 * inside it: PostgreSQL serialises the commits of transactions that issued NOTIFY on one global
 * lock, and a proposal's transaction would wait for it still holding its row locks; after the
 * commit, only a one-statement transaction waits. The price: a process that dies between the
 * commit and the NOTIFY delivers those notifications to nobody live. Likewise, notifications
 * committed while this process's listener is reconnecting (a database restart) are not delivered
 * live to it. Either way they are stored, and the bell shows them on its next read.
 */
export class PostgresNotificationBus implements NotificationBus {
  private readonly local = new InMemoryNotificationBus();
  private pending: NotificationMessage[] = [];

  constructor(
    private readonly channel: ProcessChannel,
    private readonly knex: Knex,
    private readonly log: Logger,
  ) {
    channel.on<NotificationMessage>('notification', (message) => void this.deliver(message));
  }

  publish(userId: number, notification: NotificationRow): void {
    this.pending.push({ type: 'notification', userId, notificationId: notification.id });
    // The rows one commit publishes (in one loop) leave in one statement.
    if (this.pending.length === 1) queueMicrotask(() => this.flush());
  }

  subscribe(userId: number): AsyncIterableIterator<NotificationRow> {
    return this.local.subscribe(userId);
  }

  listenerCount(userId: number): number {
    return this.local.listenerCount(userId);
  }

  private flush(): void {
    const messages = this.pending;
    this.pending = [];
    this.channel.send(messages).catch((error: unknown) =>
      // Stored all the same: the bell shows them on the next load.
      this.log.warn(
        { err: error, notificationIds: messages.map((message) => message.notificationId) },
        'live delivery of notifications failed',
      ),
    );
  }

  private async deliver(message: NotificationMessage): Promise<void> {
    const { userId, notificationId } = message;
    if (!Number.isSafeInteger(userId) || !Number.isSafeInteger(notificationId)) return;
    if (this.local.listenerCount(userId) === 0) return;
    try {
      const row = (await this.knex('notification')
        .where({ id: notificationId, recipient_id: userId })
        .first(...NOTIFICATION_COLUMNS)) as NotificationRow | undefined;
      if (row) this.local.publish(userId, row);
    } catch (error) {
      this.log.warn({ err: error, notificationId }, 'a published notification could not be read');
    }
  }
}
