import { useTranslations } from 'next-intl';

/** While the workspace loads: the shapes of its sections, announced politely. */
export default function PartnerLoading() {
  const t = useTranslations('common');
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">{t('loading')}</span>
      <div className="mb-3 h-8 w-2/3 rounded bg-stone-200" />
      <div className="mb-8 h-4 w-full max-w-xl rounded bg-stone-200" />
      <div className="mb-8 grid grid-cols-1 gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((figure) => (
          <div key={figure} className="h-24 rounded-lg bg-stone-200" />
        ))}
      </div>
      <div className="h-96 rounded-lg bg-stone-200" />
    </div>
  );
}
