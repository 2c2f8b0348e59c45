'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  CreateProgramDocument,
  UpdateProgramDocument,
  type BusinessUnitType,
  type Commodity,
  type DocumentType,
  type LoanTermsInput,
  type MinimumVolumeInput,
  type PartnerProgramFieldsFragment,
  type ProgramKind,
  type ProgramRule,
  type QuantityUnit,
} from '@/graphql/generated/graphql';
import {
  parseDecimalInput,
  parseMoneyInput,
  parseRateInput,
  parseWholeNumberInput,
} from '@/lib/decimal-input';
import { formatDecimal } from '@/lib/format';
import {
  CheckboxGroupField,
  ChoiceField,
  InputField,
  TextAreaField,
  type ChoiceOption,
} from '@/components/ui/form-controls';
import { PartnerFormShell, usePartnerForm } from '@/features/partner/partner-form-shell';
import { RegionListField } from '@/features/region/region-list-field';
import type { RegionOption } from '@/features/region/picker-levels';

export interface ProgramFormOptions {
  kinds: readonly ChoiceOption[];
  commodities: readonly ChoiceOption[];
  /** Units of an offtake program's minimum volume. */
  quantityUnits: readonly ChoiceOption[];
  unitTypes: readonly ChoiceOption[];
  documents: readonly ChoiceOption[];
  /** Where the coverage picker starts. */
  provinces: readonly RegionOption[];
}

/** Fields of the form, by their input path; each fieldset after its own fields, so those match first. */
const FORM_FIELDS = [
  'kind',
  'name',
  'description',
  'commodity',
  'loanTerms.minAmount',
  'loanTerms.maxAmount',
  'loanTerms.ratePerYear',
  'loanTerms.maxTenorMonths',
  'loanTerms.minGraceMonths',
  'loanTerms.maxGraceMonths',
  'loanTerms.operatingCostCap',
  'loanTerms',
  'minimumVolume.quantityPerMonth',
  'minimumVolume.unit',
  'minimumVolume',
  'eligibleUnitTypes',
  'requiredDocuments',
  'coverageRegionCodes',
  'negotiableRules',
] as const;

/** The rules a proposal under a program must keep; loan terms only bind loans. */
const LOAN_RULES: readonly ProgramRule[] = ['AMOUNT', 'OPERATING_COST', 'RATE', 'TENOR', 'GRACE'];
const ANY_PROGRAM_RULES: readonly ProgramRule[] = ['COMMODITY', 'REGION'];

type MoneyField = 'minAmount' | 'maxAmount' | 'operatingCostCap';
type MonthsField = 'maxTenorMonths' | 'minGraceMonths' | 'maxGraceMonths';

/**
 * Creates a program (as a DRAFT) or changes one. Amounts are typed the Indonesian way
 * ("1.500.000.000") and sent as exact decimals; loan terms appear for LOAN programs only, the
 * minimum volume a month (which pooled offers answering the program must reach) for OFFTAKE ones.
 * Problems show at their field; a stale version offers a reload.
 */
export function PartnerProgramForm({
  partnerId,
  program,
  options,
}: {
  partnerId: string;
  /** The program to change; absent to create one. */
  program?: PartnerProgramFieldsFragment;
  options: ProgramFormOptions;
}) {
  const t = useTranslations('partnerWorkspace.programForm');
  const ruleName = useTranslations('proposal.terms.deviations.rule');
  const shared = useTranslations('roleWorkspaces');
  const form = usePartnerForm({ partnerId, record: 'program', isNew: !program, fields: FORM_FIELDS });
  const { error } = form;
  const [kind, setKind] = useState<ProgramKind>(program?.kind ?? 'LOAN');
  const [createProgram, creating] = useMutation(CreateProgramDocument);
  const [updateProgram, updating] = useMutation(UpdateProgramDocument);
  const busy = creating.loading || updating.loading;
  const terms = program?.loanTerms;
  // Shown the Indonesian way ("3.000.000.000"), which the parser reads back exactly.
  const shownAmount = (amount: string | undefined) => (amount ? formatDecimal(amount, 'id') : '');

  async function onSubmit(values: FormData) {
    const text = (name: string) => String(values.get(name) ?? '').trim();
    const fields: Record<string, string> = {};

    const money = (field: MoneyField) => {
      const parsed = parseMoneyInput(text(`loanTerms.${field}`));
      if (!parsed.ok) fields[`loanTerms.${field}`] = shared(`decimal.${parsed.problem}`);
      return parsed.ok ? parsed.value : null;
    };
    const months = (field: MonthsField) => {
      const parsed = parseWholeNumberInput(text(`loanTerms.${field}`));
      if (Number.isNaN(parsed)) fields[`loanTerms.${field}`] = shared('wholeNumber');
      return Number.isNaN(parsed) ? null : parsed;
    };
    let loanTerms: LoanTermsInput | null = null;
    if (kind === 'LOAN') {
      const rate = parseRateInput(text('loanTerms.ratePerYear'));
      if (!rate.ok) fields['loanTerms.ratePerYear'] = shared(`decimal.${rate.problem}`);
      loanTerms = {
        minAmount: money('minAmount'),
        maxAmount: money('maxAmount'),
        ratePerYear: rate.ok ? rate.value : null,
        maxTenorMonths: months('maxTenorMonths'),
        minGraceMonths: months('minGraceMonths'),
        maxGraceMonths: months('maxGraceMonths'),
        operatingCostCap: money('operatingCostCap'),
      };
      if (!loanTerms.maxAmount && !fields['loanTerms.maxAmount']) {
        fields['loanTerms.maxAmount'] = t('maxAmountRequired');
      }
    }
    let minimumVolume: MinimumVolumeInput | null = null;
    if (kind === 'OFFTAKE') {
      const quantity = parseDecimalInput(text('minimumVolume.quantityPerMonth'));
      const unit = text('minimumVolume.unit');
      if (!quantity.ok) fields['minimumVolume.quantityPerMonth'] = shared(`decimal.${quantity.problem}`);
      else if (quantity.value === '0') fields['minimumVolume.quantityPerMonth'] = t('minimumVolumePositive');
      else if (quantity.value) {
        if (!unit) fields['minimumVolume.unit'] = t('minimumVolumeUnitRequired');
        if (!text('commodity')) fields.commodity = t('minimumVolumeNeedsCommodity');
        minimumVolume = { quantityPerMonth: quantity.value, unit: unit as QuantityUnit };
      }
    }
    if (text('name').length < 3) fields.name = t('nameTooShort');
    if (Object.keys(fields).length > 0) {
      form.refuse(fields);
      return;
    }

    const common = {
      name: text('name'),
      description: text('description'),
      commodity: (text('commodity') || null) as Commodity | null,
      eligibleUnitTypes: values.getAll('eligibleUnitTypes').map(String) as BusinessUnitType[],
      requiredDocuments: values.getAll('requiredDocuments').map(String) as DocumentType[],
      coverageRegionCodes: values.getAll('coverageRegionCodes').map(String),
      negotiableRules: values.getAll('negotiableRules').map(String) as ProgramRule[],
    };
    // Leaving loanTerms out keeps them; only a LOAN program has any. An OFFTAKE program always
    // sends its minimum volume, null when the field is empty (which clears it).
    const byKind = {
      ...(loanTerms ? { loanTerms } : {}),
      ...(kind === 'OFFTAKE' ? { minimumVolume } : {}),
    };
    await form.save(async () => {
      if (!program) {
        const { data } = await createProgram({
          variables: { input: { partnerId, kind, ...common, ...byKind } },
        });
        return data?.createProgram;
      }
      const { data } = await updateProgram({
        variables: { input: { id: program.id, version: program.version, ...common, ...byKind } },
      });
      return data?.updateProgram;
    });
  }

  return (
    <PartnerFormShell
      form={form}
      busy={busy}
      submitLabel={program ? t('save') : t('create')}
      onSubmit={onSubmit}
    >
      {program ? (
        <p className="text-sm text-stone-700">
          <span className="text-stone-600">{t('kind')}: </span>
          <span className="font-medium">{options.kinds.find((option) => option.value === kind)?.label}</span>
        </p>
      ) : (
        <ChoiceField
          name="kind"
          label={t('kind')}
          hint={t('kindHint')}
          options={options.kinds}
          defaultValue={kind}
          onChange={(event) => setKind(event.target.value as ProgramKind)}
          error={error('kind')}
          required
        />
      )}
      <InputField
        name="name"
        autoComplete="off"
        label={t('name')}
        defaultValue={program?.name ?? ''}
        required
        minLength={3}
        maxLength={200}
        error={error('name')}
      />
      <TextAreaField
        name="description"
        rows={4}
        label={t('description')}
        hint={t('descriptionHint')}
        defaultValue={program?.description ?? ''}
        maxLength={5000}
        error={error('description')}
      />
      <ChoiceField
        name="commodity"
        label={t('commodity')}
        emptyLabel={t('noCommodity')}
        options={options.commodities}
        defaultValue={program?.commodity ?? ''}
        error={error('commodity')}
      />

      {kind === 'LOAN' ? (
        <fieldset className="min-w-0 space-y-4 rounded-md border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium text-stone-800">{t('loanTerms')}</legend>
          {error('loanTerms') ? (
            <p className="text-sm font-medium text-brand-800">{error('loanTerms')}</p>
          ) : null}
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <InputField
              name="loanTerms.maxAmount"
              autoComplete="off"
              label={t('maxAmount')}
              hint={t('amountHint')}
              inputMode="decimal"
              defaultValue={shownAmount(terms?.maxAmount?.amount)}
              required
              error={error('loanTerms.maxAmount')}
            />
            <InputField
              name="loanTerms.minAmount"
              autoComplete="off"
              label={t('minAmount')}
              inputMode="decimal"
              defaultValue={shownAmount(terms?.minAmount?.amount)}
              error={error('loanTerms.minAmount')}
            />
            <InputField
              name="loanTerms.ratePerYear"
              autoComplete="off"
              label={t('ratePerYear')}
              hint={t('rateHint')}
              inputMode="decimal"
              defaultValue={terms?.ratePerYear?.replace('.', ',') ?? ''}
              error={error('loanTerms.ratePerYear')}
            />
            <InputField
              name="loanTerms.maxTenorMonths"
              autoComplete="off"
              label={t('maxTenorMonths')}
              inputMode="numeric"
              defaultValue={terms?.maxTenorMonths?.toString() ?? ''}
              error={error('loanTerms.maxTenorMonths')}
            />
            <InputField
              name="loanTerms.minGraceMonths"
              autoComplete="off"
              label={t('minGraceMonths')}
              inputMode="numeric"
              defaultValue={terms?.minGraceMonths?.toString() ?? ''}
              error={error('loanTerms.minGraceMonths')}
            />
            <InputField
              name="loanTerms.maxGraceMonths"
              autoComplete="off"
              label={t('maxGraceMonths')}
              inputMode="numeric"
              defaultValue={terms?.maxGraceMonths?.toString() ?? ''}
              error={error('loanTerms.maxGraceMonths')}
            />
            <InputField
              name="loanTerms.operatingCostCap"
              autoComplete="off"
              label={t('operatingCostCap')}
              inputMode="decimal"
              defaultValue={shownAmount(terms?.operatingCostCap?.amount)}
              error={error('loanTerms.operatingCostCap')}
            />
          </div>
        </fieldset>
      ) : null}

      {kind === 'OFFTAKE' ? (
        <fieldset className="min-w-0 space-y-4 rounded-md border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium text-stone-800">{t('minimumVolume')}</legend>
          <p className="text-sm text-stone-600">{t('minimumVolumeHint')}</p>
          {error('minimumVolume') ? (
            <p className="text-sm font-medium text-brand-800">{error('minimumVolume')}</p>
          ) : null}
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <InputField
              name="minimumVolume.quantityPerMonth"
              autoComplete="off"
              label={t('minimumVolumeQuantity')}
              inputMode="decimal"
              defaultValue={
                program?.minimumVolume ? formatDecimal(program.minimumVolume.quantityPerMonth, 'id') : ''
              }
              error={error('minimumVolume.quantityPerMonth')}
            />
            <ChoiceField
              name="minimumVolume.unit"
              label={t('minimumVolumeUnit')}
              emptyLabel={t('minimumVolumeChooseUnit')}
              options={options.quantityUnits}
              defaultValue={program?.minimumVolume?.unit ?? 'TON'}
              error={error('minimumVolume.unit')}
            />
          </div>
        </fieldset>
      ) : null}

      <RegionListField
        name="coverageRegionCodes"
        legend={t('coverage')}
        hint={t('coverageHint')}
        emptyText={t('coverageEmpty')}
        error={error('coverageRegionCodes')}
        maxLevel="DISTRICT"
        levels={{ PROVINCE: options.provinces }}
        initial={program?.coverage ?? []}
      />
      <CheckboxGroupField
        name="eligibleUnitTypes"
        legend={t('eligibleUnitTypes')}
        hint={t('eligibleUnitTypesHint')}
        options={options.unitTypes}
        defaultValues={program?.eligibleUnitTypes ?? []}
        error={error('eligibleUnitTypes')}
      />
      <CheckboxGroupField
        name="negotiableRules"
        legend={t('negotiableRules')}
        hint={t('negotiableRulesHint')}
        options={(kind === 'LOAN' ? [...LOAN_RULES, ...ANY_PROGRAM_RULES] : ANY_PROGRAM_RULES).map(
          (rule) => ({
            value: rule,
            label: ruleName(rule),
          }),
        )}
        defaultValues={program?.negotiableRules ?? []}
        error={error('negotiableRules')}
      />
      <CheckboxGroupField
        name="requiredDocuments"
        legend={t('requiredDocuments')}
        options={options.documents}
        defaultValues={program?.requiredDocuments ?? []}
        error={error('requiredDocuments')}
      />
    </PartnerFormShell>
  );
}
