import { useTranslations } from 'next-intl';
import type { CaseloadGap } from './caseload-gaps';
import { Badge } from '@/components/ui/badge';

/** What a cooperative still lacks, one badge each (words, not colour, carry the meaning). */
export function GapBadges({ gaps }: { gaps: readonly CaseloadGap[] }) {
  const t = useTranslations('mentorWorkspace.gaps');
  if (gaps.length === 0) return <Badge tone="positive">{t('complete')}</Badge>;
  return (
    <ul aria-label={t('listLabel')} className="flex flex-wrap gap-1.5">
      {gaps.map((gap) => (
        <li key={gap}>
          <Badge tone="progress">{t(gap)}</Badge>
        </li>
      ))}
    </ul>
  );
}
