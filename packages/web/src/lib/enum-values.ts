import type {
  BusinessUnitStatus,
  BusinessUnitType,
  Commodity,
  CooperativeKind,
  CooperativeStage,
  OfferingKind,
  PartnerType,
  VerificationLevel,
} from '@/graphql/generated/graphql';

/*
 * The values of the API's enums that the filters offer, in the order a person expects them
 * (codegen emits enums as string unions, which have no runtime list). A jest spec compares each
 * list with schema.graphql, so a value added to the API fails the tests until it is added here.
 */

export const COOPERATIVE_STAGES = [
  'LEGALLY_FORMED',
  'ORGANISED',
  'BUILDING_UNITS',
  'OPERATING',
  'GROWING',
] as const satisfies readonly CooperativeStage[];

export const BUSINESS_UNIT_TYPES = [
  'COOPERATIVE_OFFICE',
  'GROCERY_KIOSK',
  'SAVINGS_AND_LOAN',
  'VILLAGE_CLINIC',
  'VILLAGE_PHARMACY',
  'WAREHOUSE_COLD_STORAGE',
  'LOGISTICS',
  'LPG_OUTLET',
  'FERTILISER_RETAIL',
  'BULOG_AGENCY',
  'BANK_AGENT',
  'POST_AGENT',
  'OTHER',
] as const satisfies readonly BusinessUnitType[];

/** The seven business units every village cooperative is meant to run (PRODUCT.md), in this order. */
export const STANDARD_UNIT_TYPES = [
  'COOPERATIVE_OFFICE',
  'GROCERY_KIOSK',
  'SAVINGS_AND_LOAN',
  'VILLAGE_CLINIC',
  'VILLAGE_PHARMACY',
  'WAREHOUSE_COLD_STORAGE',
  'LOGISTICS',
] as const satisfies readonly BusinessUnitType[];

export const BUSINESS_UNIT_STATUSES = [
  'ACTIVE',
  'NOT_ACTIVE',
  'UNDER_CONSTRUCTION',
  'PLANNED',
] as const satisfies readonly BusinessUnitStatus[];

export const COMMODITIES = [
  'PALM_OIL_FFB',
  'CRUDE_PALM_OIL',
  'RUBBER',
  'PEPPER',
  'COCONUT',
  'PADDY_RICE',
  'CORN',
  'CASSAVA',
  'FISH',
  'SHRIMP',
  'COFFEE',
  'COCOA',
  'HONEY',
  'RATTAN',
  'VEGETABLES',
  'FRUIT',
  'CITRUS',
  'PINEAPPLE',
  'ALOE_VERA',
  'EGGS',
  'POULTRY',
  'CATTLE',
  'FERTILISER',
  'LPG',
  'STAPLE_GOODS',
] as const satisfies readonly Commodity[];

export const COOPERATIVE_KINDS = ['KDMP', 'KKMP'] as const satisfies readonly CooperativeKind[];

export const OFFERING_KINDS = [
  'SUPPLY',
  'FINANCING_NEED',
  'SERVICE',
  'PARTNERSHIP_INTEREST',
] as const satisfies readonly OfferingKind[];

/** `value` when it is one of `allowed`, otherwise undefined (a hand-edited URL is not an error). */
export function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Every verification level, weakest first (a "at least" filter offers them in this order). */
export const VERIFICATION_LEVELS = [
  'UNVERIFIED',
  'SELF_DECLARED',
  'MENTOR_ATTESTED',
  'DOCUMENTS_VERIFIED',
  'GOVERNMENT_VERIFIED',
] as const satisfies readonly VerificationLevel[];

export const PARTNER_TYPES = [
  'STATE_BANK',
  'REGIONAL_BANK',
  'PUBLIC_FUND',
  'STATE_COMPANY',
  'PRIVATE_BUYER',
  'PRIVATE_SUPPLIER',
  'NGO',
  'GOVERNMENT_PROGRAM',
] as const satisfies readonly PartnerType[];
