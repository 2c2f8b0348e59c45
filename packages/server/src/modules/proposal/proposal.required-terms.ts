import { ProposalKind } from './proposal.entity';
import type { ProposalTermsInput } from './proposal.input';

/**
 * A term a proposal states, named (as a GraphQL enum) by its key and standing for the field of
 * ProposalTermsInput that is its value, so that a rule written with these checks the input as
 * it is.
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
} as const satisfies Record<string, keyof ProposalTermsInput>;

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
