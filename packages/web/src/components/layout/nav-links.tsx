'use client';

import { useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

const NAV_ITEMS = [
  { href: '/', key: 'home' },
  { href: '/cooperatives', key: 'cooperatives' },
  { href: '/offerings', key: 'offerings' },
  { href: '/partners', key: 'partners' },
] as const;

function isCurrentSection(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** A link of a navigation given by its caller (already labelled), e.g. the viewer's workspaces. */
export interface NavItem {
  key: string;
  href: string;
  label: string;
}

/**
 * The main sections, or the `items` given (with the nav's own `label`); the current one is marked
 * for screen readers (aria-current) and by eye.
 */
export function NavLinks({ label, items }: { label?: string; items?: readonly NavItem[] } = {}) {
  const t = useTranslations('common');
  const pathname = usePathname();
  const links: readonly NavItem[] =
    items ?? NAV_ITEMS.map(({ href, key }) => ({ key, href, label: t(`nav.${key}`) }));
  return (
    <nav aria-label={label ?? t('mainNavigation')} className="-mx-2">
      <ul className="flex flex-wrap gap-x-1 whitespace-nowrap">
        {links.map(({ href, key, label: text }) => {
          const isCurrent = isCurrentSection(pathname, href);
          return (
            <li key={key}>
              <Link
                href={href}
                aria-current={isCurrent ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-2 text-sm sm:px-3 font-medium no-underline hover:bg-stone-100 hover:no-underline ${
                  isCurrent ? 'bg-brand-50 text-brand-800' : 'text-stone-700'
                }`}
              >
                {text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
