import { useTranslations } from 'next-intl';
import { COMMODITIES, PARTNER_TYPES } from '@/lib/enum-values';
import type { PickerLevels } from '@/features/region/picker-levels';
import { activeFilterCount, type PartnerSearch } from '@/lib/search-params';
import { FilterActions } from '@/components/ui/filter-actions';
import { FilterForm } from '@/components/ui/filter-form';
import { FilterChoiceField, FilterInputField } from '@/components/ui/form-controls';
import { RegionPicker } from '@/features/region/region-picker';

/** The partners list's filters: name, kind of partner, a region it serves, a commodity it trades. */
export function PartnerFilterForm({
  action,
  search,
  regionLevels,
}: {
  action: string;
  search: PartnerSearch;
  regionLevels: PickerLevels;
}) {
  const t = useTranslations('filters');
  const enums = useTranslations('enums');
  return (
    <FilterForm
      action={action}
      label={t('legend')}
      foldLabel={t('toggle', { count: activeFilterCount(search) })}
    >
      <FilterInputField
        name="q"
        type="search"
        label={t('partnerName')}
        value={search.q}
        placeholder={t('partnerNamePlaceholder')}
        maxLength={100}
      />
      <FilterChoiceField
        name="type"
        label={t('partnerType')}
        anyLabel={t('anyPartnerType')}
        options={PARTNER_TYPES.map((type) => ({ value: type, label: enums(`partnerType.${type}`) }))}
        value={search.type}
      />
      <RegionPicker
        key={search.region ?? ''}
        legend={t('servesRegion')}
        mode={{ kind: 'filter', submitOnPick: true }}
        maxLevel="REGENCY"
        value={search.region}
        levels={regionLevels}
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
      <FilterActions resetHref={action} />
    </FilterForm>
  );
}
