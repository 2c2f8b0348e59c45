'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useRef, type FormEvent } from 'react';
import { UpdateCooperativeLegalDataDocument } from '@/graphql/generated/graphql';
import {
  ProblemAlert,
  SuccessNote,
  useActionState,
  useFieldProblemText,
  useFocusFirstInvalid,
} from '@/components/ui/action-feedback';
import { BUTTON_CLASSES, InputField } from '@/components/ui/form-controls';

export interface LegalValues {
  skAhuNumber: string | null;
  skAhuDate: string | null;
  nikKoperasi: string | null;
  nib: string | null;
  npwp: string | null;
  deedNumber: string | null;
  deedDate: string | null;
}

const TEXT_FIELDS = ['skAhuNumber', 'nikKoperasi', 'nib', 'npwp', 'deedNumber'] as const;
const DATE_FIELDS = ['skAhuDate', 'deedDate'] as const;

/**
 * The legal identity: SK AHU, NIK koperasi, NIB, NPWP and the deed. An emptied field clears the
 * stored value; the API checks the formats and that numbers and dates come in pairs.
 */
export function LegalForm({
  cooperativeId,
  version,
  legal,
  canEdit,
}: {
  cooperativeId: string;
  version: number;
  legal: LegalValues;
  canEdit: boolean;
}) {
  const t = useTranslations('cooperativeWorkspace');
  const problemText = useFieldProblemText();
  const [update] = useMutation(UpdateCooperativeLegalDataDocument);
  const { busy, problem, setProblem, done, run } = useActionState();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const fields = problem?.kind === 'invalid' ? problem.fields : {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim() || null;
    const input = {
      id: cooperativeId,
      version,
      ...Object.fromEntries([...TEXT_FIELDS, ...DATE_FIELDS].map((name) => [name, value(name)])),
    };
    const ok = await run(
      'legal',
      async () => (await update({ variables: { input } })).data?.updateCooperativeLegalData.userErrors,
      t('saved'),
    );
    if (!ok) focusInvalid();
  }

  const hints: Partial<Record<keyof LegalValues, string>> = {
    nikKoperasi: t('hints.nikKoperasi'),
    nib: t('hints.nib'),
    npwp: t('hints.npwp'),
  };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('legalTitle')} className="space-y-4">
      <SuccessNote message={done} />
      <ProblemAlert problem={problem} conflictMessage={t('conflict')} onReload={() => setProblem(null)} />
      {!canEdit ? <p className="text-sm text-stone-700">{t('boardOnly')}</p> : null}
      <fieldset disabled={!canEdit} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {(['skAhuNumber', 'skAhuDate', 'nikKoperasi', 'nib', 'npwp', 'deedNumber', 'deedDate'] as const).map(
          (name) => (
            <InputField
              key={name}
              name={name}
              label={t(`legal.${name}`)}
              type={name.endsWith('Date') ? 'date' : 'text'}
              inputMode={name === 'nikKoperasi' || name === 'nib' ? 'numeric' : undefined}
              defaultValue={legal[name] ?? ''}
              hint={hints[name]}
              error={problemText(fields[name])}
            />
          ),
        )}
      </fieldset>
      {canEdit ? (
        <button type="submit" disabled={busy !== null} className={BUTTON_CLASSES.primary}>
          {busy ? t('saving') : t('saveLegal')}
        </button>
      ) : null}
    </form>
  );
}
