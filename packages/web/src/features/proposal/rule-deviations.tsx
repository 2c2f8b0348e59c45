import { useLocale, useTranslations } from 'next-intl';
import type { Commodity, ProgramRule, ProgramRuleBound } from '@/graphql/generated/graphql';
import { formatDecimal, formatIdr } from '@/lib/format';
import { DEVIATION_VALUE_KIND } from './proposal-terms';

/** A deviation as the API reports it (ProgramRuleDeviation). */
interface Deviation {
  rule: ProgramRule;
  bound: ProgramRuleBound;
  allowed: string;
  proposed: string;
}

/**
 * Where terms depart from rules their program lets the parties negotiate: shown to both parties
 * on the proposal page, in their words ("Tenor: 84 bulan diusulkan; ketentuan program paling
 * banyak 72 bulan.").
 */
export function RuleDeviations({ deviations }: { deviations: readonly Deviation[] }) {
  const t = useTranslations('proposal.terms');
  const enums = useTranslations('enums');
  const locale = useLocale();
  if (deviations.length === 0) return null;

  function value(deviation: Deviation, raw: string): string {
    switch (DEVIATION_VALUE_KIND[deviation.rule]) {
      case 'money':
        return formatIdr(raw);
      case 'rate':
        return t('ratePerYear', { rate: formatDecimal(raw, locale) });
      case 'months':
        return t('months', { count: Number(raw) });
      case 'commodity':
        return enums(`commodity.${raw as Commodity}`);
      case 'regions':
        return raw.split(',').join(', ');
    }
  }

  return (
    <section
      aria-labelledby="rule-deviations-title"
      data-testid="rule-deviations"
      className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <h3 id="rule-deviations-title" className="font-semibold">
        {t('deviations.title')}
      </h3>
      <p className="mt-1">{t('deviations.intro')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {deviations.map((deviation) => (
          <li key={`${deviation.rule}:${deviation.bound}`} data-rule={deviation.rule}>
            {t('deviations.line', {
              rule: t(`deviations.rule.${deviation.rule}`),
              proposed: value(deviation, deviation.proposed),
              allowed: t(`deviations.bound.${deviation.bound}`, {
                value: value(deviation, deviation.allowed),
              }),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
