import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { connect } from '../src/db/database';
import { writeSimkopdesSamples } from '../src/cli/simkopdes-samples';
import { runSimkopdesImports } from '../src/modules/simkopdes/simkopdes.job';
import { SimkopdesFileStore } from '../src/modules/simkopdes/simkopdes.storage';
import { demoDatabase } from './databases';

/**
 * A national-size SIMKOPDES import through the same job the API runs: sample exports for every
 * village of Indonesia (one cooperative each, ~1.6 million rows), checked (the dry run), applied,
 * then the same files imported again (which must change nothing). Reports each phase's wall time,
 * the process's peak resident memory, and what the runs did. Outside CI: it takes minutes.
 *
 *   DATABASE_URL=postgres://…/postgres pnpm bench:simkopdes           # every village
 *   SIMKOPDES_BENCH_REGIONS=61 pnpm bench:simkopdes                     # one province
 */
const REGIONS = (process.env.SIMKOPDES_BENCH_REGIONS ?? '').split(',').filter(Boolean);
const log = (message: string) => console.error(`[simkopdes bench] ${message}`);

/** The largest resident set seen, sampled every 200 ms (V8's heap alone misses buffers). */
function watchMemory(): { peakMb: () => number; stop: () => void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 200);
  return { peakMb: () => Math.round(peak / 2 ** 20), stop: () => clearInterval(timer) };
}

async function timed<T>(name: string, work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  log(`${name}: ${seconds.toFixed(1)} s`);
  return { result, seconds };
}

async function main(): Promise<void> {
  const memory = watchMemory();
  const database = await demoDatabase({ name: 'mitradesa_bench_simkopdes', pgPort: 54371 });
  const store = new SimkopdesFileStore(fs.mkdtempSync(path.join(os.tmpdir(), 'simkopdes-bench-')));
  const orm = await connect(database.url, 4);
  const knex = orm.em.getKnex();
  const quiet = pino({ level: 'warn' });
  try {
    const key = store.newKey();
    const folder = await store.prepare(key);
    const samples = await timed('writing the sample exports', () =>
      writeSimkopdesSamples({
        outDir: folder,
        formats: ['csv'],
        regions: REGIONS,
      }),
    );
    const rows = Object.values(samples.result.rows).reduce((sum, count) => sum + count, 0);
    const fileNames = samples.result.files.map((file) => path.basename(file));
    const importOnce = async (label: string) => {
      const [run] = await knex('simkopdes_import')
        .insert({ format: 'CSV', storage_key: key, file_names: fileNames, status: 'UPLOADED' })
        .returning('id');
      const check = await timed(`${label}: dry run`, () =>
        runSimkopdesImports(knex, store, quiet, { staleMs: 3_600_000 }),
      );
      await knex('simkopdes_import').where('id', run.id).update({ status: 'QUEUED' });
      const apply = await timed(`${label}: apply`, () =>
        runSimkopdesImports(knex, store, quiet, { staleMs: 3_600_000 }),
      );
      const stored = await knex('simkopdes_import').where('id', run.id).first('status', 'report', 'error');
      const changes = await knex('simkopdes_change').where('import_id', run.id).count({ n: '*' }).first();
      // What the dry run said would change, per table (CREATE and UPDATE rows).
      const report = stored.report as { tables: Record<string, { outcomes: Record<string, number> }> };
      const planned = Object.entries(report?.tables ?? {})
        .map(([table, counts]) => [table, counts.outcomes.CREATE ?? 0, counts.outcomes.UPDATE ?? 0] as const)
        .filter(([, create, update]) => create + update > 0)
        .map(([table, create, update]) => `${table} +${create} ~${update}`)
        .join(', ');
      return {
        check: check.seconds,
        apply: apply.seconds,
        stored,
        changes: Number(changes?.n ?? 0),
        planned,
      };
    };
    const first = await importOnce('first import');
    const second = await importOnce('the same files again');
    const cooperatives = await knex('cooperative').count({ n: '*' }).first();
    console.log(
      [
        `SIMKOPDES import, ${REGIONS.length ? `regions ${REGIONS.join(',')}` : 'every village'}:`,
        `  ${samples.result.cooperatives.toLocaleString('en')} cooperatives, ${rows.toLocaleString('en')} rows` +
          ` (writing the files: ${samples.seconds.toFixed(1)} s)`,
        `  first import:  dry run ${first.check.toFixed(1)} s + apply ${first.apply.toFixed(1)} s` +
          ` = ${(first.check + first.apply).toFixed(1)} s; ${first.stored.status}, ${first.changes.toLocaleString('en')} changes logged`,
        `    dry run planned (created +, updated ~): ${first.planned || 'nothing'}`,
        `  again:         dry run ${second.check.toFixed(1)} s + apply ${second.apply.toFixed(1)} s` +
          ` = ${(second.check + second.apply).toFixed(1)} s; ${second.stored.status}, ${second.changes.toLocaleString('en')} changes logged`,
        `    dry run planned (created +, updated ~): ${second.planned || 'nothing'}`,
        `  cooperatives in the database afterwards: ${Number(cooperatives?.n).toLocaleString('en')}`,
        `  peak resident memory of this process: ${memory.peakMb()} MB`,
        ...(first.stored.error ? [`  first import failed: ${first.stored.error}`] : []),
      ].join('\n'),
    );
  } finally {
    memory.stop();
    await orm.close(true);
    await database.dispose();
    fs.rmSync(store.dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
