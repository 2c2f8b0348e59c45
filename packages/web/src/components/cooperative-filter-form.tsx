import { useTranslations } from 'next-intl';
import {
  BUSINESS_UNIT_STATUSES,
  BUSINESS_UNIT_TYPES,
  COMMODITIES,
  COOPERATIVE_KINDS,
  COOPERATIVE_STAGES,
} from '../lib/enum-values';
import type { CooperativeSearch } from '../lib/search-params';
import { FilterActions } from './filter-actions';
import { FilterForm } from './filter-form';
import { FilterChoiceField, FilterInputField } from './form-controls';

export interface RegionOption {
  code: string;
  name: string;
}

interface CooperativeFilterFormProps {
  /** The discover page's localised path, e.g. "/cooperatives" or "/en/cooperatives". */
  action: string;
  search: CooperativeSearch;
  regencies: readonly RegionOption[];
  /** Districts of the chosen regency (empty until one is chosen). */
  districts: readonly RegionOption[];
}

/**
 * The discover page's filters. Rendered on the server with the current values; the district list
 * follows the chosen regency because choosing one reloads the page's data.
 */
export function CooperativeFilterForm({ action, search, regencies, districts }: CooperativeFilterFormProps) {
  const t = useTranslations('filters');
  const enums = useTranslations('enums');
  const regionOptions = (regions: readonly RegionOption[]) =>
    regions.map((region) => ({ value: region.code, label: region.name }));

  return (
    <FilterForm action={action} label={t('legend')}>
      <FilterInputField
        name="q"
        type="search"
        label={t('name')}
        value={search.q}
        placeholder={t('namePlaceholder')}
        maxLength={100}
      />
      <FilterChoiceField
        name="regency"
        label={t('regency')}
        anyLabel={t('anyRegency')}
        options={regionOptions(regencies)}
        value={search.regency}
      />
      <FilterChoiceField
        name="district"
        label={t('district')}
        anyLabel={t('anyDistrict')}
        options={regionOptions(districts)}
        value={search.district}
        disabled={!search.regency}
        hint={search.regency ? undefined : t('chooseRegencyFirst')}
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
