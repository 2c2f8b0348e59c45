import type { Context } from '../../graphql/context';
import { loadOne } from '../../graphql/context';
import type { ConnectionArgs, ConnectionShape } from '../../graphql/relay';
import { rootConnection, type Ordering } from '../../shared/keyset';
import type { NotificationRow } from './notification.bus';
import { NOTIFICATION_COLUMNS } from './notification.service';
import { Notification } from './notification.type';

const COLUMNS = NOTIFICATION_COLUMNS.map((column) => `n.${column}`);

const NEWEST_FIRST: Ordering = {
  name: 'NEWEST',
  direction: 'desc',
  columns: [
    { sql: 'n.created_at', key: 'created_at', kind: 'timestamp' },
    { sql: 'n.id', key: 'id', kind: 'integer' },
  ],
};

/** A notification is visible to its recipient only (admins included: they are not read for others). */
export function notificationById(ctx: Context, id: number): Promise<Notification | null> {
  const viewer = ctx.viewer;
  if (!viewer) return Promise.resolve(null);
  return loadOne(ctx, 'notificationById', id, {
    fetch: (ids): Promise<NotificationRow[]> =>
      ctx
        .knex('notification as n')
        .select(COLUMNS)
        .whereIn('n.id', ids)
        .andWhere('n.recipient_id', viewer.userId),
    keyOf: (row) => row.id,
    toNode: Notification.fromRow,
  });
}

/** The viewer's notifications, newest first (index notification_recipient_newest / _unread). */
export function listNotifications(
  ctx: Context,
  args: ConnectionArgs,
  unreadOnly: boolean,
): Promise<ConnectionShape<Notification>> {
  const userId = ctx.viewer!.userId;
  return rootConnection({
    knex: ctx.knex,
    list: 'notifications',
    ordering: NEWEST_FIRST,
    args,
    columns: COLUMNS,
    toNode: (row) => Notification.fromRow(row as unknown as NotificationRow),
    filtered: () => {
      const query = ctx.knex('notification as n').where('n.recipient_id', userId);
      return unreadOnly ? query.whereNull('n.read_at') : query;
    },
  });
}

/** How many of the viewer's notifications are unread. */
export async function unreadNotificationCount(ctx: Context): Promise<number> {
  const row = (await ctx
    .knex('notification')
    .where('recipient_id', ctx.viewer!.userId)
    .whereNull('read_at')
    .count({ count: '*' })
    .first()) as { count: string };
  return Number(row.count);
}
