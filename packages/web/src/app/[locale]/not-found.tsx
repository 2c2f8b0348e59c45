import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('errors');
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-6">
      <h1 className="text-xl font-semibold text-stone-900">{t('notFoundTitle')}</h1>
      <p className="mt-2 text-stone-700">{t('notFoundBody')}</p>
      <p className="mt-4">
        <Link href="/">{t('backHome')}</Link>
      </p>
    </div>
  );
}
