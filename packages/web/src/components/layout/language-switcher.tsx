'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/i18n/navigation';
import { routing } from '@/i18n/routing';

/**
 * Links to the same page in each language, filters included. next-intl's Link stores the choice
 * in the locale cookie on click (and the proxy does for a plain page load), so later visits open
 * in that language. Plain links: it works before, or without, JavaScript.
 */
export function LanguageSwitcher() {
  const t = useTranslations('language');
  const currentLocale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <nav aria-label={t('label')}>
      <ul className="-mx-2 flex items-center gap-1 text-sm">
        {routing.locales.map((locale) => {
          const isCurrent = locale === currentLocale;
          return (
            <li key={locale}>
              <Link
                href={href}
                locale={locale}
                lang={locale}
                aria-current={isCurrent ? 'true' : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-2 ${
                  isCurrent
                    ? 'font-semibold text-stone-900 no-underline hover:no-underline'
                    : 'text-brand-700'
                }`}
              >
                {t(locale)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
