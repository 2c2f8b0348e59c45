'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type FormEvent } from 'react';
import { SignInDocument, type UserErrorCode } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { homeWorkspaceOf } from './workspace-links';

type SignInProblem = 'invalidCredentials' | 'rateLimited' | 'failed';

function problemOf(code: UserErrorCode | undefined): SignInProblem {
  if (code === 'INVALID_CREDENTIALS') return 'invalidCredentials';
  if (code === 'RATE_LIMITED') return 'rateLimited';
  return 'failed';
}

/**
 * Email and password to the API's signIn mutation; the API answers with an httpOnly session
 * cookie on this origin. Then the whole page is refreshed so server components see the viewer.
 * Without a page to return to (`returnTo` null), the viewer lands in their own workspace.
 */
export function SignInForm({ returnTo }: { returnTo: string | null }) {
  const t = useTranslations('signIn');
  const router = useRouter();
  const [signIn, { loading }] = useMutation(SignInDocument);
  const [isNavigating, startTransition] = useTransition();
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const busy = loading || isNavigating;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    try {
      const { data } = await signIn({
        variables: {
          input: { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') },
        },
      });
      const result = data?.signIn;
      if (!result?.viewer) {
        setProblem(problemOf(result?.errors[0]?.code));
        return;
      }
      // After an admin's reset, the account page first: it asks for a password of their own.
      const destination = result.viewer.mustChangePassword
        ? '/sign-in'
        : (returnTo ?? homeWorkspaceOf(result.viewer));
      startTransition(() => {
        router.replace(destination);
        router.refresh();
      });
    } catch {
      setProblem('failed');
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {problem ? (
        <p
          id="sign-in-problem"
          role="alert"
          className="rounded-md border border-brand-100 bg-brand-50 p-3 text-brand-800"
        >
          {t(problem)}
        </p>
      ) : null}
      <div>
        <label htmlFor="sign-in-email" className="block text-sm font-medium text-stone-800">
          {t('email')}
        </label>
        <input
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          aria-invalid={problem === 'invalidCredentials' ? true : undefined}
          aria-describedby={problem ? 'sign-in-problem' : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3"
        />
      </div>
      <div>
        <label htmlFor="sign-in-password" className="block text-sm font-medium text-stone-800">
          {t('password')}
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={problem === 'invalidCredentials' ? true : undefined}
          aria-describedby={problem ? 'sign-in-problem' : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3"
        />
      </div>
      <button
        type="submit"
        disabled={busy}
        className="min-h-11 w-full rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto"
      >
        {busy ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
