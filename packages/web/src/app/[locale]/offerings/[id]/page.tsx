import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { DetailList } from '@/components/ui/detail-list';
import { RecommendedPartnersPanel } from '@/features/matching/recommended-partners-panel';
import { PageHeader } from '@/components/ui/page-header';
import { ProposeLink } from '@/features/proposal/propose-link';
import { SectionCard } from '@/components/ui/section-card';
import { StageBadge, VerificationBadge } from '@/components/ui/status-badges';
import { OfferingDetailDocument } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { formatDate, formatDecimal, formatIdr, formatIdrRange } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';
import { placeOf } from '@/features/region/places';

type Props = PageProps<'/[locale]/offerings/[id]'>;

async function loadOffering(params: Props['params']) {
  const { id } = await params;
  return loadOr404(async () => {
    const data = await queryApi({ query: OfferingDetailDocument, variables: { id: decodeURIComponent(id) } });
    return data.offering;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const offering = await loadOffering(params);
  return { title: offering.title, description: offering.description.slice(0, 160) };
}

export default async function OfferingPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, enums, offering] = await Promise.all([
    getTranslations('offering'),
    getTranslations('enums'),
    loadOffering(params),
  ]);
  const unit = offering.quantityUnit ? enums(`quantityUnit.${offering.quantityUnit}`) : null;
  const price = formatIdrRange(offering.priceMin?.amount, offering.priceMax?.amount);
  const { cooperative } = offering;

  return (
    <>
      <PageHeader title={offering.title}>
        <Badge tone="brand">{enums(`offeringKind.${offering.kind}`)}</Badge>
        {offering.commodity ? <Badge>{enums(`commodity.${offering.commodity}`)}</Badge> : null}
        <Badge tone={offering.status === 'PUBLISHED' ? 'positive' : 'muted'}>
          {enums(`offeringStatus.${offering.status}`)}
        </Badge>
        {offering.status === 'PUBLISHED' ? <ProposeLink from="offering" id={offering.id} /> : null}
      </PageHeader>
      <p className="mb-6 max-w-3xl whitespace-pre-line text-stone-800">{offering.description}</p>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <SectionCard id="terms" title={enums(`offeringKind.${offering.kind}`)}>
          <DetailList
            details={[
              {
                label: t('commodity'),
                value: offering.commodity ? enums(`commodity.${offering.commodity}`) : null,
              },
              ...(offering.quantityPerMonth && unit
                ? [
                    {
                      label: t('quantityPerMonth'),
                      value: t('perMonth', {
                        quantity: formatDecimal(offering.quantityPerMonth, locale),
                        unit,
                      }),
                    },
                  ]
                : []),
              ...(price && unit ? [{ label: t('priceRange', { unit }), value: price }] : []),
              ...(offering.amountNeeded
                ? [{ label: t('amountNeeded'), value: formatIdr(offering.amountNeeded.amount) }]
                : []),
              ...(offering.financingPurpose
                ? [{ label: t('purpose'), value: offering.financingPurpose }]
                : []),
              ...(offering.wantedTenorMonths
                ? [{ label: t('tenor'), value: t('months', { count: offering.wantedTenorMonths }) }]
                : []),
              {
                label: t('unitType'),
                value: offering.unitType ? enums(`unitType.${offering.unitType}`) : null,
              },
              {
                label: t('deliveryRegions'),
                value:
                  offering.deliveryRegions.length > 0
                    ? offering.deliveryRegions.map((region) => region.name).join(', ')
                    : t('noDeliveryRegions'),
              },
              { label: t('createdAt'), value: formatDate(offering.createdAt, locale) },
              {
                label: t('validUntil'),
                value: offering.validUntil ? formatDate(offering.validUntil, locale) : null,
              },
              {
                label: t('lastConfirmed'),
                value: offering.lastConfirmedAt ? formatDate(offering.lastConfirmedAt, locale) : null,
              },
            ]}
          />
        </SectionCard>

        <SectionCard id="cooperative" title={t('cooperative')}>
          <p className="font-semibold">{cooperative.name}</p>
          <p className="text-sm text-stone-600">{placeOf(cooperative.village)}</p>
          <div className="mt-2 flex flex-wrap gap-1.5">
            <StageBadge stage={cooperative.stage} />
            <VerificationBadge level={cooperative.verificationLevel} />
          </div>
          <p className="mt-4">
            <Link href={`/cooperatives/${encodeURIComponent(cooperative.id)}`}>{t('viewCooperative')}</Link>
          </p>
        </SectionCard>
      </div>
      <div className="mt-4">
        <RecommendedPartnersPanel offeringId={offering.id} />
      </div>
    </>
  );
}
