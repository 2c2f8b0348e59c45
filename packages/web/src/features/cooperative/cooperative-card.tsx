import { useTranslations } from 'next-intl';
import type { CooperativeSummaryFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { placeOf } from '@/features/region/places';
import { StageBadge, VerificationBadge } from '@/components/ui/status-badges';

/** A cooperative in a result list: name (the link), place, stage, verification and active units. */
export function CooperativeCard({ cooperative }: { cooperative: CooperativeSummaryFragment }) {
  const t = useTranslations('discover');
  const enums = useTranslations('enums');
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4">
      <h3 className="text-base font-semibold">
        <Link href={`/cooperatives/${encodeURIComponent(cooperative.id)}`}>{cooperative.name}</Link>
      </h3>
      <p className="mt-0.5 text-sm text-stone-600">
        {placeOf(cooperative.village)} · {enums(`cooperativeKind.${cooperative.kind}`)} ·{' '}
        {t('members', { count: cooperative.memberCount })}
      </p>
      <div className="mt-2 flex flex-wrap gap-1.5">
        <StageBadge stage={cooperative.stage} />
        <VerificationBadge level={cooperative.verificationLevel} />
      </div>
      <div className="mt-3 text-sm">
        {cooperative.activeUnits.length > 0 ? (
          <>
            <span className="text-stone-600">{t('activeUnits')}: </span>
            {cooperative.activeUnits.map((unit) => unit.name ?? enums(`unitType.${unit.type}`)).join(', ')}
          </>
        ) : (
          <span className="text-stone-500">{t('noActiveUnits')}</span>
        )}
      </div>
    </article>
  );
}
