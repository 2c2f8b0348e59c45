import { cookies } from 'next/headers';
import { ViewerDocument, type ViewerQuery } from '@/graphql/generated/graphql';
import { SESSION_COOKIE } from './api-url';
import { queryApi } from '@/lib/apollo/server-client';

export type SignedInViewer = NonNullable<ViewerQuery['viewer']>;

/**
 * The signed-in viewer, or null. Anonymous visitors (no session cookie) cost no API call; an
 * expired session simply reads as anonymous. The header calls this on every page, so an API
 * failure here reads as anonymous too: the page's own data decides whether it shows an error.
 */
export async function getViewer(): Promise<SignedInViewer | null> {
  if (!(await cookies()).has(SESSION_COOKIE)) return null;
  try {
    const data = await queryApi({ query: ViewerDocument });
    return data.viewer;
  } catch (error) {
    console.error('Could not load the viewer', error);
    return null;
  }
}
