import type { EntityManager } from '@mikro-orm/postgresql';
import { raise } from '../../shared/domain-events';
import type { SearchType } from '../text-search/text-search.type';

/** Users just told that a listing now matches their saved search (saved-search.alerts.ts). */
export interface SavedSearchesMatched {
  listing: { type: SearchType; id: number; label: string };
  matches: readonly { savedSearchId: number; userId: number }[];
}

declare module '../../shared/domain-events' {
  interface DomainEventMap {
    /** Saved searches that a listing now matches, in the transaction of the listing's change. */
    'savedSearch.matched': SavedSearchesMatched;
  }
}

/** Tells whoever reacts (partners' webhooks) that saved searches matched; after their alerts are stored. */
export function savedSearchesMatched(tx: EntityManager, event: SavedSearchesMatched): Promise<void> {
  return raise(tx, 'savedSearch.matched', event);
}
