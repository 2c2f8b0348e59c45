'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import {
  AddBusinessUnitDocument,
  RemoveBusinessUnitDocument,
  UpdateBusinessUnitDocument,
  type BusinessUnitStatus,
  type BusinessUnitType,
} from '@/graphql/generated/graphql';
import { BUSINESS_UNIT_STATUSES, BUSINESS_UNIT_TYPES } from '@/lib/enum-values';
import type { FieldProblem } from '@/lib/mutation-outcome';
import { useFieldProblemText } from '@/components/ui/action-feedback';
import {
  EditableRecordList,
  optionalText,
  RecordForm,
  SaveRemoveActions,
  useRecordForm,
} from '@/components/ui/editable-record-list';
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
  const form = useRecordForm();
  const [status, setStatus] = useState<BusinessUnitStatus>(unit.status);
  const label = unit.name
    ? `${enums(`unitType.${unit.type}`)} — ${unit.name}`
    : enums(`unitType.${unit.type}`);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    await form.save(
      'save',
      async () =>
        (
          await update({
            variables: {
              input: {
                id: unit.id,
                status,
                name: optionalText(values, 'name'),
                capacityNotes: optionalText(values, 'capacityNotes'),
                activeSince: status === 'ACTIVE' ? optionalText(values, 'activeSince') : null,
              },
            },
          })
        ).data?.updateBusinessUnit.userErrors,
      t('units.saved', { unit: label }),
    );
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
      <RecordForm
        state={form}
        formRef={form.formRef}
        onSubmit={onSubmit}
        label={label}
        className="mt-3 space-y-3"
        conflictMessage={t('conflict')}
        announcesDone
        fieldsClassName="grid grid-cols-1 gap-3 sm:grid-cols-2"
        actions={
          <SaveRemoveActions
            busy={form.busy}
            saveLabel={t('units.save')}
            removeLabel={t('units.remove')}
            confirmRemoveLabel={t('units.confirmRemove', { unit: label })}
            savingLabel={t('saving')}
            cancelLabel={t('cancel')}
            onRemove={() =>
              form.run(
                'remove',
                async () =>
                  (await remove({ variables: { input: { id: unit.id } } })).data?.removeBusinessUnit
                    .userErrors,
                t('units.removed', { unit: label }),
              )
            }
          />
        }
      >
        <UnitDetailFields
          unit={unit}
          status={status}
          onStatusChange={setStatus}
          nameNote={unit.type === 'OTHER' ? undefined : t('optional')}
          problems={form.fields}
        />
      </RecordForm>
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
  const form = useRecordForm();
  const [status, setStatus] = useState<BusinessUnitStatus>('PLANNED');
  const types = BUSINESS_UNIT_TYPES.filter((type) => type === 'OTHER' || !takenTypes.includes(type));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const values = new FormData(formElement);
    const type = String(values.get('type')) as BusinessUnitType;
    const ok = await form.save(
      'add',
      async () =>
        (
          await add({
            variables: {
              input: {
                cooperativeId,
                type,
                status,
                name: optionalText(values, 'name'),
                capacityNotes: optionalText(values, 'capacityNotes'),
                activeSince: status === 'ACTIVE' ? optionalText(values, 'activeSince') : null,
              },
            },
          })
        ).data?.addBusinessUnit.userErrors,
      t('units.added', { unit: enums(`unitType.${type}`) }),
    );
    if (ok) {
      formElement.reset();
      setStatus('PLANNED');
    }
  }

  return (
    <RecordForm
      state={form}
      formRef={form.formRef}
      onSubmit={onSubmit}
      label={t('units.addTitle')}
      title={t('units.addTitle')}
      className="space-y-3 rounded-lg border border-dashed border-stone-300 p-4"
      conflictMessage={t('conflict')}
      announcesDone
      fieldsClassName="grid grid-cols-1 gap-3 sm:grid-cols-2"
      actions={
        <button type="submit" disabled={form.busy !== null} className={BUTTON_CLASSES.primary}>
          {form.busy ? t('saving') : t('units.add')}
        </button>
      }
    >
      <ChoiceField
        name="type"
        label={t('units.type')}
        options={types.map((value) => ({ value, label: enums(`unitType.${value}`) }))}
        error={problemText(form.fields.type)}
      />
      <UnitDetailFields
        status={status}
        onStatusChange={setStatus}
        nameHint={t('units.nameHint')}
        problems={form.fields}
      />
    </RecordForm>
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
    <EditableRecordList
      records={units}
      keyOf={(unit) => unit.id}
      renderRecord={(unit) => <UnitEditor unit={unit} />}
      emptyText={t('units.none')}
      listClassName="space-y-4"
      itemClassName="rounded-lg border border-stone-200 p-3"
      add={<AddUnitForm cooperativeId={cooperativeId} takenTypes={units.map((unit) => unit.type)} />}
    />
  );
}
