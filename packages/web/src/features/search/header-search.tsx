import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';

/**
 * The site-wide search box: a plain GET form to /search, so it works before (and without) any
 * JavaScript. On a phone it takes a row of its own under the brand; on wider screens it sits
 * between the brand and the account link.
 */
export async function HeaderSearch() {
  const [t, locale] = await Promise.all([getTranslations('search'), getLocale()]);
  return (
    <form
      role="search"
      action={getPathname({ href: '/search', locale })}
      method="get"
      className="order-last flex w-full gap-1 pb-1 md:order-none md:w-auto md:max-w-xs md:flex-1 md:pb-0"
    >
      <label htmlFor="site-search" className="sr-only">
        {t('boxLabel')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        required
        maxLength={200}
        placeholder={t('boxPlaceholder')}
        className="min-h-11 w-full min-w-0 rounded-md border border-stone-300 px-3 text-sm"
      />
      <button
        type="submit"
        className="min-h-11 rounded-md bg-stone-800 px-3 text-sm font-medium text-white hover:bg-stone-900"
      >
        {t('submit')}
      </button>
    </form>
  );
}
