import { useLocale, useTranslations } from 'next-intl';
import type { DinasDashboardQuery } from '@/graphql/generated/graphql';
import { formatCount, formatIdr } from '@/lib/format';

type Area = NonNullable<DinasDashboardQuery['dinasDashboard']>['proposalBreakdown'][number];

/**
 * Proposals and accepted financing per regency (or province): a table at a desk, and on a phone
 * the same figures as a list of cards, so nothing scrolls sideways.
 */
export function RegionProposals({
  areas,
  caption,
  areaHeading,
}: {
  areas: readonly Area[];
  caption: string;
  areaHeading: string;
}) {
  const t = useTranslations('dinas.regionProposals');
  const locale = useLocale();
  return (
    <>
      <table className="hidden w-full text-sm md:table">
        <caption className="mb-1 text-left font-medium">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="py-1 pr-2 font-medium">
              {areaHeading}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t('proposals')}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-medium">
              {t('accepted')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('financing')}
            </th>
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.region.code} className="border-b border-stone-100">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {area.region.name}
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">{formatCount(area.proposals, locale)}</td>
              <td className="py-1 pr-2 text-right tabular-nums">
                {formatCount(area.acceptedProposals, locale)}
              </td>
              <td className="py-1 text-right tabular-nums">{formatIdr(area.financingVolume.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul aria-label={caption} className="space-y-2 md:hidden">
        {areas.map((area) => (
          <li key={area.region.code} className="rounded-md border border-stone-200 bg-white p-3 text-sm">
            <p className="font-medium">{area.region.name}</p>
            <dl className="mt-1 grid grid-cols-2 gap-x-3 gap-y-1">
              <dt className="text-stone-600">{t('proposals')}</dt>
              <dd className="text-right tabular-nums">{formatCount(area.proposals, locale)}</dd>
              <dt className="text-stone-600">{t('accepted')}</dt>
              <dd className="text-right tabular-nums">{formatCount(area.acceptedProposals, locale)}</dd>
              <dt className="text-stone-600">{t('financing')}</dt>
              <dd className="text-right tabular-nums">{formatIdr(area.financingVolume.amount)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
