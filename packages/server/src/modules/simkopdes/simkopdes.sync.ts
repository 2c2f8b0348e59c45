/**
 * When a record counts as edited in MitraDesa since the last import: the one rule the dry run
 * and the apply share for the profile, officers and units. An import overwrites a value only of a
 * record it wrote last; a record MitraDesa changed after that (or that no import ever wrote) keeps
 * its value, and a differing SIMKOPDES value becomes a simkopdes_conflict.
 */

/** SQL: the record changed at `changedAt` is MitraDesa's, if no import wrote it after (`syncedAt`). */
function editedSince(changedAt: string, syncedAt: string): string {
  return `(${syncedAt} is null or ${changedAt} > ${syncedAt})`;
}

/** The SIMKOPDES table an officer or a business unit is imported from (simkopdes_record.source_table). */
export const RECORD_SOURCE = {
  cooperative_officer: 'pengurus_koperasi',
  business_unit: 'gerai_koperasi',
} as const;

export type SyncedTable = keyof typeof RECORD_SOURCE;

function lastSyncOf(table: SyncedTable, alias: string): string {
  return `(select max(r.synced_at) from simkopdes_record r
            where r.source_table = '${RECORD_SOURCE[table]}' and r.entity_id = ${alias}.id)`;
}

/**
 * SQL expressions (boolean) of `edited`, for the aliases the dry run and the apply use: `c` a
 * cooperative (its profile), `o` a cooperative_officer, `u` a business_unit.
 */
export const EDITED_IN_MITRADESA = {
  profile: editedSince('c.updated_at', 'c.simkopdes_synced_at'),
  // MitraDesa replaces a board's officers as a list, never one in place: a row's creation is its
  // last change there (an import renames in place and records when in simkopdes_record).
  officer: editedSince('o.created_at', lastSyncOf('cooperative_officer', 'o')),
  unit: editedSince('u.updated_at', lastSyncOf('business_unit', 'u')),
} as const;

/** A connection that runs `$1` statements (a pg Client). */
interface Sql {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

/**
 * Records that `importId` wrote these officers or units now, so a later change in MitraDesa is
 * told from this write: a record's link is moved to now, a link whose record no longer exists
 * (MitraDesa replaced the board) is moved to the record now written from its row, and other
 * records get a new link (undo deletes the run's links). Each move logs what it replaced, for undo.
 */
export async function markSynced(
  db: Sql,
  table: SyncedTable,
  importId: number,
  records: readonly { id: number; ref: string }[],
): Promise<void> {
  if (records.length === 0) return;
  const source = RECORD_SOURCE[table];
  const ids = records.map((record) => record.id);
  const refs = records.map((record) => record.ref);
  const unlinked = `select distinct on (x.ref) x.id, x.ref from unnest($2::int[], $3::text[]) as x(id, ref)
     where not exists (select 1 from simkopdes_record r where r.source_table = $1::text and r.entity_id = x.id)`;
  await db.query(
    `with previous as (
       select r.id, r.synced_at from simkopdes_record r
        where r.source_table = $1::text and r.entity_id = any($2::int[]) and r.synced_at < now()),
     changed as (
       update simkopdes_record r set synced_at = now() from previous p where r.id = p.id returning r.id)
     insert into simkopdes_change (import_id, entity, entity_id, action, previous)
     select $3::int, 'simkopdes_record', p.id, 'UPDATED', jsonb_build_object('synced_at', p.synced_at)
       from previous p join changed using (id)`,
    [source, ids, importId],
  );
  await db.query(
    `with previous as (
       select r.id, r.entity_id, r.synced_at, x.id as new_id
         from (${unlinked}) x join simkopdes_record r on r.source_table = $1::text and r.source_ref = x.ref
        where not exists (select 1 from ${table} t where t.id = r.entity_id)),
     changed as (
       update simkopdes_record r set entity_id = p.new_id, synced_at = now() from previous p where r.id = p.id
       returning r.id)
     insert into simkopdes_change (import_id, entity, entity_id, action, previous)
     select $4::int, 'simkopdes_record', p.id, 'UPDATED',
            jsonb_build_object('entity_id', p.entity_id, 'synced_at', p.synced_at)
       from previous p join changed using (id)`,
    [source, ids, refs, importId],
  );
  await db.query(
    `insert into simkopdes_record (source_table, source_ref, entity_id, import_id, synced_at)
     select $1::text, x.ref, x.id, $4::int, now() from (${unlinked}) x
     on conflict (source_table, source_ref) do nothing`,
    [source, ids, refs, importId],
  );
}
