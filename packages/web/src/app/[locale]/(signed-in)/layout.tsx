import type { ReactNode } from 'react';
import { ApolloProvider } from '@/components/layout/apollo-provider';
import { NotificationBell } from '@/features/notification/notification-bell';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { getViewer } from '@/lib/session';

/**
 * Every page in this group is for signed-in users and changes data from the browser, so the group
 * signs anonymous visitors in first and mounts Apollo Client (public pages stay without it) with
 * its live WebSocket link, and shows the notification bell at the top of the page. The bell lives
 * here rather than in the site header, which every public page shares: there it would put Apollo
 * Client into every page's JavaScript.
 */
export default async function SignedInLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await pageLocale(params);
  if (!(await getViewer())) redirect({ href: '/sign-in', locale });
  return (
    <ApolloProvider live>
      <div className="-mt-3 mb-3 flex justify-end">
        <WorkspaceMessages namespaces={['notifications', 'enums.documentType']}>
          <NotificationBell />
        </WorkspaceMessages>
      </div>
      {children}
    </ApolloProvider>
  );
}
