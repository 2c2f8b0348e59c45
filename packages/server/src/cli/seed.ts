import { runCli } from './run-cli';
import { seedDemoData, type SeedSummary } from '../db/seeders/demo-seed';
import { ALL_PROVINCES, seedNational, type NationalSeedSummary } from '../db/seeders/national/national-seed';

/**
 * Loads the demo data into an empty database; `--reset` wipes the seeded tables and reloads them.
 * `--national` loads the national data set instead (an empty, migrated database is required), for
 * every province or, with `--provinces 33,61`, for some.
 * Usage: `pnpm seed [--reset]`, `pnpm seed --national [--provinces 33,61]`.
 */
runCli(async (db) => {
  const args = process.argv.slice(2);
  if (args.includes('--national') || args.includes('--provinces')) {
    const summary = await seedNational(db.orm.em.getConnection().getKnex(), {
      provinces: provincesArgument(args),
    });
    console.log(describeNational(summary));
    return;
  }
  const reset = args.includes('--reset');
  const summary = await seedDemoData(db.orm.em.fork(), { reset });
  console.log(summary ? describe(summary) : 'already seeded (use --reset to reload)');
});

/** `--provinces 33,61` or `--provinces=33,61`; every province when absent. */
function provincesArgument(args: string[]): string[] {
  const index = args.findIndex((arg) => arg === '--provinces' || arg.startsWith('--provinces='));
  if (index === -1) return [...ALL_PROVINCES];
  const value = args[index].includes('=') ? args[index].split('=')[1] : args[index + 1];
  if (!value) throw new Error('--provinces needs a comma-separated list of province codes, e.g. 33,61');
  return value.split(',').map((code) => code.trim());
}

function describe(summary: SeedSummary): string {
  const { ms, ...counts } = summary;
  const lines = Object.entries(counts).map(
    ([name, count]) => `  ${name.padEnd(12)} ${String(count).padStart(6)}`,
  );
  return [`Demo data loaded in ${ms} ms:`, ...lines].join('\n');
}

function describeNational(summary: NationalSeedSummary): string {
  return [
    `National data set (${summary.provinces.length} provinces) loaded in ${(summary.ms / 1000).toFixed(1)} s:`,
    ...Object.entries(summary.counts).map(
      ([name, count]) => `  ${name.padEnd(26)} ${count.toLocaleString('en').padStart(10)}`,
    ),
    'Steps:',
    ...summary.steps.map((step) => `  ${step.name.padEnd(34)} ${String(step.ms).padStart(7)} ms`),
  ].join('\n');
}
