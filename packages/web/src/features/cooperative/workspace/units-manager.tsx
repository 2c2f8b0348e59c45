'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import {
  AddBusinessUnitDocument,
  RemoveBusinessUnitDocument,
  UpdateBusinessUnitDocument,
  type BusinessUnitStatus,
  type BusinessUnitType,
} from '@/graphql/generated/graphql';
import { BUSINESS_UNIT_STATUSES, BUSINESS_UNIT_TYPES } from '@/lib/enum-values';
import type { FieldProblem } from '@/lib/mutation-outcome';
import {
  ProblemAlert,
  SuccessNote,
  useActionState,
  useFieldProblemText,
  useFocusFirstInvalid,
} from '@/components/ui/action-feedback';
import { BUTTON_CLASSES, ChoiceField, InputField, TextAreaField } from '@/components/ui/form-controls';
import { UnitStatusBadge } from '@/components/ui/status-badges';

export interface WorkspaceUnit {
  id: string;
  type: BusinessUnitType;
  name: string | null;
  status: BusinessUnitStatus;
  capacityNotes: string | null;
  activeSince: string | null;
}

function textOf(form: FormData, name: string): string | null {
  return String(form.get(name) ?? '').trim() || null;
}

/**
 * The fields a unit's editor and the add form share: status, name, since when it is active (for an
 * active unit) and its capacity. Uncontrolled but for the status, which decides what is asked.
 */
function UnitDetailFields({
  unit,
  status,
  onStatusChange,
  nameNote,
  nameHint,
  problems,
}: {
  /** The unit being changed, whose values fill the fields; absent when adding one. */
  unit?: WorkspaceUnit;
  status: BusinessUnitStatus;
  onStatusChange: (status: BusinessUnitStatus) => void;
  nameNote?: string;
  nameHint?: string;
  /** The API's problems by field. */
  problems: Record<string, FieldProblem>;
}) {
  const t = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const problemText = useFieldProblemText();
  return (
    <>
      <ChoiceField
        name="status"
        label={t('units.status')}
        value={status}
        onChange={(event) => onStatusChange(event.target.value as BusinessUnitStatus)}
        options={BUSINESS_UNIT_STATUSES.map((value) => ({ value, label: enums(`unitStatus.${value}`) }))}
        error={problemText(problems.status)}
      />
      <InputField
        name="name"
        label={t('units.name')}
        labelNote={nameNote}
        hint={nameHint}
        defaultValue={unit?.name ?? ''}
        maxLength={120}
        error={problemText(problems.name)}
      />
      {status === 'ACTIVE' ? (
        <InputField
          name="activeSince"
          type="date"
          label={t('units.activeSince')}
          labelNote={t('optional')}
          defaultValue={unit?.activeSince ?? ''}
          error={problemText(problems.activeSince)}
        />
      ) : null}
      <TextAreaField
        name="capacityNotes"
        label={t('units.capacityNotes')}
        labelNote={t('optional')}
        rows={2}
        maxLength={2000}
        defaultValue={unit?.capacityNotes ?? ''}
        error={problemText(problems.capacityNotes)}
        wrapperClassName="sm:col-span-2"
      />
    </>
  );
}

/** One unit, folded to its name and status; opened, its details are saved on their own and removing it asks first. */
function UnitEditor({ unit }: { unit: WorkspaceUnit }) {
  const t = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const [update] = useMutation(UpdateBusinessUnitDocument);
  const [remove] = useMutation(RemoveBusinessUnitDocument);
  const { busy, problem, setProblem, done, run } = useActionState();
  const [status, setStatus] = useState<BusinessUnitStatus>(unit.status);
  const [confirming, setConfirming] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const fields = problem?.kind === 'invalid' ? problem.fields : {};
  const label = unit.name
    ? `${enums(`unitType.${unit.type}`)} — ${unit.name}`
    : enums(`unitType.${unit.type}`);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const ok = await run(
      'save',
      async () =>
        (
          await update({
            variables: {
              input: {
                id: unit.id,
                status,
                name: textOf(form, 'name'),
                capacityNotes: textOf(form, 'capacityNotes'),
                activeSince: status === 'ACTIVE' ? textOf(form, 'activeSince') : null,
              },
            },
          })
        ).data?.updateBusinessUnit.userErrors,
      t('units.saved', { unit: label }),
    );
    if (!ok) focusInvalid();
  }

  async function onRemove() {
    await run(
      'remove',
      async () =>
        (await remove({ variables: { input: { id: unit.id } } })).data?.removeBusinessUnit.userErrors,
      t('units.removed', { unit: label }),
    );
    setConfirming(false);
  }

  return (
    <details className="group">
      <summary className="flex min-h-11 cursor-pointer list-none flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">
          <span aria-hidden="true" className="mr-1 inline-block transition-transform group-open:rotate-90">
            ▸
          </span>
          {label}
        </h3>
        <UnitStatusBadge status={unit.status} />
      </summary>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={label} className="mt-3 space-y-3">
        <SuccessNote message={done} />
        <ProblemAlert problem={problem} conflictMessage={t('conflict')} onReload={() => setProblem(null)} />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <UnitDetailFields
            unit={unit}
            status={status}
            onStatusChange={setStatus}
            nameNote={unit.type === 'OTHER' ? undefined : t('optional')}
            problems={fields}
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={busy !== null} className={BUTTON_CLASSES.primary}>
            {busy === 'save' ? t('saving') : t('units.save')}
          </button>
          {confirming ? (
            <>
              <button
                type="button"
                disabled={busy !== null}
                onClick={onRemove}
                className={BUTTON_CLASSES.danger}
              >
                {busy === 'remove' ? t('saving') : t('units.confirmRemove', { unit: label })}
              </button>
              <button type="button" onClick={() => setConfirming(false)} className={BUTTON_CLASSES.secondary}>
                {t('cancel')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} className={BUTTON_CLASSES.danger}>
              {t('units.remove')}
            </button>
          )}
        </div>
      </form>
    </details>
  );
}

/** Adds a unit: each standard type at most once, OTHER units need a name. */
function AddUnitForm({
  cooperativeId,
  takenTypes,
}: {
  cooperativeId: string;
  takenTypes: readonly BusinessUnitType[];
}) {
  const t = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const problemText = useFieldProblemText();
  const [add] = useMutation(AddBusinessUnitDocument);
  const { busy, problem, setProblem, done, run } = useActionState();
  const [status, setStatus] = useState<BusinessUnitStatus>('PLANNED');
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const fields = problem?.kind === 'invalid' ? problem.fields : {};
  const types = BUSINESS_UNIT_TYPES.filter((type) => type === 'OTHER' || !takenTypes.includes(type));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const type = String(form.get('type')) as BusinessUnitType;
    const ok = await run(
      'add',
      async () =>
        (
          await add({
            variables: {
              input: {
                cooperativeId,
                type,
                status,
                name: textOf(form, 'name'),
                capacityNotes: textOf(form, 'capacityNotes'),
                activeSince: status === 'ACTIVE' ? textOf(form, 'activeSince') : null,
              },
            },
          })
        ).data?.addBusinessUnit.userErrors,
      t('units.added', { unit: enums(`unitType.${type}`) }),
    );
    if (ok) {
      formElement.reset();
      setStatus('PLANNED');
    } else focusInvalid();
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-label={t('units.addTitle')}
      className="space-y-3 rounded-lg border border-dashed border-stone-300 p-4"
    >
      <h3 className="font-semibold">{t('units.addTitle')}</h3>
      <SuccessNote message={done} />
      <ProblemAlert problem={problem} conflictMessage={t('conflict')} onReload={() => setProblem(null)} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <ChoiceField
          name="type"
          label={t('units.type')}
          options={types.map((value) => ({ value, label: enums(`unitType.${value}`) }))}
          error={problemText(fields.type)}
        />
        <UnitDetailFields
          status={status}
          onStatusChange={setStatus}
          nameHint={t('units.nameHint')}
          problems={fields}
        />
      </div>
      <button type="submit" disabled={busy !== null} className={BUTTON_CLASSES.primary}>
        {busy ? t('saving') : t('units.add')}
      </button>
    </form>
  );
}

/** The cooperative's business units: each editable in place, and a form to add one. */
export function UnitsManager({
  cooperativeId,
  units,
}: {
  cooperativeId: string;
  units: readonly WorkspaceUnit[];
}) {
  const t = useTranslations('cooperativeWorkspace');
  return (
    <div className="space-y-4">
      {units.length === 0 ? <p className="text-stone-600">{t('units.none')}</p> : null}
      <ul className="space-y-4">
        {units.map((unit) => (
          <li key={unit.id} className="rounded-lg border border-stone-200 p-3">
            <UnitEditor unit={unit} />
          </li>
        ))}
      </ul>
      <AddUnitForm cooperativeId={cooperativeId} takenTypes={units.map((unit) => unit.type)} />
    </div>
  );
}
