import type { EntityManager } from '@mikro-orm/postgresql';
import { reactTo } from '../../shared/domain-events';
import { NotificationKind, NotificationSubjectType } from '../notification/notification.entity';
import { notify } from '../notification/notification.service';
import { SearchType } from '../text-search/text-search.type';
import type { ListingChanged } from '../text-search/text-search.events';
import { savedSearchesMatching } from './saved-search.service';
import { savedSearchesMatched } from './saved-search.events';

/** The listings a saved search alerts about, and what their notifications link to. */
const SUBJECT_OF = {
  [SearchType.OFFERING]: NotificationSubjectType.OFFERING,
  [SearchType.PROGRAM]: NotificationSubjectType.PROGRAM,
  [SearchType.REQUEST]: NotificationSubjectType.PARTNER_REQUEST,
} as const;

/**
 * Tells the owners of saved searches that a listing which was just published, reopened or edited
 * now matches their search: the reaction to `listing.changed`, in the transaction of the change
 * (the notifications are stored with the change and delivered after commit).
 * The user who made the change is not told, and a search that still has an unread notification
 * about the same listing is not told again: a run of edits is one notice.
 */
export async function alertSavedSearches(em: EntityManager, listing: ListingChanged): Promise<void> {
  const matches = await savedSearchesMatching(em, { type: listing.type, id: listing.id });
  const candidates = matches.filter((match) => match.userId !== listing.actingUserId);
  if (candidates.length === 0) return;
  const subjectType = SUBJECT_OF[listing.type];
  const unread = (await em.execute(
    em
      .getKnex()('notification')
      .select('saved_search_id')
      .whereIn(
        'saved_search_id',
        candidates.map((match) => match.savedSearchId),
      )
      .andWhere({ subject_type: subjectType, subject_id: listing.id })
      .whereNull('read_at'),
  )) as { saved_search_id: number }[];
  const alreadyTold = new Set(unread.map((row) => row.saved_search_id));
  const toTell = candidates.filter((match) => !alreadyTold.has(match.savedSearchId));
  if (toTell.length === 0) return;
  const owner = await listing.owner();
  await notify(
    em,
    toTell.map((match) => ({
      recipientId: match.userId,
      kind: NotificationKind.SAVED_SEARCH_MATCH,
      subject: { type: subjectType, id: listing.id, label: listing.label },
      actorName: owner,
      savedSearch: { id: match.savedSearchId, name: match.name },
    })),
  );
  await savedSearchesMatched(em, {
    listing: { type: listing.type, id: listing.id, label: listing.label },
    matches: toTell.map((match) => ({ savedSearchId: match.savedSearchId, userId: match.userId })),
  });
}

reactTo('listing.changed', alertSavedSearches);
