import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { Badge } from '@/components/ui/badge';
import { PageHeader } from '@/components/ui/page-header';
import { ProposalStatusTable } from '@/features/dashboard/proposal-status-table';
import { PartnerChooser } from '@/features/partner/partner-chooser';
import { PartnerDiscover } from '@/features/partner/partner-discover';
import { PartnerFunnelSection } from '@/features/proposal/proposal-funnel';
import { WorkspacePrograms } from '@/features/program/workspace-programs';
import { pickerLevelsOf, pickerLevelsVariables } from '@/features/region/picker-levels';
import { enclosingRegion } from '@/lib/region-path';
import { WorkspaceRequests } from '@/features/request/workspace-requests';
import {
  PartnerWorkspaceDocument,
  RegionPickerLevelsDocument,
  type PartnerWorkspaceQuery,
} from '@/graphql/generated/graphql';
import { Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { chosenPartner, mayOpenPartner, partnerAccess } from './access';

export async function generateMetadata({ params }: PageProps<'/[locale]/partner'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'partnerWorkspace' });
  return { title: t('metaTitle') };
}

/**
 * The partner workspace: the pipeline of proposals by status, discovery with the partner's own
 * coverage and commodities, and its programs and requests with links to create and edit them.
 * A viewer working for several partners chooses one first (`?partner=`).
 */
export default async function PartnerWorkspacePage({ params, searchParams }: PageProps<'/[locale]/partner'>) {
  const locale = await pageLocale(params);
  const raw = await searchParams;
  const [t, access] = await Promise.all([getTranslations('partnerWorkspace'), partnerAccess()]);
  if (!access) return redirect({ href: '/sign-in', locale });
  if (access.partners.length === 0 && !access.isAdmin) {
    return (
      <AccessNotice title={t('forbiddenTitle')} body={t('forbiddenBody')}>
        <Link href="/">{t('backHome')}</Link>
      </AccessNotice>
    );
  }
  const partnerId =
    chosenPartner(raw.partner) ?? (access.partners.length === 1 ? access.partners[0].id : undefined);
  if (!partnerId) return <PartnerChooser partners={access.partners} />;
  if (!mayOpenPartner(access, partnerId)) {
    return (
      <AccessNotice title={t('notYourPartnerTitle')} body={t('notYourPartnerBody')}>
        <Link href="/partner">{t('backToWorkspace')}</Link>
      </AccessNotice>
    );
  }

  const data = await loadOr404(async () => {
    const result = await queryApi({ query: PartnerWorkspaceDocument, variables: { partnerId } });
    return result.partner
      ? (result as PartnerWorkspaceQuery & { partner: NonNullable<PartnerWorkspaceQuery['partner']> })
      : null;
  });
  const partner = data.partner;
  const enums = await getTranslations('enums');
  const saved = raw.saved === 'program' || raw.saved === 'request' ? raw.saved : null;
  const programs = partner.programs.edges.map((edge) => edge.node);
  const requests = data.requests.edges.map((edge) => edge.node);
  // Discovery starts where the partner works: the smallest region around its whole coverage
  // (everywhere when it has none, or covers several provinces).
  const discoverRegion = enclosingRegion(partner.coverage.map((region) => region.code));
  const discoverLevels = pickerLevelsOf(
    await queryApi({
      query: RegionPickerLevelsDocument,
      variables: pickerLevelsVariables(discoverRegion, 'VILLAGE'),
    }),
  );
  const pipeline = partner.proposalPipeline;

  return (
    <>
      <PageHeader title={t('title', { partner: partner.name })} lead={t('lead')}>
        <Badge tone="brand">{enums(`partnerType.${partner.type}`)}</Badge>
        {access.partners.length > 1 ? <Link href="/partner">{t('switchPartner')}</Link> : null}
        <Link href={{ pathname: '/team', query: { organisation: partner.id } }}>{t('team')}</Link>
        {access.adminPartnerIds.includes(partner.id) ? (
          <>
            <Link href={{ pathname: '/partner/tokens', query: { partner: partner.id } }}>
              {t('apiTokens')}
            </Link>
            <Link href={{ pathname: '/partner/webhooks', query: { partner: partner.id } }}>
              {t('webhooks')}
            </Link>
          </>
        ) : null}
      </PageHeader>

      {saved ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900"
        >
          {t(saved === 'program' ? 'programSaved' : 'requestSaved')}
        </p>
      ) : null}

      <div className="space-y-10">
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <section aria-labelledby="pipeline-title" className="min-w-0">
            <h2 id="pipeline-title" className="mb-1 text-xl font-semibold">
              {t('pipelineTitle')}
            </h2>
            {pipeline ? (
              <>
                <p className="mb-3 text-sm text-stone-700">
                  {t('pipelineTotal', { count: pipeline.total })}
                  {pipeline.awaitingResponse > 0 ? (
                    <>
                      {' · '}
                      <strong>{t('awaiting', { count: pipeline.awaitingResponse })}</strong>
                    </>
                  ) : null}
                </p>
                <ProposalStatusTable
                  caption={t('pipelineCaption', { partner: partner.name })}
                  byStatus={pipeline.byStatus}
                  linkToProposals
                />
                <p className="mt-3">
                  <Link href="/proposals">{t('allProposals')}</Link>
                </p>
              </>
            ) : (
              <p className="text-sm text-stone-600">{t('noPipeline')}</p>
            )}
          </section>

          <PartnerDiscover
            partner={partner}
            locale={locale}
            region={discoverRegion}
            levels={discoverLevels}
          />
        </div>

        <Suspense fallback={<p className="text-sm text-stone-600">{t('funnel.loading')}</p>}>
          <PartnerFunnelSection partnerId={partner.id} partnerName={partner.name} />
        </Suspense>

        <WorkspacePrograms partnerId={partner.id} programs={programs} />

        <WorkspaceRequests partnerId={partner.id} requests={requests} locale={locale} />
      </div>
    </>
  );
}
