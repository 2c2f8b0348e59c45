'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition, type RefObject } from 'react';
import { useRouter } from '@/i18n/navigation';
import {
  outcomeOf,
  type ActionProblem,
  type FieldProblem,
  type PayloadUserError,
} from '@/lib/mutation-outcome';
import { BUTTON_CLASSES, focusFirstInvalid } from './form-controls';

/** Re-renders the page's server components with fresh data; `pending` until they arrive. */
export function useRefresh(): { refreshing: boolean; refresh: (after?: () => void) => void } {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  return {
    refreshing,
    refresh: (after) =>
      startTransition(() => {
        router.refresh();
        after?.();
      }),
  };
}

/** The interface's text for a refused field value. */
export function useFieldProblemText(): (problem: FieldProblem | undefined) => string | undefined {
  const t = useTranslations('workspace.fieldProblems');
  return (problem) => (problem ? t(problem) : undefined);
}

interface ProblemAlertProps {
  problem: ActionProblem | null;
  /** What a conflict means here, e.g. "Seseorang telah mengubah proposal ini — muat ulang". */
  conflictMessage: string;
  /** Called once fresh data has been asked for after a conflict (clear the problem there). */
  onReload: () => void;
}

/**
 * Says why an action did not happen, in an alert that takes focus so keyboard and screen-reader
 * users land on it. A conflict offers a reload that shows the fresh data in place.
 */
export function ProblemAlert({ problem, conflictMessage, onReload }: ProblemAlertProps) {
  const t = useTranslations('workspace.problems');
  const ref = useRef<HTMLDivElement>(null);
  const { refreshing, refresh } = useRefresh();
  useEffect(() => {
    if (problem && problem.kind !== 'invalid') ref.current?.focus();
  }, [problem]);
  if (!problem) return null;
  let text: string;
  switch (problem.kind) {
    case 'conflict':
      text = conflictMessage;
      break;
    case 'invalid':
      text = t('invalid');
      break;
    default:
      text = t(problem.kind);
  }
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="rounded-md border border-brand-100 bg-brand-50 p-3 text-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      <p className="font-medium">{text}</p>
      {problem.kind === 'conflict' ? (
        <button
          type="button"
          onClick={() => refresh(onReload)}
          disabled={refreshing}
          className={`${BUTTON_CLASSES.secondary} mt-2`}
        >
          {refreshing ? t('reloading') : t('reload')}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A polite announcement of what just happened ("Perubahan disimpan"); it takes focus when it
 * appears, so focus does not fall back to the page's top when the control that had it goes away.
 */
export function SuccessNote({ message }: { message: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <p
      ref={ref}
      role="status"
      tabIndex={-1}
      className={
        message
          ? 'rounded-md border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-emerald-600'
          : 'sr-only'
      }
    >
      {message ?? ''}
    </p>
  );
}

/**
 * State of a workspace form's actions: which one runs, why the last one failed, what succeeded.
 * `run` sends one mutation (returning its payload's userErrors), then on success announces it
 * and reloads the page's server data; it resolves to whether it succeeded. `busy` stays set
 * until the reloaded data is there, so a second action never sends the old version.
 */
export function useActionState() {
  const { refreshing, refresh } = useRefresh();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function run(
    key: string,
    send: () => Promise<readonly PayloadUserError[] | undefined>,
    successMessage: string,
  ): Promise<boolean> {
    setBusy(key);
    setProblem(null);
    setDone(null);
    const outcome = await outcomeOf(send);
    setBusy(null);
    if (outcome) {
      setProblem(outcome);
      return false;
    }
    setDone(successMessage);
    refresh();
    return true;
  }

  // Until the fresh data has arrived, the page still holds the old version: no second action yet.
  return { busy: busy ?? (refreshing ? 'refresh' : null), problem, setProblem, done, setDone, run };
}

/**
 * Moves focus to the first control marked invalid inside `ref`, after the render that marks it:
 * call the returned function when a submit was refused (by the form's checks or by the API).
 */
export function useFocusFirstInvalid(ref: RefObject<HTMLElement | null>): () => void {
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) focusFirstInvalid(ref.current);
  }, [attempt, ref]);
  return () => setAttempt((count) => count + 1);
}
