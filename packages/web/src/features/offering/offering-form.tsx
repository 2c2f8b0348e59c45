'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useEffect, useState, type FormEvent } from 'react';
import {
  CreateOfferingDocument,
  UpdateOfferingDocument,
  type BusinessUnitType,
  type Commodity,
  type OfferingKind,
  type QuantityUnit,
  type WorkspaceOfferingFragment,
} from '@/graphql/generated/graphql';
import { parseMoneyInput, parseWholeNumberInput } from '@/lib/decimal-input';
import { BUSINESS_UNIT_TYPES, COMMODITIES, OFFERING_KINDS } from '@/lib/enum-values';
import { formatDecimal } from '@/lib/format';
import { QUANTITY_UNITS } from '@/lib/workspace-enum-values';
import { useFieldProblemText } from '@/components/ui/action-feedback';
import { RecordForm, useRecordForm } from '@/components/ui/editable-record-list';
import { BUTTON_CLASSES, ChoiceField, InputField, TextAreaField } from '@/components/ui/form-controls';

type OfferingField =
  | 'commodity'
  | 'quantityPerMonth'
  | 'quantityUnit'
  | 'priceMin'
  | 'priceMax'
  | 'amountNeeded'
  | 'financingPurpose'
  | 'wantedTenorMonths'
  | 'unitType';

/** The fields each kind of offering states (the API refuses the financing ones elsewhere). */
const FIELDS_BY_KIND: Record<OfferingKind, readonly OfferingField[]> = {
  SUPPLY: ['commodity', 'quantityPerMonth', 'quantityUnit', 'priceMin', 'priceMax', 'unitType'],
  FINANCING_NEED: ['amountNeeded', 'financingPurpose', 'wantedTenorMonths', 'unitType'],
  SERVICE: ['unitType', 'quantityPerMonth', 'quantityUnit', 'priceMin', 'priceMax'],
  PARTNERSHIP_INTEREST: ['unitType', 'commodity'],
};

const REQUIRED_BY_KIND: Record<OfferingKind, readonly OfferingField[]> = {
  SUPPLY: ['commodity', 'quantityPerMonth', 'quantityUnit'],
  FINANCING_NEED: ['amountNeeded', 'financingPurpose'],
  SERVICE: [],
  PARTNERSHIP_INTEREST: [],
};

type LocalErrors = Partial<Record<OfferingField | 'title' | 'description', string>>;

interface OfferingFormProps {
  cooperativeId: string;
  /** Absent: a new draft. */
  offering?: WorkspaceOfferingFragment;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Creates a draft offering or edits one; only the fields of its kind are shown and sent. */
export function OfferingForm({ cooperativeId, offering, onDone, onCancel }: OfferingFormProps) {
  const t = useTranslations('cooperativeWorkspace.offerings');
  const common = useTranslations('cooperativeWorkspace');
  const enums = useTranslations('enums');
  const problemText = useFieldProblemText();
  const [create] = useMutation(CreateOfferingDocument);
  const [update] = useMutation(UpdateOfferingDocument);
  const form = useRecordForm();
  const [kind, setKind] = useState<OfferingKind>(offering?.kind ?? 'SUPPLY');
  const [local, setLocal] = useState<LocalErrors>({});
  const shown = FIELDS_BY_KIND[kind];
  const required = REQUIRED_BY_KIND[kind];

  useEffect(() => {
    form.formRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [form.formRef]);

  const errorOf = (name: OfferingField | 'title' | 'description') =>
    local[name] ?? problemText(form.fields[name]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = new FormData(event.currentTarget);
    const text = (name: string) => String(values.get(name) ?? '').trim();
    const errors: LocalErrors = {};
    const parsed: Record<string, string | number | null> = {};
    const title = text('title');
    if (title.length < 3 || title.length > 200) errors.title = t('problems.title');
    for (const field of shown) {
      const raw = text(field);
      if (
        field === 'quantityPerMonth' ||
        field === 'priceMin' ||
        field === 'priceMax' ||
        field === 'amountNeeded'
      ) {
        const money = parseMoneyInput(raw);
        if (!money.ok) errors[field] = t(`problems.${money.problem}`);
        else parsed[field] = money.value;
      } else if (field === 'wantedTenorMonths') {
        const months = parseWholeNumberInput(raw);
        if (months !== null && (Number.isNaN(months) || months < 1 || months > 240))
          errors[field] = t('problems.tenor');
        else parsed[field] = months;
      } else {
        parsed[field] = raw || null;
      }
      if (!errors[field] && required.includes(field) && (parsed[field] === null || parsed[field] === '')) {
        errors[field] = t('problems.required');
      }
    }
    setLocal(errors);
    if (Object.keys(errors).length > 0) {
      form.focusInvalid();
      return;
    }
    const changes = {
      title,
      description: text('description'),
      commodity: (parsed.commodity as Commodity | null | undefined) ?? null,
      quantityPerMonth: (parsed.quantityPerMonth as string | null | undefined) ?? null,
      quantityUnit: (parsed.quantityUnit as QuantityUnit | null | undefined) ?? null,
      priceMin: (parsed.priceMin as string | null | undefined) ?? null,
      priceMax: (parsed.priceMax as string | null | undefined) ?? null,
      unitType: (parsed.unitType as BusinessUnitType | null | undefined) ?? null,
      ...(kind === 'FINANCING_NEED'
        ? {
            amountNeeded: (parsed.amountNeeded as string | null) ?? null,
            financingPurpose: (parsed.financingPurpose as string | null) ?? null,
            wantedTenorMonths: (parsed.wantedTenorMonths as number | null) ?? null,
          }
        : {}),
    };
    const message = offering ? t('updated', { title }) : t('created', { title });
    const ok = offering
      ? await form.save(
          'save',
          async () =>
            (
              await update({
                variables: { input: { id: offering.id, version: offering.version, ...changes } },
              })
            ).data?.updateOffering.userErrors,
          message,
        )
      : await form.save(
          'save',
          async () =>
            (await create({ variables: { input: { cooperativeId, kind, ...changes } } })).data?.createOffering
              .userErrors,
          message,
        );
    if (ok) onDone(message);
  }

  const amountField = (name: 'quantityPerMonth' | 'priceMin' | 'priceMax' | 'amountNeeded') => (
    <InputField
      key={name}
      name={name}
      label={t(`fields.${name}`)}
      labelNote={required.includes(name) ? undefined : common('optional')}
      inputMode="decimal"
      defaultValue={
        name === 'quantityPerMonth'
          ? offering?.quantityPerMonth
            ? formatDecimal(offering.quantityPerMonth, 'id')
            : ''
          : offering?.[name]
            ? formatDecimal(offering[name]!.amount, 'id')
            : ''
      }
      hint={name === 'quantityPerMonth' ? undefined : t('moneyHint')}
      error={errorOf(name)}
    />
  );

  const heading = offering ? t('editTitle', { title: offering.title }) : t('createTitle');
  return (
    <RecordForm
      state={form}
      formRef={form.formRef}
      onSubmit={onSubmit}
      label={heading}
      title={heading}
      className="space-y-4 rounded-lg border border-stone-300 bg-stone-50 p-4"
      conflictMessage={common('conflictOffering')}
      fieldsClassName="grid grid-cols-1 gap-4 sm:grid-cols-2"
      actions={
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={form.busy !== null} className={BUTTON_CLASSES.primary}>
            {form.busy ? common('saving') : offering ? t('save') : t('createDraft')}
          </button>
          <button type="button" onClick={onCancel} className={BUTTON_CLASSES.secondary}>
            {common('cancel')}
          </button>
        </div>
      }
    >
      {offering ? null : (
        <ChoiceField
          name="kind"
          label={t('fields.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as OfferingKind)}
          options={OFFERING_KINDS.map((value) => ({ value, label: enums(`offeringKind.${value}`) }))}
        />
      )}
      <InputField
        name="title"
        label={t('fields.title')}
        defaultValue={offering?.title ?? ''}
        maxLength={200}
        error={errorOf('title')}
        wrapperClassName={offering ? 'sm:col-span-2' : undefined}
      />
      <TextAreaField
        name="description"
        label={t('fields.description')}
        labelNote={common('optional')}
        defaultValue={offering?.description ?? ''}
        maxLength={5000}
        rows={3}
        error={errorOf('description')}
        wrapperClassName="sm:col-span-2"
      />
      {shown.map((field) => {
        switch (field) {
          case 'commodity':
            return (
              <ChoiceField
                key={field}
                name={field}
                label={t('fields.commodity')}
                labelNote={required.includes(field) ? undefined : common('optional')}
                emptyLabel={t('none')}
                defaultValue={offering?.commodity ?? ''}
                options={COMMODITIES.map((value) => ({ value, label: enums(`commodity.${value}`) }))}
                error={errorOf(field)}
              />
            );
          case 'quantityUnit':
            return (
              <ChoiceField
                key={field}
                name={field}
                label={t('fields.quantityUnit')}
                labelNote={required.includes(field) ? undefined : common('optional')}
                emptyLabel={t('none')}
                defaultValue={offering?.quantityUnit ?? ''}
                options={QUANTITY_UNITS.map((value) => ({ value, label: enums(`quantityUnit.${value}`) }))}
                error={errorOf(field)}
              />
            );
          case 'unitType':
            return (
              <ChoiceField
                key={field}
                name={field}
                label={t('fields.unitType')}
                labelNote={common('optional')}
                emptyLabel={t('none')}
                defaultValue={offering?.unitType ?? ''}
                options={BUSINESS_UNIT_TYPES.map((value) => ({ value, label: enums(`unitType.${value}`) }))}
                error={errorOf(field)}
              />
            );
          case 'financingPurpose':
            return (
              <TextAreaField
                key={field}
                name={field}
                label={t('fields.financingPurpose')}
                defaultValue={offering?.financingPurpose ?? ''}
                maxLength={2000}
                rows={2}
                error={errorOf(field)}
                wrapperClassName="sm:col-span-2"
              />
            );
          case 'wantedTenorMonths':
            return (
              <InputField
                key={field}
                name={field}
                label={t('fields.wantedTenorMonths')}
                labelNote={common('optional')}
                inputMode="numeric"
                defaultValue={offering?.wantedTenorMonths ?? ''}
                error={errorOf(field)}
              />
            );
          default:
            return amountField(field);
        }
      })}
    </RecordForm>
  );
}
