'use client';

import { HttpLink } from '@apollo/client';
import { ApolloClient, ApolloNextAppProvider, InMemoryCache } from '@apollo/client-integration-nextjs';
import type { ReactNode } from 'react';

function makeClient() {
  return new ApolloClient({
    cache: new InMemoryCache(),
    // Same origin: proxy.ts forwards /graphql to the API, so its session cookie is first-party.
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  });
}

/**
 * Apollo Client for client components. Mounted only by the routes whose islands call the API
 * from the browser (sign-in), so the public pages do not ship Apollo's JavaScript.
 */
export function ApolloProvider({ children }: { children: ReactNode }) {
  return <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>;
}
