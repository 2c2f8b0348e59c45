import { useLocale, useTranslations } from 'next-intl';
import type { ProposalSide, ProposalTermsFieldsFragment } from '@/graphql/generated/graphql';
import { formatDateTime, formatDecimal, formatIdr } from '@/lib/format';
import { changedTerms, fieldsStated, termValue, type TermsField } from './proposal-terms';
import { Badge } from '@/components/ui/badge';
import { RuleDeviations } from './rule-deviations';

interface TermsComparisonProps {
  /** Every terms version, the first offer first. */
  versions: readonly ProposalTermsFieldsFragment[];
  acceptedVersion: number | null;
  /** Who each side is ("Koperasi Desa Merah Putih Botuh Lintang", "Bank Rakyat Indonesia (BRI)"). */
  partyNames: Record<ProposalSide, string>;
}

/**
 * The terms versions side by side, one column per version, with what each version changed from
 * the one before it marked (by colour and in words, for screen readers too). On a phone, where a
 * table of several versions would not fit, each version is a card (the latest first) whose changes
 * say what they replaced; a line above says in words what the latest version changed.
 */
export function TermsComparison({ versions, acceptedVersion, partyNames }: TermsComparisonProps) {
  const t = useTranslations('proposal.terms');
  const enums = useTranslations('enums');
  const locale = useLocale();
  const fields = fieldsStated(versions);
  const changes = versions.map((terms, index) => changedTerms(index > 0 ? versions[index - 1] : null, terms));
  const latest = versions.at(-1);
  const latestChanges = changes.at(-1) ?? new Set<TermsField>();

  function display(terms: ProposalTermsFieldsFragment, field: TermsField): string | null {
    if (termValue(terms, field) === null) return null;
    const unit = terms.quantityUnit ? enums(`quantityUnit.${terms.quantityUnit}`) : '';
    switch (field) {
      case 'amount':
        return formatIdr(terms.amount!.amount);
      case 'pricePerUnit':
        return unit
          ? t('perUnit', { price: formatIdr(terms.pricePerUnit!.amount), unit })
          : formatIdr(terms.pricePerUnit!.amount);
      case 'quantity':
        return `${formatDecimal(terms.quantity!, locale)} ${unit}`.trim();
      case 'tenorMonths':
        return t('months', { count: terms.tenorMonths! });
      case 'ratePerYear':
        return t('ratePerYear', { rate: formatDecimal(terms.ratePerYear!, locale) });
      case 'graceMonths':
        return t('months', { count: terms.graceMonths! });
      case 'operatingCostAmount':
        return formatIdr(terms.operatingCostAmount!.amount);
      case 'collateral': {
        const value = terms.collateralValue ? formatIdr(terms.collateralValue.amount) : null;
        if (!terms.collateral) return t('collateralValueOnly', { value: value ?? '' });
        return value ? t('collateralWorth', { collateral: terms.collateral, value }) : terms.collateral;
      }
      case 'paymentDays':
        return t('days', { count: terms.paymentDays! });
      case 'delivery':
        return terms.delivery ?? null;
      case 'deliveryRegion':
        return terms.deliveryRegion?.name ?? null;
      case 'note':
        return terms.note ?? null;
    }
  }

  if (!latest) return <p className="text-stone-600">{t('none')}</p>;

  return (
    <div>
      <RuleDeviations deviations={latest.ruleDeviations} />
      {versions.length > 1 ? (
        <p className="mb-3 text-sm text-stone-700" data-testid="latest-changes">
          {latestChanges.size > 0
            ? t('latestChanged', {
                version: latest.version,
                fields: [...latestChanges].map((field) => t(`field.${field}`)).join(', '),
              })
            : t('latestUnchanged', { version: latest.version })}
        </p>
      ) : null}
      {/* On a phone: one card per version, the latest first, each change with the value it replaced. */}
      <ol className="space-y-3 sm:hidden" aria-label={t('caption')}>
        {[...versions].reverse().map((terms) => {
          const index = versions.indexOf(terms);
          const previous = index > 0 ? versions[index - 1] : null;
          return (
            <li key={terms.version} className="rounded-md border border-stone-200 p-3">
              <p className="font-semibold">
                {t('version', { version: terms.version })}{' '}
                <span className="font-normal text-stone-600">
                  {t('by', { party: partyNames[terms.authorSide] })}
                </span>
              </p>
              <p className="text-xs text-stone-600">{formatDateTime(terms.createdAt, locale)}</p>
              <p className="mt-1 flex flex-wrap gap-1">
                {terms.version === acceptedVersion ? <Badge tone="positive">{t('accepted')}</Badge> : null}
                {terms.version === latest.version && terms.version !== acceptedVersion ? (
                  <Badge tone="brand">{t('latest')}</Badge>
                ) : null}
                {terms.ruleDeviations.length > 0 ? <Badge tone="progress">{t('deviationFlag')}</Badge> : null}
              </p>
              <dl className="mt-2 space-y-1.5 text-sm">
                {fields.map((field) => {
                  const changed = changes[index].has(field);
                  const value = display(terms, field);
                  const before = previous ? display(previous, field) : null;
                  return (
                    <div key={field} className={changed ? '-mx-1 rounded bg-amber-50 px-1' : undefined}>
                      <dt className="inline text-stone-600">{t(`field.${field}`)}: </dt>
                      <dd
                        className={`inline whitespace-pre-line ${changed ? 'font-semibold text-amber-950' : ''}`}
                      >
                        {value ?? t('notStated')}
                        {changed ? (
                          <span className="block text-xs font-medium text-amber-900">
                            <span aria-hidden="true">▲ </span>
                            {t('changedFrom', { before: before ?? t('notStated') })}
                          </span>
                        ) : null}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </li>
          );
        })}
      </ol>
      <div
        role="region"
        aria-labelledby="terms-caption"
        tabIndex={0}
        className="hidden overflow-x-auto sm:block"
      >
        <table className="w-full border-collapse text-left text-sm">
          <caption id="terms-caption" className="sr-only">
            {t('caption')}
          </caption>
          <thead>
            <tr className="border-b border-stone-300 align-bottom">
              <th scope="col" className="sticky left-0 bg-white py-2 pr-3 font-medium text-stone-600">
                {t('term')}
              </th>
              {versions.map((terms) => (
                <th key={terms.version} scope="col" className="min-w-40 px-3 py-2 font-semibold">
                  <span className="block">{t('version', { version: terms.version })}</span>
                  <span className="block text-xs font-normal text-stone-600">
                    {t('by', { party: partyNames[terms.authorSide] })}
                  </span>
                  <span className="block text-xs font-normal text-stone-600">
                    {formatDateTime(terms.createdAt, locale)}
                  </span>
                  <span className="mt-1 flex flex-wrap gap-1">
                    {terms.version === acceptedVersion ? (
                      <Badge tone="positive">{t('accepted')}</Badge>
                    ) : null}
                    {terms.version === latest.version && terms.version !== acceptedVersion ? (
                      <Badge tone="brand">{t('latest')}</Badge>
                    ) : null}
                    {terms.ruleDeviations.length > 0 ? (
                      <Badge tone="progress">{t('deviationFlag')}</Badge>
                    ) : null}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field} className="border-b border-stone-200 align-top">
                <th scope="row" className="sticky left-0 bg-white py-2 pr-3 font-medium text-stone-700">
                  {t(`field.${field}`)}
                </th>
                {versions.map((terms, index) => {
                  const changed = changes[index].has(field);
                  const value = display(terms, field);
                  return (
                    <td
                      key={terms.version}
                      data-field={field}
                      data-version={terms.version}
                      data-changed={changed ? 'true' : undefined}
                      className={`max-w-xs min-w-40 px-3 py-2 break-words ${changed ? 'bg-amber-50' : ''}`}
                    >
                      <span
                        className={`whitespace-pre-line ${changed ? 'font-semibold text-amber-950' : ''}`}
                      >
                        {value ?? <span className="text-stone-500">{t('notStated')}</span>}
                      </span>
                      {changed ? (
                        <span className="mt-0.5 block text-xs font-medium text-amber-900">
                          <span aria-hidden="true">▲ </span>
                          {t('changed')}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
