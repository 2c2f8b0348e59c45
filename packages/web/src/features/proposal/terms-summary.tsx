import { useLocale, useTranslations } from 'next-intl';
import type { QuantityUnit } from '@/graphql/generated/graphql';
import { formatDecimal, formatIdr } from '@/lib/format';

export interface SummarisedTerms {
  amount?: { amount: string } | null;
  pricePerUnit?: { amount: string } | null;
  quantity?: string | null;
  quantityUnit?: QuantityUnit | null;
  tenorMonths?: number | null;
  ratePerYear?: string | null;
}

/** The headline figures of a terms version on one line: "Rp1.200.000.000 · 48 bulan · 6% per tahun". */
export function TermsSummary({ terms, className }: { terms: SummarisedTerms; className?: string }) {
  const t = useTranslations('proposal.terms');
  const enums = useTranslations('enums');
  const locale = useLocale();
  const unit = terms.quantityUnit ? enums(`quantityUnit.${terms.quantityUnit}`) : '';
  const facts = [
    terms.amount ? formatIdr(terms.amount.amount) : null,
    terms.tenorMonths ? t('months', { count: terms.tenorMonths }) : null,
    terms.ratePerYear ? t('ratePerYear', { rate: formatDecimal(terms.ratePerYear, locale) }) : null,
    terms.pricePerUnit ? t('perUnit', { price: formatIdr(terms.pricePerUnit.amount), unit }) : null,
    terms.quantity ? `${formatDecimal(terms.quantity, locale)} ${unit}`.trim() : null,
  ].filter((fact): fact is string => fact !== null);
  if (facts.length === 0) return null;
  return <span className={`font-medium tabular-nums ${className ?? ''}`}>{facts.join(' · ')}</span>;
}
