import type { Commodity, SearchFilter, SearchType } from '@/graphql/generated/graphql';
import { COMMODITIES, oneOf } from '@/lib/enum-values';
import { levelOfCode, parseRegionPath, regionPathQuery } from '@/lib/region-path';
import type { RawSearchParams } from '@/lib/search-params';

/** The kinds in the `type` URL parameter of /search, and the API's name for each. */
export const SEARCH_KINDS = {
  cooperative: 'COOPERATIVE',
  offering: 'OFFERING',
  partner: 'PARTNER',
  program: 'PROGRAM',
  request: 'REQUEST',
} as const satisfies Record<string, SearchType>;

export type SearchKind = keyof typeof SEARCH_KINDS;

/**
 * The /search page's URL state: `?q=…&type=…&province=…&regency=…&district=…&village=…&commodity=…&after=…`
 * (the region picker's path). Older links and the save form name the region as `?region=…`.
 */
export interface SearchPageState {
  q: string;
  type?: SearchKind;
  region?: string;
  commodity?: Commodity;
  after?: string;
}

const MAX_Q = 200;

function single(params: RawSearchParams, key: string): string | undefined {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) || undefined;
}

/** Reads the URL; unknown or malformed values are dropped rather than sent to the API. */
export function parseSearchPage(params: RawSearchParams): SearchPageState {
  const type = single(params, 'type');
  const legacyRegion = single(params, 'region');
  return {
    q: (single(params, 'q') ?? '').trim().slice(0, MAX_Q),
    type: type && type in SEARCH_KINDS ? (type as SearchKind) : undefined,
    region: parseRegionPath(params) ?? (legacyRegion && levelOfCode(legacyRegion) ? legacyRegion : undefined),
    commodity: oneOf(COMMODITIES, single(params, 'commodity')),
    after: single(params, 'after'),
  };
}

/** The URL parameters of a search (its region as the picker's path), for toQueryString. */
export function searchPageQuery(
  state: Omit<SearchPageState, 'q'> & { q?: string },
): Record<string, string | undefined> {
  return {
    q: state.q,
    type: state.type,
    ...regionPathQuery(state.region),
    commodity: state.commodity,
    after: state.after,
  };
}

/** The API's `types` and `filter` for the page's state. */
export function searchVariables(state: SearchPageState): {
  types: SearchType[] | null;
  filter: SearchFilter;
} {
  return {
    types: state.type ? [SEARCH_KINDS[state.type]] : null,
    filter: { regionCode: state.region ?? null, commodity: state.commodity ?? null },
  };
}

/** The URL kind of an API type (saved searches keep API types). */
export function kindOf(type: SearchType): SearchKind {
  return (Object.keys(SEARCH_KINDS) as SearchKind[]).find((kind) => SEARCH_KINDS[kind] === type)!;
}

/**
 * The result count line of /search: the exact count, or "1.000+" when the API stopped counting
 * (`isTotalCountCapped`). `shown` stands in when the count is missing.
 */
export function resultCount(
  search: { totalCount?: number | null; isTotalCountCapped: boolean },
  shown: number,
): { message: 'results' | 'resultsCapped'; count: number } {
  return {
    message: search.isTotalCountCapped ? 'resultsCapped' : 'results',
    count: search.totalCount ?? shown,
  };
}
