import { useLocale, useTranslations } from 'next-intl';
import type { RequestSummaryFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { daysSince, formatDate, formatDecimal, formatIdr } from '@/lib/format';

/** A request's page (search results, notifications and the partner's lists lead there). */
export const requestHref = (id: string) => `/requests/${encodeURIComponent(id)}`;

/** One of a partner's requests: what they need, how much, where and by when. */
export function RequestItem({ request }: { request: RequestSummaryFragment }) {
  const t = useTranslations('partners');
  const enums = useTranslations('enums');
  const locale = useLocale();
  const facts = [
    enums(`commodity.${request.commodity}`),
    t('quantity', {
      quantity: formatDecimal(request.quantity, locale),
      unit: enums(`quantityUnit.${request.quantityUnit}`),
    }),
    t('deliverTo', { region: request.deliveryRegion.name }),
    request.deadline ? t('deadline', { date: formatDate(request.deadline, locale) }) : null,
    request.priceHint ? t('priceHint', { price: formatIdr(request.priceHint.amount) }) : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <div>
      <Link href={requestHref(request.id)} className="font-medium">
        {request.title}
      </Link>
      <p className="text-sm text-stone-600">{facts.join(' · ')}</p>
      <p className="text-xs text-stone-500">
        {t('confirmedAgo', { days: daysSince(request.lastConfirmedAt) })}
      </p>
    </div>
  );
}
