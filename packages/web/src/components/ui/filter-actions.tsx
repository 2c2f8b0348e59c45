import { useTranslations } from 'next-intl';
import Link from 'next/link';

/** Apply (submits the GET form; needed without JavaScript and for text fields) and Clear. */
export function FilterActions({ resetHref }: { resetHref: string }) {
  const t = useTranslations('filters');
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
      >
        {t('apply')}
      </button>
      {/* resetHref is already localised, so next/link rather than the locale-adding Link. */}
      <Link href={resetHref} prefetch={false} className="inline-flex min-h-11 items-center px-2">
        {t('reset')}
      </Link>
    </div>
  );
}
