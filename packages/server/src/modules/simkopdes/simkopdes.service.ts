import type { Knex } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';
import type { Context } from '../../request-context';
import { PROFILE_COLUMNS, undoSimkopdesApply } from './simkopdes.apply';
import {
  SimkopdesConflictField,
  SimkopdesConflictResolution,
  SimkopdesImportStatus as Status,
} from './simkopdes.entity';
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
    await undoSimkopdesApply(client, importId);
    await client.query(
      `update simkopdes_import set status = 'UNDONE', undone_at = now(), updated_at = now(), version = version + 1
        where id = $1`,
      [importId],
    );
    return importId;
  });
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
 * Settles a conflict: KEEP_OURS leaves the cooperative as it is (and the same SIMKOPDES value is
 * not raised again); TAKE_THEIRS writes SIMKOPDES's value, logged in the conflict's run so that
 * undoing the run puts ours back.
 */
export function resolveSimkopdesConflict(
  ctx: Context,
  conflictId: number,
  resolution: SimkopdesConflictResolution,
): Promise<number> {
  return inConnection(ctx.knex, async (client) => {
    const { rows } = await client.query<{
      id: number;
      import_id: number;
      cooperative_id: number;
      field: SimkopdesConflictField;
      theirs: string;
      resolution: string | null;
    }>(
      'select id, import_id, cooperative_id, field, theirs, resolution from simkopdes_conflict where id = $1 for update',
      [conflictId],
    );
    const conflict = rows[0];
    if (!conflict) throw SimkopdesImportError.conflictNotFound();
    const run = await lockedRun(ctx, client, conflict.import_id).catch(() => {
      throw SimkopdesImportError.conflictNotFound();
    });
    if (conflict.resolution !== null) throw SimkopdesImportError.alreadyResolved();
    if (run.status !== Status.APPLIED) throw SimkopdesImportError.wrongStatus(run.status, 'resolved');
    if (resolution === SimkopdesConflictResolution.TAKE_THEIRS) {
      const column = PROFILE_COLUMNS[conflict.field];
      await client.query(
        `with previous as (select id, ${column} as value, simkopdes_synced_at, updated_at from cooperative where id = $1),
         changed as (update cooperative set ${column} = $2, version = version + 1, updated_at = now(),
                       simkopdes_synced_at = now() where id = $1 returning id)
         insert into simkopdes_change (import_id, entity, entity_id, action, previous)
         select $3, 'cooperative', p.id, 'UPDATED',
                jsonb_build_object('${column}', p.value, 'simkopdes_synced_at', p.simkopdes_synced_at, 'updated_at', p.updated_at)
           from previous p join changed using (id)`,
        [conflict.cooperative_id, conflict.theirs, conflict.import_id],
      );
    }
    await client.query(
      'update simkopdes_conflict set resolution = $2, resolved_by_id = $3, resolved_at = now() where id = $1',
      [conflictId, resolution, ctx.viewer!.userId],
    );
    return conflictId;
  });
}
