'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { Badge } from '@/components/ui/badge';
import { AskFirstStep, PRIMARY_STEP_BUTTON, STEP_BUTTON } from '@/components/ui/final-step';
import { CheckboxGroupField, FormAlert, InputField } from '@/components/ui/form-controls';
import {
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  UpdateWebhookEndpointDocument,
  type WebhookEndpointItemFragment,
  type WebhookEventType,
} from '@/graphql/generated/graphql';
import { Link, useRouter } from '@/i18n/navigation';
import { SecretShownOnce } from '@/features/account/secret-shown-once';
import { formatDateTime, type NumberLocale } from '@/lib/format';

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  'PROPOSAL_MOVED',
  'POOL_MEMBER_JOINED',
  'OFFERING_MATCHED',
  'SAVED_SEARCH_MATCHED',
];

type Problem = 'url' | 'urlRefused' | 'events' | 'failed' | null;

/** How an endpoint stands, in words and a badge tone. */
export function EndpointState({
  endpoint,
  locale,
}: {
  endpoint: WebhookEndpointItemFragment;
  locale: NumberLocale;
}) {
  const t = useTranslations('webhooks');
  if (endpoint.disabledAt)
    return <Badge tone="muted">{t('disabled', { at: formatDateTime(endpoint.disabledAt, locale) })}</Badge>;
  if (endpoint.failingSince)
    return (
      <Badge tone="progress">
        {t('failingSince', { at: formatDateTime(endpoint.failingSince, locale) })}
      </Badge>
    );
  return <Badge tone="positive">{t('active')}</Badge>;
}

/**
 * A partner admin's webhook endpoints: register one (URL, description, events; the signing secret
 * is shown once, here), see how each stands, open its delivery log, disable or enable it, delete
 * it. The list is the server's: after a change the page is rendered again.
 */
export function WebhookEndpointManager({
  partnerId,
  endpoints,
  locale,
}: {
  partnerId: string;
  endpoints: readonly WebhookEndpointItemFragment[];
  locale: NumberLocale;
}) {
  const t = useTranslations('webhooks');
  const router = useRouter();
  const [createEndpoint, { loading: creating }] = useMutation(CreateWebhookEndpointDocument);
  const [updateEndpoint, { loading: updating }] = useMutation(UpdateWebhookEndpointDocument);
  const [deleteEndpoint, { loading: deleting }] = useMutation(DeleteWebhookEndpointDocument);
  const [secret, setSecret] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const url = String(form.get('url') ?? '').trim();
    const description = String(form.get('description') ?? '').trim();
    const eventTypes = form.getAll('eventTypes').map(String) as WebhookEventType[];
    setProblem(null);
    setSecret(null);
    if (!url) return setProblem('url');
    if (eventTypes.length === 0) return setProblem('events');
    try {
      const { data } = await createEndpoint({
        variables: { input: { partnerId, url, description, eventTypes } },
      });
      const created = data?.createWebhookEndpoint;
      if (!created?.secret) {
        const refusedField = created?.userErrors.find((error) => error.field)?.field?.at(-1);
        setProblem(
          refusedField === 'url' ? 'urlRefused' : refusedField === 'eventTypes' ? 'events' : 'failed',
        );
        return;
      }
      formElement.reset();
      setSecret(created.secret);
      router.refresh();
    } catch {
      setProblem('failed');
    }
  }

  async function setEnabled(id: string, enabled: boolean) {
    setProblem(null);
    try {
      const { data } = await updateEndpoint({ variables: { input: { id, enabled } } });
      if (!data?.updateWebhookEndpoint.webhookEndpoint) setProblem('failed');
      router.refresh();
    } catch {
      setProblem('failed');
    }
  }

  async function onDelete(id: string) {
    setProblem(null);
    try {
      const { data } = await deleteEndpoint({ variables: { input: { id } } });
      if (!data?.deleteWebhookEndpoint.deletedId) setProblem('failed');
      setConfirmDelete(null);
      router.refresh();
    } catch {
      setProblem('failed');
    }
  }

  return (
    <div className="space-y-8">
      <form
        onSubmit={onCreate}
        aria-labelledby="new-endpoint-title"
        className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
        noValidate
      >
        <h2 id="new-endpoint-title" className="text-lg font-semibold">
          {t('newTitle')}
        </h2>
        {problem === 'failed' ? <FormAlert id="webhook-problem">{t('failed')}</FormAlert> : null}
        <InputField
          name="url"
          type="url"
          inputMode="url"
          label={t('url')}
          hint={t('urlHint')}
          maxLength={2000}
          placeholder="https://"
          error={
            problem === 'url' ? t('urlRequired') : problem === 'urlRefused' ? t('urlRefused') : undefined
          }
        />
        <InputField name="description" label={t('description')} hint={t('descriptionHint')} maxLength={200} />
        <CheckboxGroupField
          name="eventTypes"
          legend={t('events')}
          columns={1}
          options={WEBHOOK_EVENT_TYPES.map((value) => ({ value, label: t(`eventTypes.${value}`) }))}
          defaultValues={['PROPOSAL_MOVED']}
          error={problem === 'events' ? t('eventsRequired') : undefined}
        />
        <button type="submit" className={PRIMARY_STEP_BUTTON} disabled={creating}>
          {t('create')}
        </button>
      </form>

      {secret ? (
        <SecretShownOnce
          key={secret}
          title={t('secretTitle')}
          body={t('secretOnce')}
          secret={secret}
          testId="webhook-secret"
          copyLabel={t('copy')}
          copiedLabel={t('copied')}
        />
      ) : null}

      <section aria-labelledby="endpoints-title">
        <h2 id="endpoints-title" className="mb-3 text-lg font-semibold">
          {t('listTitle')}
        </h2>
        {endpoints.length === 0 ? <p className="text-stone-700">{t('none')}</p> : null}
        <ul className="space-y-3">
          {endpoints.map((endpoint) => (
            <li key={endpoint.id}>
              <article
                aria-labelledby={`endpoint-${endpoint.id}`}
                className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
              >
                <h3 id={`endpoint-${endpoint.id}`} className="font-mono text-sm font-semibold break-all">
                  {endpoint.url}
                </h3>
                <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
                  <EndpointState endpoint={endpoint} locale={locale} />
                  {endpoint.description ? <span>{endpoint.description}</span> : null}
                  <span>{t('registered', { at: formatDateTime(endpoint.createdAt, locale) })}</span>
                </p>
                {endpoint.disabledReason ? (
                  <p className="text-sm text-stone-700">{endpoint.disabledReason}</p>
                ) : null}
                <ul className="list-inside list-disc text-sm text-stone-700">
                  {endpoint.eventTypes.map((type) => (
                    <li key={type}>{t(`eventTypes.${type}`)}</li>
                  ))}
                </ul>
                <div className="flex flex-wrap items-center gap-3">
                  <Link
                    href={`/partner/webhooks/${encodeURIComponent(endpoint.id)}`}
                    className={STEP_BUTTON}
                    aria-label={t('deliveryLogFor', { url: endpoint.url })}
                  >
                    {t('deliveryLog')}
                  </Link>
                  <button
                    type="button"
                    className={STEP_BUTTON}
                    disabled={updating}
                    onClick={() => setEnabled(endpoint.id, Boolean(endpoint.disabledAt))}
                  >
                    {endpoint.disabledAt ? t('enable') : t('disable')}
                  </button>
                  <AskFirstStep
                    label={t('delete')}
                    asking={confirmDelete === endpoint.id}
                    onAsk={() => setConfirmDelete(endpoint.id)}
                    id={`delete-${endpoint.id}`}
                    question={t('deleteQuestion')}
                    confirmLabel={t('deleteForGood')}
                    keepLabel={t('keep')}
                    busy={deleting}
                    onConfirm={() => onDelete(endpoint.id)}
                    onKeep={() => setConfirmDelete(null)}
                  />
                </div>
              </article>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
