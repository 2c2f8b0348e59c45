'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { startTransition, useEffect } from 'react';

/** The page's data could not be loaded (API down, unexpected error): say so and offer a retry. */
export default function PageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations('errors');
  const router = useRouter();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="rounded-lg border border-brand-100 bg-brand-50 p-6">
      <h1 className="text-xl font-semibold text-stone-900">{t('title')}</h1>
      <p className="mt-2 text-stone-700">{t('body')}</p>
      <button
        type="button"
        // The failure was on the server: fetch the page again, then re-render the boundary.
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
        className="mt-4 min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
      >
        {t('retry')}
      </button>
    </div>
  );
}
