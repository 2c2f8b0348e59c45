'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, useTransition, type FormEvent } from 'react';
import { FormAlert, InputField } from '@/components/ui/form-controls';
import { AcceptTeamInvitationDocument, type TeamErrorCode } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { passwordPolicyCodeOf, type PasswordPolicyCode } from './password-policy';

/** The refusals of the whole form that the page explains; any other reads as "failed". */
const EXPLAINED = [
  'INVITATION_EXPIRED',
  'INVITEE_MUST_SIGN_IN',
  'INVITEE_DEACTIVATED',
  'NOT_FOUND',
  'INVALID_TRANSITION',
  'DUPLICATE',
] as const;

type Problem =
  | { field: 'name' }
  | { field: 'password'; code: PasswordPolicyCode }
  | { field: 'repeat' }
  | { field: null; code: (typeof EXPLAINED)[number] | 'FAILED' };

const explained = (code: TeamErrorCode | undefined) => EXPLAINED.find((known) => known === code) ?? 'FAILED';

/**
 * Accepting an invitation: a new person gives their name and a password (twice) and is signed in
 * at once; someone signed in as the invited account only confirms. Then they land in the
 * organisation's workspace.
 */
export function AcceptInvitationForm({
  token,
  suggestedName,
  asSignedInAccount,
}: {
  token: string;
  suggestedName: string | null;
  /** The viewer is signed in as the invited account: nothing to fill in. */
  asSignedInAccount: boolean;
}) {
  const t = useTranslations('invitation');
  const passwordTexts = useTranslations('changePassword');
  const router = useRouter();
  const [accept, { loading }] = useMutation(AcceptTeamInvitationDocument);
  const [isNavigating, startTransition] = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const busy = loading || isNavigating;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    const name = String(form.get('name') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!asSignedInAccount) {
      if (!name) return setProblem({ field: 'name' });
      if (password !== String(form.get('repeat') ?? '')) return setProblem({ field: 'repeat' });
    }
    try {
      const { data } = await accept({
        variables: {
          input: asSignedInAccount
            ? { token }
            : { token, name, password, locale: document.documentElement.lang === 'en' ? 'EN' : 'ID' },
        },
      });
      const result = data?.acceptTeamInvitation;
      if (!result?.organisationId) {
        const code = result?.errors[0]?.code;
        const passwordCode = passwordPolicyCodeOf(code);
        if (passwordCode) return setProblem({ field: 'password', code: passwordCode });
        return setProblem({ field: null, code: explained(code) });
      }
      const organisationId = result.organisationId;
      startTransition(() => {
        router.replace(
          result.organisationKind === 'COOPERATIVE'
            ? { pathname: '/cooperative', query: { id: organisationId } }
            : { pathname: '/partner', query: { partner: organisationId } },
        );
        router.refresh();
      });
    } catch {
      setProblem({ field: null, code: 'FAILED' });
    }
  }

  const generalText = problem?.field === null ? t(`problems.${problem.code}`) : null;

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {generalText ? <FormAlert id="accept-problem">{generalText}</FormAlert> : null}
      {asSignedInAccount ? null : (
        <>
          <InputField
            name="name"
            label={t('name')}
            autoComplete="name"
            maxLength={120}
            defaultValue={suggestedName ?? ''}
            error={problem?.field === 'name' ? t('nameRequired') : undefined}
          />
          <InputField
            name="password"
            type="password"
            label={t('password')}
            hint={passwordTexts('rules')}
            autoComplete="new-password"
            maxLength={200}
            error={problem?.field === 'password' ? passwordTexts(`problems.${problem.code}`) : undefined}
          />
          <InputField
            name="repeat"
            type="password"
            label={t('repeatPassword')}
            autoComplete="new-password"
            maxLength={200}
            error={problem?.field === 'repeat' ? passwordTexts('problems.MISMATCH') : undefined}
          />
        </>
      )}
      <button
        type="submit"
        disabled={busy}
        className="min-h-11 w-full rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto"
      >
        {busy ? t('accepting') : asSignedInAccount ? t('accept') : t('createAndAccept')}
      </button>
    </form>
  );
}
