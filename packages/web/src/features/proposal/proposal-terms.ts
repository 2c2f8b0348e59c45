import type { ProgramRule, ProposalKind, ProposalTermsFieldsFragment } from '@/graphql/generated/graphql';

/** The terms a proposal states, in the order a reader compares them. */
export const TERMS_FIELDS = [
  'amount',
  'pricePerUnit',
  'quantity',
  'tenorMonths',
  'ratePerYear',
  'graceMonths',
  'operatingCostAmount',
  'collateral',
  'paymentDays',
  'delivery',
  'deliveryRegion',
  'note',
] as const;

export type TermsField = (typeof TERMS_FIELDS)[number];

/** A terms version as the comparison needs it (a subset of the API's ProposalTerms). */
export type ComparableTerms = Pick<
  ProposalTermsFieldsFragment,
  | 'amount'
  | 'pricePerUnit'
  | 'quantity'
  | 'quantityUnit'
  | 'tenorMonths'
  | 'ratePerYear'
  | 'paymentDays'
  | 'delivery'
  | 'note'
> &
  Partial<
    Pick<
      ProposalTermsFieldsFragment,
      'graceMonths' | 'operatingCostAmount' | 'collateral' | 'collateralValue'
    >
  > & { deliveryRegion?: { code: string; name: string } | null };

/**
 * The stored value of a field as one comparable string (null when not stated). Decimals arrive
 * normalised by the API ("6", "1500000000"), so equal amounts compare equal as strings; a
 * quantity and its unit count as one term, as does a price and the unit it is per.
 */
export function termValue(terms: ComparableTerms, field: TermsField): string | null {
  switch (field) {
    case 'amount':
      return terms.amount?.amount ?? null;
    case 'pricePerUnit':
      return terms.pricePerUnit ? `${terms.pricePerUnit.amount}/${terms.quantityUnit ?? ''}` : null;
    case 'quantity':
      return terms.quantity ? `${terms.quantity} ${terms.quantityUnit ?? ''}` : null;
    case 'tenorMonths':
      return terms.tenorMonths === null || terms.tenorMonths === undefined ? null : String(terms.tenorMonths);
    case 'ratePerYear':
      return terms.ratePerYear ?? null;
    case 'graceMonths':
      return terms.graceMonths === null || terms.graceMonths === undefined ? null : String(terms.graceMonths);
    case 'operatingCostAmount':
      return terms.operatingCostAmount?.amount ?? null;
    case 'collateral': {
      // The description and its value count as one term.
      const described = terms.collateral?.trim() || null;
      const value = terms.collateralValue?.amount ?? null;
      return described === null && value === null ? null : `${described ?? ''}|${value ?? ''}`;
    }
    case 'paymentDays':
      return terms.paymentDays === null || terms.paymentDays === undefined ? null : String(terms.paymentDays);
    case 'delivery':
      return terms.delivery?.trim() || null;
    case 'deliveryRegion':
      return terms.deliveryRegion?.code ?? null;
    case 'note':
      return terms.note?.trim() || null;
  }
}

/** The fields whose value differs between two consecutive versions (added, removed or changed). */
export function changedTerms(previous: ComparableTerms | null, current: ComparableTerms): Set<TermsField> {
  if (!previous) return new Set();
  return new Set(TERMS_FIELDS.filter((field) => termValue(previous, field) !== termValue(current, field)));
}

/** The fields worth a row: stated in at least one version (the note always, as a place for words). */
export function fieldsStated(versions: readonly ComparableTerms[]): TermsField[] {
  return TERMS_FIELDS.filter(
    (field) => field === 'note' || versions.some((terms) => termValue(terms, field) !== null),
  );
}

/** The terms fields a form offers first for a kind; the others stay available but folded away. */
export const PRIMARY_TERMS: Record<ProposalKind, readonly TermsField[]> = {
  FINANCING: ['amount', 'tenorMonths', 'ratePerYear'],
  OFFTAKE: ['pricePerUnit', 'quantity', 'paymentDays', 'delivery'],
  SUPPLY: ['pricePerUnit', 'quantity', 'paymentDays', 'delivery'],
  AGENCY: ['amount', 'paymentDays'],
};

/** Compares two non-negative decimal strings exactly ("1500000000", "0.5"): <0, 0 or >0. */
export function compareDecimal(a: string, b: string): number {
  const [aInt, aFrac = ''] = a.split('.');
  const [bInt, bFrac = ''] = b.split('.');
  const width = Math.max(aInt.length, bInt.length);
  const fraction = Math.max(aFrac.length, bFrac.length);
  const left = aInt.padStart(width, '0') + aFrac.padEnd(fraction, '0');
  const right = bInt.padStart(width, '0') + bFrac.padEnd(fraction, '0');
  return left < right ? -1 : left > right ? 1 : 0;
}

/** How a deviation's values read: money, a rate, months, a commodity or regencies. */
export type DeviationValueKind = 'money' | 'rate' | 'months' | 'commodity' | 'regions';

export const DEVIATION_VALUE_KIND: Record<ProgramRule, DeviationValueKind> = {
  AMOUNT: 'money',
  OPERATING_COST: 'money',
  RATE: 'rate',
  TENOR: 'months',
  GRACE: 'months',
  COMMODITY: 'commodity',
  REGION: 'regions',
};
