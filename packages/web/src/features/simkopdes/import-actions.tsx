'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  ApplySimkopdesImportDocument,
  DiscardSimkopdesImportDocument,
  UndoSimkopdesImportDocument,
  type SimkopdesImportStatus,
} from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { outcomeOf, type ActionProblem } from '@/lib/mutation-outcome';
import { ConfirmFinalStep, PRIMARY_STEP_BUTTON, STEP_BUTTON, StepProblem } from '@/components/ui/final-step';

type Step = 'apply' | 'discard' | 'undo';

/** The steps a run's status allows (the API's state machine; it refuses any other). */
export function stepsFor(status: SimkopdesImportStatus): Step[] {
  switch (status) {
    case 'CHECKED':
      return ['apply', 'discard'];
    case 'FAILED':
      return ['apply', 'discard'];
    case 'UPLOADED':
      return ['discard'];
    case 'APPLIED':
      return ['undo'];
    default:
      return [];
  }
}

/**
 * "Terapkan", "Buang" and "Batalkan impor", as the run's status allows. Discarding and undoing
 * ask once more; a step the status no longer allows (someone else acted) says so in words.
 */
export function ImportActions({ importId, status }: { importId: string; status: SimkopdesImportStatus }) {
  const t = useTranslations('simkopdes.actions');
  const router = useRouter();
  const [apply, applying] = useMutation(ApplySimkopdesImportDocument);
  const [discard, discarding] = useMutation(DiscardSimkopdesImportDocument);
  const [undo, undoing] = useMutation(UndoSimkopdesImportDocument);
  const [confirming, setConfirming] = useState<'discard' | 'undo' | null>(null);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const busy = applying.loading || discarding.loading || undoing.loading;
  const steps = stepsFor(status);
  if (steps.length === 0) return null;

  async function run(step: Step) {
    setProblem(null);
    const variables = { input: { importId } };
    const outcome = await outcomeOf(async () => {
      if (step === 'apply') return (await apply({ variables })).data?.applySimkopdesImport.userErrors;
      if (step === 'discard') return (await discard({ variables })).data?.discardSimkopdesImport.userErrors;
      return (await undo({ variables })).data?.undoSimkopdesImport.userErrors;
    });
    setConfirming(null);
    if (outcome) setProblem(outcome);
    else router.refresh();
  }

  return (
    <div className="space-y-3">
      {problem ? (
        <StepProblem
          id="simkopdes-action-problem"
          message={t(`problems.${problem.kind === 'invalid' ? 'failed' : problem.kind}`)}
          conflict={problem.kind === 'conflict'}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        {steps.includes('apply') ? (
          <button type="button" disabled={busy} onClick={() => run('apply')} className={PRIMARY_STEP_BUTTON}>
            {t('apply')}
          </button>
        ) : null}
        {steps.includes('discard') && confirming !== 'discard' ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => setConfirming('discard')}
            className={STEP_BUTTON}
          >
            {t('discard')}
          </button>
        ) : null}
        {steps.includes('undo') && confirming !== 'undo' ? (
          <button type="button" disabled={busy} onClick={() => setConfirming('undo')} className={STEP_BUTTON}>
            {t('undo')}
          </button>
        ) : null}
      </div>
      {confirming ? (
        <ConfirmFinalStep
          id="simkopdes-confirm"
          question={confirming === 'undo' ? t('confirmUndo') : t('confirmDiscard')}
          confirmLabel={confirming === 'undo' ? t('undo') : t('discard')}
          keepLabel={t('keep')}
          busy={busy}
          onConfirm={() => run(confirming)}
          onKeep={() => setConfirming(null)}
        />
      ) : null}
    </div>
  );
}
