'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useRouter } from '@/i18n/navigation';
import {
  fieldProblemOf,
  NO_PROBLEMS,
  problemsOf,
  type FormProblems,
  type PayloadUserError,
} from '@/lib/mutation-outcome';
import { FormAlert } from '@/components/ui/form-controls';
import { useFieldProblemText } from '@/components/ui/action-feedback';

/** What a partner form saves: its field in the mutation's payload and the workspace's `?saved=`. */
type PartnerRecord = 'program' | 'request';

/** A create or update mutation's payload: the record when it was saved, userErrors otherwise. */
type SavePayload = { userErrors: readonly PayloadUserError[] } & Partial<Record<PartnerRecord, unknown>>;

/**
 * The state of a partner workspace form (a program or a request) and its two ways to end:
 * `refuse` shows what the form's own checks found; `save` sends the create or update and shows
 * the API's refusals at their fields. A new record opens the workspace, which says it was saved;
 * a changed one says "saved" here and reloads the page's data.
 */
export function usePartnerForm<Field extends string>({
  partnerId,
  record,
  isNew,
  fields,
}: {
  partnerId: string;
  record: PartnerRecord;
  isNew: boolean;
  /** The form's fields by their input path; the API's errors on other fields are shown as general. */
  fields: readonly Field[];
}) {
  const shared = useTranslations('roleWorkspaces');
  const router = useRouter();
  const alertId = useId();
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState(false);
  const problemText = useFieldProblemText();
  /**
   * A refusal in the page's language: its code's text, or for INVALID the kind of problem the
   * API's message names. The API's own (English) words only when nothing more is known.
   */
  const describe = (error: PayloadUserError): string => {
    if (error.code !== 'INVALID') return shared(`userError.${error.code}`);
    const problem = fieldProblemOf(error);
    return problem === 'invalid' ? `${problemText('invalid')} (${error.message})` : problemText(problem)!;
  };
  const focusAlert = () => requestAnimationFrame(() => document.getElementById(alertId)?.focus());

  function show(next: FormProblems) {
    setProblems(next);
    focusAlert();
  }

  return {
    alertId,
    problems,
    failed,
    saved,
    describe,
    error: (field: Field): string | undefined => problems.fields[field],
    /** A new submit: the last one's "saved" or failure no longer holds. */
    start() {
      setSaved(false);
      setFailed(false);
    },
    refuse(fieldProblems: Record<string, string>) {
      show({ fields: fieldProblems, general: [], conflict: false });
    },
    async save(send: () => Promise<SavePayload | undefined>) {
      try {
        const result = await send();
        if (!result?.[record]) {
          show(problemsOf(result?.userErrors ?? [], fields, describe));
          return;
        }
        setProblems(NO_PROBLEMS);
        if (isNew) {
          router.push({ pathname: '/partner', query: { partner: partnerId, saved: record } });
          return;
        }
        setSaved(true);
        router.refresh();
      } catch {
        setFailed(true);
        focusAlert();
      }
    },
  };
}

/** What the shell reads of the form's state (`error` is typed by each form's own fields). */
export type PartnerFormState = Omit<ReturnType<typeof usePartnerForm>, 'error'>;

/**
 * The frame of a partner workspace form: why the last submit failed (a stale version offers a
 * reload), the fields, and the submit button with its "saved" announcement.
 */
export function PartnerFormShell({
  form,
  busy,
  submitLabel,
  onSubmit,
  children,
}: {
  form: PartnerFormState;
  busy: boolean;
  submitLabel: string;
  /** Called with the form's values once its "saved" and failure have been cleared. */
  onSubmit: (values: FormData) => Promise<void>;
  children: ReactNode;
}) {
  const shared = useTranslations('roleWorkspaces');
  const { alertId, problems, failed, saved, describe } = form;
  const hasProblems = Object.keys(problems.fields).length > 0 || problems.general.length > 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.start();
    void onSubmit(new FormData(event.currentTarget));
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-busy={busy}>
      {problems.conflict ? (
        <FormAlert id={alertId}>
          <p>{shared('conflict')}</p>
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="mt-2 min-h-11 rounded-md border border-brand-600 bg-white px-4 font-medium text-brand-800"
          >
            {shared('reload')}
          </button>
        </FormAlert>
      ) : failed ? (
        <FormAlert id={alertId}>{shared('failed')}</FormAlert>
      ) : hasProblems ? (
        <FormAlert id={alertId}>
          <p>{shared('fixErrors')}</p>
          {problems.general.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {problems.general.map((problem, index) => (
                <li key={index}>{describe(problem)}</li>
              ))}
            </ul>
          ) : null}
        </FormAlert>
      ) : null}

      {children}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {busy ? shared('saving') : submitLabel}
        </button>
        <p role="status" aria-live="polite" className="text-sm font-medium text-emerald-800">
          {saved ? shared('saved') : ''}
        </p>
      </div>
    </form>
  );
}
