import type { Context } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import type { Ordering } from '../../read-layer/keyset';
import { byId, readTable, rootList } from '../../read-layer/read-table';
import { SavedSearch, type SavedSearchRow } from './saved-search.type';

const SAVED_SEARCHES = readTable({
  name: 'savedSearch',
  from: 'saved_search as s',
  columns: ['s.id', 's.user_id', 's.name', 's.q', 's.types', 's.region_code', 's.commodity', 's.created_at'],
  textColumns: ['created_at'],
  toNode: (row: SavedSearchRow) => SavedSearch.fromRow(row),
  // Its owner's only: another user's saved search reads as missing.
  visibleWhere: (ctx, rows) => {
    if (ctx.viewer) rows.where('s.user_id', ctx.viewer.userId);
    else rows.whereRaw('false');
  },
});

const NEWEST: Ordering = {
  name: 'NEWEST',
  direction: 'desc',
  columns: [
    { sql: 's.created_at', key: 'created_at', kind: 'timestamp' },
    { sql: 's.id', key: 'id', kind: 'integer' },
  ],
};

/** Batched lookup by id; another user's saved search reads as missing. */
export function savedSearchById(ctx: Context, id: number): Promise<SavedSearch | null> {
  if (!ctx.viewer) return Promise.resolve(null);
  return byId(ctx, SAVED_SEARCHES, id);
}

/** The viewer's saved searches, newest first. */
export function savedSearchesOfViewer(ctx: Context, args: PageArgs): Promise<ConnectionShape<SavedSearch>> {
  return rootList(ctx, SAVED_SEARCHES, { name: 'savedSearches', ordering: NEWEST, args });
}
