import { useLocale, useTranslations } from 'next-intl';
import type { ProposalStatus } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { formatCount, type NumberLocale } from '@/lib/format';
import { percentOf } from './dinas-stage-chart';

/**
 * Proposals per status as a table with a bar in each row (the bar only repeats the number).
 * With `linkToProposals`, each status links to the viewer's proposals in that status.
 */
export function ProposalStatusTable({
  caption,
  byStatus,
  linkToProposals = false,
}: {
  caption: string;
  byStatus: readonly { status: ProposalStatus; count: number }[];
  linkToProposals?: boolean;
}) {
  const t = useTranslations('roleWorkspaces');
  const locale = useLocale() as NumberLocale;
  const largest = Math.max(0, ...byStatus.map((entry) => entry.count));
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('status')}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              {t('count')}
            </th>
            <th scope="col" className="w-2/5 px-3 py-2">
              <span className="sr-only">{t('share')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {byStatus.map(({ status, count }) => (
            <tr key={status} className="border-t border-stone-200">
              <th scope="row" className="px-3 py-2 font-medium">
                {linkToProposals ? (
                  <Link href={{ pathname: '/proposals', query: { status } }}>
                    {t(`proposalStatus.${status}`)}
                  </Link>
                ) : (
                  t(`proposalStatus.${status}`)
                )}
              </th>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(count, locale)}</td>
              <td className="px-3 py-2">
                <div
                  aria-hidden="true"
                  className="h-3 rounded-sm bg-brand-600"
                  style={{ width: percentOf(count, largest) }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
