import { useLocale, useTranslations } from 'next-intl';
import type { PassportFieldsFragment, ReadinessLevel } from '@/graphql/generated/graphql';
import { formatList } from '@/lib/format';
import { levelNumber } from './readiness-levels';

export type ReadinessFinding = PassportFieldsFragment['findings'][number];

/** Each level's colours and sign; the text always says the level, the colour only repeats it. */
const LEVEL_STYLE: Record<ReadinessLevel, { tone: string; sign: string }> = {
  NOT_READY: { tone: 'border-brand-700 bg-brand-50 text-brand-800', sign: '✗' },
  NEEDS_DOCUMENTS: { tone: 'border-amber-500 bg-amber-50 text-amber-900', sign: '!' },
  READY_FOR_REVIEW: { tone: 'border-sky-600 bg-sky-50 text-sky-900', sign: '…' },
  BANKABLE: { tone: 'border-emerald-600 bg-emerald-50 text-emerald-900', sign: '✓' },
};

/** The readiness level, large, with its place on the ladder ("level 2 of 4") and what it means. */
export function ReadinessLevelBadge({ level }: { level: ReadinessLevel }) {
  const t = useTranslations('passport.readiness');
  const style = LEVEL_STYLE[level];
  return (
    <div>
      <p
        data-testid="readiness-level"
        data-level={level}
        className={`inline-flex flex-wrap items-baseline gap-x-2 rounded-lg border-2 px-4 py-2 ${style.tone}`}
      >
        <span className="text-sm font-medium">{t('levelLabel')}:</span>{' '}
        <span className="text-xl font-bold">
          <span aria-hidden="true">{style.sign} </span>
          {t(`level.${level}`)}
        </span>{' '}
        <span className="text-sm">({t('step', { number: levelNumber(level) })})</span>
      </p>
      <p className="mt-2 max-w-3xl text-stone-700">{t(`meaning.${level}`)}</p>
    </div>
  );
}

/** A reason the cooperative is not at a higher level, in plain words of the page's language. */
export function useReasonText(): (finding: ReadinessFinding) => string {
  const t = useTranslations('passport.readiness');
  const enums = useTranslations('enums');
  const locale = useLocale();
  return (finding) => {
    switch (finding.reason) {
      case 'BOARD_INCOMPLETE':
        return t('reason.BOARD_INCOMPLETE', {
          roles: formatList(
            finding.officerRoles.map((role) => enums(`officerRole.${role}`)),
            locale,
          ),
        });
      case 'DOCUMENT_MISSING':
      case 'DOCUMENT_EXPIRED':
        return t(`reason.${finding.reason}`, {
          document: finding.documentType ? enums(`documentType.${finding.documentType}`) : t('aDocument'),
        });
      default:
        return t(`reason.${finding.reason}`);
    }
  };
}

/** Why the cooperative is not at a higher level: what to complete next, one reason a line. */
export function ReadinessFindings({ findings }: { findings: readonly ReadinessFinding[] }) {
  const t = useTranslations('passport.readiness');
  const textOf = useReasonText();
  if (findings.length === 0) return <p className="mt-4 text-stone-700">{t('noReasons')}</p>;
  return (
    <div className="mt-4">
      <h3 id="readiness-reasons" className="font-semibold text-stone-900">
        {t('reasonsTitle')}
      </h3>
      <ul aria-labelledby="readiness-reasons" className="mt-2 list-disc space-y-1 pl-5">
        {findings.map((finding, index) => (
          <li key={`${finding.reason}-${finding.documentType ?? index}`} data-reason={finding.reason}>
            {textOf(finding)}
          </li>
        ))}
      </ul>
    </div>
  );
}
