import { runCli } from './run-cli';
import { seedDemoData, type SeedSummary } from '../db/seeders/demo-seed';

/**
 * Loads the demo data into an empty database; `--reset` wipes the seeded tables and reloads them.
 * Usage: `pnpm seed [--reset]`.
 */
runCli(async (db) => {
  const reset = process.argv.includes('--reset');
  const summary = await seedDemoData(db.orm.em.fork(), { reset });
  console.log(summary ? describe(summary) : 'already seeded (use --reset to reload)');
});

function describe(summary: SeedSummary): string {
  const { ms, ...counts } = summary;
  const lines = Object.entries(counts).map(
    ([name, count]) => `  ${name.padEnd(12)} ${String(count).padStart(6)}`,
  );
  return [`Demo data loaded in ${ms} ms:`, ...lines].join('\n');
}
