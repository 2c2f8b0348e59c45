import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export function SiteFooter() {
  const t = useTranslations('common');
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-600">
        <p className="font-semibold text-stone-800">{t('appName')}</p>
        <p className="mt-1 max-w-3xl">{t('footer')}</p>
        <p className="mt-2">
          <Link href="/developers">{t('developers')}</Link>
        </p>
      </div>
    </footer>
  );
}
