import type { EntityManager } from '@mikro-orm/postgresql';
import { raise, reactTo } from '../../shared/domain-events';
import type { ListingChanged } from '../text-search/text-search.events';
import { SearchType } from '../text-search/text-search.type';
import { MatchedListingType } from './listing-match.entity';
import { matchStatement, type MatchMode } from './matching.reads';

/** How many of the best-fitting organisations hear of a listing (as its page recommends them). */
export const LISTING_MATCH_LIMIT = 20;
/** A fit below this score (0–100) is not worth telling anyone of. */
export const LISTING_MATCH_MIN_SCORE = 50;

/** The organisations a listing newly matched, in the transaction that published it. */
export interface ListingMatched {
  listing: { type: MatchedListingType; id: number; label: string };
  /** Partners, for an offering; cooperatives, for a program or a request. */
  matches: { organisationId: number; score: number }[];
}

declare module '../../shared/domain-events' {
  interface DomainEventMap {
    /** A listing went public and fits organisations it had not been matched with before. */
    'listing.matched': ListingMatched;
  }
}

/** Who a listing is matched with: the matching's ranking of the other side. */
const MATCHING_OF: Record<
  ListingChanged['type'],
  { type: MatchedListingType; mode: (id: number) => MatchMode }
> = {
  [SearchType.OFFERING]: {
    type: MatchedListingType.OFFERING,
    mode: (offeringId) => ({ kind: 'partnersForOffering', offeringId }),
  },
  [SearchType.PROGRAM]: {
    type: MatchedListingType.PROGRAM,
    mode: (programId) => ({ kind: 'cooperativesForProgram', programId }),
  },
  [SearchType.REQUEST]: {
    type: MatchedListingType.PARTNER_REQUEST,
    mode: (requestId) => ({ kind: 'cooperativesForRequest', requestId }),
  },
};

/**
 * A listing that went public (or changed while public) is matched against the other side; the
 * best-fitting organisations not matched with it before are recorded, in the transaction of the
 * change, and `listing.matched` tells the partners' webhooks. The daily digest reads the records.
 * Returns the new matches.
 */
export async function recordListingMatches(
  tx: EntityManager,
  listing: ListingChanged,
): Promise<ListingMatched['matches']> {
  const matching = MATCHING_OF[listing.type];
  const mode = matching.mode(listing.id);
  const column = mode.kind === 'partnersForOffering' ? 'partner_id' : 'cooperative_id';
  const statement = matchStatement(mode, LISTING_MATCH_LIMIT);
  const rows: { organisation_id: number; score: number }[] = await tx.execute(
    `insert into listing_match (listing_type, listing_id, label, ${column}, score)
     select ?, ?, ?, m.${column}, m.score from (${statement.sql}) m where m.score >= ?
     on conflict (listing_type, listing_id, coalesce(partner_id, 0), coalesce(cooperative_id, 0)) do nothing
     returning ${column} as organisation_id, score`,
    [matching.type, listing.id, listing.label.slice(0, 200), ...statement.bindings, LISTING_MATCH_MIN_SCORE],
  );
  const matches = rows.map((row) => ({ organisationId: row.organisation_id, score: row.score }));
  if (matches.length > 0)
    await raise(tx, 'listing.matched', {
      listing: { type: matching.type, id: listing.id, label: listing.label },
      matches,
    });
  return matches;
}

reactTo('listing.changed', async (tx, listing) => void (await recordListingMatches(tx, listing)));
