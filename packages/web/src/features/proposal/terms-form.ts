import type {
  ProposalKind,
  ProposalKindTermsFieldsFragment,
  ProposalTermsField,
  ProposalTermsInput,
  QuantityUnit,
} from '@/graphql/generated/graphql';
import {
  parseMoneyInput,
  parseRateInput,
  parseWholeNumberInput,
  type DecimalInputProblem,
} from '@/lib/decimal-input';
import { compareDecimal } from './proposal-terms';

/** The inputs a terms form shows for each kind of proposal, in order. */
export const TERMS_INPUTS: Record<ProposalKind, readonly TermsInputName[]> = {
  FINANCING: [
    'amount',
    'tenorMonths',
    'ratePerYear',
    'graceMonths',
    'operatingCostAmount',
    'collateral',
    'collateralValue',
    'paymentDays',
    'note',
  ],
  OFFTAKE: ['pricePerUnit', 'quantity', 'amount', 'paymentDays', 'delivery', 'note'],
  SUPPLY: ['pricePerUnit', 'quantity', 'amount', 'paymentDays', 'delivery', 'note'],
  AGENCY: ['amount', 'pricePerUnit', 'quantity', 'paymentDays', 'delivery', 'note'],
};

export type TermsInputName =
  | 'amount'
  | 'pricePerUnit'
  | 'quantity'
  | 'tenorMonths'
  | 'ratePerYear'
  | 'graceMonths'
  | 'operatingCostAmount'
  | 'collateral'
  | 'collateralValue'
  | 'paymentDays'
  | 'delivery'
  | 'note';

/** Why a typed value was refused before it reached the API. */
export type TermsInputProblem =
  | DecimalInputProblem
  | 'required'
  | 'wholeNumber'
  | 'tenorRange'
  | 'graceRange'
  | 'graceNotShorterThanTenor'
  | 'operatingAboveAmount'
  | 'collateralRequired'
  | 'rateRange'
  | 'paymentDaysRange'
  | 'unitRequired'
  | 'tooLong';

export type TermsFormErrors = Partial<
  Record<TermsInputName | 'quantityUnit' | 'deliveryRegionCode', TermsInputProblem>
>;

/** The terms each kind must state, as the API tells them (`Query.proposalKindTerms`). */
export type RequiredTerms = Partial<Record<ProposalKind, readonly ProposalTermsField[]>>;

/** The API's list of required terms per kind, by kind. */
export function requiredTermsByKind(kinds: readonly ProposalKindTermsFieldsFragment[]): RequiredTerms {
  return Object.fromEntries(kinds.map((entry) => [entry.kind, entry.requiredTerms]));
}

/** `PRICE_PER_UNIT` → `pricePerUnit`, as a type. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Lowercase<Head>}${Capitalize<CamelCase<Tail>>}`
  : Lowercase<S>;

/**
 * The field of ProposalTermsInput a term names: the enum value in camel case, the API's rule (its
 * proposal workflow test holds every term to it). The compiler checks that each is a form field.
 */
export function inputFieldOf<T extends ProposalTermsField>(term: T): CamelCase<T> {
  return term.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) as CamelCase<T>;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * Reads a terms form into the API's ProposalTermsInput, checking what can be checked here (the
 * API checks again): numbers parsed from Indonesian or English writing into exact decimal
 * strings, the fields the kind requires (`required`, the API's list for `kind`), the ranges the
 * API allows. Only the kind's inputs count.
 */
export function readTermsForm(
  form: FormData,
  kind: ProposalKind,
  required: readonly ProposalTermsField[],
): { terms: ProposalTermsInput; errors: TermsFormErrors } {
  const errors: TermsFormErrors = {};
  const shown = new Set<string>(TERMS_INPUTS[kind]);
  const terms: ProposalTermsInput = {};

  const money = (name: 'amount' | 'pricePerUnit' | 'operatingCostAmount' | 'collateralValue') => {
    if (!shown.has(name)) return;
    const parsed = parseMoneyInput(text(form, name));
    if (!parsed.ok) errors[name] = parsed.problem;
    else terms[name] = parsed.value;
  };
  money('amount');
  money('pricePerUnit');
  money('operatingCostAmount');
  money('collateralValue');

  if (shown.has('quantity')) {
    const parsed = parseMoneyInput(text(form, 'quantity'));
    if (!parsed.ok) errors.quantity = parsed.problem;
    else terms.quantity = parsed.value;
    const unit = text(form, 'quantityUnit');
    terms.quantityUnit = unit ? (unit as QuantityUnit) : null;
    if (terms.quantity && !terms.quantityUnit) errors.quantityUnit = 'unitRequired';
  }

  const whole = (
    name: 'tenorMonths' | 'graceMonths' | 'paymentDays',
    min: number,
    max: number,
    range: TermsInputProblem,
  ) => {
    if (!shown.has(name)) return;
    const value = parseWholeNumberInput(text(form, name));
    if (value === null) terms[name] = null;
    else if (Number.isNaN(value)) errors[name] = 'wholeNumber';
    else if (value < min || value > max) errors[name] = range;
    else terms[name] = value;
  };
  whole('tenorMonths', 1, 240, 'tenorRange');
  whole('graceMonths', 0, 120, 'graceRange');
  whole('paymentDays', 0, 365, 'paymentDaysRange');

  if (shown.has('ratePerYear')) {
    const parsed = parseRateInput(text(form, 'ratePerYear'));
    if (!parsed.ok) errors.ratePerYear = parsed.problem;
    else if (parsed.value !== null && Number(parsed.value) > 100) errors.ratePerYear = 'rateRange';
    else terms.ratePerYear = parsed.value;
  }

  for (const [name, max] of [
    ['collateral', 500],
    ['delivery', 500],
    ['note', 2000],
  ] as const) {
    if (!shown.has(name)) continue;
    const value = text(form, name).trim();
    if (value.length > max) errors[name] = 'tooLong';
    else terms[name] = value || null;
  }

  // Kept from the version being answered: the form has no region picker, so it is carried over.
  const region = text(form, 'deliveryRegionCode');
  if (region) terms.deliveryRegionCode = region;

  // The API's consistency rules, said before sending: grace inside the tenor, operating costs a
  // part of the loan, a collateral value only for a described collateral.
  if (!errors.graceMonths && terms.graceMonths != null && terms.tenorMonths != null) {
    if (terms.graceMonths >= terms.tenorMonths) errors.graceMonths = 'graceNotShorterThanTenor';
  }
  if (
    !errors.operatingCostAmount &&
    terms.operatingCostAmount &&
    terms.amount &&
    compareDecimal(terms.operatingCostAmount, terms.amount) > 0
  ) {
    errors.operatingCostAmount = 'operatingAboveAmount';
  }
  if (!errors.collateralValue && terms.collateralValue && !terms.collateral) {
    errors.collateral = 'collateralRequired';
  }

  for (const field of required.map((term): keyof ProposalTermsInput & keyof TermsFormErrors =>
    inputFieldOf(term),
  )) {
    if (!errors[field] && (terms[field] === null || terms[field] === undefined)) errors[field] = 'required';
  }
  return { terms, errors };
}
