import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { SectionCard } from '@/components/ui/section-card';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { SimkopdesExportLinks } from '@/features/simkopdes/export-links';
import { ImportStatusBadge } from '@/features/simkopdes/import-status-badge';
import { SimkopdesUploadForm } from '@/features/simkopdes/upload-form';
import {
  SimkopdesImportsDocument,
  SimkopdesViewerDocument,
  type SimkopdesViewerQuery,
} from '@/graphql/generated/graphql';
import { Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { parsePageRequest } from '@/lib/search-params';
import { formatDateTime, type NumberLocale } from '@/lib/format';
import { exportRegionsOf, mayImportSimkopdes } from './access';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/dinas/simkopdes'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'simkopdes' });
  return { title: t('metaTitle') };
}

/**
 * SIMKOPDES import for admins and Dinas offices: upload exports, the runs newest first (paged),
 * and MitraDesa's data of the viewer's regions in the same shape. A run's report, progress and
 * steps are on its own page.
 */
export default async function SimkopdesPage({
  params,
  searchParams,
}: PageProps<'/[locale]/dinas/simkopdes'>) {
  const locale = await pageLocale(params);
  const [t, viewerData] = await Promise.all([
    getTranslations('simkopdes'),
    queryApi({ query: SimkopdesViewerDocument }) as Promise<SimkopdesViewerQuery>,
  ]);
  const viewer = viewerData.viewer;
  if (!viewer) return redirect({ href: '/sign-in', locale });
  if (!mayImportSimkopdes(viewer)) {
    return (
      <AccessNotice title={t('forbiddenTitle')} body={t('forbiddenBody')}>
        <Link href="/">{t('backHome')}</Link>
      </AccessNotice>
    );
  }

  const page = parsePageRequest(await searchParams);
  const { simkopdesImports } = await queryApi({ query: SimkopdesImportsDocument, variables: page });
  const runs = simkopdesImports.edges.map((edge) => edge.node);

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="space-y-8">
        <SectionCard id="simkopdes-upload" title={t('upload.title')}>
          <WorkspaceMessages namespaces={['simkopdes']}>
            <SimkopdesUploadForm />
          </WorkspaceMessages>
        </SectionCard>

        <section aria-labelledby="simkopdes-runs" className="space-y-3">
          <h2 id="simkopdes-runs" className="text-xl font-semibold">
            {t('runs.title')}
          </h2>
          {runs.length === 0 ? (
            <p className="text-stone-700">{t('runs.empty')}</p>
          ) : (
            <ul aria-label={t('runs.caption')} className="space-y-3">
              {runs.map((run) => {
                const title = { format: run.format, count: run.fileNames.length };
                return (
                  <li key={run.id} className="rounded-lg border border-stone-200 bg-white p-4">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Link
                        href={`/dinas/simkopdes/${encodeURIComponent(run.id)}`}
                        className="font-semibold"
                        aria-label={t('runs.open', title)}
                      >
                        {t('runs.runTitle', title)}
                      </Link>
                      <ImportStatusBadge status={run.status} />
                    </div>
                    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                      <dt className="text-stone-600">{t('runs.uploadedBy')}</dt>
                      <dd>{run.createdByName ?? t('runs.unknownUser')}</dd>
                      <dt className="text-stone-600">{t('runs.uploadedAt')}</dt>
                      <dd>{formatDateTime(run.createdAt, locale as NumberLocale)}</dd>
                      <dt className="text-stone-600">{t('runs.files')}</dt>
                      <dd className="font-mono text-xs break-all">{run.fileNames.join(', ')}</dd>
                    </dl>
                  </li>
                );
              })}
            </ul>
          )}
          <Pagination
            pathname="/dinas/simkopdes"
            query={{}}
            pageInfo={simkopdesImports.pageInfo}
            current={page}
          />
        </section>

        <SectionCard id="simkopdes-export" title={t('exports.title')}>
          <p className="mb-4 text-sm text-stone-700">{t('exports.lead')}</p>
          <SimkopdesExportLinks regions={exportRegionsOf(viewer, t('exports.allRegions'))} />
        </SectionCard>
      </div>
    </>
  );
}
