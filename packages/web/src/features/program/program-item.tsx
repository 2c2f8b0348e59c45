import { useTranslations } from 'next-intl';
import type { ProgramSummaryFragment } from '@/graphql/generated/graphql';
import { Link } from '@/i18n/navigation';
import { formatDecimal, formatIdr } from '@/lib/format';
import { useLocale } from 'next-intl';

/** One program in a partner's list: its name (to the program page), kind and headline terms or volume. */
export function ProgramItem({ program }: { program: ProgramSummaryFragment }) {
  const t = useTranslations('partners');
  const enums = useTranslations('enums');
  const locale = useLocale();
  const terms = program.loanTerms;
  const volume = program.minimumVolume;
  const facts = [
    enums(`programKind.${program.kind}`),
    program.commodity ? enums(`commodity.${program.commodity}`) : null,
    terms?.maxAmount ? t('upTo', { amount: formatIdr(terms.maxAmount.amount) }) : null,
    terms?.ratePerYear ? t('ratePerYear', { rate: formatDecimal(terms.ratePerYear, locale) }) : null,
    volume
      ? t('minimumVolume', {
          quantity: formatDecimal(volume.quantityPerMonth, locale),
          unit: enums(`quantityUnit.${volume.unit}`),
        })
      : null,
  ].filter((fact): fact is string => fact !== null);
  return (
    <div>
      <Link href={`/programs/${encodeURIComponent(program.id)}`} className="font-medium">
        {program.name}
      </Link>
      <p className="text-sm text-stone-600">{facts.join(' · ')}</p>
    </div>
  );
}
