import type { ReactNode } from 'react';
import { requestNonce } from '@/lib/request-nonce';
import { ApolloClientProvider } from './apollo-client-provider';

/**
 * Apollo Client for client components. Mounted only by the routes whose islands call the API
 * from the browser (sign-in, the signed-in workspaces, a cooperative's profile), so the public
 * pages do not ship Apollo's JavaScript. `live`: also subscriptions over WebSocket (the signed-in
 * pages' notification bell). A server component, to read the request's CSP nonce.
 */
export async function ApolloProvider({ children, live = false }: { children: ReactNode; live?: boolean }) {
  return (
    <ApolloClientProvider live={live} nonce={await requestNonce()}>
      {children}
    </ApolloClientProvider>
  );
}
