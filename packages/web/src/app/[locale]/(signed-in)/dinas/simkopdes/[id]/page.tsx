import type { Metadata } from 'next';
import { Fragment } from 'react';
import { getTranslations } from 'next-intl/server';
import { AccessNotice } from '@/components/ui/access-notice';
import { PageHeader } from '@/components/ui/page-header';
import { SectionCard } from '@/components/ui/section-card';
import { WorkspaceMessages } from '@/components/layout/workspace-messages';
import { ConflictList, type ConflictLabels } from '@/features/simkopdes/conflict-list';
import { ImportActions } from '@/features/simkopdes/import-actions';
import { ImportProgress } from '@/features/simkopdes/import-progress';
import { WORKING_STATUSES } from '@/features/simkopdes/import-statuses';
import { ImportReport } from '@/features/simkopdes/import-report';
import { ImportStatusBadge } from '@/features/simkopdes/import-status-badge';
import {
  SimkopdesImportDocument,
  SimkopdesViewerDocument,
  type SimkopdesViewerQuery,
} from '@/graphql/generated/graphql';
import { Link, redirect } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { queryApi } from '@/lib/apollo/server-client';
import { loadOr404 } from '@/lib/load-or-404';
import { formatDateTime, type NumberLocale } from '@/lib/format';
import { mayImportSimkopdes } from '../access';

export async function generateMetadata({
  params,
}: PageProps<'/[locale]/dinas/simkopdes/[id]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'simkopdes.run' });
  return { title: t('metaTitle') };
}

/**
 * One SIMKOPDES import run: its facts, its progress while the job works on it (refreshing
 * itself), the dry run's report, the steps its status allows, and the conflicts applying it left.
 */
export default async function SimkopdesRunPage({ params }: PageProps<'/[locale]/dinas/simkopdes/[id]'>) {
  const locale = await pageLocale(params);
  const id = decodeURIComponent((await params).id);
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
  const run = await loadOr404(
    async () => (await queryApi({ query: SimkopdesImportDocument, variables: { id } })).simkopdesImport,
  );
  const working = WORKING_STATUSES.has(run.status) || run.status === 'FAILED';
  const enums = await getTranslations('enums');
  // The officer roles, unit types and statuses the conflicts name, in words (the list is a client
  // component: it gets these rather than every enum message).
  const conflictLabels: ConflictLabels = { subjects: {}, unitStatuses: {} };
  for (const conflict of run.conflicts) {
    const namespace = conflict.field === 'OFFICER_NAME' ? 'officerRole' : 'unitType';
    const key = `${namespace}.${conflict.subject}`;
    if (conflict.subject && enums.has(key as never))
      conflictLabels.subjects[conflict.subject] = enums(key as never);
    if (conflict.field !== 'UNIT_STATUS') continue;
    for (const value of [conflict.ours, conflict.theirs])
      if (value && enums.has(`unitStatus.${value}` as never))
        conflictLabels.unitStatuses[value] = enums(`unitStatus.${value}` as never);
  }

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dinas/simkopdes">
          <span aria-hidden="true">←&nbsp;</span>
          {t('run.back')}
        </Link>
      </p>
      <PageHeader title={t('run.title', { format: run.format, count: run.fileNames.length })} />
      <WorkspaceMessages namespaces={['simkopdes', 'roleWorkspaces']}>
        <div className="space-y-8">
          <section
            aria-labelledby="simkopdes-run-facts"
            className="rounded-lg border border-stone-200 bg-white p-4"
          >
            <h2 id="simkopdes-run-facts" className="sr-only">
              {t('run.status')}
            </h2>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="text-stone-600">{t('run.status')}</dt>
              <dd>
                <ImportStatusBadge status={run.status} />
              </dd>
              <dt className="text-stone-600">{t('run.uploadedBy')}</dt>
              <dd>{run.createdByName ?? t('runs.unknownUser')}</dd>
              {(
                [
                  ['uploadedAt', run.createdAt],
                  ['checkedAt', run.checkedAt],
                  ['appliedAt', run.appliedAt],
                  ['undoneAt', run.undoneAt],
                ] as const
              ).map(([label, at]) =>
                at ? (
                  <Fragment key={label}>
                    <dt className="text-stone-600">{t(`run.${label}`)}</dt>
                    <dd>{formatDateTime(at, locale as NumberLocale)}</dd>
                  </Fragment>
                ) : null,
              )}
              <dt className="text-stone-600">{t('run.files')}</dt>
              <dd className="font-mono text-xs break-all">{run.fileNames.join(', ')}</dd>
              <dt className="text-stone-600">{t('run.scope')}</dt>
              <dd>{run.scopeRegionCodes ? run.scopeRegionCodes.join(', ') : t('run.scopeAll')}</dd>
            </dl>
            {run.status === 'FAILED' && run.error ? (
              <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
                <p className="font-medium">{t('run.error')}</p>
                <p className="mt-1 break-words">{run.error}</p>
                <p className="mt-1">{t('run.failedHint')}</p>
              </div>
            ) : null}
            <div className="mt-4 space-y-4">
              {working || run.status === 'APPLIED' ? (
                <ImportProgress
                  key={run.status}
                  importId={run.id}
                  initial={{ status: run.status, rowsDone: run.rowsDone, rowsTotal: run.rowsTotal }}
                />
              ) : null}
              <ImportActions key={`actions-${run.status}`} importId={run.id} status={run.status} />
            </div>
          </section>

          {run.report ? (
            <SectionCard id="simkopdes-report" title={t('report.title')}>
              <ImportReport report={run.report} />
            </SectionCard>
          ) : null}

          {run.conflicts.length > 0 || run.status === 'APPLIED' ? (
            <SectionCard id="simkopdes-conflicts" title={t('conflicts.title')}>
              <ConflictList
                conflicts={run.conflicts}
                mayResolve={run.status === 'APPLIED'}
                labels={conflictLabels}
              />
            </SectionCard>
          ) : null}
        </div>
      </WorkspaceMessages>
    </>
  );
}
