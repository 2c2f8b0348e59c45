import { useTranslations } from 'next-intl';
import { COMMODITIES, OFFERING_KINDS } from '../lib/enum-values';
import type { OfferingSearch } from '../lib/search-params';
import type { RegionOption } from './cooperative-filter-form';
import { FilterActions } from './filter-actions';
import { FilterForm } from './filter-form';
import { FilterChoiceField } from './form-controls';

interface OfferingFilterFormProps {
  action: string;
  search: OfferingSearch;
  regencies: readonly RegionOption[];
}

export function OfferingFilterForm({ action, search, regencies }: OfferingFilterFormProps) {
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
      <FilterChoiceField
        name="regency"
        label={t('regency')}
        anyLabel={t('anyRegency')}
        options={regencies.map((region) => ({ value: region.code, label: region.name }))}
        value={search.regency}
      />
      <FilterActions resetHref={action} />
    </FilterForm>
  );
}
