'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { ChangePasswordDocument, type UserErrorCode } from '@/graphql/generated/graphql';
import { PASSWORD_POLICY_CODES } from './password-policy';

/** The API's codes for a refused password change that have a text of their own. */
const KNOWN_PROBLEMS = ['INVALID_CREDENTIALS', 'RATE_LIMITED', ...PASSWORD_POLICY_CODES] as const;
type Problem = (typeof KNOWN_PROBLEMS)[number] | 'MISMATCH' | 'FAILED';

function problemOf(code: UserErrorCode): Problem {
  return (KNOWN_PROBLEMS as readonly string[]).includes(code) ? (code as Problem) : 'FAILED';
}

type Outcome =
  { problems: Problem[]; field: 'currentPassword' | 'newPassword' | null } | { signedOut: number };

/**
 * The signed-in user's new password. The API checks the current one and its password policy, and
 * signs out the user's other sessions; each refusal is shown in the page's language, at its field.
 */
export function ChangePasswordForm() {
  const t = useTranslations('changePassword');
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get('currentPassword') ?? '');
    const newPassword = String(form.get('newPassword') ?? '');
    if (newPassword !== String(form.get('repeatPassword') ?? '')) {
      setOutcome({ problems: ['MISMATCH'], field: 'newPassword' });
      return;
    }
    setOutcome(null);
    try {
      const { data } = await changePassword({ variables: { input: { currentPassword, newPassword } } });
      const result = data?.changePassword;
      if (!result) {
        setOutcome({ problems: ['FAILED'], field: null });
      } else if (result.isChanged) {
        formElement.reset();
        setOutcome({ signedOut: result.revokedSessionCount });
      } else {
        const field = result.errors[0]?.field?.at(-1);
        setOutcome({
          problems: [...new Set(result.errors.map((error) => problemOf(error.code)))],
          field: field === 'currentPassword' || field === 'newPassword' ? field : null,
        });
      }
    } catch {
      setOutcome({ problems: ['FAILED'], field: null });
    }
  }

  const problems = outcome && 'problems' in outcome ? outcome : null;
  const invalid = (field: 'currentPassword' | 'newPassword') =>
    problems?.field === field ? true : undefined;

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-labelledby="change-password-title">
      <h2 id="change-password-title" className="text-lg font-semibold text-stone-900">
        {t('title')}
      </h2>
      <p className="text-stone-700">{t('lead')}</p>
      {problems ? (
        <ul
          id="change-password-problem"
          role="alert"
          className="space-y-1 rounded-md border border-brand-100 bg-brand-50 p-3 text-brand-800"
        >
          {problems.problems.map((problem) => (
            <li key={problem}>{t(`problems.${problem}`)}</li>
          ))}
        </ul>
      ) : null}
      {outcome && 'signedOut' in outcome ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-emerald-900">
          {t('changed', { count: outcome.signedOut })}
        </p>
      ) : null}
      <div>
        <label htmlFor="current-password" className="block text-sm font-medium text-stone-800">
          {t('currentPassword')}
        </label>
        <input
          id="current-password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={invalid('currentPassword')}
          aria-describedby={invalid('currentPassword') ? 'change-password-problem' : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3"
        />
      </div>
      <div>
        <label htmlFor="new-password" className="block text-sm font-medium text-stone-800">
          {t('newPassword')}
        </label>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          maxLength={200}
          aria-invalid={invalid('newPassword')}
          aria-describedby={
            invalid('newPassword') ? 'change-password-problem new-password-rules' : 'new-password-rules'
          }
          className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3"
        />
        <p id="new-password-rules" className="mt-1 text-sm text-stone-600">
          {t('rules')}
        </p>
      </div>
      <div>
        <label htmlFor="repeat-password" className="block text-sm font-medium text-stone-800">
          {t('repeatPassword')}
        </label>
        <input
          id="repeat-password"
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={problems?.problems.includes('MISMATCH') ? true : undefined}
          className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3"
        />
      </div>
      <button
        type="submit"
        disabled={loading}
        className="min-h-11 w-full rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto"
      >
        {loading ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
