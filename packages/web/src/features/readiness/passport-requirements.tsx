import { useLocale, useTranslations } from 'next-intl';
import type { PassportFieldsFragment } from '@/graphql/generated/graphql';
import { formatLocalDate } from '@/lib/format';
import { REQUIREMENT_SIGNS } from '@/features/eligibility/requirement-signs';

type Requirement = PassportFieldsFragment['requirements'][number];

/**
 * The PMK 49/2025 requirements with ✓/✗/! and the document behind each: its number (for those
 * who may see it), "berlaku s.d." its expiry, and how far it is verified.
 */
export function PassportRequirements({
  requirements,
  metCount,
}: {
  requirements: readonly Requirement[];
  metCount: number;
}) {
  const t = useTranslations('passport.requirements');
  const enums = useTranslations('enums');
  const locale = useLocale();
  const date = (value: string) => formatLocalDate(value, locale);

  function evidenceOf({ status, document }: Requirement): string | null {
    const number = document?.number ? t('number', { number: document.number }) : null;
    switch (status) {
      case 'MET':
        if (!document) return null;
        return [
          number,
          document.expiresOn ? t('validUntil', { date: date(document.expiresOn) }) : t('noExpiry'),
          enums(`verificationLevel.${document.verificationLevel}`),
        ]
          .filter(Boolean)
          .join(' · ');
      case 'EXPIRED':
        return [number, document?.expiresOn ? t('expiredOn', { date: date(document.expiresOn) }) : null]
          .filter(Boolean)
          .join(' · ');
      case 'MISSING':
        return t('missing');
      default:
        return null;
    }
  }

  return (
    <>
      <p className="mb-3 text-sm text-stone-700">
        {t('metCount', { met: metCount, total: requirements.length })}
      </p>
      <ul className="space-y-2" aria-label={t('listLabel')}>
        {requirements.map((requirement) => {
          const sign = REQUIREMENT_SIGNS[requirement.status];
          const evidence = evidenceOf(requirement);
          return (
            <li
              key={requirement.key}
              data-requirement={requirement.key}
              data-status={requirement.status}
              className="flex gap-3 rounded-md border border-stone-200 p-3"
            >
              <span aria-hidden="true" className={`w-5 shrink-0 text-lg font-bold ${sign.tone}`}>
                {sign.sign}
              </span>
              <div className="min-w-0">
                <p className="font-medium">
                  {requirement.documentType ? enums(`documentType.${requirement.documentType}`) : t('other')}{' '}
                  <span className="text-sm font-normal text-stone-600">
                    ({t(`status.${requirement.status}`)})
                  </span>
                </p>
                {evidence ? <p className="text-sm break-words text-stone-700">{evidence}</p> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
