import { useTranslations } from 'next-intl';

/**
 * Shown while a page's data loads, announced politely: the shapes of a title and a lead, then of
 * a list (a public list or detail page) or of a workspace (figures and a large section).
 */
export function LoadingSkeleton({ shape }: { shape: 'list' | 'workspace' }) {
  const t = useTranslations('common');
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <span className="sr-only">{t('loading')}</span>
      <div className="mb-3 h-8 w-2/3 rounded bg-stone-200" />
      <div className="mb-8 h-4 w-full max-w-xl rounded bg-stone-200" />
      {shape === 'list' ? (
        <div className="space-y-3">
          {[0, 1, 2].map((row) => (
            <div key={row} className="h-24 rounded-lg bg-stone-200" />
          ))}
        </div>
      ) : (
        <>
          <div className="mb-8 grid grid-cols-1 gap-3 sm:grid-cols-3">
            {[0, 1, 2].map((figure) => (
              <div key={figure} className="h-24 rounded-lg bg-stone-200" />
            ))}
          </div>
          <div className="h-96 rounded-lg bg-stone-200" />
        </>
      )}
    </div>
  );
}
