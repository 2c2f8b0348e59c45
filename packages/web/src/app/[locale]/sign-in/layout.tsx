import type { ReactNode } from 'react';
import { ApolloProvider } from '@/components/layout/apollo-provider';

/** Only this route calls the API from the browser, so only it loads Apollo Client there. */
export default function SignInLayout({ children }: { children: ReactNode }) {
  return <ApolloProvider>{children}</ApolloProvider>;
}
