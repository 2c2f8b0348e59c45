import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
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
