import { EventEmitter, on } from 'node:events';

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
  created_at: string | Date;
  read_at: string | Date | null;
}

/**
 * Live delivery of new notifications to the connections of their recipient. One bus per process,
 * created in createApp. The in-memory implementation reaches only the WebSockets of this process:
 * with several API processes behind a load balancer, replace it with one over Redis pub/sub or
 * PostgreSQL LISTEN/NOTIFY (publish the row id per user; subscribers read the row back), with the
 * same interface.
 */
export interface NotificationBus {
  /** Hands a committed notification to the recipient's open subscriptions (fire and forget). */
  publish(userId: number, notification: NotificationRow): void;
  /** New notifications of one user, until the consumer calls `return()` (the socket closes). */
  subscribe(userId: number): AsyncIterableIterator<NotificationRow>;
}

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

  /** Open subscriptions of a user (for tests and diagnostics). */
  listenerCount(userId: number): number {
    return this.emitter.listenerCount(String(userId));
  }
}
