import type { Context } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import type { Ordering } from '../../read-layer/keyset';
import { byId, readTable, rootList } from '../../read-layer/read-table';
import type { NotificationRow } from './notification.bus';
import { NOTIFICATION_COLUMNS } from './notification.bus';
import { Notification } from './notification.type';

const NOTIFICATIONS = readTable({
  name: 'notification',
  from: 'notification as n',
  columns: NOTIFICATION_COLUMNS.map((column) => `n.${column}`),
  textColumns: ['due_at', 'created_at', 'read_at'],
  toNode: (row: NotificationRow) => Notification.fromRow(row),
  // A notification is visible to its recipient only (admins included: they are not read for others).
  visibleWhere: (ctx, rows) => {
    if (ctx.viewer) rows.where('n.recipient_id', ctx.viewer.userId);
    else rows.whereRaw('false');
  },
});

const NEWEST_FIRST: Ordering = {
  name: 'NEWEST',
  direction: 'desc',
  columns: [
    { sql: 'n.created_at', key: 'created_at', kind: 'timestamp' },
    { sql: 'n.id', key: 'id', kind: 'integer' },
  ],
};

/** A notification by id: another user's reads as missing. */
export function notificationById(ctx: Context, id: number): Promise<Notification | null> {
  if (!ctx.viewer) return Promise.resolve(null);
  return byId(ctx, NOTIFICATIONS, id);
}

/** The viewer's notifications, newest first (index notification_recipient_newest / _unread). */
export function listNotifications(
  ctx: Context,
  args: PageArgs,
  unreadOnly: boolean,
): Promise<ConnectionShape<Notification>> {
  return rootList(ctx, NOTIFICATIONS, {
    name: 'notifications',
    ordering: NEWEST_FIRST,
    args,
    where: (rows) => {
      if (unreadOnly) rows.whereNull('n.read_at');
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
