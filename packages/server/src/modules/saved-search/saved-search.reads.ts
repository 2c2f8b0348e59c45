import type { Context } from '../../graphql/context';
import { loadOne } from '../../graphql/context';
import type { ConnectionArgs, ConnectionShape } from '../../graphql/relay';
import { rootConnection, type Ordering } from '../../shared/keyset';
import { SavedSearch, type SavedSearchRow } from './saved-search.type';

const COLUMNS = [
  's.id',
  's.user_id',
  's.name',
  's.q',
  's.types',
  's.region_code',
  's.commodity',
  's.created_at',
];

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
  const viewerId = ctx.viewer?.userId;
  if (viewerId == null) return Promise.resolve(null);
  return loadOne(ctx, 'savedSearchById', id, {
    fetch: (ids): Promise<SavedSearchRow[]> =>
      ctx.knex('saved_search as s').select(COLUMNS).whereIn('s.id', ids).where('s.user_id', viewerId),
    keyOf: (row) => row.id,
    toNode: (row) => SavedSearch.fromRow(row),
  });
}

/** The viewer's saved searches, newest first. */
export function savedSearchesOfViewer(
  ctx: Context,
  args: ConnectionArgs,
): Promise<ConnectionShape<SavedSearch>> {
  const viewerId = ctx.viewer!.userId;
  return rootConnection({
    knex: ctx.knex,
    list: 'savedSearches',
    ordering: NEWEST,
    args,
    columns: COLUMNS,
    toNode: (row) => SavedSearch.fromRow(row as unknown as SavedSearchRow),
    filtered: () => ctx.knex('saved_search as s').where('s.user_id', viewerId),
  });
}
