import type { QuantityUnit } from '@/graphql/generated/graphql';

/** Starting values of a terms form, as text (a counter-offer starts from the latest version). */
export interface TermsDefaults {
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
  paymentDays?: number | null;
  delivery?: string | null;
  note?: string | null;
  deliveryRegionCode?: string | null;
}

/** A terms version's stored values as a form's starting values. */
export function defaultsOfTerms(terms: {
  amount?: { amount: string } | null;
  pricePerUnit?: { amount: string } | null;
  quantity?: string | null;
  quantityUnit?: QuantityUnit | null;
  tenorMonths?: number | null;
  ratePerYear?: string | null;
  graceMonths?: number | null;
  operatingCostAmount?: { amount: string } | null;
  collateral?: string | null;
  collateralValue?: { amount: string } | null;
  paymentDays?: number | null;
  delivery?: string | null;
  note?: string | null;
  deliveryRegion?: { code: string } | null;
}): TermsDefaults {
  return {
    amount: terms.amount?.amount,
    pricePerUnit: terms.pricePerUnit?.amount,
    quantity: terms.quantity,
    quantityUnit: terms.quantityUnit,
    tenorMonths: terms.tenorMonths,
    ratePerYear: terms.ratePerYear,
    graceMonths: terms.graceMonths,
    operatingCostAmount: terms.operatingCostAmount?.amount,
    collateral: terms.collateral,
    collateralValue: terms.collateralValue?.amount,
    paymentDays: terms.paymentDays,
    delivery: terms.delivery,
    note: terms.note,
    deliveryRegionCode: terms.deliveryRegion?.code,
  };
}
