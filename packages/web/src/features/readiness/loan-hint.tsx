import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { PassportLoanHintFragment } from '@/graphql/generated/graphql';
import type { AppLocale } from '@/i18n/routing';
import { formatDecimal, formatIdr, formatIdrRange, formatLocalDate } from '@/lib/format';

/** The disclaimer in the page's other language, so a printed passport says it to either reader. */
export interface OtherLanguageDisclaimer {
  locale: AppLocale;
  title: string;
  text: string;
}

/** "0", "0.00": a sum with nothing in it (read from the string, never through a float). */
const isZero = (amount: string) => /^0+(\.0+)?$/.test(amount);

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <li className="flex gap-3" data-step={number}>
      <span
        aria-hidden="true"
        className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full border-2 border-stone-400 text-sm font-bold text-stone-800"
      >
        {number}
      </span>
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold text-stone-900">{title}</h3>
        <div className="mt-1 space-y-1 text-stone-800">{children}</div>
      </div>
    </li>
  );
}

/**
 * The loan-size hint, every step shown: the PMK 49/2025 ceiling, the typical cost of each unit to
 * build (with the cost table's source and date), the financing needs the cooperative published,
 * the resulting range (or why there is none), and the monthly payments at the top of the range
 * beside the income the cooperative expects. Opens with the note that it is not a credit decision.
 */
export function LoanHint({
  hint,
  otherLanguage,
}: {
  hint: PassportLoanHintFragment;
  otherLanguage?: OtherLanguageDisclaimer;
}) {
  const t = useTranslations('passport.hint');
  const enums = useTranslations('enums');
  const locale = useLocale();
  const range = formatIdrRange(hint.low?.amount, hint.high?.amount);
  const debt = hint.debtService;

  return (
    <div>
      <div
        role="note"
        aria-labelledby="hint-disclaimer"
        className="mb-4 rounded-md border-2 border-amber-400 bg-amber-50 p-3 text-stone-900"
        data-testid="hint-disclaimer"
      >
        <p id="hint-disclaimer" className="font-semibold">
          {t('disclaimerTitle')}
        </p>
        <p>{t('disclaimer')}</p>
        {otherLanguage ? (
          <p lang={otherLanguage.locale} className="mt-2 text-sm text-stone-700 italic">
            <span className="font-semibold">{otherLanguage.title}.</span> {otherLanguage.text}
          </p>
        ) : null}
      </div>
      <p className="mb-4 text-stone-700">{t('lead')}</p>

      <ol aria-label={t('stepsLabel')} className="space-y-5">
        <Step number={1} title={t('ceilingStep')}>
          <p>
            {t('ceiling', {
              ceiling: formatIdr(hint.ceiling.amount),
              cap: formatIdr(hint.operatingCostCap.amount),
            })}
          </p>
        </Step>

        <Step number={2} title={t('unitsStep')}>
          {hint.unitCosts.length === 0 ? (
            <p>{t('noUnitsToBuild')}</p>
          ) : (
            <>
              <ul aria-label={t('unitCostsLabel')} className="divide-y divide-stone-200">
                {hint.unitCosts.map((unit, index) => (
                  <li
                    key={`${unit.unitType}-${index}`}
                    className="flex flex-wrap justify-between gap-x-3 py-1"
                    data-unit-type={unit.unitType}
                  >
                    <span className="min-w-0">
                      {enums(`unitType.${unit.unitType}`)}{' '}
                      <span className="text-sm text-stone-600">({enums(`unitStatus.${unit.status}`)})</span>
                    </span>
                    <span
                      className={unit.cost ? 'font-medium tabular-nums' : 'text-sm text-stone-600 italic'}
                    >
                      {unit.cost ? formatIdr(unit.cost.amount) : t('noTypicalCost')}
                    </span>
                  </li>
                ))}
              </ul>
              <p className="font-medium">
                {t('buildingCost', { amount: formatIdr(hint.buildingCost.amount) })}
              </p>
            </>
          )}
          <p className="text-sm text-stone-600">
            {t('costSource', {
              source: costSourceText(hint, t),
              date: formatLocalDate(hint.costsAsOf, locale),
            })}
          </p>
        </Step>

        <Step number={3} title={t('needStep')}>
          <p>{t('need', { count: hint.statedNeedCount, amount: formatIdr(hint.statedNeed.amount) })}</p>
        </Step>

        <Step number={4} title={t('rangeStep')}>
          {range ? (
            <>
              <p className="text-xl font-bold text-stone-900" data-testid="loan-range">
                {range}
              </p>
              <p>
                {isZero(hint.buildingCost.amount) || isZero(hint.statedNeed.amount)
                  ? t('rangeOneKnown')
                  : t('rangeExplain')}
              </p>
              {hint.cappedAtCeiling ? (
                <p>{t('capped', { ceiling: formatIdr(hint.ceiling.amount) })}</p>
              ) : null}
            </>
          ) : (
            <>
              <p className="text-xl font-bold text-stone-900" data-testid="loan-range">
                {t('noRange')}
              </p>
              <p>{t('noRangeWhy')}</p>
            </>
          )}
        </Step>

        <Step number={5} title={t('debtStep')}>
          {debt ? (
            <>
              <p>
                {t('debtTerms', {
                  principal: formatIdr(debt.principal.amount),
                  rate: formatDecimal(debt.ratePerYear, locale),
                  tenor: debt.tenorMonths,
                })}
              </p>
              <ul className="list-disc space-y-1 pl-5">
                <li data-testid="grace-interest">
                  {t('grace', {
                    months: debt.graceMonths,
                    amount: formatIdr(debt.graceMonthlyInterest.amount),
                  })}
                </li>
                <li data-testid="monthly-instalment">
                  {t('instalment', {
                    months: debt.tenorMonths - debt.graceMonths,
                    amount: formatIdr(debt.monthlyInstalment.amount),
                  })}
                </li>
              </ul>
              <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
                <div className="min-w-0">
                  <dt className="text-sm text-stone-600">{t('income')}</dt>
                  <dd className="font-medium" data-testid="expected-income">
                    {debt.expectedMonthlyIncome ? (
                      formatIdr(debt.expectedMonthlyIncome.amount)
                    ) : (
                      <span className="font-normal italic">{t('incomeUnknown')}</span>
                    )}
                  </dd>
                </div>
                {debt.incomeCover ? (
                  <div className="min-w-0">
                    <dt className="text-sm text-stone-600">{t('cover')}</dt>
                    <dd className="font-medium" data-testid="income-cover">
                      {t('coverValue', { ratio: formatDecimal(debt.incomeCover, locale) })}
                    </dd>
                  </div>
                ) : null}
              </dl>
              {debt.expectedMonthlyIncome === null ? (
                <p className="text-sm text-stone-600">{t('incomeUnknownHint')}</p>
              ) : debt.incomeCover ? (
                <p className="text-sm text-stone-600">{t('coverExplain')}</p>
              ) : null}
            </>
          ) : (
            <p>{t('noDebtService')}</p>
          )}
        </Step>
      </ol>
    </div>
  );
}

/** The cost tables the interface words itself; another one shows the API's English text. */
const WORDED_COST_TABLES = ['MITRADESA_PLANNING'] as const;

function costSourceText(
  hint: Pick<PassportLoanHintFragment, 'costTable' | 'costSource'>,
  t: (key: `costTables.${(typeof WORDED_COST_TABLES)[number]}`) => string,
): string {
  const table = WORDED_COST_TABLES.find((known) => known === hint.costTable);
  return table ? t(`costTables.${table}`) : hint.costSource;
}
