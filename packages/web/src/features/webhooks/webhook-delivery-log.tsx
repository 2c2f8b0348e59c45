'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { STEP_BUTTON } from '@/components/ui/final-step';
import { FormAlert } from '@/components/ui/form-controls';
import {
  ReplayWebhookDeliveryDocument,
  type WebhookDeliveryLogQuery,
  type WebhookDeliveryStatus,
} from '@/graphql/generated/graphql';
import { Link, useRouter } from '@/i18n/navigation';
import { formatDateTime, type NumberLocale } from '@/lib/format';

type Delivery = WebhookDeliveryLogQuery['webhookDeliveries']['edges'][number]['node'];

/** The object a delivery tells of, from its payload's ids (a proposal, or an offering). */
function subjectOf(payload: string): { href: string; kind: 'proposal' | 'offering' } | null {
  const data = (JSON.parse(payload) as { data?: Record<string, unknown> }).data ?? {};
  const proposalId = data.proposalId;
  if (typeof proposalId === 'string')
    return { href: `/proposals/${encodeURIComponent(proposalId)}`, kind: 'proposal' };
  const offeringId = data.offeringId ?? (data.listingType === 'OFFERING' ? data.listingId : undefined);
  if (typeof offeringId === 'string')
    return { href: `/offerings/${encodeURIComponent(offeringId)}`, kind: 'offering' };
  return null;
}

const STATUS_TONE: Record<WebhookDeliveryStatus, BadgeTone> = {
  PENDING: 'progress',
  DELIVERED: 'positive',
  FAILED: 'neutral',
};

/**
 * One endpoint's deliveries, newest first: what was sent, how its attempts went (the endpoint's
 * last answer), and a replay for one that failed or was delivered. The log is the server's: after a
 * replay the page is rendered again.
 */
export function WebhookDeliveryLog({
  deliveries,
  locale,
}: {
  deliveries: readonly Delivery[];
  locale: NumberLocale;
}) {
  const t = useTranslations('webhooks');
  const router = useRouter();
  const [replay, { loading }] = useMutation(ReplayWebhookDeliveryDocument);
  const [replayed, setReplayed] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  async function onReplay(id: string) {
    setFailed(false);
    setReplayed(null);
    try {
      const { data } = await replay({ variables: { input: { id } } });
      if (data?.replayWebhookDelivery.webhookDelivery) setReplayed(id);
      else setFailed(true);
      router.refresh();
    } catch {
      setFailed(true);
    }
  }

  if (deliveries.length === 0) return <p className="text-stone-700">{t('noDeliveries')}</p>;
  return (
    <div className="space-y-3">
      {failed ? <FormAlert id="replay-problem">{t('failed')}</FormAlert> : null}
      <ul className="space-y-3">
        {deliveries.map((delivery) => {
          const subject = subjectOf(delivery.payload);
          return (
            <li key={delivery.id}>
              <article
                aria-labelledby={`delivery-${delivery.id}`}
                className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
              >
                <h3
                  id={`delivery-${delivery.id}`}
                  className="flex flex-wrap items-center gap-2 font-semibold"
                >
                  <span>{t(`eventTypes.${delivery.eventType}`)}</span>
                  <Badge tone={STATUS_TONE[delivery.status]}>{t(`status.${delivery.status}`)}</Badge>
                </h3>
                <p className="text-sm text-stone-700">
                  {t('happened', { at: formatDateTime(delivery.createdAt, locale) })} ·{' '}
                  {t('attempts', { count: delivery.attempts })}
                  {delivery.status === 'PENDING' && delivery.nextAttemptAt
                    ? ` · ${t('nextAttempt', { at: formatDateTime(delivery.nextAttemptAt, locale) })}`
                    : null}
                </p>
                {delivery.lastError || delivery.lastStatusCode ? (
                  <p className="text-sm break-words text-stone-700">
                    {t('lastAnswer', { answer: delivery.lastError ?? `HTTP ${delivery.lastStatusCode}` })}
                  </p>
                ) : null}
                {subject ? (
                  <p className="text-sm">
                    <Link href={subject.href}>
                      {t(subject.kind === 'proposal' ? 'openProposal' : 'openOffering')}
                    </Link>
                  </p>
                ) : null}
                <details className="text-sm">
                  <summary className="cursor-pointer text-brand-800">{t('payload')}</summary>
                  <p className="mt-1 font-mono text-xs text-stone-600">webhook-id: {delivery.messageId}</p>
                  <pre className="mt-1 overflow-x-auto rounded bg-stone-50 p-2 text-xs whitespace-pre-wrap break-all">
                    {JSON.stringify(JSON.parse(delivery.payload), null, 2)}
                  </pre>
                </details>
                {replayed === delivery.id ? (
                  <p role="status" className="text-sm text-emerald-900">
                    {t('replayed')}
                  </p>
                ) : delivery.status !== 'PENDING' ? (
                  <button
                    type="button"
                    className={STEP_BUTTON}
                    disabled={loading}
                    onClick={() => onReplay(delivery.id)}
                  >
                    {t('replay')}
                  </button>
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
