/**
 * Checks the import graph of src/ against the rules in .dependency-cruiser.cjs and fails on any
 * violation that is not in the known-violations baseline (.dependency-cruiser-known-violations.json).
 *
 *   node scripts/deps-check.mjs                    check (exit 1 on a violation not in the baseline)
 *   node scripts/deps-check.mjs --write-baseline   record today's violations as the baseline
 *
 * dependency-cruiser's own `--ignore-known` leaves folder-scoped violations (module cycles) out of
 * the baseline, and matches a cycle by the path it happened to walk, which changes when an
 * unrelated import is added. Here a violation is known when its rule, its importing file or folder
 * and its imported one are in the baseline, whatever the path of the cycle: a new import that
 * closes or joins a cycle, or climbs the layers, is new and fails the check.
 *
 * Baseline entries that no longer occur are listed but do not fail the check; shrink the file
 * with --write-baseline once they are gone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cruise, getAvailableTranspilers } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const packageRoot = path.resolve(import.meta.dirname, '..');
const CONFIG = '.dependency-cruiser.cjs';
const BASELINE = '.dependency-cruiser-known-violations.json';

/** @param {{ rule: { name: string }, from: string, to: string }} violation */
const keyOf = (violation) => `${violation.rule.name}\t${violation.from}\t${violation.to}`;

/** Imports that the compiler removes (`import type`, types used only in annotations). */
const compilesAway = (violation) =>
  (violation.dependencyTypes ?? []).some((type) => type === 'type-only' || type === 'pre-compilation-only');

/** The baseline's form of a violation: enough to match it and to read it. */
function toBaselineEntry(violation) {
  return {
    type: violation.type,
    from: violation.from,
    to: violation.to,
    rule: { name: violation.rule.name, severity: violation.rule.severity },
    ...(violation.cycle ? { cycle: violation.cycle.map((step) => ({ name: step.name })) } : {}),
    ...(violation.typeOnly ? { typeOnly: true } : {}),
  };
}

function describe(violation) {
  const cycle = violation.cycle
    ? `\n      cycle: ${[violation.from, ...violation.cycle.map((step) => step.name)].join(' → ')}`
    : '';
  return `  ${violation.rule.name}: ${violation.from} → ${violation.to}${violation.typeOnly ? ' (type-only)' : ''}${cycle}`;
}

async function readBaseline() {
  try {
    return JSON.parse(await readFile(BASELINE, 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

process.chdir(packageRoot);
// Without the TypeScript compiler, dependency-cruiser reads .ts files as JavaScript and misses
// imports silently.
if (
  !getAvailableTranspilers().some((transpiler) => transpiler.name === 'typescript' && transpiler.available)
) {
  console.error('deps: dependency-cruiser cannot load the TypeScript compiler; the check would miss imports');
  process.exit(1);
}
const options = await extractDepcruiseOptions(`./${CONFIG}`);
const { output } = await cruise(['src'], options, undefined, { tsConfig: extractTSConfig('tsconfig.json') });
/**
 * One entry per rule, importer and imported: a file that imports another twice (a type and a
 * value import) is one violation, type-only when every import of it compiles away.
 */
const violations = [
  ...output.summary.violations
    .reduce((byKey, violation) => {
      const seen = byKey.get(keyOf(violation));
      byKey.set(keyOf(violation), {
        ...violation,
        typeOnly: compilesAway(violation) && (seen === undefined || seen.typeOnly),
      });
      return byKey;
    }, new Map())
    .values(),
];

if (process.argv.includes('--write-baseline')) {
  const entries = violations.map(toBaselineEntry).sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
  await writeFile(BASELINE, `${JSON.stringify(entries, null, 2)}\n`);
  console.log(`deps: wrote ${entries.length} known violations to ${BASELINE}`);
  process.exit(0);
}

const known = new Set((await readBaseline()).map(keyOf));
const found = new Set(violations.map(keyOf));
const fresh = violations.filter((violation) => !known.has(keyOf(violation)));
const gone = [...known].filter((key) => !found.has(key));

const rules = new Map(
  options.ruleSet.forbidden.map((rule) => [rule.name, { found: 0, typeOnly: 0, fresh: 0 }]),
);
for (const violation of violations) {
  const count = rules.get(violation.rule.name);
  count.found += 1;
  if (violation.typeOnly) count.typeOnly += 1;
  if (!known.has(keyOf(violation))) count.fresh += 1;
}
console.log(
  `deps: ${output.summary.totalCruised} files, ${output.summary.totalDependenciesCruised} imports; violations per rule (type-only: all its imports compile away):`,
);
for (const [name, count] of rules) {
  console.log(
    `  ${name.padEnd(28)} ${String(count.found).padStart(4)} (type-only ${count.typeOnly})${count.fresh ? `, ${count.fresh} NEW` : ''}`,
  );
}

if (gone.length > 0) {
  console.log(
    `deps: ${gone.length} known violation(s) no longer occur; run \`pnpm --filter @mitradesa/server deps:baseline\` to drop them:`,
  );
  for (const key of gone) console.log(`  ${key.replaceAll('\t', ' ')}`);
}

if (fresh.length > 0) {
  const comments = new Map(options.ruleSet.forbidden.map((rule) => [rule.name, rule.comment]));
  console.error(`deps: ${fresh.length} new violation(s) of the module boundaries (${CONFIG}):`);
  for (const violation of fresh)
    console.error(`${describe(violation)}\n      ${comments.get(violation.rule.name)}`);
  process.exit(1);
}
console.log('deps: no new violations');
