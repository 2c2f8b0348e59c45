import { useLocale, useTranslations } from 'next-intl';
import type { OfferingSummaryFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { daysSince, formatDate } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { OfferingFigures } from './offering-figures';

interface OfferingCardProps {
  offering: OfferingSummaryFragment;
  /** Shown in lists across cooperatives; left out on a cooperative's own profile. */
  cooperative?: { id: string; name: string; place?: string | null };
}

export function OfferingCard({ offering, cooperative }: OfferingCardProps) {
  const t = useTranslations('offering');
  const list = useTranslations('offerings');
  const enums = useTranslations('enums');
  const locale = useLocale();
  return (
    <article className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap gap-1.5">
        <Badge tone="brand">{enums(`offeringKind.${offering.kind}`)}</Badge>
        {offering.commodity ? <Badge>{enums(`commodity.${offering.commodity}`)}</Badge> : null}
      </div>
      <h3 className="mt-2 text-base font-semibold">
        <Link href={`/offerings/${encodeURIComponent(offering.id)}`}>{offering.title}</Link>
      </h3>
      {cooperative ? (
        <p className="mt-0.5 text-sm text-stone-600">
          {list('by', { cooperative: cooperative.name })}
          {cooperative.place ? ` · ${cooperative.place}` : ''}
        </p>
      ) : null}
      <OfferingFigures offering={offering} />
      {offering.validUntil ? (
        <p className="mt-2 text-xs text-stone-600">
          {t('validUntil')}: {formatDate(offering.validUntil, locale)}
        </p>
      ) : null}
      {offering.lastConfirmedAt ? (
        // Freshness at a glance: partners trust a listing confirmed days ago over one of months ago.
        <p className="mt-0.5 text-xs text-stone-600">
          {t('confirmedAgo', { days: daysSince(offering.lastConfirmedAt) })}
        </p>
      ) : null}
    </article>
  );
}
