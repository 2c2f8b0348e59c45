'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { FormAlert } from './form-controls';

/*
 * The parts of the workspaces' one-click steps (a program's status moves, closing a request,
 * revoking an API token, deleting a webhook, changing a team): what went wrong, and "are you
 * sure?" before a step that cannot be undone.
 */

export const STEP_BUTTON =
  'min-h-11 rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-70';

export const PRIMARY_STEP_BUTTON =
  'min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70';

/** Why the step did not happen; a stale version (a conflict) offers a reload. */
export function StepProblem({ id, message, conflict }: { id: string; message: string; conflict: boolean }) {
  const shared = useTranslations('roleWorkspaces');
  return (
    <FormAlert id={id}>
      <p>{message}</p>
      {conflict ? (
        <button type="button" onClick={() => window.location.reload()} className={`mt-2 ${STEP_BUTTON}`}>
          {shared('reload')}
        </button>
      ) : null}
    </FormAlert>
  );
}

interface ConfirmFinalStepProps {
  /** The question's id, which names the group. */
  id: string;
  question: string;
  confirmLabel: string;
  keepLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onKeep: () => void;
}

/** Asks once more before a step that cannot be undone. */
export function ConfirmFinalStep({
  id,
  question,
  confirmLabel,
  keepLabel,
  busy,
  onConfirm,
  onKeep,
}: ConfirmFinalStepProps) {
  return (
    <div role="group" aria-labelledby={id} className="rounded-md border border-amber-300 bg-amber-50 p-3">
      <p id={id} className="text-sm text-stone-800">
        {question}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" disabled={busy} onClick={onConfirm} className={PRIMARY_STEP_BUTTON}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onKeep} className={STEP_BUTTON}>
          {keepLabel}
        </button>
      </div>
    </div>
  );
}

/**
 * A step that cannot be undone: its button, and in the button's place, once pressed, the question
 * (ConfirmFinalStep). Whether it is asking stays with the caller, so that a list asks about one
 * item at a time and the question closes once the step is done.
 */
export function AskFirstStep({
  label,
  asking,
  onAsk,
  ...question
}: ConfirmFinalStepProps & { label: ReactNode; asking: boolean; onAsk: () => void }) {
  return asking ? (
    <ConfirmFinalStep {...question} />
  ) : (
    <button type="button" className={STEP_BUTTON} onClick={onAsk}>
      {label}
    </button>
  );
}
