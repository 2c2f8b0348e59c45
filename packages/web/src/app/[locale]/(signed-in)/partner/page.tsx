import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { ChoiceField } from '@/components/ui/form-controls';
import { RegionPicker } from '@/features/region/region-picker';
import { PageHeader } from '@/components/ui/page-header';
import { ProposalStatusTable } from '@/features/dashboard/proposal-status-table';
import {
  PartnerWorkspaceDocument,
  RegionPickerLevelsDocument,
  type PartnerRequestStatus,
  type PartnerWorkspaceQuery,
  type ProgramStatus,
} from '@/graphql/generated/graphql';
import { getPathname, Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { formatDate, formatDecimal, formatIdr } from '@/lib/format';
import { loadOr404 } from '@/lib/load-or-404';
import { pickerLevelsOf, pickerLevelsVariables, regionPathQuery } from '@/features/region/region-path';
import { chosenPartner, mayOpenPartner, partnerAccess, type PartnerChoice } from './access';

export async function generateMetadata({ params }: PageProps<'/[locale]/partner'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'partnerWorkspace' });
  return { title: t('metaTitle') };
}

const BUTTON =
  'inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white no-underline hover:bg-brand-800 hover:no-underline';

const PROGRAM_TONE: Record<ProgramStatus, BadgeTone> = {
  DRAFT: 'muted',
  ACTIVE: 'positive',
  PAUSED: 'progress',
  CLOSED: 'neutral',
};
const REQUEST_TONE: Record<PartnerRequestStatus, BadgeTone> = {
  OPEN: 'positive',
  CLOSED: 'neutral',
  EXPIRED: 'muted',
};

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
  // Discovery starts in the partner's first coverage region (everywhere when it has none).
  const discoverRegion = partner.coverage[0]?.code;
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

          <section aria-labelledby="discover-title" className="min-w-0">
            <h2 id="discover-title" className="mb-1 text-xl font-semibold">
              {t('discoverTitle')}
            </h2>
            <p className="mb-3 text-sm text-stone-700">{t('discoverLead', { partner: partner.name })}</p>
            {/* A plain GET form into the discover page: works without JavaScript. */}
            <form
              method="get"
              action={getPathname({ href: '/cooperatives', locale })}
              aria-label={t('discoverTitle')}
              className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
            >
              <RegionPicker
                legend={t('discoverRegion')}
                mode={{ kind: 'filter' }}
                maxLevel="VILLAGE"
                value={discoverRegion}
                levels={discoverLevels}
              />
              <ChoiceField
                name="commodity"
                label={t('discoverCommodity')}
                emptyLabel={t('anyCommodity')}
                options={(partner.commodities.length > 0 ? partner.commodities : []).map((commodity) => ({
                  value: commodity,
                  label: enums(`commodity.${commodity}`),
                }))}
                defaultValue={partner.commodities[0] ?? ''}
                hint={partner.commodities.length === 0 ? t('noCommodities') : undefined}
              />
              <button type="submit" className={BUTTON}>
                {t('discoverSubmit')}
              </button>
            </form>
            {/* Shortcuts for a partner serving a few regions; the form covers a wide coverage. */}
            {partner.coverage.length > 0 && partner.coverage.length <= 6 ? (
              <ul aria-label={t('discoverShortcuts')} className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {partner.coverage.map((region) => (
                  <li key={region.code}>
                    <Link
                      href={{
                        pathname: '/cooperatives',
                        query: {
                          ...regionPathQuery(region.code),
                          ...(partner.commodities[0] ? { commodity: partner.commodities[0] } : {}),
                        },
                      }}
                      className="inline-flex min-h-11 items-center"
                    >
                      {t('discoverIn', { region: region.name })}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        </div>

        <section aria-labelledby="programs-title">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <h2 id="programs-title" className="text-xl font-semibold">
              {t('programsTitle')}
            </h2>
            <Link
              href={{ pathname: '/partner/programs/new', query: { partner: partner.id } }}
              className={BUTTON}
            >
              {t('newProgram')}
            </Link>
          </div>
          {programs.length === 0 ? (
            <EmptyState title={t('noPrograms')} hint={t('noProgramsHint')} />
          ) : (
            <ul className="space-y-3">
              {programs.map((program) => (
                <li key={program.id}>
                  <article
                    className="rounded-lg border border-stone-200 bg-white p-4"
                    data-testid="workspace-program"
                  >
                    <h3 className="font-semibold">
                      <Link href={`/partner/programs/${encodeURIComponent(program.id)}`}>{program.name}</Link>
                    </h3>
                    <div className="mt-2 flex flex-wrap items-center gap-1.5">
                      <Badge tone={PROGRAM_TONE[program.status]}>
                        {enums(`programStatus.${program.status}`)}
                      </Badge>
                      <Badge tone="muted">{enums(`programKind.${program.kind}`)}</Badge>
                      {program.commodity ? (
                        <Badge tone="muted">{enums(`commodity.${program.commodity}`)}</Badge>
                      ) : null}
                    </div>
                    <p className="mt-2 text-sm text-stone-700">
                      {program.loanTerms?.maxAmount
                        ? `${t('upTo', { amount: formatIdr(program.loanTerms.maxAmount.amount) })} · `
                        : ''}
                      {program.coverage.length === 0
                        ? t('allIndonesia')
                        : program.coverage.length > 3
                          ? t('regionCount', { count: program.coverage.length })
                          : program.coverage.map((region) => region.name).join(', ')}
                    </p>
                  </article>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="requests-title">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <h2 id="requests-title" className="text-xl font-semibold">
              {t('requestsTitle')}
            </h2>
            <Link
              href={{ pathname: '/partner/requests/new', query: { partner: partner.id } }}
              className={BUTTON}
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
                      <Link href={`/partner/requests/${encodeURIComponent(request.id)}`}>
                        {request.title}
                      </Link>
                    </h3>
                    <div className="mt-2 flex flex-wrap items-center gap-1.5">
                      <Badge tone={REQUEST_TONE[request.status]}>
                        {t(`requestStatus.${request.status}`)}
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
      </div>
    </>
  );
}

/** Several partners: which workspace to open. */
async function PartnerChooser({ partners }: { partners: PartnerChoice[] }) {
  const [t, enums] = await Promise.all([getTranslations('partnerWorkspace'), getTranslations('enums')]);
  if (partners.length === 0) {
    return <AccessNotice title={t('adminTitle')} body={t('adminBody')} />;
  }
  return (
    <>
      <PageHeader title={t('chooseTitle')} lead={t('chooseLead')} />
      <ul className="space-y-3">
        {partners.map((partner) => (
          <li key={partner.id}>
            <Link
              href={{ pathname: '/partner', query: { partner: partner.id } }}
              className="flex min-h-11 flex-wrap items-center gap-2 rounded-lg border border-stone-200 bg-white p-4 font-semibold"
            >
              {partner.name}
              <Badge tone="muted">{enums(`partnerType.${partner.type}`)}</Badge>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
