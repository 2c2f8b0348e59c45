import { useLocale, useTranslations } from 'next-intl';

export interface ProposalMonthFigures {
  month: string;
  submitted: number;
  accepted: number;
}

/** "2026-11" → "Nov 2026" in the page's language. */
export function monthLabel(month: string, locale: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** Proposals sent and accepted per month as a three-column table, which fits a phone. */
export function ProposalMonthsTable({
  months,
  caption,
  id,
}: {
  months: readonly ProposalMonthFigures[];
  caption: string;
  id?: string;
}) {
  const t = useTranslations('proposalMonths');
  const locale = useLocale();
  return (
    <table id={id} className="w-full text-sm">
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-300 text-left">
          <th scope="col" className="py-1 pr-2 font-medium">
            {t('month')}
          </th>
          <th scope="col" className="py-1 pr-2 text-right font-medium">
            {t('submitted')}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {t('accepted')}
          </th>
        </tr>
      </thead>
      <tbody>
        {months.map((month) => (
          <tr key={month.month} className="border-b border-stone-100">
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {monthLabel(month.month, locale)}
            </th>
            <td className="py-1 pr-2 text-right tabular-nums">{month.submitted}</td>
            <td className="py-1 text-right tabular-nums">{month.accepted}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The same months as bars (sent, and accepted inside them), for the eye; the table beside it
 * (`tableId`) holds the numbers for everyone, so the chart is hidden from screen readers.
 */
export function ProposalMonthsChart({
  months,
  tableId,
}: {
  months: readonly ProposalMonthFigures[];
  tableId: string;
}) {
  const t = useTranslations('proposalMonths');
  const locale = useLocale();
  const highest = Math.max(1, ...months.map((month) => month.submitted));
  return (
    <figure aria-describedby={tableId} className="rounded-lg border border-stone-200 bg-white p-3">
      <div aria-hidden="true" className="flex h-32 items-end gap-1">
        {months.map((month) => (
          <div
            key={month.month}
            className="flex h-full min-w-0 flex-1 flex-col justify-end"
            title={monthLabel(month.month, locale)}
          >
            <div
              className="relative w-full rounded-t bg-stone-300"
              style={{ height: `${(month.submitted / highest) * 100}%` }}
            >
              <div
                className="absolute bottom-0 w-full rounded-t bg-brand-700"
                style={{ height: month.submitted === 0 ? 0 : `${(month.accepted / month.submitted) * 100}%` }}
              />
            </div>
          </div>
        ))}
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 text-xs text-stone-700">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2 w-3 bg-stone-300" />
          {t('submitted')}
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-2 w-3 bg-brand-700" />
          {t('accepted')}
        </span>
      </figcaption>
    </figure>
  );
}
