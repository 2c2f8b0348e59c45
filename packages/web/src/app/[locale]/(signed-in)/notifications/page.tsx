import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { NotificationList } from '@/features/notification/notification-list';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { NotificationsPageDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { parsePageRequest } from '@/lib/search-params';

export async function generateMetadata({ params }: PageProps<'/[locale]/notifications'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'notifications' });
  return { title: t('title'), robots: { index: false } };
}

/** Every notification of the viewer, newest first, a page at a time; `?unread=1` shows unread ones only. */
export default async function NotificationsPage({
  params,
  searchParams,
}: PageProps<'/[locale]/notifications'>) {
  await pageLocale(params);
  const raw = await searchParams;
  const unreadOnly = raw.unread === '1';
  const page = parsePageRequest(raw);
  const t = await getTranslations('notifications');
  const data = await loadOr404(() =>
    queryApi({ query: NotificationsPageDocument, variables: { unreadOnly, ...page } }),
  );
  const notifications = data.notifications.edges.map((edge) => edge.node);
  const query = { unread: unreadOnly ? '1' : undefined };

  return (
    <>
      <PageHeader title={t('title')} lead={t('pageLead', { count: data.unreadNotificationCount })} />
      <p className="mb-4 flex flex-wrap gap-4 text-sm">
        {unreadOnly ? <Link href="/notifications">{t('showAll')}</Link> : <span>{t('showingAll')}</span>}
        {unreadOnly ? (
          <span>{t('showingUnread')}</span>
        ) : (
          <Link href={{ pathname: '/notifications', query: { unread: '1' } }}>{t('showUnread')}</Link>
        )}
      </p>
      {notifications.length === 0 ? (
        <EmptyState title={t('empty')} />
      ) : (
        <WorkspaceMessages namespaces={['notifications', 'enums.documentType']}>
          <NotificationList notifications={notifications} unreadCount={data.unreadNotificationCount} />
        </WorkspaceMessages>
      )}
      <Pagination
        pathname="/notifications"
        query={query}
        pageInfo={data.notifications.pageInfo}
        current={page}
      />
    </>
  );
}
