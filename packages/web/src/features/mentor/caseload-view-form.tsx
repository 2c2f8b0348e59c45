import { useTranslations } from 'next-intl';
import { CASELOAD_GAPS, DEFAULT_CASELOAD_SORT, type CaseloadView } from './caseload-gaps';
import { COOPERATIVE_STAGES } from '@/lib/enum-values';
import { FilterActions } from '@/components/ui/filter-actions';
import { FilterForm } from '@/components/ui/filter-form';
import { FilterChoiceField } from '@/components/ui/form-controls';

/** Filter the caseload by what is missing and by stage, and choose the order; kept in the URL. */
export function CaseloadViewForm({ action, view }: { action: string; view: CaseloadView }) {
  const t = useTranslations('mentorWorkspace');
  const enums = useTranslations('enums');
  return (
    <FilterForm action={action} label={t('viewLegend')}>
      <FilterChoiceField
        name="gap"
        label={t('gapFilter')}
        anyLabel={t('anyGap')}
        options={[
          { value: 'ANY', label: t('someGap') },
          ...CASELOAD_GAPS.map((gap) => ({ value: gap, label: t(`gaps.${gap}`) })),
        ]}
        value={view.gap}
      />
      <FilterChoiceField
        name="stage"
        label={t('stageFilter')}
        anyLabel={t('anyStage')}
        options={COOPERATIVE_STAGES.map((stage) => ({ value: stage, label: enums(`stage.${stage}`) }))}
        value={view.stage}
      />
      <FilterChoiceField
        name="sort"
        label={t('sort')}
        anyLabel={t('sortUrgent')}
        options={[
          { value: 'gaps', label: t('sortGaps') },
          { value: 'stage', label: t('sortStage') },
          { value: 'name', label: t('sortName') },
        ]}
        value={view.sort === DEFAULT_CASELOAD_SORT ? undefined : view.sort}
      />
      <FilterActions resetHref={action} />
    </FilterForm>
  );
}
