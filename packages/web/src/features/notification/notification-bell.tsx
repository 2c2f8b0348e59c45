'use client';

import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import {
  MarkAllNotificationsReadDocument,
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationBellDocument,
  type NotificationBellQuery,
  type NotificationItemFragment,
} from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { badgeText, notificationHref, notificationLines } from './notifications';
import { formatDate, formatDateTime } from '@/lib/format';

/** How many of the latest notifications the panel shows. */
export const BELL_PAGE_SIZE = 8;
/** Without a live socket, the count is refreshed over HTTP this often. */
const FALLBACK_POLL_MS = 60_000;

function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="h-6 w-6"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M13.7 21a2 2 0 0 1-3.4 0" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A notification's headline, detail and time, in the interface's language. */
export function NotificationLine({ notification }: { notification: NotificationItemFragment }) {
  const t = useTranslations('notifications');
  const documentTypes = useTranslations('enums.documentType');
  const locale = useLocale();
  const { headline, detail } = notificationLines(notification, {
    documentLabel: (type) => (documentTypes.has(type as never) ? documentTypes(type as never) : type),
    dueDate: (moment) => formatDate(moment, locale),
  });
  return (
    <span className="flex flex-col gap-0.5">
      <span className={notification.isRead ? 'text-stone-800' : 'font-semibold text-stone-900'}>
        {t(headline.key, headline.values)}
      </span>
      {detail ? <span className="text-sm text-stone-700">{t(detail.key, detail.values)}</span> : null}
      <span className="text-xs text-stone-600">{formatDateTime(notification.createdAt, locale)}</span>
    </span>
  );
}

/**
 * The bell of signed-in pages: unread count, the latest notifications, mark as read. New
 * notifications arrive live over the WebSocket subscription; if the socket cannot be opened the
 * bell still loads over HTTP and refreshes every minute instead.
 */
export function NotificationBell() {
  const t = useTranslations('notifications');
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const { data, error, updateQuery, startPolling } = useQuery(NotificationBellDocument, {
    variables: { first: BELL_PAGE_SIZE },
    ssr: false,
  });
  /** Changes the cached bell data, once it is complete (a partial cache entry is left alone). */
  const change = (next: (previous: NotificationBellQuery) => NotificationBellQuery) =>
    updateQuery((_unsafe, { complete, previousData }) => (complete ? next(previousData) : undefined));
  useSubscription(NotificationAddedDocument, {
    skip: typeof window === 'undefined',
    onData: ({ data: added }) => {
      const notification = added.data?.notificationAdded;
      if (!notification) return;
      change((previous) => {
        if (previous.notifications.edges.some((edge) => edge.node.id === notification.id)) return previous;
        const edges = [
          { __typename: 'NotificationEdge' as const, node: notification },
          ...previous.notifications.edges,
        ];
        return {
          ...previous,
          unreadNotificationCount: previous.unreadNotificationCount + 1,
          notifications: { ...previous.notifications, edges: edges.slice(0, BELL_PAGE_SIZE) },
        };
      });
    },
    onError: () => startPolling(FALLBACK_POLL_MS),
  });
  const [markRead] = useMutation(MarkNotificationsReadDocument);
  const [markAllRead, markingAll] = useMutation(MarkAllNotificationsReadDocument);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (container.current && !container.current.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  const count = data?.unreadNotificationCount ?? 0;
  const items = data?.notifications.edges.map((edge) => edge.node) ?? [];

  const setCount = (unreadNotificationCount: number) =>
    change((previous) => ({ ...previous, unreadNotificationCount }));

  async function onOpenItem(notification: NotificationItemFragment) {
    setOpen(false);
    if (notification.isRead) return;
    try {
      const result = await markRead({ variables: { input: { ids: [notification.id] } } });
      const payload = result.data?.markNotificationsRead;
      if (payload) setCount(payload.unreadNotificationCount);
    } catch {
      // Still unread; the next load shows it so.
    }
  }

  async function onMarkAll() {
    try {
      const result = await markAllRead({ variables: { input: {} } });
      if (!result.data) return;
      setCount(result.data.markAllNotificationsRead.unreadNotificationCount);
      change((previous) => ({
        ...previous,
        notifications: {
          ...previous.notifications,
          edges: previous.notifications.edges.map((edge) => ({
            ...edge,
            node: { ...edge.node, isRead: true },
          })),
        },
      }));
    } catch {
      // Nothing changed; the button stays.
    }
  }

  return (
    <div ref={container} className="relative" data-testid="notification-bell">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('bell', { count })}
        onClick={() => setOpen((isOpen) => !isOpen)}
        className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-stone-300 bg-white text-stone-800 hover:bg-stone-100"
      >
        <BellIcon />
        {count > 0 ? (
          <span
            aria-hidden="true"
            data-testid="notification-count"
            className="absolute -top-1.5 -right-1.5 min-w-5 rounded-full bg-brand-700 px-1.5 text-center text-xs leading-5 font-bold text-white"
          >
            {badgeText(count)}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          id={panelId}
          role="region"
          aria-label={t('title')}
          className="fixed inset-x-2 top-16 z-40 max-h-[70vh] overflow-y-auto rounded-md border border-stone-200 bg-white shadow-lg sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-2 sm:w-96"
        >
          <div className="flex items-center justify-between gap-2 border-b border-stone-100 px-3 py-2">
            <h2 className="text-base font-semibold text-stone-900">{t('title')}</h2>
            {count > 0 ? (
              <button
                type="button"
                onClick={onMarkAll}
                disabled={markingAll.loading}
                className="min-h-11 rounded-md px-2 text-sm font-medium text-brand-800 hover:bg-stone-100 disabled:opacity-70"
              >
                {t('markAllRead')}
              </button>
            ) : null}
          </div>
          {error && !data ? (
            <p className="px-3 py-4 text-stone-700">{t('loadFailed')}</p>
          ) : items.length === 0 ? (
            <p className="px-3 py-4 text-stone-700">{t('empty')}</p>
          ) : (
            <ul className="divide-y divide-stone-100">
              {items.map((notification) => (
                <li key={notification.id}>
                  <Link
                    href={notificationHref(notification)}
                    onClick={() => void onOpenItem(notification)}
                    data-testid="notification-item"
                    className="flex min-h-11 gap-2 px-3 py-2 text-left no-underline hover:bg-stone-50 hover:no-underline"
                  >
                    <span
                      aria-hidden="true"
                      className={`mt-2 h-2 w-2 shrink-0 rounded-full ${notification.isRead ? 'bg-transparent' : 'bg-brand-700'}`}
                    />
                    {notification.isRead ? null : <span className="sr-only">{t('unread')}: </span>}
                    <NotificationLine notification={notification} />
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <p className="border-t border-stone-100 px-3 py-2">
            <Link
              href="/notifications"
              onClick={() => setOpen(false)}
              className="inline-flex min-h-11 items-center"
            >
              {t('seeAll')}
            </Link>
          </p>
        </div>
      ) : null}
    </div>
  );
}
