'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  ResolveSimkopdesConflictDocument,
  type SimkopdesConflictDetailsFragment,
  type SimkopdesConflictResolution,
} from '@/graphql/generated/graphql';
import { useRouter } from '@/i18n/navigation';
import { outcomeOf, type ActionProblem } from '@/lib/mutation-outcome';
import { STEP_BUTTON, StepProblem } from '@/components/ui/final-step';

/** Words for the codes a conflict carries, read on the server from the shared enum messages. */
export interface ConflictLabels {
  /** Officer roles and unit types (a conflict's `subject`). */
  subjects: Record<string, string>;
  /** Unit statuses (the values of a UNIT_STATUS conflict). */
  unitStatuses: Record<string, string>;
}

/**
 * Values an import did not overwrite because they were edited in MitraDesa (the profile's name
 * and management pattern, an officer's name, a unit's status): one card each with both values and
 * the two choices ("Pertahankan nilai MitraDesa", "Ambil dari SIMKOPDES"); resolved ones say which
 * side was kept. Choosing is possible once the run is applied.
 */
export function ConflictList({
  conflicts,
  mayResolve,
  labels = { subjects: {}, unitStatuses: {} },
}: {
  conflicts: readonly SimkopdesConflictDetailsFragment[];
  mayResolve: boolean;
  labels?: ConflictLabels;
}) {
  const t = useTranslations('simkopdes.conflicts');
  const problems = useTranslations('simkopdes.actions.problems');
  const router = useRouter();
  const [resolve, { loading }] = useMutation(ResolveSimkopdesConflictDocument);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  if (conflicts.length === 0) return <p className="text-sm text-stone-700">{t('none')}</p>;

  // "Nama pengurus (Ketua)": which officer or unit, when the value is not the profile's.
  const fieldText = (conflict: SimkopdesConflictDetailsFragment) => {
    const field = t.has(`fields.${conflict.field}` as never)
      ? t(`fields.${conflict.field}` as never)
      : conflict.field;
    return conflict.subject ? `${field} (${labels.subjects[conflict.subject] ?? conflict.subject})` : field;
  };
  const valueText = (conflict: SimkopdesConflictDetailsFragment, value: string | null | undefined) => {
    if (!value) return t('empty');
    return conflict.field === 'UNIT_STATUS' ? (labels.unitStatuses[value] ?? value) : value;
  };

  async function choose(conflictId: string, resolution: SimkopdesConflictResolution) {
    setProblem(null);
    const outcome = await outcomeOf(
      async () =>
        (await resolve({ variables: { input: { conflictId, resolution } } })).data?.resolveSimkopdesConflict
          .userErrors,
    );
    if (outcome) setProblem(outcome);
    else router.refresh();
  }

  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-700">{t('lead')}</p>
      {problem ? (
        <StepProblem
          id="simkopdes-conflict-problem"
          message={problems(problem.kind === 'invalid' ? 'failed' : problem.kind)}
          conflict={problem.kind === 'conflict'}
        />
      ) : null}
      <ul aria-label={t('caption')} className="grid gap-3 md:grid-cols-2">
        {conflicts.map((conflict) => (
          <li key={conflict.id} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
            <p className="font-medium">
              {conflict.cooperativeName}: {fieldText(conflict)}
            </p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="text-stone-600">{t('ours')}</dt>
              <dd className="break-words">{valueText(conflict, conflict.ours)}</dd>
              <dt className="text-stone-600">{t('theirs')}</dt>
              <dd className="break-words">{valueText(conflict, conflict.theirs)}</dd>
            </dl>
            {conflict.resolution ? (
              <p className="mt-2 font-medium text-emerald-800">{t(`resolved.${conflict.resolution}`)}</p>
            ) : mayResolve ? (
              <div
                role="group"
                aria-label={`${conflict.cooperativeName}: ${fieldText(conflict)}`}
                className="mt-3 flex flex-wrap gap-2"
              >
                <button
                  type="button"
                  disabled={loading}
                  onClick={() => choose(conflict.id, 'KEEP_OURS')}
                  className={STEP_BUTTON}
                >
                  {t('keepOurs')}
                </button>
                <button
                  type="button"
                  disabled={loading}
                  onClick={() => choose(conflict.id, 'TAKE_THEIRS')}
                  className={STEP_BUTTON}
                >
                  {t('takeTheirs')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
