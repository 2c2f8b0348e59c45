import { getTranslations } from 'next-intl/server';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { CALL_TO_ACTION_CLASSES } from '@/components/ui/form-controls';
import type { PartnerRequestStatus, PartnerWorkspaceQuery } from '@/graphql/generated/graphql';
import type { AppLocale } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { formatDate, formatDecimal } from '@/lib/format';

type WorkspaceRequest = PartnerWorkspaceQuery['requests']['edges'][number]['node'];

const REQUEST_TONE: Record<PartnerRequestStatus, BadgeTone> = {
  OPEN: 'positive',
  CLOSED: 'neutral',
  EXPIRED: 'muted',
};

/** The partner's requests in its workspace, each linked to its editor, and a link to a new one. */
export async function WorkspaceRequests({
  partnerId,
  requests,
  locale,
}: {
  partnerId: string;
  requests: readonly WorkspaceRequest[];
  locale: AppLocale;
}) {
  const [t, enums] = await Promise.all([getTranslations('partnerWorkspace'), getTranslations('enums')]);
  return (
    <section aria-labelledby="requests-title">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="requests-title" className="text-xl font-semibold">
          {t('requestsTitle')}
        </h2>
        <Link
          href={{ pathname: '/partner/requests/new', query: { partner: partnerId } }}
          className={CALL_TO_ACTION_CLASSES}
        >
          {t('newRequest')}
        </Link>
      </div>
      {requests.length === 0 ? (
        <EmptyState title={t('noRequests')} hint={t('noRequestsHint')} />
      ) : (
        <ul className="space-y-3">
          {requests.map((request) => (
            <li key={request.id}>
              <article
                className="rounded-lg border border-stone-200 bg-white p-4"
                data-testid="workspace-request"
              >
                <h3 className="font-semibold">
                  <Link href={`/partner/requests/${encodeURIComponent(request.id)}`}>{request.title}</Link>
                </h3>
                <div className="mt-2 flex flex-wrap items-center gap-1.5">
                  <Badge tone={REQUEST_TONE[request.status]}>
                    {enums(`requestStatus.${request.status}`)}
                  </Badge>
                  <Badge tone="muted">{enums(`commodity.${request.commodity}`)}</Badge>
                </div>
                <p className="mt-2 text-sm text-stone-700">
                  {t('requestLine', {
                    quantity: formatDecimal(request.quantity, locale),
                    unit: enums(`quantityUnit.${request.quantityUnit}`),
                    region: request.deliveryRegion.name,
                  })}
                  {request.deadline
                    ? ` · ${t('deadline', { date: formatDate(request.deadline, locale) })}`
                    : ''}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
