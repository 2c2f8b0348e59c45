import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Messages } from '@/i18n/messages';

/** A namespace, or one group of the (large) `enums` namespace, e.g. "enums.documentType". */
export type MessageSection = keyof Messages | `enums.${keyof Messages['enums'] & string}`;

/**
 * Sends the texts of a workspace's client components to the browser: the root layout sends only
 * a few shared namespaces, so a route with forms of its own adds its namespaces here (the nested
 * provider replaces the outer one's messages for its subtree, so the shared ones come along).
 */
export async function WorkspaceMessages({
  namespaces,
  children,
}: {
  namespaces: readonly MessageSection[];
  children: ReactNode;
}) {
  const messages = (await getMessages()) as unknown as Record<string, Record<string, unknown>>;
  const picked: Record<string, Record<string, unknown>> = {};
  for (const section of ['common', 'errors', 'filters', 'regionPicker', ...namespaces]) {
    const [namespace, group] = section.split('.');
    picked[namespace] =
      group === undefined
        ? messages[namespace]
        : { ...picked[namespace], [group]: messages[namespace][group] };
  }
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
