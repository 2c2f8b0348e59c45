import type { EntityManager } from '@mikro-orm/postgresql';
import { raise } from '../../shared/domain-events';
import type { SearchType } from './text-search.type';

/** A listing that was just published, reopened or edited while public: searches may now match it. */
export interface ListingChanged {
  type: SearchType.OFFERING | SearchType.PROGRAM | SearchType.REQUEST;
  id: number;
  /** The listing's title, shown in what tells of it. */
  label: string;
  /** The cooperative or partner that published it; loaded only when someone is told. */
  owner: () => Promise<string>;
  /** The user who made the change (not told of their own change); null for a job. */
  actingUserId: number | null;
}

declare module '../../shared/domain-events' {
  interface DomainEventMap {
    /** A listing changed as searches see it, in the transaction that changed it (after its flush). */
    'listing.changed': ListingChanged;
  }
}

/** Tells whoever reacts (saved-search alerts) that a listing changed; call it after the flush. */
export function listingChanged(tx: EntityManager, listing: ListingChanged): Promise<void> {
  return raise(tx, 'listing.changed', listing);
}
