import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { formatCount } from '@/lib/format';
import type { FigureRow } from './region-figures';

/**
 * Cooperatives and operating cooperatives per province (linking to the province's regencies) or
 * per regency of a province (linking to its cooperatives), with a totals row. The figures arrive
 * with the page: one query over the aggregates the API keeps.
 */
export async function RegionFiguresTable({
  rows,
  caption,
  areaHeading,
}: {
  rows: readonly FigureRow[];
  caption: string;
  /** "Province" or "Regency/city": what the rows are. */
  areaHeading: string;
}) {
  const [t, locale] = await Promise.all([getTranslations('home'), getLocale()]);
  const cell = 'px-3 py-2 text-right tabular-nums';
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {areaHeading}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              {t('total')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              {t('operating')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} className="border-t border-stone-200">
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={row.href}>{row.name}</Link>
              </th>
              <td className={cell}>{formatCount(row.total, locale)}</td>
              <td className={cell}>{formatCount(row.operating, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-stone-300 bg-stone-50">
          <tr>
            <th scope="row" className="px-3 py-2 font-semibold">
              {t('allOf')}
            </th>
            <td className={`${cell} font-semibold`}>
              {formatCount(
                rows.reduce((sum, row) => sum + row.total, 0),
                locale,
              )}
            </td>
            <td className={`${cell} font-semibold`}>
              {formatCount(
                rows.reduce((sum, row) => sum + row.operating, 0),
                locale,
              )}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
