import { useLocale, useTranslations } from 'next-intl';
import type { ProgramChoiceFragment } from '@/graphql/generated/graphql';
import { formatDecimal, formatIdr, formatIdrRange } from '@/lib/format';

/** A program's rules beside the terms: what a proposal under it must keep to. */
export function ProgramRules({ program }: { program: ProgramChoiceFragment }) {
  const t = useTranslations('proposal.create.programRules');
  const enums = useTranslations('enums');
  const locale = useLocale();
  const terms = program.loanTerms;
  const rules = [
    terms ? [t('amount'), formatIdrRange(terms.minAmount?.amount, terms.maxAmount?.amount)] : null,
    terms?.ratePerYear
      ? [t('rate'), t('ratePerYear', { rate: formatDecimal(terms.ratePerYear, locale) })]
      : null,
    terms?.maxTenorMonths ? [t('tenor'), t('months', { count: terms.maxTenorMonths })] : null,
    terms && (terms.minGraceMonths != null || terms.maxGraceMonths != null)
      ? [t('grace'), t('graceRange', { min: terms.minGraceMonths ?? 0, max: terms.maxGraceMonths ?? 0 })]
      : null,
    terms?.operatingCostCap ? [t('operatingCostCap'), formatIdr(terms.operatingCostCap.amount)] : null,
    program.minimumVolume
      ? [
          t('minimumVolume'),
          t('perMonth', {
            quantity: formatDecimal(program.minimumVolume.quantityPerMonth, locale),
            unit: enums(`quantityUnit.${program.minimumVolume.unit}`),
          }),
        ]
      : null,
  ].filter((rule): rule is [string, string] => rule !== null && rule[1] !== null);
  return (
    <aside
      aria-label={t('title', { program: program.name })}
      className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm"
    >
      <p className="font-semibold text-sky-950">{t('title', { program: program.name })}</p>
      {rules.length === 0 ? (
        <p className="text-sky-950">{t('none')}</p>
      ) : (
        <dl className="mt-1 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
          {rules.map(([label, value]) => (
            <div key={label}>
              <dt className="inline text-sky-900">{label}: </dt>
              <dd className="inline font-medium text-sky-950">{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </aside>
  );
}
