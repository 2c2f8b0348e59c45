'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { SignOutDocument } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';

/** Revokes the session (the API clears its cookie), then re-renders the page as anonymous. */
export function SignOutButton() {
  const t = useTranslations('signIn');
  const router = useRouter();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  const [isRefreshing, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);

  async function onClick() {
    setFailed(false);
    try {
      await signOut();
      startTransition(() => router.refresh());
    } catch {
      setFailed(true);
    }
  }

  const busy = loading || isRefreshing;
  return (
    <div>
      <button
        type="button"
        onClick={onClick}
        disabled={busy}
        className="min-h-11 rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-70"
      >
        {busy ? t('signingOut') : t('signOut')}
      </button>
      {failed ? (
        <p role="alert" className="mt-2 text-brand-800">
          {t('signOutFailed')}
        </p>
      ) : null}
    </div>
  );
}
