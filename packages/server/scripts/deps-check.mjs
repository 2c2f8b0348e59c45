/**
 * Checks the import graph of src/ against the rules in .dependency-cruiser.cjs and fails on any
 * violation: the module boundaries hold without exception.
 *
 *   node scripts/deps-check.mjs      (run by `pnpm lint`)
 *
 * It prints the count per rule, then each violation with its rule's reason (and, for a cycle, the
 * path it closes).
 */
import path from 'node:path';
import { cruise, getAvailableTranspilers } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const packageRoot = path.resolve(import.meta.dirname, '..');
const CONFIG = '.dependency-cruiser.cjs';

/** Imports that the compiler removes (`import type`, types used only in annotations). */
const compilesAway = (violation) =>
  (violation.dependencyTypes ?? []).some((type) => type === 'type-only' || type === 'pre-compilation-only');

function describe(violation) {
  const cycle = violation.cycle
    ? `\n      cycle: ${[violation.from, ...violation.cycle.map((step) => step.name)].join(' → ')}`
    : '';
  return `  ${violation.rule.name}: ${violation.from} → ${violation.to}${compilesAway(violation) ? ' (type-only)' : ''}${cycle}`;
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
const violations = output.summary.violations;

const counts = new Map(options.ruleSet.forbidden.map((rule) => [rule.name, 0]));
for (const violation of violations) counts.set(violation.rule.name, counts.get(violation.rule.name) + 1);
console.log(
  `deps: ${output.summary.totalCruised} files, ${output.summary.totalDependenciesCruised} imports; violations per rule:`,
);
for (const [name, count] of counts) console.log(`  ${name.padEnd(28)} ${String(count).padStart(4)}`);

if (violations.length > 0) {
  const comments = new Map(options.ruleSet.forbidden.map((rule) => [rule.name, rule.comment]));
  console.error(`deps: ${violations.length} violation(s) of the module boundaries (${CONFIG}):`);
  for (const violation of violations)
    console.error(`${describe(violation)}\n      ${comments.get(violation.rule.name)}`);
  process.exit(1);
}
console.log('deps: no violations');
