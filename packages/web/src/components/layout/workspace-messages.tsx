import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Messages } from '@/i18n/messages';

/**
 * Sends the texts of a workspace's client components to the browser: the root layout sends only
 * a few shared namespaces, so a route with forms of its own adds its namespaces here (the nested
 * provider replaces the outer one's messages for its subtree, so the shared ones come along).
 */
export async function WorkspaceMessages({
  namespaces,
  children,
}: {
  namespaces: readonly (keyof Messages)[];
  children: ReactNode;
}) {
  const messages = await getMessages();
  const picked = Object.fromEntries(
    (['common', 'errors', 'filters', 'regionPicker', ...namespaces] as const).map((namespace) => [
      namespace,
      messages[namespace],
    ]),
  );
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
