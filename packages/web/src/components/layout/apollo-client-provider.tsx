'use client';

import { ApolloLink, HttpLink } from '@apollo/client';
import { ApolloClient, ApolloNextAppProvider, InMemoryCache } from '@apollo/client-integration-nextjs';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import type { ReactNode } from 'react';
import { persistedOperationsLink, persistedSubscriptionsLink } from '@/lib/apollo/persisted-link';

/**
 * Same origin: proxy.ts forwards /graphql to the API, so its session cookie is first-party.
 * Operations go by their persisted hash (queries over GET), never as text.
 */
function httpLink() {
  return ApolloLink.from([
    persistedOperationsLink(),
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  ]);
}

/**
 * Subscriptions go over a WebSocket to the same origin's /graphql: `next start` forwards the
 * upgrade through proxy.ts's rewrite to the API, and the browser sends the session cookie with the
 * handshake, which is how the API authenticates the socket. Lazy: the socket opens with the first
 * subscription and closes after the last. If it cannot connect, queries and mutations still go
 * over HTTP; graphql-ws retries with backoff. Subscriptions too go by their persisted hash.
 */
function liveLink() {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = persistedSubscriptionsLink(
    createClient({ url: `${scheme}://${window.location.host}/graphql`, lazy: true, retryAttempts: 5 }),
  );
  return ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    ws,
    httpLink(),
  );
}

function makeClient(live: boolean) {
  return new ApolloClient({
    cache: new InMemoryCache(),
    // The server render of a client component has no window (and no socket to open).
    link: live && typeof window !== 'undefined' ? liveLink() : httpLink(),
  });
}

/**
 * The browser half of ApolloProvider (apollo-provider.tsx). `nonce`: this request's CSP nonce,
 * for the inline scripts by which the server render hands its query results to the browser's cache.
 */
export function ApolloClientProvider({
  children,
  live,
  nonce,
}: {
  children: ReactNode;
  live: boolean;
  nonce: string | undefined;
}) {
  return (
    <ApolloNextAppProvider makeClient={() => makeClient(live)} extraScriptProps={{ nonce }}>
      {children}
    </ApolloNextAppProvider>
  );
}
