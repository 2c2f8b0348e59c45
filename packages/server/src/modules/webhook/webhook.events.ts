import type { EntityManager } from '@mikro-orm/postgresql';
import { reactTo } from '../../shared/domain-events';
import { toGlobalId } from '../../shared/global-id';
import { MatchedListingType } from '../matching/listing-match.entity';
import type { ListingMatched } from '../matching/listing-match.events';
import { ProposalAction } from '../proposal/proposal.entity';
import type { ProposalMove } from '../proposal/proposal.events';
import { SearchType } from '../text-search/text-search.type';
import type { SavedSearchesMatched } from '../saved-search/saved-search.events';
import { WEBHOOK_PAYLOAD_TYPE, WebhookEventType } from './webhook.entity';
import { DELIVER_WEBHOOK_TASK, deliveryJobKeySql } from './webhook.delivery';

/**
 * What partners' endpoints are told, queued in the transaction of the change (the reactions to
 * domain events run there): a delivery row per subscribed endpoint and a queue job per delivery,
 * written by one statement that also finds the endpoints. A change that rolls back queues
 * nothing; an event no endpoint subscribes to writes nothing. Payloads carry ids and the changed
 * fields; a receiver fetches the rest through the API.
 */

/** The payload `type` per event type, as SQL (the events are built in SQL). */
const PAYLOAD_TYPE_SQL = `case e.event_type ${Object.entries(WEBHOOK_PAYLOAD_TYPE)
  .map(([eventType, payloadType]) => `when '${eventType}' then '${payloadType}'`)
  .join(' ')} end`;

/**
 * Queues the deliveries of the events that `eventsSql` selects: one row per event with
 * `partner_id`, `event_type` and `data` (jsonb). Returns how many deliveries it queued.
 */
async function queueDeliveries(tx: EntityManager, eventsSql: string, bindings: unknown[]): Promise<number> {
  const rows: { queued: string }[] = await tx.execute(
    `with e as (${eventsSql}),
     delivery as (
       insert into webhook_delivery (endpoint_id, event_type, payload)
       select w.id, e.event_type,
              jsonb_build_object('type', ${PAYLOAD_TYPE_SQL}, 'timestamp', now(), 'data', e.data)
         from e
         join webhook_endpoint w
           on w.partner_id = e.partner_id and w.disabled_at is null and e.event_type = any(w.event_types)
       returning id)
     select count(graphile_worker.add_job('${DELIVER_WEBHOOK_TASK}', json_build_object('deliveryId', id::text),
                                          max_attempts := 3, job_key := ${deliveryJobKeySql('id::text')})) as queued
       from delivery`,
    bindings,
  );
  return Number(rows[0]?.queued ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Proposals

/** Moves a partner's systems hear of: not edits of drafts (the partner sees no cooperative's draft). */
const isHeard = (move: ProposalMove) => move.action !== ProposalAction.UPDATE_DRAFT;

/**
 * A proposal moved: PROPOSAL_MOVED to the proposal's partner, with the status and whose turn it
 * is now; a pool member's approval of its share is POOL_MEMBER_JOINED. A proposal the partner
 * cannot see yet (a cooperative's unsubmitted draft) is not told.
 */
export async function queueProposalMoves(tx: EntityManager, moves: readonly ProposalMove[]): Promise<number> {
  const heard = moves.filter(isHeard);
  if (heard.length === 0) return 0;
  return queueDeliveries(
    tx,
    `select p.partner_id, n.event_type,
            jsonb_build_object('proposalId', n.proposal_gid, 'action', n.action, 'actor', n.actor,
              'status', p.status, 'turn', p.turn, 'isPartnersTurn', p.turn is not distinct from 'PARTNER',
              'version', p.version, 'poolMemberId', n.pool_member_gid) as data
       from json_to_recordset(?::json)
         as n(proposal_id int, proposal_gid text, action text, actor text, pool_member_gid text, event_type text)
       join proposal p on p.id = n.proposal_id
      where p.submitted_at is not null or p.started_by = 'PARTNER'`,
    [
      JSON.stringify(
        heard.map((move) => ({
          proposal_id: move.proposalId,
          proposal_gid: toGlobalId('Proposal', move.proposalId),
          action: move.action,
          actor: move.actor,
          pool_member_gid: move.poolMemberId ? toGlobalId('Cooperative', move.poolMemberId) : null,
          event_type:
            move.action === ProposalAction.APPROVE_SHARE
              ? WebhookEventType.POOL_MEMBER_JOINED
              : WebhookEventType.PROPOSAL_MOVED,
        })),
      ),
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// Offerings that fit a partner

/**
 * A published offering that newly matched partners (the matching's best-fitting ones, recorded
 * once per offering and partner): OFFERING_MATCHED to each, with the score of the fit.
 */
export async function queueOfferingMatches(tx: EntityManager, event: ListingMatched): Promise<number> {
  if (event.listing.type !== MatchedListingType.OFFERING || event.matches.length === 0) return 0;
  return queueDeliveries(
    tx,
    `select m.partner_id, '${WebhookEventType.OFFERING_MATCHED}' as event_type,
            jsonb_build_object('offeringId', ?::text, 'title', ?::text, 'score', m.score) as data
       from json_to_recordset(?::json) as m(partner_id int, score int)`,
    [
      toGlobalId('Offering', event.listing.id),
      event.listing.label,
      JSON.stringify(
        event.matches.map((match) => ({ partner_id: match.organisationId, score: match.score })),
      ),
    ],
  );
}

// ---------------------------------------------------------------------------------------------
// Saved searches

const LISTING_NODE_TYPE = {
  [SearchType.OFFERING]: 'Offering',
  [SearchType.PROGRAM]: 'Program',
  [SearchType.REQUEST]: 'PartnerRequest',
} as const;

/** A saved search of a partner's staff member matched: the partner's endpoints hear of it. */
export async function queueSavedSearchMatches(
  tx: EntityManager,
  event: SavedSearchesMatched,
): Promise<number> {
  const nodeType = LISTING_NODE_TYPE[event.listing.type as keyof typeof LISTING_NODE_TYPE];
  if (!nodeType || event.matches.length === 0) return 0;
  return queueDeliveries(
    tx,
    `select distinct on (m.partner_id, n.saved_search_gid) m.partner_id,
            '${WebhookEventType.SAVED_SEARCH_MATCHED}' as event_type,
            jsonb_build_object('savedSearchId', n.saved_search_gid, 'listingType', ?::text,
              'listingId', ?::text, 'title', ?::text) as data
       from json_to_recordset(?::json) as n(saved_search_gid text, user_id int)
       join membership m on m.user_id = n.user_id and m.partner_id is not null
      order by m.partner_id, n.saved_search_gid`,
    [
      event.listing.type,
      toGlobalId(nodeType, event.listing.id),
      event.listing.label,
      JSON.stringify(
        event.matches.map((match) => ({
          saved_search_gid: toGlobalId('SavedSearch', match.savedSearchId),
          user_id: match.userId,
        })),
      ),
    ],
  );
}

reactTo('proposal.moved', async (tx, moves) => void (await queueProposalMoves(tx, moves)));
reactTo('listing.matched', async (tx, event) => void (await queueOfferingMatches(tx, event)));
reactTo('savedSearch.matched', async (tx, event) => void (await queueSavedSearchMatches(tx, event)));
