import { compareDecimal } from '../../shared/money';
import type { QuantityUnit } from '../commodity/commodity';
import { ProposalKind, type PoolShareTerms } from './proposal.entity';
import { ProposalError } from './proposal.errors';

/**
 * The terms of a proposal version as a command states them (the API's ProposalTermsInput is one):
 * amounts and prices as decimal strings, months and days as numbers; a term left out is null.
 */
export interface ProposedTerms {
  amount?: string | null;
  pricePerUnit?: string | null;
  quantity?: string | null;
  quantityUnit?: QuantityUnit | null;
  tenorMonths?: number | null;
  ratePerYear?: string | null;
  graceMonths?: number | null;
  operatingCostAmount?: string | null;
  collateral?: string | null;
  collateralValue?: string | null;
  delivery?: string | null;
  deliveryRegionCode?: string | null;
  paymentDays?: number | null;
  note?: string | null;
  /** A pooled offer's allocation: each member's share (proposal.pool.ts); null for one cooperative. */
  poolShares?: PoolShareTerms[] | null;
}

/**
 * A term a proposal states, named (as a GraphQL enum) by its key and standing for the field of
 * ProposedTerms (and of the API's ProposalTermsInput) that is its value, so that a rule written
 * with these checks the command as it is.
 */
export const ProposalTermsField = {
  AMOUNT: 'amount',
  PRICE_PER_UNIT: 'pricePerUnit',
  QUANTITY: 'quantity',
  QUANTITY_UNIT: 'quantityUnit',
  TENOR_MONTHS: 'tenorMonths',
  RATE_PER_YEAR: 'ratePerYear',
  GRACE_MONTHS: 'graceMonths',
  OPERATING_COST_AMOUNT: 'operatingCostAmount',
  COLLATERAL: 'collateral',
  COLLATERAL_VALUE: 'collateralValue',
  DELIVERY: 'delivery',
  DELIVERY_REGION_CODE: 'deliveryRegionCode',
  PAYMENT_DAYS: 'paymentDays',
  NOTE: 'note',
} as const satisfies Record<string, keyof ProposedTerms>;

export type ProposalTermsField = (typeof ProposalTermsField)[keyof typeof ProposalTermsField];

const { AMOUNT, PRICE_PER_UNIT, QUANTITY, QUANTITY_UNIT, TENOR_MONTHS } = ProposalTermsField;

/**
 * What each kind of proposal must state. The one statement of it: `termsProblems` refuses a new
 * or edited terms version without these, and `Query.proposalKindTerms` tells clients, whose forms
 * ask for the same fields before sending.
 */
export const REQUIRED_TERMS: Readonly<Record<ProposalKind, readonly ProposalTermsField[]>> = {
  [ProposalKind.FINANCING]: [AMOUNT, TENOR_MONTHS],
  [ProposalKind.OFFTAKE]: [PRICE_PER_UNIT, QUANTITY, QUANTITY_UNIT],
  [ProposalKind.SUPPLY]: [PRICE_PER_UNIT, QUANTITY, QUANTITY_UNIT],
  [ProposalKind.AGENCY]: [],
};

/** Cross-field rules of a terms version; the failures, as refusals at `path` (the terms' field). */
export function termsProblems(
  kind: ProposalKind,
  terms: ProposedTerms,
  path: readonly string[],
): ProposalError[] {
  const problems = REQUIRED_TERMS[kind]
    .filter((field) => terms[field] == null)
    .map((field) =>
      ProposalError.invalid(`${field} is required for a ${kind.toLowerCase()} proposal`, [...path, field]),
    );
  if ((terms.quantity == null) !== (terms.quantityUnit == null)) {
    problems.push(ProposalError.invalid('quantity and quantityUnit go together', [...path, 'quantityUnit']));
  }
  if (
    terms.operatingCostAmount != null &&
    terms.amount != null &&
    compareDecimal(terms.operatingCostAmount, terms.amount) > 0
  ) {
    problems.push(
      ProposalError.invalid('operatingCostAmount must not exceed amount', [...path, 'operatingCostAmount']),
    );
  }
  if (terms.graceMonths != null && terms.tenorMonths != null && terms.graceMonths >= terms.tenorMonths) {
    problems.push(
      ProposalError.invalid('graceMonths must be shorter than tenorMonths', [...path, 'graceMonths']),
    );
  }
  if (terms.collateralValue != null && !terms.collateral?.trim()) {
    problems.push(
      ProposalError.invalid('collateralValue needs a collateral description', [...path, 'collateral']),
    );
  }
  if (terms.ratePerYear != null && compareDecimal(terms.ratePerYear, '100') > 0) {
    problems.push(ProposalError.invalid('ratePerYear must not exceed 100', [...path, 'ratePerYear']));
  }
  return problems;
}
