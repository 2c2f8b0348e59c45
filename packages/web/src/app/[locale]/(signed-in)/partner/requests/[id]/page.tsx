import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { Badge } from '@/components/ui/badge';
import { CloseRequestButton } from '@/features/request/close-request-button';
import { ConfirmRequestButton } from '@/features/request/confirm-request-button';
import { RecommendedCooperativesPanel } from '@/features/matching/recommended-cooperatives-panel';
import { SuggestedPoolsPanel } from '@/features/matching/suggested-pools-panel';
import { PageHeader } from '@/components/ui/page-header';
import { PartnerRequestForm } from '@/features/request/partner-request-form';
import { SectionCard } from '@/components/ui/section-card';
import { PartnerRequestEditDocument } from '@/graphql/generated/graphql';
import { Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { mayOpenPartner, partnerAccess, requestFormOptions } from '@/app/[locale]/(signed-in)/partner/access';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/partner/requests/[id]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'partnerWorkspace' });
  return { title: t('editRequestTitle') };
}

/** One request of the viewer's partner: change it while it is open, or close it. */
export default async function EditRequestPage({ params }: PageProps<'/[locale]/partner/requests/[id]'>) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const [t, enums, access] = await Promise.all([
    getTranslations('partnerWorkspace'),
    getTranslations('enums'),
    partnerAccess(),
  ]);
  if (!access) return redirect({ href: '/sign-in', locale });
  const data = await loadOr404(async () => {
    const result = await queryApi({
      query: PartnerRequestEditDocument,
      variables: { id: decodeURIComponent(id) },
    });
    return result.request ? { ...result, request: result.request } : null;
  });
  const request = data.request;
  if (!mayOpenPartner(access, request.partner.id)) {
    return (
      <AccessNotice title={t('notYourPartnerTitle')} body={t('notYourRequestBody')}>
        <Link href="/partner">{t('backToWorkspace')}</Link>
      </AccessNotice>
    );
  }
  const options = await requestFormOptions(data.provinces.edges.map((edge) => edge.node));

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={{ pathname: '/partner', query: { partner: request.partner.id } }}>
          ← {t('backTo', { partner: request.partner.name })}
        </Link>
      </p>
      <PageHeader title={request.title}>
        <Badge tone={request.status === 'OPEN' ? 'positive' : 'neutral'}>
          {enums(`requestStatus.${request.status}`)}
        </Badge>
      </PageHeader>
      <div className="max-w-3xl space-y-6">
        {request.status === 'OPEN' ? (
          <>
            <SectionCard id="request-details" title={t('detailsTitle')}>
              <PartnerRequestForm partnerId={request.partner.id} request={request} options={options} />
            </SectionCard>
            <SectionCard id="request-still-wanted" title={t('stillWanted.title')}>
              <ConfirmRequestButton
                requestId={request.id}
                version={request.version}
                status="OPEN"
                lastConfirmedAt={request.lastConfirmedAt}
              />
            </SectionCard>
            <SectionCard id="request-close" title={t('closeRequestTitle')}>
              <p className="mb-3 text-sm text-stone-700">{t('closeRequestHint')}</p>
              <CloseRequestButton requestId={request.id} version={request.version} />
            </SectionCard>
            <RecommendedCooperativesPanel partnerId={request.partner.id} requestId={request.id} />
            <SuggestedPoolsPanel requestId={request.id} />
          </>
        ) : (
          <>
            <p className="rounded-md border border-stone-200 bg-white p-4 text-stone-700">
              {t(request.status === 'CLOSED' ? 'requestClosed' : 'requestExpired')}
            </p>
            {request.status === 'EXPIRED' ? (
              <SectionCard id="request-still-wanted" title={t('stillWanted.title')}>
                <ConfirmRequestButton
                  requestId={request.id}
                  version={request.version}
                  status="EXPIRED"
                  lastConfirmedAt={request.lastConfirmedAt}
                />
              </SectionCard>
            ) : null}
          </>
        )}
      </div>
    </>
  );
}
