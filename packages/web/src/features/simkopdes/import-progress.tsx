'use client';

import { useApolloClient } from '@apollo/client/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import {
  SimkopdesImportProgressDocument,
  type SimkopdesImportProgressFragment,
} from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import type { NumberLocale } from '@/lib/format';
import { WORKING_STATUSES } from './import-statuses';

/** How often a working run is asked for again; the job itself wakes every few seconds. */
export const PROGRESS_POLL_MS = 3000;

type Progress = Pick<SimkopdesImportProgressFragment, 'status' | 'rowsDone' | 'rowsTotal'>;

/** "45 %"-style share of the rows applied, never above 100. */
export function progressPercent({ rowsDone, rowsTotal }: Progress, locale: NumberLocale): string {
  const share = rowsTotal > 0 ? Math.min(1, rowsDone / rowsTotal) : 0;
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/**
 * A run's progress as a bar and a sentence, announced politely as it changes. While the files
 * are checked, or the run waits for the job, the amount is unknown and the bar has no value.
 */
export function ImportProgressBar({ progress }: { progress: Progress }) {
  const t = useTranslations('simkopdes.progress');
  const statusText = useTranslations('simkopdes.status');
  const locale = useLocale() as NumberLocale;
  const counting = progress.status === 'APPLYING' && progress.rowsTotal > 0;
  const text = !WORKING_STATUSES.has(progress.status)
    ? t('finished', { status: statusText(progress.status) })
    : counting
      ? t('applying', {
          done: new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB').format(progress.rowsDone),
          total: new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB').format(progress.rowsTotal),
          percent: progressPercent(progress, locale),
        })
      : t(
          progress.status === 'UPLOADED'
            ? 'waitingCheck'
            : progress.status === 'CHECKING'
              ? 'checking'
              : progress.status === 'QUEUED'
                ? 'waitingApply'
                : 'checking',
        );
  const finished = !WORKING_STATUSES.has(progress.status);
  return (
    <div className="space-y-2">
      <progress
        aria-label={t('label')}
        className="h-3 w-full accent-brand-700"
        {...(finished
          ? { value: 1, max: 1 }
          : counting
            ? { value: Math.min(progress.rowsDone, progress.rowsTotal), max: progress.rowsTotal }
            : {})}
      />
      <p aria-live="polite" role="status" className="text-sm text-stone-800">
        {text}
      </p>
    </div>
  );
}

/**
 * The progress of a run the job is working on, asked for again every few seconds until the job
 * is done with it; then the page is rendered again with its report or result. The page gives
 * this component a `key` of the run's status, so a new status starts it afresh.
 */
export function ImportProgress({
  importId,
  initial,
  pollMs = PROGRESS_POLL_MS,
}: {
  importId: string;
  initial: Progress;
  pollMs?: number;
}) {
  const client = useApolloClient();
  const router = useRouter();
  const [progress, setProgress] = useState<Progress>(initial);

  useEffect(() => {
    if (!WORKING_STATUSES.has(initial.status)) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const { data } = await client.query({
          query: SimkopdesImportProgressDocument,
          variables: { id: importId },
          fetchPolicy: 'network-only',
        });
        const run = data?.simkopdesImport;
        if (stopped || !run) return;
        setProgress(run);
        // A new status brings a new part of the page (the report, the buttons): render it again.
        if (run.status !== initial.status) {
          router.refresh();
          if (!WORKING_STATUSES.has(run.status)) return;
        }
      } catch {
        // A missed answer (a slow network) is simply asked again.
      }
      if (!stopped) timer = setTimeout(poll, pollMs);
    };
    timer = setTimeout(poll, pollMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [client, router, importId, initial.status, pollMs]);

  return <ImportProgressBar progress={progress} />;
}
