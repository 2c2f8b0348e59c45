'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SetProgramStatusDocument, type ProgramStatus } from '../graphql/generated/graphql';
import { useRouter } from '../i18n/navigation';
import { PROGRAM_STATUS_MOVES } from '../lib/partner-options';
import { FormAlert } from './form-fields';

/**
 * The status moves a program allows now, one button each. Closing is final, so it asks once
 * more. A stale version offers a reload.
 */
export function ProgramStatusActions({
  programId,
  version,
  status,
}: {
  programId: string;
  version: number;
  status: ProgramStatus;
}) {
  const t = useTranslations('partnerWorkspace.programStatus');
  const shared = useTranslations('roleWorkspaces');
  const router = useRouter();
  const [setStatus, { loading }] = useMutation(SetProgramStatusDocument);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const [problem, setProblem] = useState<'conflict' | 'failed' | 'refused' | null>(null);
  const moves = PROGRAM_STATUS_MOVES[status];
  if (moves.length === 0) return <p className="text-sm text-stone-700">{t('closedHint')}</p>;

  async function move(to: ProgramStatus) {
    setProblem(null);
    try {
      const { data } = await setStatus({ variables: { input: { id: programId, version, status: to } } });
      const errors = data?.setProgramStatus.userErrors ?? [];
      if (!data?.setProgramStatus.program) {
        setProblem(errors.some((error) => error.code === 'CONFLICT') ? 'conflict' : 'refused');
        return;
      }
      setConfirmingClose(false);
      router.refresh();
    } catch {
      setProblem('failed');
    }
  }

  const button =
    'min-h-11 rounded-md border px-4 font-medium disabled:opacity-70 border-stone-300 bg-white text-stone-800 hover:bg-stone-100';
  return (
    <div className="space-y-3">
      {problem ? (
        <FormAlert id="program-status-problem">
          <p>
            {problem === 'conflict'
              ? shared('conflict')
              : problem === 'refused'
                ? t('refused')
                : shared('failed')}
          </p>
          {problem === 'conflict' ? (
            <button type="button" onClick={() => window.location.reload()} className={`mt-2 ${button}`}>
              {shared('reload')}
            </button>
          ) : null}
        </FormAlert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {moves
          .filter((to) => to !== 'CLOSED')
          .map((to) => (
            <button
              key={to}
              type="button"
              disabled={loading}
              onClick={() => move(to)}
              className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {t(`to.${to}`, { from: status })}
            </button>
          ))}
        {moves.includes('CLOSED') && !confirmingClose ? (
          <button
            type="button"
            disabled={loading}
            onClick={() => setConfirmingClose(true)}
            className={button}
          >
            {t('to.CLOSED', { from: status })}
          </button>
        ) : null}
      </div>
      {confirmingClose ? (
        <div
          role="group"
          aria-labelledby="close-program-question"
          className="rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <p id="close-program-question" className="text-sm text-stone-800">
            {t('confirmClose')}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={loading}
              onClick={() => move('CLOSED')}
              className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
            >
              {t('closeForGood')}
            </button>
            <button type="button" onClick={() => setConfirmingClose(false)} className={button}>
              {t('keepOpen')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
