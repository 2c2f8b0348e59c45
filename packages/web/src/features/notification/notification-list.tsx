'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  type NotificationItemFragment,
} from '@/graphql/generated/graphql';
import { Link, useRouter } from '@/i18n/navigation';
import { notificationHref } from './notifications';
import { NotificationLine } from './notification-bell';
import { STEP_BUTTON } from '@/components/ui/final-step';

/** A page of notifications: opening one marks it read; one button marks them all read. */
export function NotificationList({
  notifications,
  unreadCount,
}: {
  notifications: NotificationItemFragment[];
  unreadCount: number;
}) {
  const t = useTranslations('notifications');
  const router = useRouter();
  const [read, setRead] = useState<ReadonlySet<string>>(new Set());
  const [markRead] = useMutation(MarkNotificationsReadDocument);
  const [markAllRead, markingAll] = useMutation(MarkAllNotificationsReadDocument);

  async function onOpen(notification: NotificationItemFragment) {
    if (notification.isRead) return;
    try {
      await markRead({ variables: { input: { ids: [notification.id] } } });
    } catch {
      // Still unread; the next load shows it so.
    }
  }

  async function onMarkAll() {
    try {
      const result = await markAllRead({ variables: { input: {} } });
      if (!result.data) return;
      setRead(new Set(notifications.map((notification) => notification.id)));
      router.refresh();
    } catch {
      // Nothing changed; the button stays.
    }
  }

  return (
    <>
      {unreadCount > 0 && read.size === 0 ? (
        <p className="mb-3">
          <button type="button" onClick={onMarkAll} disabled={markingAll.loading} className={STEP_BUTTON}>
            {t('markAllRead')}
          </button>
        </p>
      ) : null}
      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
        {notifications.map((notification) => {
          const isRead = notification.isRead || read.has(notification.id);
          return (
            <li key={notification.id}>
              <Link
                href={notificationHref(notification)}
                onClick={() => void onOpen(notification)}
                className="flex min-h-11 gap-2 px-3 py-3 text-left no-underline hover:bg-stone-50 hover:no-underline"
              >
                <span
                  aria-hidden="true"
                  className={`mt-2 h-2 w-2 shrink-0 rounded-full ${isRead ? 'bg-transparent' : 'bg-brand-700'}`}
                />
                {isRead ? null : <span className="sr-only">{t('unread')}: </span>}
                <NotificationLine notification={{ ...notification, isRead }} />
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
