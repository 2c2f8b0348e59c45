import { Field, InputType } from 'type-graphql';
import type { Context } from '../../request-context';
import { badUserInput } from '../../graphql/errors';
import { Commodity } from '../commodity/commodity.type';
import { assertRegionCode } from '../region/region.input';
import { regionByCode } from '../region/region.reads';
import { MAX_QUERY_LENGTH, queryTerms } from './search.terms';
import { SearchType } from './search.type';

/** Description of a `q` argument or filter field. */
export const Q_DESCRIPTION = `Search text (1–${MAX_QUERY_LENGTH} characters): every word must match the text, commodity or place names, allowing Indonesian word forms ("perkebunan" ~ "kebun") and small typos ("karret" ~ "karet").`;

/** The words of a search text; BAD_USER_INPUT when it is blank, too long or has no word. */
export function searchTerms(q: string, field: string): string[] {
  const trimmed = q.trim();
  if (trimmed.length === 0) throw badUserInput('The search text must not be empty.', field);
  if (trimmed.length > MAX_QUERY_LENGTH) {
    throw badUserInput(`The search text must be at most ${MAX_QUERY_LENGTH} characters.`, field);
  }
  const terms = queryTerms(trimmed);
  if (terms.length === 0) throw badUserInput('The search text must contain a word.', field);
  return terms;
}

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
