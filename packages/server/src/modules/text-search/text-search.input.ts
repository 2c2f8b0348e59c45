import { badUserInput } from '../../graphql/errors';
import { MAX_QUERY_LENGTH, queryTerms } from './text-search.terms';

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
