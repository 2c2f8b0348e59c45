import { ApolloLink, CombinedGraphQLErrors } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { Client } from 'graphql-ws';
import { Observable } from 'rxjs';
import { persistedHashOf } from '@/lib/persisted-operations';

/**
 * Apollo Client's link for persisted operations. It never falls back to sending a document's text
 * (the API would refuse it, and the text it would print differs from the persisted one).
 */
export function persistedOperationsLink(): PersistedQueryLink {
  return new PersistedQueryLink({
    generateHash: persistedHashOf,
    useGETForHashedQueries: true,
    retry: () => false,
    disable: () => false,
  });
}

/**
 * Subscriptions over the WebSocket (graphql-ws), by hash as well: Apollo's GraphQLWsLink always
 * sends the document's text, this sends an empty `query` and the hash in `extensions`, which the
 * API looks up in the same file.
 */
export function persistedSubscriptionsLink(client: Client): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) =>
        client.subscribe<Record<string, unknown>, Record<string, unknown>>(
          {
            query: '',
            operationName: operation.operationName,
            variables: operation.variables,
            extensions: { persistedQuery: { version: 1, sha256Hash: persistedHashOf(operation.query) } },
          },
          {
            next: (result) => observer.next(result),
            complete: () => observer.complete(),
            error: (error) =>
              observer.error(
                error instanceof Error
                  ? error
                  : Array.isArray(error)
                    ? new CombinedGraphQLErrors({ errors: error })
                    : new Error('The live connection closed'),
              ),
          },
        ),
      ),
  );
}
