'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { SetCooperativeOfficersDocument, type OfficerRole } from '@/graphql/generated/graphql';
import { OFFICER_ROLES } from '@/lib/workspace-enum-values';
import {
  ProblemAlert,
  SuccessNote,
  useActionState,
  useFieldProblemText,
  useFocusFirstInvalid,
} from '@/components/ui/action-feedback';
import { BUTTON_CLASSES, ChoiceField, InputField } from '@/components/ui/form-controls';

interface Row {
  key: number;
  role: OfficerRole;
  name: string;
}

/** The officers (pengurus and pengawas), edited as a list and saved as a whole. */
export function OfficersForm({
  cooperativeId,
  version,
  officers,
  canEdit,
}: {
  cooperativeId: string;
  version: number;
  officers: readonly { role: OfficerRole; name: string }[];
  canEdit: boolean;
}) {
  const t = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const problemText = useFieldProblemText();
  const [save] = useMutation(SetCooperativeOfficersDocument);
  const { busy, problem, setProblem, done, run } = useActionState();
  const [rows, setRows] = useState<Row[]>(() =>
    officers.map((officer, index) => ({ key: index, ...officer })),
  );
  const [nameErrors, setNameErrors] = useState<Record<number, boolean>>({});
  const nextKey = useRef(officers.length);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const fields = problem?.kind === 'invalid' ? problem.fields : {};

  function update(key: number, change: Partial<Row>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  function add() {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, role: 'PENGAWAS', name: '' }]);
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLInputElement>(`[data-row="${key}"]`)?.focus(),
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = Object.fromEntries(
      rows.map((row) => [row.key, row.name.trim().length < 2 || row.name.trim().length > 120]),
    );
    setNameErrors(invalid);
    if (Object.values(invalid).some(Boolean)) {
      focusInvalid();
      return;
    }
    const ok = await run(
      'officers',
      async () =>
        (
          await save({
            variables: {
              input: {
                id: cooperativeId,
                version,
                officers: rows.map((row) => ({ role: row.role, name: row.name.trim() })),
              },
            },
          })
        ).data?.setCooperativeOfficers.userErrors,
      t('saved'),
    );
    if (!ok) focusInvalid();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('officersTitle')} className="space-y-4">
      <SuccessNote message={done} />
      <ProblemAlert problem={problem} conflictMessage={t('conflict')} onReload={() => setProblem(null)} />
      {!canEdit ? <p className="text-sm text-stone-700">{t('boardOnly')}</p> : null}
      {problem?.kind === 'invalid' && fields.officers ? (
        <p className="font-medium text-brand-800">{t('problems.officers')}</p>
      ) : null}
      {rows.length === 0 ? <p className="text-stone-600">{t('noOfficers')}</p> : null}
      <ul className="space-y-3">
        {rows.map((row, index) => (
          <li
            key={row.key}
            className="grid grid-cols-1 gap-2 rounded-md border border-stone-200 p-3 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-end"
          >
            <ChoiceField
              name={`role-${row.key}`}
              label={t('officerRole', { number: index + 1 })}
              value={row.role}
              disabled={!canEdit}
              onChange={(event) => update(row.key, { role: event.target.value as OfficerRole })}
              options={OFFICER_ROLES.map((value) => ({ value, label: enums(`officerRole.${value}`) }))}
            />
            <InputField
              name={`name-${row.key}`}
              data-row={row.key}
              label={t('officerName', { number: index + 1 })}
              value={row.name}
              disabled={!canEdit}
              maxLength={120}
              onChange={(event) => update(row.key, { name: event.target.value })}
              error={
                nameErrors[row.key]
                  ? t('problems.officerName')
                  : problemText(fields[`officers.${index}.name`])
              }
            />
            {canEdit ? (
              <button
                type="button"
                className={BUTTON_CLASSES.secondary}
                onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}
              >
                {t('removeOfficer', { number: index + 1 })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={add} className={BUTTON_CLASSES.secondary}>
            {t('addOfficer')}
          </button>
          <button type="submit" disabled={busy !== null} className={BUTTON_CLASSES.primary}>
            {busy ? t('saving') : t('saveOfficers')}
          </button>
        </div>
      ) : null}
    </form>
  );
}
