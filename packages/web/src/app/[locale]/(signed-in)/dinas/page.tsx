import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AccessNotice } from '@/components/ui/access-notice';
import { StageChart, StageTable } from '@/features/dashboard/dinas-stage-chart';
import { Figure } from '@/components/ui/figure';
import { PageHeader } from '@/components/ui/page-header';
import { ProposalStatusTable } from '@/features/dashboard/proposal-status-table';
import { RegionProposals } from '@/features/dashboard/region-proposals';
import { ProposalMonthsChart, ProposalMonthsTable } from '@/features/proposal/proposal-months';
import {
  DinasDashboardDocument,
  DinasTrendDocument,
  DinasRegenciesDocument,
  DinasViewerDocument,
  type DinasDashboardQuery,
  type DinasRegenciesQuery,
  type DinasViewerQuery,
} from '@/graphql/generated/graphql';
import { getPathname, Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { apiErrorCode } from '@/lib/api-error';
import { queryApi } from '@/lib/apollo/server-client';
import { formatCount, formatIdr } from '@/lib/format';
import { dinasRegionOptions, parseDashboardRegion, pickerProvince } from '@/features/dashboard/dinas-regions';

export async function generateMetadata({ params }: PageProps<'/[locale]/dinas'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'dinas' });
  return { title: t('metaTitle') };
}

type Dashboard = DinasDashboardQuery['dinasDashboard'];

/** The dashboard, or why the viewer may not see it (a region outside theirs). */
async function loadDashboard(regionCode: string | null): Promise<Dashboard | 'FORBIDDEN'> {
  try {
    return (await queryApi({ query: DinasDashboardDocument, variables: { regionCode } })).dinasDashboard;
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === 'FORBIDDEN') return 'FORBIDDEN';
    // A region code that names nothing is a page that does not exist.
    if (code === 'BAD_USER_INPUT') notFound();
    throw error;
  }
}

/** The regencies of the province on show, for the picker of viewers who may open them. */
async function loadPickerRegencies(
  viewer: NonNullable<DinasViewerQuery['viewer']>,
  provinceCode: string | null,
): Promise<DinasRegenciesQuery | null> {
  const mayOpenProvinces =
    viewer.roles.includes('ADMIN') ||
    viewer.memberships.some(
      (membership) => membership.role === 'DINAS' && membership.region?.level === 'PROVINCE',
    );
  if (!provinceCode || !mayOpenProvinces) return null;
  return queryApi({ query: DinasRegenciesDocument, variables: { provinceCode } });
}

/**
 * The Dinas dashboard: cooperatives per stage per province (for the whole of Indonesia), per
 * regency (for a province) or per district (for a regency) as a chart with its table, proposals
 * per status and the financing accepted, limited to the regions the viewer oversees; the same
 * figures as a CSV download.
 */
export default async function DinasPage({ params, searchParams }: PageProps<'/[locale]/dinas'>) {
  const locale = await pageLocale(params);
  const requested = parseDashboardRegion(await searchParams);
  const [t, simkopdes, viewerData] = await Promise.all([
    getTranslations('dinas'),
    getTranslations('simkopdes'),
    queryApi({ query: DinasViewerDocument }) as Promise<DinasViewerQuery>,
  ]);
  const viewer = viewerData.viewer;
  if (!viewer) return redirect({ href: '/sign-in', locale });
  if (dinasRegionOptions(viewerData, null, t('nation')).length === 0) {
    return (
      <AccessNotice title={t('forbiddenTitle')} body={t('forbiddenBody')}>
        <Link href="/">{t('backHome')}</Link>
      </AccessNotice>
    );
  }

  const dashboard = await loadDashboard(requested);
  if (dashboard === 'FORBIDDEN') {
    return (
      <AccessNotice title={t('regionForbiddenTitle')} body={t('regionForbiddenBody')}>
        <Link href="/dinas">{t('ownDashboard')}</Link>
      </AccessNotice>
    );
  }

  const region = dashboard.region;
  const regionName = region?.name ?? t('nation');
  // The monthly trend counts events: asked for a province or regency, not for the whole nation.
  const trend = region
    ? ((await queryApi({ query: DinasTrendDocument, variables: { regionCode: region.code } })).dinasDashboard
        ?.trend ?? null)
    : null;
  const options = dinasRegionOptions(
    viewerData,
    await loadPickerRegencies(viewer, pickerProvince(region?.code)),
    t('nation'),
  );
  const operating = dashboard.byStage
    .filter((entry) => entry.stage === 'OPERATING' || entry.stage === 'GROWING')
    .reduce((sum, entry) => sum + entry.count, 0);
  const areaHeading = !region
    ? t('areaProvince')
    : region.level === 'PROVINCE'
      ? t('areaRegency')
      : t('areaDistrict');
  const areaColumn = !region
    ? t('areaProvinceColumn')
    : region.level === 'PROVINCE'
      ? t('areaRegencyColumn')
      : t('areaDistrictColumn');
  const exportHref = getPathname({
    href: { pathname: '/dinas/export', query: region ? { region: region.code } : {} },
    locale,
  });

  return (
    <>
      <PageHeader title={t('title', { region: regionName })} lead={t('lead')} />

      {options.length > 1 ? (
        <form
          method="get"
          action={getPathname({ href: '/dinas', locale })}
          className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
        >
          <div className="min-w-0 flex-1 basis-56">
            <label htmlFor="dinas-region" className="block text-sm font-medium text-stone-800">
              {t('regionLabel')}
            </label>
            <select
              id="dinas-region"
              name="region"
              defaultValue={region?.code ?? ''}
              key={region?.code ?? ''}
              className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 text-stone-900"
            >
              {options.map((option) => (
                <option key={option.code || 'nation'} value={option.code}>
                  {option.level === 'REGENCY' && options.some((other) => other.level === 'PROVINCE')
                    ? `— ${option.name}`
                    : option.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
          >
            {t('show')}
          </button>
        </form>
      ) : null}

      <div className="space-y-10">
        <section aria-labelledby="dinas-figures">
          <h2 id="dinas-figures" className="mb-3 text-xl font-semibold">
            {t('figuresTitle')}
          </h2>
          <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
            <Figure label={t('cooperatives')} value={formatCount(dashboard.cooperatives, locale)} />
            <Figure label={t('operating')} value={formatCount(operating, locale)} hint={t('operatingHint')} />
            <Figure label={t('proposals')} value={formatCount(dashboard.proposals, locale)} />
            <Figure label={t('acceptedProposals')} value={formatCount(dashboard.acceptedProposals, locale)} />
            <Figure
              label={t('financingVolume')}
              value={formatIdr(dashboard.financingVolume.amount)}
              hint={t('financingVolumeHint', { count: dashboard.acceptedFinancingProposals })}
            />
          </dl>
        </section>

        <section aria-labelledby="dinas-stages" className="space-y-4">
          <h2 id="dinas-stages" className="text-xl font-semibold">
            {t('stagesTitle', { area: areaHeading })}
          </h2>
          <StageChart regionName={regionName} areas={dashboard.breakdown} tableId="dinas-stage-table" />
          <StageTable
            id="dinas-stage-table"
            regionName={regionName}
            areas={dashboard.breakdown}
            byStage={dashboard.byStage}
            total={dashboard.cooperatives}
            areaHeading={areaColumn}
          />
        </section>

        <section aria-labelledby="dinas-proposals" className="space-y-3">
          <h2 id="dinas-proposals" className="text-xl font-semibold">
            {t('proposalsTitle')}
          </h2>
          <p className="text-sm text-stone-600">{t('proposalsHint')}</p>
          <ProposalStatusTable
            caption={t('proposalsCaption', { region: regionName })}
            byStatus={dashboard.proposalsByStatus}
          />
        </section>

        {dashboard.proposalBreakdown.length > 0 ? (
          <section aria-labelledby="dinas-region-proposals" className="space-y-3">
            <h2 id="dinas-region-proposals" className="text-xl font-semibold">
              {t('regionProposalsTitle', { area: areaHeading })}
            </h2>
            <RegionProposals
              areas={dashboard.proposalBreakdown}
              caption={t('regionProposalsCaption', { region: regionName })}
              areaHeading={areaColumn}
            />
          </section>
        ) : null}

        <section aria-labelledby="dinas-trend" className="space-y-3">
          <h2 id="dinas-trend" className="text-xl font-semibold">
            {t('trendTitle')}
          </h2>
          {trend ? (
            <>
              <ProposalMonthsChart months={trend} tableId="dinas-trend-table" />
              <ProposalMonthsTable
                id="dinas-trend-table"
                months={trend}
                caption={t('trendCaption', { region: regionName })}
              />
            </>
          ) : (
            <p className="text-sm text-stone-700">{t('trendNational')}</p>
          )}
        </section>

        <section aria-labelledby="dinas-export" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="dinas-export" className="text-lg font-semibold">
            {t('exportTitle')}
          </h2>
          <p className="mt-1 text-sm text-stone-700">{t('exportLead')}</p>
          {/* A plain link: the route handler answers with an attachment, no JavaScript needed. */}
          <a
            href={exportHref}
            download
            className="mt-3 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white no-underline hover:bg-brand-800 hover:no-underline"
          >
            {t('exportCta', { region: regionName })}
          </a>
        </section>

        <section
          aria-labelledby="dinas-simkopdes"
          className="rounded-lg border border-stone-200 bg-white p-4"
        >
          <h2 id="dinas-simkopdes" className="text-lg font-semibold">
            {simkopdes('dinasLinkTitle')}
          </h2>
          <p className="mt-1 text-sm text-stone-700">{simkopdes('dinasLinkLead')}</p>
          <Link
            href="/dinas/simkopdes"
            className="mt-3 inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 no-underline hover:bg-stone-100 hover:no-underline"
          >
            {simkopdes('dinasLink')}
          </Link>
        </section>
      </div>
    </>
  );
}
