import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import { raise, reactTo } from '../../shared/domain-events';
import type { ListingChanged } from '../text-search/text-search.events';
import { SearchType } from '../text-search/text-search.type';
import { MatchedListingType } from './listing-match.entity';
import { matchStatement, type MatchMode } from './matching.reads';

/** How many of the best-fitting organisations hear of a listing (as its page recommends them). */
export const LISTING_MATCH_LIMIT = 20;
/** A fit below this score (0–100) is not worth telling anyone of. */
export const LISTING_MATCH_MIN_SCORE = 50;

/** The organisations a listing newly matched, raised in the matching job's transaction. */
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

/** A listing to match: what `listing.changed` says of it. */
export type ListingToMatch = Pick<ListingChanged, 'type' | 'id' | 'label'>;

/** The queue's task that matches a listing (db/job-queue.ts). */
export const RECORD_LISTING_MATCHES_TASK = 'record_listing_matches';

/**
 * A listing that went public (or changed while public) is queued to be matched, in the
 * transaction of the change: ranking the other side takes up to ~0.4 s for a program at national
 * size (83k cooperatives), which the person publishing need not wait for. The job runs after
 * commit (a rolled-back change queues nothing); edits before it runs make one job (its key).
 */
export async function queueListingMatch(tx: EntityManager, listing: ListingToMatch): Promise<void> {
  await tx.execute(
    `select graphile_worker.add_job(?, json_build_object('type', ?::text, 'id', ?::int, 'label', ?::text),
                                    max_attempts := 5, job_key := ?)`,
    [
      RECORD_LISTING_MATCHES_TASK,
      listing.type,
      listing.id,
      listing.label,
      `listing_match:${listing.type}:${listing.id}`,
    ],
  );
}

/**
 * Matches a listing against the other side: the best-fitting organisations not matched with it
 * before are recorded, and `listing.matched` tells the partners' webhooks, in one transaction.
 * The daily digest reads the records. Returns the new matches.
 */
export async function recordListingMatches(
  tx: EntityManager,
  listing: ListingToMatch,
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

/** The queue's job: a listing queued by `queueListingMatch`, matched in a transaction of its own. */
export function recordListingMatchesTask(orm: MikroORM): Task {
  return async (payload) => {
    const listing = payload as Partial<ListingToMatch>;
    if (!listing.type || !(listing.type in MATCHING_OF) || !Number.isInteger(listing.id)) return;
    await orm.em.fork().transactional((tx) =>
      recordListingMatches(tx, {
        type: listing.type!,
        id: listing.id!,
        label: String(listing.label ?? ''),
      }),
    );
  };
}

reactTo('listing.changed', (tx, listing) => queueListingMatch(tx, listing));
