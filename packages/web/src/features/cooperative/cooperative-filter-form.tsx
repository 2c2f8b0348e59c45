import { useTranslations } from 'next-intl';
import {
  BUSINESS_UNIT_STATUSES,
  BUSINESS_UNIT_TYPES,
  COMMODITIES,
  COOPERATIVE_KINDS,
  COOPERATIVE_STAGES,
  VERIFICATION_LEVELS,
} from '@/lib/enum-values';
import type { PickerLevels } from '@/features/region/picker-levels';
import { activeFilterCount, type CooperativeSearch } from '@/lib/search-params';
import { FilterActions } from '@/components/ui/filter-actions';
import { FilterForm } from '@/components/ui/filter-form';
import { FilterChoiceField, FilterInputField } from '@/components/ui/form-controls';
import { RegionPicker } from '@/features/region/region-picker';

interface CooperativeFilterFormProps {
  /** The discover page's localised path, e.g. "/cooperatives" or "/en/cooperatives". */
  action: string;
  search: CooperativeSearch;
  /** The region picker's lists for the chosen path (RegionPickerLevels). */
  regionLevels: PickerLevels;
}

/**
 * The discover page's filters. Rendered on the server with the current values; each region list
 * follows the level chosen above it because choosing one reloads the page's data.
 */
export function CooperativeFilterForm({ action, search, regionLevels }: CooperativeFilterFormProps) {
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
        label={t('name')}
        value={search.q}
        placeholder={t('namePlaceholder')}
        maxLength={100}
      />
      {/* A new choice in the URL renders a fresh picker with the server's lists. */}
      <RegionPicker
        key={search.region ?? ''}
        legend={t('region')}
        mode={{ kind: 'filter', submitOnPick: true }}
        maxLevel="VILLAGE"
        value={search.region}
        levels={regionLevels}
      />
      <FilterChoiceField
        name="stage"
        label={t('stage')}
        anyLabel={t('anyStage')}
        options={COOPERATIVE_STAGES.map((stage) => ({ value: stage, label: enums(`stage.${stage}`) }))}
        value={search.stage}
      />
      <FilterChoiceField
        name="unitType"
        label={t('unitType')}
        anyLabel={t('anyUnitType')}
        options={BUSINESS_UNIT_TYPES.map((type) => ({ value: type, label: enums(`unitType.${type}`) }))}
        value={search.unitType}
      />
      <FilterChoiceField
        name="unitStatus"
        label={t('unitStatus')}
        anyLabel={t('anyUnitStatus')}
        options={BUSINESS_UNIT_STATUSES.map((status) => ({
          value: status,
          label: enums(`unitStatus.${status}`),
        }))}
        value={search.unitStatus}
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
      <FilterChoiceField
        name="verification"
        label={t('minVerification')}
        anyLabel={t('anyVerification')}
        options={VERIFICATION_LEVELS.filter((level) => level !== 'UNVERIFIED').map((level) => ({
          value: level,
          label: enums(`verificationLevel.${level}`),
        }))}
        value={search.verification}
      />
      <FilterChoiceField
        name="kind"
        label={t('cooperativeKind')}
        anyLabel={t('anyCooperativeKind')}
        options={COOPERATIVE_KINDS.map((kind) => ({ value: kind, label: enums(`cooperativeKind.${kind}`) }))}
        value={search.kind}
      />
      <FilterActions resetHref={action} />
    </FilterForm>
  );
}
