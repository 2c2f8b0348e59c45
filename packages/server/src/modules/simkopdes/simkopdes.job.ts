import type { Knex } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { PoolClient } from 'pg';
import { applySimkopdes } from './simkopdes.apply';
import { dryRunSimkopdes, sqlReaderOf } from './simkopdes.dry-run';
import { SimkopdesImportStatus as Status } from './simkopdes.entity';
import type { SimkopdesFileStore } from './simkopdes.storage';

/**
 * The background work of imports, in every API process: checks UPLOADED runs (the dry run) and
 * applies QUEUED ones. A run is claimed with `for update skip locked` and marked with a heartbeat
 * that the work renews at each batch: two processes never take the same run, and a run whose
 * process died (its heartbeat older than `staleMs`) is taken over and resumes at its checkpoint.
 */

interface ClaimedRun {
  id: number;
  status: Status;
  format: 'CSV' | 'XLSX';
  storage_key: string;
  file_names: string[];
  scope_region_codes: string[] | null;
  checkpoint: number;
}

export interface ImportJobOptions {
  staleMs: number;
  batchSize?: number;
}

async function claim(knex: Knex, staleMs: number): Promise<ClaimedRun | null> {
  const result = await knex.raw(
    `update simkopdes_import set
        status = case when status in ('UPLOADED', 'CHECKING') then 'CHECKING' else 'APPLYING' end,
        heartbeat_at = now(), updated_at = now()
      where id = (
        select id from simkopdes_import
         where status in ('UPLOADED', 'QUEUED')
            or (status in ('CHECKING', 'APPLYING') and heartbeat_at < now() - ? * interval '1 millisecond')
         order by id limit 1
         for update skip locked)
      returning id, status, format, storage_key, file_names, scope_region_codes, checkpoint`,
    [staleMs],
  );
  return (result.rows[0] as ClaimedRun | undefined) ?? null;
}

async function withConnection<T>(knex: Knex, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = (await knex.client.acquireConnection()) as PoolClient;
  try {
    return await work(client);
  } finally {
    await knex.client.releaseConnection(client);
  }
}

/** Checks and applies every waiting run, one after the other; returns how many it finished. */
export async function runSimkopdesImports(
  knex: Knex,
  files: SimkopdesFileStore,
  log: Logger,
  options: ImportJobOptions,
): Promise<number> {
  let finished = 0;
  for (let run = await claim(knex, options.staleMs); run; run = await claim(knex, options.staleMs)) {
    const source = files.source(run.storage_key, run.format, run.file_names);
    try {
      if (run.status === Status.CHECKING) {
        let seen = 0;
        const report = await dryRunSimkopdes(source, sqlReaderOf(poolOf(knex)), {
          scope: run.scope_region_codes,
          batchSize: options.batchSize,
          onRow: async () => {
            seen += 1;
            if (seen % 20_000 === 0)
              await knex('simkopdes_import').where({ id: run!.id }).update({ heartbeat_at: knex.fn.now() });
          },
        });
        const rows = Object.values(report.tables).reduce((sum, table) => sum + table.rows, 0);
        await knex('simkopdes_import')
          .where({ id: run.id })
          .update({
            status: Status.CHECKED,
            report: JSON.stringify(report),
            rows_total: rows,
            checked_at: knex.fn.now(),
            heartbeat_at: null,
          });
      } else {
        await withConnection(knex, (client) =>
          applySimkopdes(source, client, {
            importId: run!.id,
            scope: run!.scope_region_codes,
            checkpoint: run!.checkpoint,
            batchSize: options.batchSize,
          }),
        );
        await knex('simkopdes_import')
          .where({ id: run.id })
          .update({
            status: Status.APPLIED,
            rows_done: knex.ref('rows_total'),
            applied_at: knex.fn.now(),
            heartbeat_at: null,
            error: null,
          });
      }
      finished += 1;
    } catch (error) {
      log.error({ err: error, importId: run.id }, 'SIMKOPDES import failed');
      await knex('simkopdes_import')
        .where({ id: run.id })
        .update({
          status: Status.FAILED,
          error: error instanceof Error ? error.message : String(error),
          heartbeat_at: null,
        });
    }
  }
  // Files of runs discarded or undone lately are not needed again.
  const { rows: dropped } = await knex.raw(
    `select storage_key from simkopdes_import
      where status in ('DISCARDED', 'UNDONE') and updated_at > now() - interval '1 day'`,
  );
  for (const { storage_key } of dropped as { storage_key: string }[]) await files.remove(storage_key);
  return finished;
}

/** The dry run reads through knex's pool with `$1` statements. */
function poolOf(knex: Knex): { query(text: string, values: unknown[]): Promise<{ rows: unknown[] }> } {
  return {
    query: (text, values) => withConnection(knex, (client) => client.query(text, values as unknown[])),
  };
}
