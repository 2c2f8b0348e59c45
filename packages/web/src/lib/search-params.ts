import type {
  BusinessUnitStatus,
  BusinessUnitType,
  Commodity,
  CooperativeFilter,
  CooperativeKind,
  CooperativeStage,
  OfferingFilter,
  OfferingKind,
} from '@/graphql/generated/graphql';
import {
  BUSINESS_UNIT_STATUSES,
  BUSINESS_UNIT_TYPES,
  COMMODITIES,
  COOPERATIVE_KINDS,
  COOPERATIVE_STAGES,
  OFFERING_KINDS,
  oneOf,
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
    nameContains: search.q ?? null,
  };
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
}

export function parseOfferingSearch(params: RawSearchParams): OfferingSearch {
  return {
    kind: oneOf(OFFERING_KINDS, single(params, 'kind')),
    commodity: oneOf(COMMODITIES, single(params, 'commodity')),
    region: parseRegionPath(params),
  };
}

export function offeringFilterOf(search: OfferingSearch): OfferingFilter {
  return {
    kinds: search.kind ? [search.kind] : null,
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
