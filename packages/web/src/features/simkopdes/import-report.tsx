import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { SimkopdesReportDetailsFragment } from '@/graphql/generated/graphql';
import { formatCount, type NumberLocale } from '@/lib/format';

const COUNT_COLUMNS = [
  'rows',
  'create',
  'update',
  'unchanged',
  'conflict',
  'counted',
  'skipped',
  'rejected',
] as const;

const CELL = 'px-3 py-2';

/** A table that scrolls sideways on a narrow screen; the region is named by its caption. */
function ScrollingTable({ id, caption, children }: { id: string; caption: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-labelledby={id}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-stone-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600"
    >
      <table className="w-full text-left text-sm">
        <caption id={id} className="px-3 py-2 text-left font-medium text-stone-800">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/** A code's words, or the code itself when the API has a newer one than these messages. */
function useCodeText(
  namespace: 'simkopdes.report.codes' | 'simkopdes.report.issueCodes' | 'simkopdes.report.noteCodes',
) {
  const t = useTranslations(namespace);
  return (code: string) => (t.has(code as never) ? t(code as never) : code);
}

/** Rows per code over all tables, most first: the same code may come from several tables. */
function totalsByCode(lists: readonly (readonly { code: string; count: number }[])[]): [string, number][] {
  const byCode = new Map<string, number>();
  for (const list of lists)
    for (const { code, count } of list) byCode.set(code, (byCode.get(code) ?? 0) + count);
  return [...byCode].sort((a, b) => b[1] - a[1]);
}

/** One line per code: its words and how many rows it covers. */
function CodeCountTable({
  id,
  caption,
  codeHeading,
  countHeading,
  totals,
  codeText,
  count,
}: {
  id: string;
  caption: string;
  codeHeading: string;
  countHeading: string;
  totals: readonly [string, number][];
  codeText: (code: string) => string;
  count: (value: number) => string;
}) {
  return (
    <ScrollingTable id={id} caption={caption}>
      <thead className="bg-stone-100 text-stone-700">
        <tr>
          <th scope="col" className={`${CELL} font-semibold`}>
            {codeHeading}
          </th>
          <th scope="col" className={`${CELL} text-right font-semibold`}>
            {countHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        {totals.map(([code, rows]) => (
          <tr key={code} className="border-t border-stone-200">
            <th scope="row" className={`${CELL} font-medium`}>
              {codeText(code)}
            </th>
            <td className={`${CELL} text-right tabular-nums`}>{count(rows)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}

/**
 * The dry run's report of a SIMKOPDES import: per table how many rows create, change, match,
 * differ from data edited in MitraDesa, count, skip or are refused; the refusals by reason; the
 * notes on rows imported all the same (kept values, unknown banks…); a sample of refused rows with
 * the column and message of each reason; problems with whole files. Nothing has changed yet when
 * it shows.
 */
export function ImportReport({ report }: { report: SimkopdesReportDetailsFragment }) {
  const t = useTranslations('simkopdes.report');
  const locale = useLocale() as NumberLocale;
  const reasonText = useCodeText('simkopdes.report.codes');
  const issueText = useCodeText('simkopdes.report.issueCodes');
  const noteText = useCodeText('simkopdes.report.noteCodes');
  const count = (value: number) => formatCount(value, locale);

  const reasons = totalsByCode(report.tables.map((table) => table.rejections));
  const notes = totalsByCode(report.tables.map((table) => table.notes));

  return (
    <div className="space-y-6">
      <p className="text-sm text-stone-700">{t('lead')}</p>
      <dl className="grid grid-cols-2 gap-3 sm:max-w-md">
        <div className="rounded-lg border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">{t('newCooperatives')}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{count(report.newCooperatives)}</dd>
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">{t('matchedCooperatives')}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{count(report.matchedCooperatives)}</dd>
        </div>
      </dl>

      <div className="space-y-1">
        <p className="text-xs text-stone-600 sm:hidden">{t('scrollHint')}</p>
        <ScrollingTable id="simkopdes-report-tables" caption={t('tablesCaption')}>
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              <th scope="col" className={`${CELL} font-semibold`}>
                {t('table')}
              </th>
              {COUNT_COLUMNS.map((column) => (
                <th key={column} scope="col" className={`${CELL} text-right font-semibold`}>
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.tables.map((table) => (
              <tr key={table.table} className="border-t border-stone-200">
                <th scope="row" className={`${CELL} font-mono text-xs font-medium break-all`}>
                  {table.table}
                </th>
                {COUNT_COLUMNS.map((column) => (
                  <td
                    key={column}
                    className={`${CELL} text-right tabular-nums ${(column === 'rejected' || column === 'conflict') && table[column] > 0 ? 'font-semibold text-brand-800' : ''}`}
                  >
                    {count(table[column])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollingTable>
      </div>

      <section aria-labelledby="simkopdes-rejections" className="space-y-3">
        <h3 id="simkopdes-rejections" className="text-base font-semibold">
          {t('rejectionsTitle')}
        </h3>
        {reasons.length === 0 ? (
          <p className="text-sm text-stone-700">{t('noRejections')}</p>
        ) : (
          <CodeCountTable
            id="simkopdes-rejection-reasons"
            caption={t('rejectionsCaption')}
            codeHeading={t('reason')}
            countHeading={t('count')}
            totals={reasons}
            codeText={reasonText}
            count={count}
          />
        )}
      </section>

      <section aria-labelledby="simkopdes-notes" className="space-y-3">
        <h3 id="simkopdes-notes" className="text-base font-semibold">
          {t('notesTitle')}
        </h3>
        {notes.length === 0 ? (
          <p className="text-sm text-stone-700">{t('noNotes')}</p>
        ) : (
          <>
            <p className="text-sm text-stone-700">{t('notesLead')}</p>
            <CodeCountTable
              id="simkopdes-note-codes"
              caption={t('notesCaption')}
              codeHeading={t('note')}
              countHeading={t('count')}
              totals={notes}
              codeText={noteText}
              count={count}
            />
          </>
        )}
      </section>

      {report.rejectedSample.length > 0 ? (
        <section aria-labelledby="simkopdes-sample" className="space-y-3">
          <h3 id="simkopdes-sample" className="text-base font-semibold">
            {t('sampleTitle')}
          </h3>
          <p className="text-sm text-stone-700">{t('sampleLead')}</p>
          {/* Cards rather than a wide table: each row's reasons read top to bottom on a phone. */}
          <ul className="grid gap-3 md:grid-cols-2">
            {report.rejectedSample.map((row) => (
              <li
                key={`${row.source}:${row.rowNumber}`}
                className="rounded-lg border border-stone-200 bg-white p-3 text-sm"
              >
                <p className="font-medium break-all">
                  {t('rowHeading', { table: row.table, row: row.rowNumber })}
                  {row.koperasiRef ? (
                    <span className="ml-2 font-mono text-xs text-stone-600">{row.koperasiRef}</span>
                  ) : null}
                </p>
                <ul className="mt-2 space-y-2">
                  {row.reasons.map((reason, index) => (
                    <li key={index}>
                      <p className="font-medium text-brand-800">{reasonText(reason.code)}</p>
                      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-stone-700">
                        {reason.column ? (
                          <>
                            <dt>{t('column')}</dt>
                            <dd className="font-mono text-xs break-all">{reason.column}</dd>
                          </>
                        ) : null}
                        <dt>{t('message')}</dt>
                        <dd className="break-words">{reason.message}</dd>
                      </dl>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="simkopdes-issues" className="space-y-3">
        <h3 id="simkopdes-issues" className="text-base font-semibold">
          {t('issuesTitle')}
        </h3>
        {report.issues.length === 0 ? (
          <p className="text-sm text-stone-700">{t('noIssues')}</p>
        ) : (
          <ul className="space-y-2">
            {report.issues.map((issue, index) => (
              <li key={index} className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm">
                <p className="font-medium">
                  {issueText(issue.code)}: <span className="font-mono text-xs break-all">{issue.source}</span>
                </p>
                <p className="mt-1 text-stone-700">{issue.message}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
