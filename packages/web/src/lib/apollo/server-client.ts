import { ApolloLink, CombinedGraphQLErrors, HttpLink, type OperationVariables } from '@apollo/client';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { cookies } from 'next/headers';
import { SESSION_COOKIE, apiUrl } from '@/lib/api-url';
import { persistedOperationsLink } from '@/lib/apollo/persisted-link';

/**
 * The Apollo Client of server components: one per request, calling the API directly on its
 * internal URL and acting as the viewer by forwarding their session cookie (only that cookie:
 * the API has no business with the web app's other cookies).
 */
export const { getClient, query } = registerApolloClient(async () => {
  const session = (await cookies()).get(SESSION_COOKIE);
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([
      persistedOperationsLink(),
      new HttpLink({
        uri: `${apiUrl()}/graphql`,
        headers: session ? { cookie: `${SESSION_COOKIE}=${encodeURIComponent(session.value)}` } : {},
        // Pages show live data: never keep API answers in Next's data cache.
        fetchOptions: { cache: 'no-store' },
      }),
    ]),
  });
});

/** Runs a query for a server component and returns its data; GraphQL errors throw. */
export async function queryApi<TData, TVariables extends OperationVariables>(
  options: Parameters<typeof query<TData, TVariables>>[0],
): Promise<TData> {
  const { data } = await query<TData, TVariables>(options);
  if (data === undefined) throw new Error('The API answered without data');
  return data as TData;
}

/** The API says the ID is malformed or names nothing: show the page's 404, not an error. */
export function isNotFoundError(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => {
      const code = graphQLError.extensions?.code;
      return code === 'BAD_USER_INPUT' || code === 'NOT_FOUND';
    })
  );
}
