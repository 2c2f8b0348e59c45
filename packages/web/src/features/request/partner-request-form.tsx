'use client';

import { useMutation } from '@apollo/client/react';
import { useTranslations } from 'next-intl';
import {
  CreateRequestDocument,
  UpdateRequestDocument,
  type Commodity,
  type PartnerRequestFieldsFragment,
  type QuantityUnit,
} from '@/graphql/generated/graphql';
import { dateInputValue, endOfDayInWib } from '@/lib/date-input';
import { parseDecimalInput, parseMoneyInput } from '@/lib/decimal-input';
import { formatDecimal } from '@/lib/format';
import { ChoiceField, InputField, TextAreaField, type ChoiceOption } from '@/components/ui/form-controls';
import { PartnerFormShell, usePartnerForm } from '@/features/partner/partner-form-shell';
import { RegionPicker } from '@/features/region/region-picker';
import type { RegionOption } from '@/features/region/picker-levels';

export interface RequestFormOptions {
  commodities: readonly ChoiceOption[];
  quantityUnits: readonly ChoiceOption[];
  /** Where the delivery region picker starts. */
  provinces: readonly RegionOption[];
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
  const form = usePartnerForm({ partnerId, record: 'request', isNew: !request, fields: FORM_FIELDS });
  const { error } = form;
  const [createRequest, creating] = useMutation(CreateRequestDocument);
  const [updateRequest, updating] = useMutation(UpdateRequestDocument);
  const busy = creating.loading || updating.loading;

  async function onSubmit(values: FormData) {
    const text = (name: string) => String(values.get(name) ?? '').trim();
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
      form.refuse(fields);
      return;
    }

    const changes = {
      title: text('title'),
      description: text('description'),
      commodity: text('commodity') as Commodity,
      quantity: quantity.ok ? quantity.value! : '',
      quantityUnit: text('quantityUnit') as QuantityUnit,
      deliveryRegionCode: text('deliveryRegionCode'),
      deadline,
      priceHint: priceHint.ok ? priceHint.value : null,
    };
    await form.save(async () => {
      if (!request) {
        const { data } = await createRequest({ variables: { input: { partnerId, ...changes } } });
        return data?.createRequest;
      }
      const { data } = await updateRequest({
        variables: { input: { id: request.id, version: request.version, ...changes } },
      });
      return data?.updateRequest;
    });
  }

  return (
    <PartnerFormShell
      form={form}
      busy={busy}
      submitLabel={request ? t('save') : t('create')}
      onSubmit={onSubmit}
    >
      <InputField
        name="title"
        autoComplete="off"
        label={t('title')}
        hint={t('titleHint')}
        defaultValue={request?.title ?? ''}
        required
        minLength={3}
        maxLength={200}
        error={error('title')}
      />
      <TextAreaField
        name="description"
        rows={4}
        label={t('description')}
        hint={t('descriptionHint')}
        defaultValue={request?.description ?? ''}
        maxLength={5000}
        error={error('description')}
      />
      <ChoiceField
        name="commodity"
        label={t('commodity')}
        emptyLabel={t('choose')}
        options={options.commodities}
        defaultValue={request?.commodity ?? ''}
        required
        error={error('commodity')}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <InputField
          name="quantity"
          autoComplete="off"
          label={t('quantity')}
          inputMode="decimal"
          defaultValue={request ? formatDecimal(request.quantity, 'id') : ''}
          required
          error={error('quantity')}
        />
        <ChoiceField
          name="quantityUnit"
          label={t('quantityUnit')}
          emptyLabel={t('choose')}
          options={options.quantityUnits}
          defaultValue={request?.quantityUnit ?? ''}
          required
          error={error('quantityUnit')}
        />
      </div>
      <RegionPicker
        legend={t('deliveryRegion')}
        hint={t('deliveryRegionHint')}
        mode={{ kind: 'field', name: 'deliveryRegionCode' }}
        maxLevel="VILLAGE"
        value={request?.deliveryRegion.code}
        levels={{ PROVINCE: options.provinces }}
        required
        error={error('deliveryRegionCode')}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <InputField
          name="deadline"
          autoComplete="off"
          type="date"
          label={t('deadline')}
          hint={t('deadlineHint')}
          defaultValue={dateInputValue(request?.deadline)}
          error={error('deadline')}
        />
        <InputField
          name="priceHint"
          autoComplete="off"
          label={t('priceHint')}
          hint={t('priceHintHint')}
          inputMode="decimal"
          defaultValue={request?.priceHint ? formatDecimal(request.priceHint.amount, 'id') : ''}
          error={error('priceHint')}
        />
      </div>
    </PartnerFormShell>
  );
}
