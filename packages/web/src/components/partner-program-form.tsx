'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import {
  CreateProgramDocument,
  UpdateProgramDocument,
  type BusinessUnitType,
  type Commodity,
  type DocumentType,
  type LoanTermsInput,
  type PartnerProgramFieldsFragment,
  type ProgramKind,
} from '../graphql/generated/graphql';
import { useRouter } from '../i18n/navigation';
import { parseMoneyInput, parseRateInput, parseWholeNumberInput } from '../lib/decimal-input';
import { formatDecimal } from '../lib/format';
import { NO_PROBLEMS, problemsOf, type ApiUserError, type FormProblems } from '../lib/user-errors';
import {
  FormAlert,
  FormCheckboxes,
  FormSelect,
  FormText,
  FormTextarea,
  type FormOption,
} from './form-fields';

export interface ProgramFormOptions {
  kinds: readonly FormOption[];
  commodities: readonly FormOption[];
  unitTypes: readonly FormOption[];
  documents: readonly FormOption[];
  regencies: readonly FormOption[];
}

/** Fields of the form, by their input path; the loan fieldset last so its own fields match first. */
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
  'eligibleUnitTypes',
  'requiredDocuments',
  'coverageRegencyCodes',
] as const;

type MoneyField = 'minAmount' | 'maxAmount' | 'operatingCostCap';
type MonthsField = 'maxTenorMonths' | 'minGraceMonths' | 'maxGraceMonths';

/**
 * Creates a program (as a DRAFT) or changes one. Amounts are typed the Indonesian way
 * ("1.500.000.000") and sent as exact decimals; loan terms appear for LOAN programs only.
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
  const shared = useTranslations('roleWorkspaces');
  const router = useRouter();
  const alertId = useId();
  const [kind, setKind] = useState<ProgramKind>(program?.kind ?? 'LOAN');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState(false);
  const [createProgram, creating] = useMutation(CreateProgramDocument);
  const [updateProgram, updating] = useMutation(UpdateProgramDocument);
  const busy = creating.loading || updating.loading;
  const describe = (error: ApiUserError) => `${shared(`userError.${error.code}`)} ${error.message}`;
  const terms = program?.loanTerms;
  // Shown the Indonesian way ("3.000.000.000"), which the parser reads back exactly.
  const shownAmount = (amount: string | undefined) => (amount ? formatDecimal(amount, 'id') : undefined);

  function show(next: FormProblems) {
    setProblems(next);
    requestAnimationFrame(() => document.getElementById(alertId)?.focus());
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    setFailed(false);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
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
    if (text('name').length < 3) fields.name = t('nameTooShort');
    if (Object.keys(fields).length > 0) {
      show({ fields, general: [], conflict: false });
      return;
    }

    const common = {
      name: text('name'),
      description: text('description'),
      commodity: (text('commodity') || null) as Commodity | null,
      eligibleUnitTypes: form.getAll('eligibleUnitTypes').map(String) as BusinessUnitType[],
      requiredDocuments: form.getAll('requiredDocuments').map(String) as DocumentType[],
      coverageRegencyCodes: form.getAll('coverageRegencyCodes').map(String),
    };
    try {
      if (!program) {
        const { data } = await createProgram({
          variables: { input: { partnerId, kind, ...common, ...(loanTerms ? { loanTerms } : {}) } },
        });
        const result = data?.createProgram;
        if (!result?.program) {
          show(problemsOf(result?.userErrors ?? [], FORM_FIELDS, describe));
          return;
        }
        setProblems(NO_PROBLEMS);
        router.push({ pathname: '/partner', query: { partner: partnerId, saved: 'program' } });
        return;
      }
      const { data } = await updateProgram({
        variables: {
          input: {
            id: program.id,
            version: program.version,
            ...common,
            // Leaving loanTerms out keeps them; only a LOAN program has any.
            ...(loanTerms ? { loanTerms } : {}),
          },
        },
      });
      const result = data?.updateProgram;
      if (!result?.program) {
        show(problemsOf(result?.userErrors ?? [], FORM_FIELDS, describe));
        return;
      }
      setProblems(NO_PROBLEMS);
      setSaved(true);
      router.refresh();
    } catch {
      setFailed(true);
      requestAnimationFrame(() => document.getElementById(alertId)?.focus());
    }
  }

  const error = (field: (typeof FORM_FIELDS)[number]) => problems.fields[field];
  const hasProblems = Object.keys(problems.fields).length > 0 || problems.general.length > 0;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={busy}>
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

      {program ? (
        <p className="text-sm text-stone-700">
          <span className="text-stone-600">{t('kind')}: </span>
          <span className="font-medium">{options.kinds.find((option) => option.value === kind)?.label}</span>
        </p>
      ) : (
        <FormSelect
          name="kind"
          label={t('kind')}
          hint={t('kindHint')}
          options={options.kinds}
          defaultValue={kind}
          onChange={(value) => setKind(value as ProgramKind)}
          error={error('kind')}
          required
        />
      )}
      <FormText
        name="name"
        label={t('name')}
        defaultValue={program?.name}
        required
        minLength={3}
        maxLength={200}
        error={error('name')}
      />
      <FormTextarea
        name="description"
        label={t('description')}
        hint={t('descriptionHint')}
        defaultValue={program?.description}
        maxLength={5000}
        error={error('description')}
      />
      <FormSelect
        name="commodity"
        label={t('commodity')}
        emptyLabel={t('noCommodity')}
        options={options.commodities}
        defaultValue={program?.commodity}
        error={error('commodity')}
      />

      {kind === 'LOAN' ? (
        <fieldset className="space-y-4 rounded-md border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium text-stone-800">{t('loanTerms')}</legend>
          {error('loanTerms') ? (
            <p className="text-sm font-medium text-brand-800">{error('loanTerms')}</p>
          ) : null}
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <FormText
              name="loanTerms.maxAmount"
              label={t('maxAmount')}
              hint={t('amountHint')}
              inputMode="decimal"
              defaultValue={shownAmount(terms?.maxAmount?.amount)}
              required
              error={error('loanTerms.maxAmount')}
            />
            <FormText
              name="loanTerms.minAmount"
              label={t('minAmount')}
              inputMode="decimal"
              defaultValue={shownAmount(terms?.minAmount?.amount)}
              error={error('loanTerms.minAmount')}
            />
            <FormText
              name="loanTerms.ratePerYear"
              label={t('ratePerYear')}
              hint={t('rateHint')}
              inputMode="decimal"
              defaultValue={terms?.ratePerYear?.replace('.', ',')}
              error={error('loanTerms.ratePerYear')}
            />
            <FormText
              name="loanTerms.maxTenorMonths"
              label={t('maxTenorMonths')}
              inputMode="numeric"
              defaultValue={terms?.maxTenorMonths?.toString()}
              error={error('loanTerms.maxTenorMonths')}
            />
            <FormText
              name="loanTerms.minGraceMonths"
              label={t('minGraceMonths')}
              inputMode="numeric"
              defaultValue={terms?.minGraceMonths?.toString()}
              error={error('loanTerms.minGraceMonths')}
            />
            <FormText
              name="loanTerms.maxGraceMonths"
              label={t('maxGraceMonths')}
              inputMode="numeric"
              defaultValue={terms?.maxGraceMonths?.toString()}
              error={error('loanTerms.maxGraceMonths')}
            />
            <FormText
              name="loanTerms.operatingCostCap"
              label={t('operatingCostCap')}
              inputMode="decimal"
              defaultValue={shownAmount(terms?.operatingCostCap?.amount)}
              error={error('loanTerms.operatingCostCap')}
            />
          </div>
        </fieldset>
      ) : null}

      <FormCheckboxes
        name="coverageRegencyCodes"
        legend={t('coverage')}
        hint={t('coverageHint')}
        options={options.regencies}
        defaultValues={program?.coverage.map((region) => region.code) ?? []}
        error={error('coverageRegencyCodes')}
      />
      <FormCheckboxes
        name="eligibleUnitTypes"
        legend={t('eligibleUnitTypes')}
        hint={t('eligibleUnitTypesHint')}
        options={options.unitTypes}
        defaultValues={program?.eligibleUnitTypes ?? []}
        error={error('eligibleUnitTypes')}
      />
      <FormCheckboxes
        name="requiredDocuments"
        legend={t('requiredDocuments')}
        options={options.documents}
        defaultValues={program?.requiredDocuments ?? []}
        error={error('requiredDocuments')}
      />

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {busy ? shared('saving') : program ? t('save') : t('create')}
        </button>
        <p role="status" aria-live="polite" className="text-sm font-medium text-emerald-800">
          {saved ? shared('saved') : ''}
        </p>
      </div>
    </form>
  );
}
