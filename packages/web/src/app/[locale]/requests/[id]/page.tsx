import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { DetailList } from '@/components/ui/detail-list';
import { PageHeader } from '@/components/ui/page-header';
import { VerificationBadge } from '@/components/ui/status-badges';
import { partnerHref } from '@/features/partner/partner-card';
import { BuildPoolLink } from '@/features/proposal/build-pool-link';
import { ProposeLink } from '@/features/proposal/propose-link';
import { RequestDetailDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { daysSince, formatDate, formatDecimal, formatIdr } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';

type Props = PageProps<'/[locale]/requests/[id]'>;

async function loadRequest(params: Props['params']) {
  const { id } = await params;
  return loadOr404(async () => {
    const data = await queryApi({ query: RequestDetailDocument, variables: { id: decodeURIComponent(id) } });
    return data.request;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const request = await loadRequest(params);
  return { title: request.title, description: request.description.slice(0, 160) };
}

/** A partner's request on a page of its own: what, how much, where, by when, and how to answer it. */
export default async function RequestPage({ params }: Props) {
  await pageLocale(params);
  const [t, enums, locale, request] = await Promise.all([
    getTranslations('request'),
    getTranslations('enums'),
    getLocale(),
    loadRequest(params),
  ]);
  const open = request.status === 'OPEN';
  return (
    <>
      <PageHeader title={request.title}>
        <Badge tone={open ? 'positive' : 'muted'}>{enums(`requestStatus.${request.status}`)}</Badge>
        {open ? <ProposeLink from="request" id={request.id} /> : null}
        {open ? <BuildPoolLink requestId={request.id} /> : null}
      </PageHeader>
      <p className="mb-4 text-stone-700">
        {t('by')}{' '}
        <Link href={partnerHref(request.partner.id)} className="font-medium">
          {request.partner.name}
        </Link>{' '}
        <span className="inline-flex flex-wrap gap-1.5 align-middle">
          <Badge>{enums(`partnerType.${request.partner.type}`)}</Badge>
          <VerificationBadge level={request.partner.verificationLevel} />
        </span>
      </p>
      <p className="mb-6 max-w-3xl whitespace-pre-line text-stone-800">{request.description}</p>
      <DetailList
        details={[
          { label: t('commodity'), value: enums(`commodity.${request.commodity}`) },
          {
            label: t('quantity'),
            value: `${formatDecimal(request.quantity, locale)} ${enums(`quantityUnit.${request.quantityUnit}`)}`,
          },
          { label: t('deliverTo'), value: request.deliveryRegion.name },
          { label: t('deadline'), value: request.deadline ? formatDate(request.deadline, locale) : null },
          { label: t('priceHint'), value: request.priceHint ? formatIdr(request.priceHint.amount) : null },
          { label: t('confirmed'), value: t('confirmedAgo', { days: daysSince(request.lastConfirmedAt) }) },
        ]}
      />
    </>
  );
}
