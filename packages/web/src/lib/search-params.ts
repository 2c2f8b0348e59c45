import type {
  BusinessUnitStatus,
  BusinessUnitType,
  Commodity,
  CooperativeFilter,
  CooperativeKind,
  CooperativeStage,
  OfferingFilter,
  OfferingKind,
  PartnerFilter,
  PartnerType,
  VerificationLevel,
} from '@/graphql/generated/graphql';
import { parseMoneyInput } from './decimal-input';
import {
  BUSINESS_UNIT_STATUSES,
  BUSINESS_UNIT_TYPES,
  COMMODITIES,
  COOPERATIVE_KINDS,
  COOPERATIVE_STAGES,
  OFFERING_KINDS,
  oneOf,
  PARTNER_TYPES,
  VERIFICATION_LEVELS,
} from './enum-values';
import { parseRegionPath, regionPathQuery } from './region-path';

/** What Next passes a page as `searchParams`. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export const PAGE_SIZE = 20;

function single(params: RawSearchParams, key: string): string | undefined {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * The discover page's filters, as they appear in its URL (`?province=61&regency=61.03&unitType=…`).
 * `region` is the deepest region the picker's path chooses (see parseRegionPath).
 */
export interface CooperativeSearch {
  region?: string;
  /** At least this verification level (UNVERIFIED, the lowest, is no filter and is dropped). */
  verification?: VerificationLevel;
  stage?: CooperativeStage;
  unitType?: BusinessUnitType;
  unitStatus?: BusinessUnitStatus;
  commodity?: Commodity;
  kind?: CooperativeKind;
  q?: string;
}

export function parseCooperativeSearch(params: RawSearchParams): CooperativeSearch {
  return {
    region: parseRegionPath(params),
    stage: oneOf(COOPERATIVE_STAGES, single(params, 'stage')),
    unitType: oneOf(BUSINESS_UNIT_TYPES, single(params, 'unitType')),
    unitStatus: oneOf(BUSINESS_UNIT_STATUSES, single(params, 'unitStatus')),
    commodity: oneOf(COMMODITIES, single(params, 'commodity')),
    kind: oneOf(COOPERATIVE_KINDS, single(params, 'kind')),
    verification: oneOf(
      VERIFICATION_LEVELS.filter((level) => level !== 'UNVERIFIED'),
      single(params, 'verification'),
    ),
    q: single(params, 'q')?.slice(0, 100),
  };
}

export function cooperativeFilterOf(search: CooperativeSearch): CooperativeFilter {
  return {
    regionCode: search.region ?? null,
    stages: search.stage ? [search.stage] : null,
    unitType: search.unitType ?? null,
    unitStatus: search.unitStatus ?? null,
    commodity: search.commodity ?? null,
    kind: search.kind ?? null,
    minVerificationLevel: search.verification ?? null,
    nameContains: search.q ?? null,
  };
}

/** How many filters a list's parsed search sets (an absent or empty value is no filter). */
export function activeFilterCount(search: object): number {
  return Object.values(search).filter((value) => value !== undefined && value !== null && value !== '')
    .length;
}

/** A list's filters as URL parameters again (for its page links): the region as its path. */
export function searchQuery({ region, ...rest }: { region?: string } & Record<string, string | undefined>) {
  return { ...rest, ...regionPathQuery(region) };
}

/** The offerings list's filters (`?kind=SUPPLY&commodity=RUBBER&province=61&regency=61.03`). */
export interface OfferingSearch {
  kind?: OfferingKind;
  commodity?: Commodity;
  region?: string;
  /** Ticket size: the financing needed, at least / at most (rupiah, as the API's decimals). */
  amountMin?: string;
  amountMax?: string;
}

/** An amount typed into a filter ("1.500.000", "Rp 2 000 000"), as a decimal; undefined if unreadable. */
function amountParam(params: RawSearchParams, key: string): string | undefined {
  const text = single(params, key);
  if (!text) return undefined;
  const parsed = parseMoneyInput(text);
  return parsed.ok && parsed.value !== null ? parsed.value : undefined;
}

export function parseOfferingSearch(params: RawSearchParams): OfferingSearch {
  let amountMin = amountParam(params, 'amountMin');
  let amountMax = amountParam(params, 'amountMax');
  // A range typed the wrong way round means the same range.
  if (amountMin && amountMax && compareAmounts(amountMin, amountMax) > 0) {
    [amountMin, amountMax] = [amountMax, amountMin];
  }
  return {
    kind: oneOf(OFFERING_KINDS, single(params, 'kind')),
    commodity: oneOf(COMMODITIES, single(params, 'commodity')),
    region: parseRegionPath(params),
    amountMin,
    amountMax,
  };
}

/** Compares two non-negative decimals ("1500000", "2750.5") exactly. */
function compareAmounts(a: string, b: string): number {
  const [aWhole, aFraction = ''] = a.split('.');
  const [bWhole, bFraction = ''] = b.split('.');
  if (aWhole.length !== bWhole.length) return aWhole.length - bWhole.length;
  const left = aWhole + aFraction.padEnd(2, '0');
  const right = bWhole + bFraction.padEnd(2, '0');
  return left < right ? -1 : left > right ? 1 : 0;
}

export function offeringFilterOf(search: OfferingSearch): OfferingFilter {
  return {
    kinds: search.kind ? [search.kind] : null,
    commodity: search.commodity ?? null,
    regionCode: search.region ?? null,
    amountMin: search.amountMin ?? null,
    amountMax: search.amountMax ?? null,
  };
}

/** The partners list's filters (`?type=STATE_BANK&commodity=RUBBER&province=61&q=…`). */
export interface PartnerSearch {
  q?: string;
  type?: PartnerType;
  commodity?: Commodity;
  region?: string;
}

export function parsePartnerSearch(params: RawSearchParams): PartnerSearch {
  return {
    q: single(params, 'q')?.slice(0, 100),
    type: oneOf(PARTNER_TYPES, single(params, 'type')),
    commodity: oneOf(COMMODITIES, single(params, 'commodity')),
    region: parseRegionPath(params),
  };
}

export function partnerFilterOf(search: PartnerSearch): PartnerFilter {
  return {
    nameContains: search.q ?? null,
    types: search.type ? [search.type] : null,
    commodity: search.commodity ?? null,
    regionCode: search.region ?? null,
  };
}

/** Which page of a cursor-paginated list the URL asks for (`?after=…` or `?before=…`). */
export interface PageRequest {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}

export function parsePageRequest(params: RawSearchParams): PageRequest {
  const before = single(params, 'before');
  if (before) return { last: PAGE_SIZE, before };
  const after = single(params, 'after');
  return after ? { first: PAGE_SIZE, after } : { first: PAGE_SIZE };
}

/** A query string of the given values, skipping empty ones; keys keep their order. */
export function toQueryString(values: Record<string, string | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
