import { useLocale, useTranslations } from 'next-intl';
import type { PassportFieldsFragment } from '@/graphql/generated/graphql';
import { DetailList } from '@/components/ui/detail-list';
import { formatCount, formatList } from '@/lib/format';
import { OFFICER_ROLES } from '@/lib/workspace-enum-values';

type Passport = PassportFieldsFragment;

/**
 * The board a lender expects (chair, secretary, treasurer, supervisor), each with the names on
 * record, and whether it is complete (the API's `missingOfficers`).
 */
export function BoardSummary({
  officers,
  missingOfficers,
}: {
  officers: Passport['cooperative']['officers'];
  missingOfficers: Passport['missingOfficers'];
}) {
  const t = useTranslations('passport.board');
  const enums = useTranslations('enums');
  const locale = useLocale();
  return (
    <>
      <p className="mb-3 text-stone-700" data-testid="board-completeness">
        {missingOfficers.length === 0
          ? t('complete')
          : t('incomplete', {
              roles: formatList(
                missingOfficers.map((role) => enums(`officerRole.${role}`)),
                locale,
              ),
            })}
      </p>
      <DetailList
        details={OFFICER_ROLES.map((role) => {
          const names = officers.filter((officer) => officer.role === role).map((officer) => officer.name);
          return {
            label: enums(`officerRole.${role}`),
            value: names.length > 0 ? formatList(names, locale) : null,
          };
        })}
      />
    </>
  );
}

/** How many units run and how many are planned or being built. */
export function UnitsSummary({ units }: { units: Passport['cooperative']['units'] }) {
  const t = useTranslations('passport.units');
  const locale = useLocale();
  const active = units.filter((unit) => unit.status === 'ACTIVE').length;
  const toBuild = units.filter(
    (unit) => unit.status === 'PLANNED' || unit.status === 'UNDER_CONSTRUCTION',
  ).length;
  return (
    <p className="mb-2 text-sm text-stone-700">
      {t('summary', { active: formatCount(active, locale), toBuild: formatCount(toBuild, locale) })}
    </p>
  );
}

/** How its proposals have gone: accepted, completed, cancelled, not agreed, still open. */
export function TrackRecord({ trackRecord }: { trackRecord: Passport['trackRecord'] }) {
  const t = useTranslations('passport.trackRecord');
  const locale = useLocale();
  const { accepted, completed, cancelled, notAgreed, open } = trackRecord;
  if (accepted + completed + cancelled + notAgreed + open === 0) {
    return <p className="text-stone-600">{t('none')}</p>;
  }
  return (
    <DetailList
      details={(
        [
          ['completed', completed],
          ['accepted', accepted],
          ['open', open],
          ['cancelled', cancelled],
          ['notAgreed', notAgreed],
        ] as const
      ).map(([key, count]) => ({ label: t(key), value: formatCount(count, locale) }))}
    />
  );
}
