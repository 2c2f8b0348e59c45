import type { ProposalKind, ProposalTermsFieldsFragment } from '../graphql/generated/graphql';

/** The terms a proposal states, in the order a reader compares them. */
export const TERMS_FIELDS = [
  'amount',
  'pricePerUnit',
  'quantity',
  'tenorMonths',
  'ratePerYear',
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

/** What each kind of proposal must state (the API refuses terms without them). */
export const REQUIRED_TERMS: Record<
  ProposalKind,
  readonly ('amount' | 'tenorMonths' | 'pricePerUnit' | 'quantity')[]
> = {
  FINANCING: ['amount', 'tenorMonths'],
  OFFTAKE: ['pricePerUnit', 'quantity'],
  SUPPLY: ['pricePerUnit', 'quantity'],
  AGENCY: [],
};

/** The terms fields a form offers first for a kind; the others stay available but folded away. */
export const PRIMARY_TERMS: Record<ProposalKind, readonly TermsField[]> = {
  FINANCING: ['amount', 'tenorMonths', 'ratePerYear'],
  OFFTAKE: ['pricePerUnit', 'quantity', 'paymentDays', 'delivery'],
  SUPPLY: ['pricePerUnit', 'quantity', 'paymentDays', 'delivery'],
  AGENCY: ['amount', 'paymentDays'],
};
