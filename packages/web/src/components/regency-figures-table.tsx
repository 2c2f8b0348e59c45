import { getLocale, getTranslations } from 'next-intl/server';
import { RegencyFiguresDocument } from '../graphql/generated/graphql';
import { Link } from '../i18n/navigation';
import { queryApi } from '../lib/apollo/server-client';
import { formatCount } from '../lib/format';

interface Regency {
  code: string;
  name: string;
}

/**
 * Cooperatives and operating cooperatives per regency. The API caps aliases per query, so each
 * regency is one small query; they run in parallel and this table streams in after the page.
 */
export async function RegencyFiguresTable({ regencies }: { regencies: Regency[] }) {
  const [t, locale] = await Promise.all([getTranslations('home'), getLocale()]);
  const rows = await Promise.all(
    regencies.map(async (regency) => {
      const data = await queryApi({ query: RegencyFiguresDocument, variables: { regionCode: regency.code } });
      return { ...regency, total: data.total.totalCount ?? 0, operating: data.operating.totalCount ?? 0 };
    }),
  );
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('perRegencyCaption')}</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('regency')}
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
                <Link href={{ pathname: '/cooperatives', query: { regency: row.code } }}>{row.name}</Link>
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(row.total, locale)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(row.operating, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
