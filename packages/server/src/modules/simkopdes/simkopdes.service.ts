import type { Knex } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';
import type { Context } from '../../request-context';
import { takeTheirs, undoSimkopdesApply, type ConflictToTake } from './simkopdes.apply';
import { SimkopdesConflictResolution, SimkopdesImportStatus as Status } from './simkopdes.entity';
import { SimkopdesImportError } from './simkopdes.errors';
import { mayManageImport } from './simkopdes.policy';

/**
 * The steps of an import run a person takes (the job takes the others: simkopdes.job.ts). Each
 * runs in one transaction on one connection and locks the run's row first, so two clicks on
 * "apply" cannot both pass. These write with SQL rather than the unit of work because undo is
 * set-based over a run's whole change log.
 */

interface RunRow {
  id: number;
  status: Status;
  scope_region_codes: string[] | null;
  checked_at: Date | null;
  storage_key: string;
}

async function inConnection<T>(knex: Knex, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = (await knex.client.acquireConnection()) as PoolClient;
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await knex.client.releaseConnection(client);
  }
}

async function lockedRun(ctx: Context, client: PoolClient, importId: number): Promise<RunRow> {
  const { rows } = await client.query<RunRow>(
    'select id, status, scope_region_codes, checked_at, storage_key from simkopdes_import where id = $1 for update',
    [importId],
  );
  const run = rows[0];
  // A run the viewer may not manage reads as missing.
  if (!run || !mayManageImport(ctx.viewer, run.scope_region_codes)) throw SimkopdesImportError.notFound();
  return run;
}

/** Queues a checked run (or a failed one, to resume it) for the apply job. */
export function queueSimkopdesImport(ctx: Context, importId: number): Promise<number> {
  return inConnection(ctx.knex, async (client) => {
    const run = await lockedRun(ctx, client, importId);
    const resumable = run.status === Status.FAILED && run.checked_at !== null;
    if (run.status !== Status.CHECKED && !resumable)
      throw SimkopdesImportError.wrongStatus(run.status, 'applied');
    await client.query(
      `update simkopdes_import set status = 'QUEUED', error = null, updated_at = now(), version = version + 1
        where id = $1`,
      [importId],
    );
    return importId;
  });
}

/** Puts back everything an applied run created or changed. */
export function undoSimkopdesImport(ctx: Context, importId: number): Promise<number> {
  return inConnection(ctx.knex, async (client) => {
    const run = await lockedRun(ctx, client, importId);
    if (run.status !== Status.APPLIED) throw SimkopdesImportError.wrongStatus(run.status, 'undone');
    const adopted = await adoptedCooperatives(client, importId);
    if (adopted > 0) throw SimkopdesImportError.cooperativesInUse(adopted);
    await undoSimkopdesApply(client, importId);
    await client.query(
      `update simkopdes_import set status = 'UNDONE', undone_at = now(), updated_at = now(), version = version + 1
        where id = $1`,
      [importId],
    );
    return importId;
  });
}

/**
 * Tables whose rows of a created cooperative may go with it on undo: those the import writes
 * itself, and facts the database derives from a cooperative's records (kept by triggers).
 */
const GO_WITH_THE_COOPERATIVE = new Set([
  'cooperative_officer',
  'business_unit',
  'simkopdes_change',
  'simkopdes_conflict',
  'simkopdes_record',
  'cooperative_match_fact',
]);

/**
 * How many cooperatives this run created have since got records of their own in MitraDesa (a
 * member's account, an offering, a proposal, a document recorded by hand…). Undo deletes the
 * cooperatives it created, and the database would delete those records with them: such a run is
 * not undone. Every table whose rows a cooperative's deletion takes along is looked at, so a new
 * one is never missed.
 */
async function adoptedCooperatives(client: PoolClient, importId: number): Promise<number> {
  const { rows: references } = await client.query<{ table_name: string; column_name: string }>(
    `select c.conrelid::regclass::text as table_name, a.attname as column_name
       from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
      where c.contype = 'f' and c.confrelid = 'cooperative'::regclass and c.confdeltype = 'c'`,
  );
  const created = `(select entity_id from simkopdes_change
                     where import_id = $1 and entity = 'cooperative' and action = 'CREATED')`;
  let adopted = 0;
  for (const { table_name: table, column_name: column } of references) {
    if (GO_WITH_THE_COOPERATIVE.has(table)) continue;
    // Documents this run recorded go with their cooperative; any other is the cooperative's own.
    const own =
      table === 'cooperative_document'
        ? `and id not in (select entity_id from simkopdes_change
                            where import_id = $1 and entity = 'cooperative_document' and action = 'CREATED')`
        : '';
    const { rows } = await client.query<{ count: number }>(
      `select count(distinct ${client.escapeIdentifier(column)})::int as count from ${client.escapeIdentifier(table)}
        where ${client.escapeIdentifier(column)} in ${created} ${own}`,
      [importId],
    );
    adopted = Math.max(adopted, rows[0].count);
  }
  return adopted;
}

/** Drops a run that was not applied; its files are removed by the caller after commit. */
export function discardSimkopdesImport(
  ctx: Context,
  importId: number,
): Promise<{ id: number; storageKey: string }> {
  return inConnection(ctx.knex, async (client) => {
    const run = await lockedRun(ctx, client, importId);
    if (![Status.UPLOADED, Status.CHECKED, Status.FAILED].includes(run.status))
      throw SimkopdesImportError.wrongStatus(run.status, 'discarded');
    await client.query(
      `update simkopdes_import set status = 'DISCARDED', updated_at = now(), version = version + 1 where id = $1`,
      [importId],
    );
    return { id: importId, storageKey: run.storage_key };
  });
}

/**
 * Settles a conflict: KEEP_OURS leaves MitraDesa's value as it is (and the same SIMKOPDES value is
 * not raised again); TAKE_THEIRS writes SIMKOPDES's value into the profile, officer or unit,
 * logged in the conflict's run so that undoing the run puts ours back.
 */
export function resolveSimkopdesConflict(
  ctx: Context,
  conflictId: number,
  resolution: SimkopdesConflictResolution,
): Promise<number> {
  return inConnection(ctx.knex, async (client) => {
    const { rows } = await client.query<ConflictToTake & { id: number; resolution: string | null }>(
      `select id, import_id, cooperative_id, field, subject, record_id, source_ref, theirs, resolution
         from simkopdes_conflict where id = $1 for update`,
      [conflictId],
    );
    const conflict = rows[0];
    if (!conflict) throw SimkopdesImportError.conflictNotFound();
    const run = await lockedRun(ctx, client, conflict.import_id).catch(() => {
      throw SimkopdesImportError.conflictNotFound();
    });
    if (conflict.resolution !== null) throw SimkopdesImportError.alreadyResolved();
    if (run.status !== Status.APPLIED) throw SimkopdesImportError.wrongStatus(run.status, 'resolved');
    if (resolution === SimkopdesConflictResolution.TAKE_THEIRS && !(await takeTheirs(client, conflict)))
      throw SimkopdesImportError.recordGone();
    await client.query(
      'update simkopdes_conflict set resolution = $2, resolved_by_id = $3, resolved_at = now() where id = $1',
      [conflictId, resolution, ctx.viewer!.userId],
    );
    return conflictId;
  });
}
