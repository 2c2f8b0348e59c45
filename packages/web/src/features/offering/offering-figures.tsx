import { useLocale, useTranslations } from 'next-intl';
import type { OfferingSummaryFragment } from '@/graphql/generated/graphql';
import { formatDecimal, formatIdr, formatIdrRange } from '@/lib/format';

/** The numbers that matter for an offering's kind: quantity and price, or the amount and tenor. */
export function OfferingFigures({ offering }: { offering: OfferingSummaryFragment }) {
  const t = useTranslations('offering');
  const enums = useTranslations('enums');
  const locale = useLocale();
  const unit = offering.quantityUnit ? enums(`quantityUnit.${offering.quantityUnit}`) : null;
  const price = formatIdrRange(offering.priceMin?.amount, offering.priceMax?.amount);
  const lines: { label: string; value: string }[] = [];
  if (offering.quantityPerMonth && unit) {
    lines.push({
      label: t('quantityPerMonth'),
      value: t('perMonth', { quantity: formatDecimal(offering.quantityPerMonth, locale), unit }),
    });
  }
  if (price && unit) lines.push({ label: t('priceRange', { unit }), value: price });
  if (offering.amountNeeded)
    lines.push({ label: t('amountNeeded'), value: formatIdr(offering.amountNeeded.amount) });
  if (offering.wantedTenorMonths) {
    lines.push({ label: t('tenor'), value: t('months', { count: offering.wantedTenorMonths }) });
  }
  if (lines.length === 0) return null;
  return (
    <dl className="mt-2 grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
      {lines.map((line) => (
        <div key={line.label}>
          <dt className="inline text-stone-600">{line.label}: </dt>
          <dd className="inline font-medium tabular-nums">{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}
