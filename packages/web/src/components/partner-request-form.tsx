'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import {
  CreateRequestDocument,
  UpdateRequestDocument,
  type Commodity,
  type PartnerRequestFieldsFragment,
  type QuantityUnit,
} from '../graphql/generated/graphql';
import { useRouter } from '../i18n/navigation';
import { dateInputValue, endOfDayInWib } from '../lib/date-input';
import { parseDecimalInput, parseMoneyInput } from '../lib/decimal-input';
import { formatDecimal } from '../lib/format';
import { NO_PROBLEMS, problemsOf, type ApiUserError, type FormProblems } from '../lib/user-errors';
import { FormAlert, FormSelect, FormText, FormTextarea, type FormOption } from './form-fields';

export interface RequestFormOptions {
  commodities: readonly FormOption[];
  quantityUnits: readonly FormOption[];
  regencies: readonly FormOption[];
}

const FORM_FIELDS = [
  'title',
  'description',
  'commodity',
  'quantity',
  'quantityUnit',
  'deliveryRegionCode',
  'deadline',
  'priceHint',
] as const;

/**
 * Posts a request (what the partner wants to buy, where, by when) or changes an open one.
 * The deadline is a day: offers are wanted until its end in West Kalimantan.
 */
export function PartnerRequestForm({
  partnerId,
  request,
  options,
}: {
  partnerId: string;
  request?: PartnerRequestFieldsFragment;
  options: RequestFormOptions;
}) {
  const t = useTranslations('partnerWorkspace.requestForm');
  const shared = useTranslations('roleWorkspaces');
  const router = useRouter();
  const alertId = useId();
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [failed, setFailed] = useState(false);
  const [saved, setSaved] = useState(false);
  const [createRequest, creating] = useMutation(CreateRequestDocument);
  const [updateRequest, updating] = useMutation(UpdateRequestDocument);
  const busy = creating.loading || updating.loading;
  const describe = (error: ApiUserError) => `${shared(`userError.${error.code}`)} ${error.message}`;

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

    if (text('title').length < 3) fields.title = t('titleTooShort');
    for (const name of ['commodity', 'quantityUnit', 'deliveryRegionCode'] as const) {
      if (!text(name)) fields[name] = shared('required');
    }
    const quantity = parseDecimalInput(text('quantity'));
    if (!quantity.ok) fields.quantity = shared(`decimal.${quantity.problem}`);
    else if (!quantity.value || quantity.value === '0') fields.quantity = t('quantityRequired');
    const priceHint = parseMoneyInput(text('priceHint'));
    if (!priceHint.ok) fields.priceHint = shared(`decimal.${priceHint.problem}`);
    const deadline = text('deadline') ? endOfDayInWib(text('deadline')) : null;
    if (text('deadline') && !deadline) fields.deadline = t('deadlineInvalid');
    if (Object.keys(fields).length > 0) {
      show({ fields, general: [], conflict: false });
      return;
    }

    const values = {
      title: text('title'),
      description: text('description'),
      commodity: text('commodity') as Commodity,
      quantity: quantity.ok ? quantity.value! : '',
      quantityUnit: text('quantityUnit') as QuantityUnit,
      deliveryRegionCode: text('deliveryRegionCode'),
      deadline,
      priceHint: priceHint.ok ? priceHint.value : null,
    };
    try {
      if (!request) {
        const { data } = await createRequest({ variables: { input: { partnerId, ...values } } });
        const result = data?.createRequest;
        if (!result?.request) {
          show(problemsOf(result?.userErrors ?? [], FORM_FIELDS, describe));
          return;
        }
        setProblems(NO_PROBLEMS);
        router.push({ pathname: '/partner', query: { partner: partnerId, saved: 'request' } });
        return;
      }
      const { data } = await updateRequest({
        variables: { input: { id: request.id, version: request.version, ...values } },
      });
      const result = data?.updateRequest;
      if (!result?.request) {
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

      <FormText
        name="title"
        label={t('title')}
        hint={t('titleHint')}
        defaultValue={request?.title}
        required
        minLength={3}
        maxLength={200}
        error={error('title')}
      />
      <FormTextarea
        name="description"
        label={t('description')}
        hint={t('descriptionHint')}
        defaultValue={request?.description}
        maxLength={5000}
        error={error('description')}
      />
      <FormSelect
        name="commodity"
        label={t('commodity')}
        emptyLabel={t('choose')}
        options={options.commodities}
        defaultValue={request?.commodity}
        required
        error={error('commodity')}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormText
          name="quantity"
          label={t('quantity')}
          inputMode="decimal"
          defaultValue={request ? formatDecimal(request.quantity, 'id') : undefined}
          required
          error={error('quantity')}
        />
        <FormSelect
          name="quantityUnit"
          label={t('quantityUnit')}
          emptyLabel={t('choose')}
          options={options.quantityUnits}
          defaultValue={request?.quantityUnit}
          required
          error={error('quantityUnit')}
        />
      </div>
      <FormSelect
        name="deliveryRegionCode"
        label={t('deliveryRegion')}
        emptyLabel={t('choose')}
        options={options.regencies}
        defaultValue={request?.deliveryRegion.code}
        required
        error={error('deliveryRegionCode')}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <FormText
          name="deadline"
          type="date"
          label={t('deadline')}
          hint={t('deadlineHint')}
          defaultValue={dateInputValue(request?.deadline)}
          error={error('deadline')}
        />
        <FormText
          name="priceHint"
          label={t('priceHint')}
          hint={t('priceHintHint')}
          inputMode="decimal"
          defaultValue={request?.priceHint ? formatDecimal(request.priceHint.amount, 'id') : undefined}
          error={error('priceHint')}
        />
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-800 disabled:opacity-70"
        >
          {busy ? shared('saving') : request ? t('save') : t('create')}
        </button>
        <p role="status" aria-live="polite" className="text-sm font-medium text-emerald-800">
          {saved ? shared('saved') : ''}
        </p>
      </div>
    </form>
  );
}
