import { Field, InputType } from 'type-graphql';
import type { Context } from '../../request-context';
import { badUserInput } from '../../graphql/errors';
import { Commodity } from '../commodity/commodity.type';
import { assertRegionCode } from '../region/region.input';
import { regionByCode } from '../region/region.reads';
import { searchTerms } from '../text-search/text-search.input';
import { SearchType } from '../text-search/text-search.type';

/** Description of a region filter of search and saved searches. */
export const REGION_FILTER_DESCRIPTION =
  'A Kemendagri region code of any level (province "61", regency "61.03", district "61.03.05", village "61.03.05.2001"): objects located in it or delivering to / covering it (a regency-wide request or coverage counts for each place in the regency; a program without coverage, everywhere).';

@InputType({ description: 'Narrows a search; all given filters must match.' })
export class SearchFilter {
  @Field(() => String, { nullable: true, description: REGION_FILTER_DESCRIPTION })
  regionCode?: string | null;

  @Field(() => Commodity, {
    nullable: true,
    description:
      'Objects about this commodity: offerings, programs and requests of it, partners interested in it, cooperatives with public offerings of it.',
  })
  commodity?: Commodity | null;
}

/** What a search looks for, checked: the words of `q`, the types, and the filters. */
export interface SearchCriteria {
  q: string;
  terms: string[];
  types: SearchType[];
  regionCode: string | null;
  commodity: Commodity | null;
}

/**
 * Checks a region filter: BAD_USER_INPUT when the code is not shaped like a Kemendagri code or no
 * such region exists (one batched lookup).
 */
export async function checkedRegionCode(
  ctx: Context,
  code: string | null | undefined,
  field: string,
): Promise<string | null> {
  if (code == null) return null;
  assertRegionCode(code, field);
  if (!(await regionByCode(ctx, code))) {
    throw badUserInput(`There is no region with the code "${code}".`, field);
  }
  return code;
}

/** The checked criteria of a search; throws BAD_USER_INPUT for bad text, types or filters. */
export async function searchCriteria(
  ctx: Context,
  q: string,
  types: SearchType[] | null | undefined,
  filter: SearchFilter | null | undefined,
): Promise<SearchCriteria> {
  const terms = searchTerms(q, 'q');
  return {
    q: q.trim(),
    terms,
    types: types?.length ? [...new Set(types)] : Object.values(SearchType),
    regionCode: await checkedRegionCode(ctx, filter?.regionCode, 'filter.regionCode'),
    commodity: filter?.commodity ?? null,
  };
}
