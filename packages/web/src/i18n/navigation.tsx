import type { ComponentProps } from 'react';
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

/** Locale-aware navigation: hrefs are written without the locale prefix. */
const navigation = createNavigation(routing);
export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * The locale-aware Link, prefetching only when asked (`prefetch`). Next prefetches every link
 * that scrolls into view by default: on a metered rural connection that spends data on pages
 * nobody opens, and on a cheap phone it competes with the page being shown (measured: a dozen
 * route payloads and ~65 kB of route code fetched after each public page, more blocking time).
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
