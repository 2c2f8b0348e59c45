import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../request-context';
import { isWellFormedRegionCode } from '../../shared/region-code';
import { Region } from '../region/region.entity';
import { User } from '../account/account.entity';
import { queryTerms, MAX_QUERY_LENGTH } from '../text-search/text-search.terms';
import { storedCriteriaMatch } from '../text-search/text-search.match';
import type { SearchType } from '../text-search/text-search.type';
import type { Commodity } from '../commodity/commodity';
import { SavedSearch } from './saved-search.entity';
import { SavedSearchError, SavedSearchViolations } from './saved-search.errors';

/** How many searches one user may keep. */
export const MAX_SAVED_SEARCHES_PER_USER = 20;

/** A search to save under a name: its text, and the kinds of objects and filters it keeps. */
export interface SaveSearchCommand {
  name: string;
  q: string;
  /** Only these kinds of objects; none or empty for all. */
  types?: SearchType[] | null;
  filter?: { regionCode?: string | null; commodity?: Commodity | null } | null;
}

/** One of the viewer's saved searches, to delete. */
export interface DeleteSavedSearchCommand {
  id: number;
}

/** Saves a search for the viewer; returns its id. Refuses bad criteria, a taken name and more than the limit. */
export async function saveSearch(ctx: Context, command: SaveSearchCommand): Promise<number> {
  const userId = ctx.viewer!.userId;
  const violations = new SavedSearchViolations();
  const name = command.name.trim();
  const q = command.q.trim();
  const terms = queryTerms(q);
  if (q.length === 0 || q.length > MAX_QUERY_LENGTH || terms.length === 0) {
    violations.invalid(`The search text must have a word and at most ${MAX_QUERY_LENGTH} characters.`, 'q');
  }
  const regionCode = command.filter?.regionCode ?? null;
  if (
    regionCode !== null &&
    !(isWellFormedRegionCode(regionCode) && (await ctx.em.findOne(Region, regionCode)))
  ) {
    violations.invalid(
      `There is no region with the code "${regionCode.slice(0, 40)}".`,
      'filter',
      'regionCode',
    );
  }
  violations.throwIfAny();

  // Serialises saves of one user, so two at once cannot both pass the limit.
  await ctx.em.execute('select id from app_user where id = ? for update', [userId]);
  const count = await ctx.em.count(SavedSearch, { user: userId });
  if (count >= MAX_SAVED_SEARCHES_PER_USER) throw SavedSearchError.limitReached(MAX_SAVED_SEARCHES_PER_USER);
  if (await ctx.em.count(SavedSearch, { user: userId, name })) throw SavedSearchError.nameTaken(name);
  const saved = ctx.em.create(SavedSearch, {
    user: ctx.em.getReference(User, userId),
    name,
    q,
    terms,
    types: command.types?.length ? [...new Set(command.types)] : [],
    region: regionCode === null ? null : ctx.em.getReference(Region, regionCode),
    commodity: command.filter?.commodity ?? null,
  });
  await ctx.em.flush();
  return saved.id;
}

/** Deletes one of the viewer's saved searches; another user's reads as NOT_FOUND. Returns its id. */
export async function deleteSavedSearch(ctx: Context, command: DeleteSavedSearchCommand): Promise<number> {
  const { id } = command;
  const saved = await ctx.em.findOne(SavedSearch, { id, user: ctx.viewer!.userId });
  if (!saved) throw SavedSearchError.notFound();
  ctx.em.remove(saved);
  await ctx.em.flush();
  return id;
}

export interface SavedSearchMatch {
  savedSearchId: number;
  userId: number;
  name: string;
}

/**
 * The saved searches that one object matches, for telling their owners about a listing that was
 * just created, published or updated. Same rules as `search` (public objects only; every word by
 * stemmed full text or trigram word similarity to one of the object's words; types, region and
 * commodity filters), in one statement over all saved searches. Reads `search_document`, which
 * the database keeps current within the transaction that changed the object, so it may be called
 * right after the change is flushed, in the same transaction.
 */
export async function savedSearchesMatching(
  em: EntityManager,
  item: { type: SearchType; id: number },
): Promise<SavedSearchMatch[]> {
  // em.execute runs in em's transaction, so a listing changed but not yet committed is seen.
  const terms = storedCriteriaMatch.allTerms('s.terms', 'd');
  const rows = (await em.execute(
    `select s.id as saved_search_id, s.user_id, s.name
      from search_document d
      join saved_search s on (cardinality(s.types) = 0 or d.type = any(s.types))
      where d.type = ? and d.id = ? and d.is_public
        and (s.commodity is null or ${storedCriteriaMatch.hasCommodity('s.commodity', 'd')})
        and (s.region_code is null or ${storedCriteriaMatch.inRegion('s.region_code', 'd')})
        and ${terms.sql}
      order by s.id`,
    [item.type, item.id, ...terms.bindings],
  )) as { saved_search_id: number; user_id: number; name: string }[];
  return rows.map((row) => ({ savedSearchId: row.saved_search_id, userId: row.user_id, name: row.name }));
}
