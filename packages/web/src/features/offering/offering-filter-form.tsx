import { useTranslations } from 'next-intl';
import { COMMODITIES, OFFERING_KINDS } from '@/lib/enum-values';
import type { PickerLevels } from '@/features/region/picker-levels';
import type { OfferingSearch } from '@/lib/search-params';
import { FilterActions } from '@/components/ui/filter-actions';
import { FilterForm } from '@/components/ui/filter-form';
import { FilterChoiceField } from '@/components/ui/form-controls';
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
  return (
    <FilterForm action={action} label={t('legend')}>
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
      <FilterActions resetHref={action} />
    </FilterForm>
  );
}
