import { useLocale, useTranslations } from 'next-intl';
import { DetailList } from '@/components/ui/detail-list';
import { formatCount, formatDuration } from '@/lib/format';

/** A cooperative's `responsiveness` as the pages select it. */
export interface ResponsivenessFigures {
  periodDays: number;
  responses: number;
  medianResponseSeconds?: number | null;
  expiredWhileWaiting: number;
}

/** How quickly a cooperative acts when it is its turn: the median, the responses, the expired ones. */
export function ResponsivenessDetails({ responsiveness }: { responsiveness: ResponsivenessFigures }) {
  const t = useTranslations('cooperative');
  const locale = useLocale();
  const median = responsiveness.medianResponseSeconds;
  if (median === null || median === undefined) {
    return <p className="text-stone-600">{t('responsivenessNone', { days: responsiveness.periodDays })}</p>;
  }
  return (
    <DetailList
      details={[
        {
          label: t('responsivenessMedian'),
          value: formatDuration(median, locale),
        },
        {
          label: t('responsivenessResponses', { days: responsiveness.periodDays }),
          value: formatCount(responsiveness.responses, locale),
        },
        {
          label: t('responsivenessExpired'),
          value: formatCount(responsiveness.expiredWhileWaiting, locale),
        },
      ]}
    />
  );
}
