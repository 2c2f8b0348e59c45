'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { ChoiceField, FormAlert, InputField } from '@/components/ui/form-controls';
import { AskFirstStep, PRIMARY_STEP_BUTTON } from '@/components/ui/final-step';
import {
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  type ApiTokenScope,
  type PartnerApiTokensQuery,
} from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { SecretShownOnce } from './secret-shown-once';
import { formatDateTime, type NumberLocale } from '@/lib/format';

type ApiTokenItem = PartnerApiTokensQuery['apiTokens'][number];

/**
 * A partner admin's API tokens: create one with a name and a scope (the secret is shown once, here,
 * and never again), see each one's scope and last use, and revoke one. The list is the server's:
 * after a change the page is rendered again.
 */
export function ApiTokenManager({
  partnerId,
  tokens,
  locale,
}: {
  partnerId: string;
  tokens: readonly ApiTokenItem[];
  locale: NumberLocale;
}) {
  const t = useTranslations('apiTokens');
  const router = useRouter();
  const [createToken, { loading: creating }] = useMutation(CreateApiTokenDocument);
  const [revokeToken, { loading: revoking }] = useMutation(RevokeApiTokenDocument);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [problem, setProblem] = useState<'name' | 'failed' | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState<string | null>(null);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get('name') ?? '').trim();
    const scope = String(form.get('scope')) as ApiTokenScope;
    setProblem(null);
    setSecret(null);
    if (!name) {
      setProblem('name');
      return;
    }
    try {
      const { data } = await createToken({ variables: { input: { partnerId, name, scope } } });
      const token = data?.createApiToken.token;
      if (!token) {
        const nameRefused = data?.createApiToken.userErrors.some((error) => error.field?.at(-1) === 'name');
        setProblem(nameRefused ? 'name' : 'failed');
        return;
      }
      formElement.reset();
      setSecret({ name, token });
      router.refresh();
    } catch {
      setProblem('failed');
    }
  }

  async function onRevoke(id: string) {
    setProblem(null);
    try {
      const { data } = await revokeToken({ variables: { input: { id } } });
      if (!data?.revokeApiToken.apiToken) setProblem('failed');
      setConfirmRevoke(null);
      router.refresh();
    } catch {
      setProblem('failed');
    }
  }

  const active = tokens.filter((token) => !token.revokedAt);
  const revoked = tokens.filter((token) => token.revokedAt);

  return (
    <div className="space-y-8">
      <form
        onSubmit={onCreate}
        aria-labelledby="new-token-title"
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
        noValidate
      >
        <h2 id="new-token-title" className="text-lg font-semibold">
          {t('newTitle')}
        </h2>
        {problem === 'failed' ? <FormAlert id="api-token-problem">{t('failed')}</FormAlert> : null}
        <InputField
          name="name"
          label={t('name')}
          hint={t('nameHint')}
          maxLength={100}
          error={problem === 'name' ? t('nameRequired') : undefined}
        />
        <ChoiceField
          name="scope"
          label={t('scope')}
          hint={t('scopeHint')}
          defaultValue="READ"
          options={[
            { value: 'READ', label: t('scopes.READ') },
            { value: 'READ_WRITE', label: t('scopes.READ_WRITE') },
          ]}
        />
        <button type="submit" className={PRIMARY_STEP_BUTTON} disabled={creating}>
          {t('create')}
        </button>
      </form>

      {secret ? (
        <SecretShownOnce
          // A new token replaces the last one shown (and its "copied" state).
          key={secret.token}
          title={t('secretTitle', { name: secret.name })}
          body={t('secretOnce')}
          secret={secret.token}
          testId="api-token-secret"
          copyLabel={t('copy')}
          copiedLabel={t('copied')}
        />
      ) : null}

      <section aria-labelledby="tokens-title">
        <h2 id="tokens-title" className="mb-3 text-lg font-semibold">
          {t('listTitle')}
        </h2>
        {active.length === 0 ? <p className="text-stone-700">{t('none')}</p> : null}
        <ul className="space-y-3">
          {active.map((token) => (
            <li key={token.id}>
              <article
                aria-labelledby={`token-${token.id}`}
                className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
              >
                <h3 id={`token-${token.id}`} className="font-semibold break-words">
                  {token.name}
                </h3>
                <p className="text-sm text-stone-700">
                  {t(`scopes.${token.scope}`)} ·{' '}
                  {t('created', { at: formatDateTime(token.createdAt, locale) })}
                  {' · '}
                  {token.lastUsedAt
                    ? t('lastUsed', { at: formatDateTime(token.lastUsedAt, locale) })
                    : t('neverUsed')}
                </p>
                <AskFirstStep
                  label={t('revoke')}
                  asking={confirmRevoke === token.id}
                  onAsk={() => setConfirmRevoke(token.id)}
                  id={`revoke-${token.id}`}
                  question={t('revokeQuestion')}
                  confirmLabel={t('revokeForGood')}
                  keepLabel={t('keep')}
                  busy={revoking}
                  onConfirm={() => onRevoke(token.id)}
                  onKeep={() => setConfirmRevoke(null)}
                />
              </article>
            </li>
          ))}
        </ul>
      </section>

      {revoked.length > 0 ? (
        <section aria-labelledby="revoked-tokens-title">
          <h2 id="revoked-tokens-title" className="mb-3 text-lg font-semibold">
            {t('revokedTitle')}
          </h2>
          <ul className="space-y-1 text-sm text-stone-700">
            {revoked.map((token) => (
              <li key={token.id}>
                {token.name} · {t('revokedAt', { at: formatDateTime(token.revokedAt!, locale) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
