import type { ReactNode } from 'react';
import { ApolloProvider } from '../../../components/apollo-provider';
import { redirect } from '../../../i18n/navigation';
import { pageLocale } from '../../../i18n/page-locale';
import { getViewer } from '../../../lib/session';

/**
 * Every page in this group is for signed-in users and changes data from the browser, so the group
 * signs anonymous visitors in first and mounts Apollo Client (public pages stay without it).
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
  return <ApolloProvider>{children}</ApolloProvider>;
}
