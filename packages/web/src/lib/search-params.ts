import type {
  BusinessUnitStatus,
  BusinessUnitType,
  Commodity,
  CooperativeFilter,
  CooperativeKind,
  CooperativeStage,
  OfferingFilter,
  OfferingKind,
} from '../graphql/generated/graphql';
import {
  BUSINESS_UNIT_STATUSES,
  BUSINESS_UNIT_TYPES,
  COMMODITIES,
  COOPERATIVE_KINDS,
  COOPERATIVE_STAGES,
  OFFERING_KINDS,
  oneOf,
} from './enum-values';

/** What Next passes a page as `searchParams`. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export const PAGE_SIZE = 20;

const REGENCY_CODE = /^\d{2}\.\d{2}$/;
const DISTRICT_CODE = /^\d{2}\.\d{2}\.\d{2}$/;

function single(params: RawSearchParams, key: string): string | undefined {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  const trimmed = first?.trim();
  return trimmed ? trimmed : undefined;
}

/** The discover page's filters, as they appear in its URL (`?regency=61.03&unitType=…`). */
export interface CooperativeSearch {
  regency?: string;
  district?: string;
  stage?: CooperativeStage;
  unitType?: BusinessUnitType;
  unitStatus?: BusinessUnitStatus;
  commodity?: Commodity;
  kind?: CooperativeKind;
  q?: string;
}

export function parseCooperativeSearch(params: RawSearchParams): CooperativeSearch {
  const regency = single(params, 'regency');
  const district = single(params, 'district');
  const validRegency = regency && REGENCY_CODE.test(regency) ? regency : undefined;
  return {
    regency: validRegency,
    // A district only counts inside the chosen regency, so a stale district never narrows silently.
    district:
      validRegency && district && DISTRICT_CODE.test(district) && district.startsWith(`${validRegency}.`)
        ? district
        : undefined,
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
    regionCode: search.district ?? search.regency ?? null,
    stages: search.stage ? [search.stage] : null,
    unitType: search.unitType ?? null,
    unitStatus: search.unitStatus ?? null,
    commodity: search.commodity ?? null,
    kind: search.kind ?? null,
    nameContains: search.q ?? null,
  };
}

/** The offerings list's filters (`?kind=SUPPLY&commodity=RUBBER&regency=61.03`). */
export interface OfferingSearch {
  kind?: OfferingKind;
  commodity?: Commodity;
  regency?: string;
}

export function parseOfferingSearch(params: RawSearchParams): OfferingSearch {
  const regency = single(params, 'regency');
  return {
    kind: oneOf(OFFERING_KINDS, single(params, 'kind')),
    commodity: oneOf(COMMODITIES, single(params, 'commodity')),
    regency: regency && REGENCY_CODE.test(regency) ? regency : undefined,
  };
}

export function offeringFilterOf(search: OfferingSearch): OfferingFilter {
  return {
    kinds: search.kind ? [search.kind] : null,
    commodity: search.commodity ?? null,
    regionCode: search.regency ?? null,
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
