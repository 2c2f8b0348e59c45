import { useTranslations } from 'next-intl';

/** Shown while a page's data loads: a skeleton of a title and a list, announced politely. */
export default function Loading() {
  const t = useTranslations('common');
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">{t('loading')}</span>
      <div className="mb-3 h-8 w-2/3 rounded bg-stone-200" />
      <div className="mb-8 h-4 w-full max-w-xl rounded bg-stone-200" />
      <div className="space-y-3">
        {[0, 1, 2].map((row) => (
          <div key={row} className="h-24 rounded-lg bg-stone-200" />
        ))}
      </div>
    </div>
  );
}
