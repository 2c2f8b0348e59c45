import { useLocale, useTranslations } from 'next-intl';
import { COMMODITIES, OFFERING_KINDS } from '@/lib/enum-values';
import type { PickerLevels } from '@/features/region/picker-levels';
import { activeFilterCount, type OfferingSearch } from '@/lib/search-params';
import { formatDecimal } from '@/lib/format';
import { FilterActions } from '@/components/ui/filter-actions';
import { FilterForm } from '@/components/ui/filter-form';
import { FilterChoiceField, FilterInputField } from '@/components/ui/form-controls';
import { RegionPicker } from '@/features/region/region-picker';

interface OfferingFilterFormProps {
  action: string;
  search: OfferingSearch;
  /** The region picker's lists for the chosen path (RegionPickerLevels). */
  regionLevels: PickerLevels;
}

export function OfferingFilterForm({ action, search, regionLevels }: OfferingFilterFormProps) {
  const t = useTranslations('filters');
  const enums = useTranslations('enums');
  const locale = useLocale();
  const amount = (value: string | undefined) => (value ? formatDecimal(value, locale) : undefined);
  return (
    <FilterForm
      action={action}
      label={t('legend')}
      foldLabel={t('toggle', { count: activeFilterCount(search) })}
    >
      <FilterChoiceField
        name="kind"
        label={t('offeringKind')}
        anyLabel={t('anyOfferingKind')}
        options={OFFERING_KINDS.map((kind) => ({ value: kind, label: enums(`offeringKind.${kind}`) }))}
        value={search.kind}
      />
      <FilterChoiceField
        name="commodity"
        label={t('commodity')}
        anyLabel={t('anyCommodity')}
        options={COMMODITIES.map((commodity) => ({
          value: commodity,
          label: enums(`commodity.${commodity}`),
        }))}
        value={search.commodity}
      />
      <RegionPicker
        key={search.region ?? ''}
        legend={t('region')}
        mode={{ kind: 'filter', submitOnPick: true }}
        maxLevel="VILLAGE"
        value={search.region}
        levels={regionLevels}
      />
      {/* Ticket size: what a financing need asks for. */}
      <FilterInputField
        name="amountMin"
        label={t('amountMin')}
        hint={t('amountHint')}
        inputMode="decimal"
        maxLength={24}
        value={amount(search.amountMin)}
      />
      <FilterInputField
        name="amountMax"
        label={t('amountMax')}
        inputMode="decimal"
        maxLength={24}
        value={amount(search.amountMax)}
      />
      <FilterActions resetHref={action} />
    </FilterForm>
  );
}
