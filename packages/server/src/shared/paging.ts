/**
 * Pages of a list (Relay cursor connections in the API): what a request asks for and what a page
 * holds, in the terms the read layer works with. The GraphQL types that carry them are in
 * graphql/relay.ts.
 */

import { BadInputError } from './domain-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The page size `first` or `last` asks for, or the default; BAD_USER_INPUT outside 0…MAX_PAGE_SIZE. */
export function pageSize(field: 'first' | 'last', value: number | null | undefined): number {
  if (value == null) return DEFAULT_PAGE_SIZE;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw new BadInputError(
      `\`${field}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${value}. Fetch more with the \`endCursor\` of this page.`,
      field,
    );
  }
  return value;
}

/** What a request asks of a list: the first n after a cursor, or the last n before one. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Where a page sits in its list. */
export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * The shape every page has. `totalCount` is a function: graphql-js calls a function property when
 * the field is selected, so the count query runs only when a client asks for it.
 */
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoShape;
  totalCount: () => number | Promise<number>;
}
