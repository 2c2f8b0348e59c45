'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SetProgramStatusDocument, type ProgramStatus } from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { PROGRAM_STATUS_MOVES } from '@/lib/partner-options';
import { ConfirmFinalStep, PRIMARY_STEP_BUTTON, STEP_BUTTON, StepProblem } from '@/components/ui/final-step';

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

  return (
    <div className="space-y-3">
      {problem ? (
        <StepProblem
          id="program-status-problem"
          message={problem === 'refused' ? t('refused') : shared(problem)}
          conflict={problem === 'conflict'}
        />
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
              className={PRIMARY_STEP_BUTTON}
            >
              {t(`to.${to}`, { from: status })}
            </button>
          ))}
        {moves.includes('CLOSED') && !confirmingClose ? (
          <button
            type="button"
            disabled={loading}
            onClick={() => setConfirmingClose(true)}
            className={STEP_BUTTON}
          >
            {t('to.CLOSED', { from: status })}
          </button>
        ) : null}
      </div>
      {confirmingClose ? (
        <ConfirmFinalStep
          id="close-program-question"
          question={t('confirmClose')}
          confirmLabel={t('closeForGood')}
          keepLabel={t('keepOpen')}
          busy={loading}
          onConfirm={() => move('CLOSED')}
          onKeep={() => setConfirmingClose(false)}
        />
      ) : null}
    </div>
  );
}
