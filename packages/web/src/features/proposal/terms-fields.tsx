'use client';

import { useTranslations } from 'next-intl';
import type { ProposalKind, ProposalTermsField } from '@/graphql/generated/graphql';
import { formatDecimal } from '@/lib/format';
import type { FieldProblem } from '@/lib/mutation-outcome';
import { inputFieldOf, TERMS_INPUTS, type TermsFormErrors, type TermsInputName } from './terms-form';
import { QUANTITY_UNITS } from '@/lib/workspace-enum-values';
import { ChoiceField, InputField, TextAreaField } from '@/components/ui/form-controls';
import { MoneyInput } from './money-input';
import type { TermsDefaults } from './terms-defaults';

interface TermsFieldsProps {
  kind: ProposalKind;
  /** What terms of this kind must state (`ProposalKindTerms.requiredTerms`); the others read "optional". */
  required: readonly ProposalTermsField[];
  defaults?: TermsDefaults;
  /** Problems found in the form before sending. */
  errors?: TermsFormErrors;
  /** Problems the API reported, by field ("amount", "quantityUnit"…). */
  apiErrors?: Record<string, FieldProblem>;
}

/**
 * The inputs of one terms version for a kind of proposal: amounts and quantities as Indonesian
 * text, months and days as whole numbers, words for delivery and conditions. Uncontrolled except
 * for the amount previews; the form reads them with readTermsForm().
 */
export function TermsFields({
  kind,
  required,
  defaults = {},
  errors = {},
  apiErrors = {},
}: TermsFieldsProps) {
  const t = useTranslations('proposal.form');
  const fieldLabel = useTranslations('proposal.terms.field');
  const enums = useTranslations('enums');
  const fieldProblem = useTranslations('workspace.fieldProblems');
  const inputs = TERMS_INPUTS[kind];
  const requiredInputs = new Set<string>(required.map(inputFieldOf));

  function errorOf(name: TermsInputName | 'quantityUnit'): string | undefined {
    const local = errors[name];
    if (local) return t(`problems.${local}`);
    const remote = apiErrors[name];
    return remote ? fieldProblem(remote) : undefined;
  }

  const optional = (name: string) => !requiredInputs.has(name);

  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {defaults.deliveryRegionCode ? (
        <input type="hidden" name="deliveryRegionCode" value={defaults.deliveryRegionCode} />
      ) : null}
      {inputs.map((name) => {
        switch (name) {
          case 'amount':
            return (
              <MoneyInput
                key={name}
                name={name}
                label={kind === 'FINANCING' ? fieldLabel('amount') : t('contractValue')}
                defaultValue={defaults.amount}
                error={errorOf(name)}
                optional={optional(name)}
              />
            );
          case 'pricePerUnit':
            return (
              <MoneyInput
                key={name}
                name={name}
                label={fieldLabel('pricePerUnit')}
                defaultValue={defaults.pricePerUnit}
                error={errorOf(name)}
                optional={optional(name)}
              />
            );
          case 'quantity':
            return (
              <div key={name} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-2 sm:col-span-1">
                <MoneyInput
                  name="quantity"
                  label={fieldLabel('quantity')}
                  defaultValue={defaults.quantity}
                  error={errorOf('quantity')}
                  optional={optional('quantity')}
                  asQuantity
                />
                <ChoiceField
                  name="quantityUnit"
                  label={t('quantityUnit')}
                  emptyLabel={t('chooseUnit')}
                  defaultValue={defaults.quantityUnit ?? ''}
                  options={QUANTITY_UNITS.map((unit) => ({
                    value: unit,
                    label: enums(`quantityUnit.${unit}`),
                  }))}
                  error={errorOf('quantityUnit')}
                />
              </div>
            );
          case 'tenorMonths':
            return (
              <InputField
                key={name}
                name={name}
                label={t('tenorMonths')}
                labelNote={optional(name) ? t('optional') : undefined}
                inputMode="numeric"
                autoComplete="off"
                defaultValue={defaults.tenorMonths ?? ''}
                hint={t('tenorHint')}
                error={errorOf(name)}
              />
            );
          case 'ratePerYear':
            return (
              <InputField
                key={name}
                name={name}
                label={t('ratePerYear')}
                labelNote={t('optional')}
                inputMode="decimal"
                autoComplete="off"
                defaultValue={defaults.ratePerYear ? formatDecimal(defaults.ratePerYear, 'id') : ''}
                hint={t('rateHint')}
                error={errorOf(name)}
              />
            );
          case 'graceMonths':
            return (
              <InputField
                key={name}
                name={name}
                label={t('graceMonths')}
                labelNote={t('optional')}
                inputMode="numeric"
                autoComplete="off"
                defaultValue={defaults.graceMonths ?? ''}
                hint={t('graceHint')}
                error={errorOf(name)}
              />
            );
          case 'operatingCostAmount':
            return (
              <MoneyInput
                key={name}
                name={name}
                label={t('operatingCostAmount')}
                defaultValue={defaults.operatingCostAmount}
                error={errorOf(name)}
                optional
              />
            );
          case 'collateral':
            return (
              <InputField
                key={name}
                name={name}
                label={t('collateral')}
                labelNote={t('optional')}
                autoComplete="off"
                maxLength={500}
                defaultValue={defaults.collateral ?? ''}
                hint={t('collateralHint')}
                error={errorOf(name)}
              />
            );
          case 'collateralValue':
            return (
              <MoneyInput
                key={name}
                name={name}
                label={t('collateralValue')}
                defaultValue={defaults.collateralValue}
                error={errorOf(name)}
                optional
              />
            );
          case 'paymentDays':
            return (
              <InputField
                key={name}
                name={name}
                label={t('paymentDays')}
                labelNote={t('optional')}
                inputMode="numeric"
                autoComplete="off"
                defaultValue={defaults.paymentDays ?? ''}
                hint={t('paymentDaysHint')}
                error={errorOf(name)}
              />
            );
          case 'delivery':
            return (
              <TextAreaField
                key={name}
                name={name}
                label={fieldLabel('delivery')}
                labelNote={t('optional')}
                rows={2}
                maxLength={500}
                defaultValue={defaults.delivery ?? ''}
                error={errorOf(name)}
                wrapperClassName="sm:col-span-2"
              />
            );
          case 'note':
            return (
              <TextAreaField
                key={name}
                name={name}
                label={fieldLabel('note')}
                labelNote={t('optional')}
                rows={3}
                maxLength={2000}
                defaultValue={defaults.note ?? ''}
                error={errorOf(name)}
                wrapperClassName="sm:col-span-2"
              />
            );
        }
      })}
    </div>
  );
}
