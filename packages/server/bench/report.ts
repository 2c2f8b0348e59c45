import type { Scale } from './databases';
import type { Measurement, OperationResult } from './measure';
import { P95_BUDGET_MS } from './operations';

/** The API's resident set size may not pass this under the 10-connection run. */
export const RSS_BUDGET_MB = 300;

export interface ScaleRun {
  scale: Scale;
  seedMs: number | null;
  counts: Record<string, number>;
  results: OperationResult[];
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const sqlText = ({ min, max }: OperationResult['sql']) => (min === max ? String(min) : `${min}–${max}`);

function at(result: OperationResult, connections: number): Measurement | undefined {
  return result.measurements.find((measurement) => measurement.connections === connections);
}

function budgetText(result: OperationResult): string {
  const budget = P95_BUDGET_MS[result.operation.group];
  return budget === null ? '–' : `≤ ${budget} ms`;
}

/** Whether the p95 with one connection is within the operation's budget; null when it has none. */
export function meetsLatencyBudget(result: OperationResult): boolean | null {
  const budget = P95_BUDGET_MS[result.operation.group];
  const single = at(result, 1);
  if (budget === null || !single) return null;
  return single.p95 <= budget && single.errors === 0;
}

const mark = (met: boolean | null) => (met === null ? '–' : met ? 'met' : '**missed**');

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One scale: every operation at every number of connections. */
export function scaleTable(run: ScaleRun, connections: number[]): string {
  const header = [
    'operation',
    'SQL/req',
    ...connections.flatMap((c) => [`req/s @${c}`, `p50 @${c}`, `p95 @${c}`, `p99 @${c}`]),
    `peak RSS MB @${Math.max(...connections)}`,
    'errors',
    'p95 budget @1',
    'met',
  ];
  const rows = run.results.map((result) => [
    result.operation.name,
    sqlText(result.sql),
    ...connections.flatMap((c) => {
      const measurement = at(result, c);
      return measurement
        ? [
            String(measurement.requestsPerSecond),
            ms(measurement.p50),
            ms(measurement.p95),
            ms(measurement.p99),
          ]
        : ['–', '–', '–', '–'];
    }),
    String(at(result, Math.max(...connections))?.peakRssMb ?? '–'),
    String(result.measurements.reduce((sum, measurement) => sum + measurement.errors, 0)),
    budgetText(result),
    mark(meetsLatencyBudget(result)),
  ]);
  const seed = run.seedMs === null ? 'reused from an earlier run' : `${(run.seedMs / 1000).toFixed(1)} s`;
  const counts = Object.entries(run.counts)
    .map(([name, count]) => `${count.toLocaleString('en')} ${name}`)
    .join(', ');
  return [`### ${run.scale} (${counts}; seed ${seed})`, '', table(header, rows)].join('\n');
}

/** Demo and national next to each other, with every budget marked (at national size). */
export function comparisonTable(demo: ScaleRun, national: ScaleRun): string {
  const header = [
    'operation',
    'SQL/req demo → national',
    'demo p50 / p95 @1',
    'national p50 / p95 @1',
    'national req/s @1 / @10',
    'national p95 @10',
    'p95 budget @1',
    'met',
  ];
  const rows = national.results.map((result) => {
    const demoResult = demo.results.find((candidate) => candidate.operation.name === result.operation.name);
    const demoSingle = demoResult && at(demoResult, 1);
    const single = at(result, 1);
    const ten = at(result, 10);
    const sameSql = demoResult ? sqlText(demoResult.sql) === sqlText(result.sql) : null;
    return [
      result.operation.name,
      `${demoResult ? sqlText(demoResult.sql) : '–'} → ${sqlText(result.sql)}${sameSql === false ? ' **(differs)**' : ''}`,
      demoSingle ? `${ms(demoSingle.p50)} / ${ms(demoSingle.p95)}` : '–',
      single ? `${ms(single.p50)} / ${ms(single.p95)}` : '–',
      `${single?.requestsPerSecond ?? '–'} / ${ten?.requestsPerSecond ?? '–'}`,
      ten ? ms(ten.p95) : '–',
      budgetText(result),
      mark(meetsLatencyBudget(result)),
    ];
  });
  return table(header, rows);
}

/** The budgets that are not per operation: memory, statements, and the count of latency budgets met. */
export function budgetSummary(national: ScaleRun, demo: ScaleRun | null): string[] {
  const lines: string[] = [];
  const latency = national.results.map(meetsLatencyBudget).filter((met) => met !== null);
  const missed = national.results.filter((result) => meetsLatencyBudget(result) === false);
  lines.push(
    `- p95 latency budgets (${national.scale}, 1 connection): ${latency.filter(Boolean).length} of ${latency.length} met` +
      (missed.length ? `; missed: ${missed.map((result) => result.operation.name).join('; ')}` : ''),
  );
  const widest = Math.max(
    ...national.results.flatMap((result) => result.measurements.map((m) => m.connections)),
  );
  const rss = Math.max(...national.results.map((result) => at(result, widest)?.peakRssMb ?? 0));
  lines.push(
    `- API peak RSS under the ${widest}-connection runs: ${rss} MB (budget ≤ ${RSS_BUDGET_MB} MB: ${mark(rss <= RSS_BUDGET_MB)})`,
  );
  if (demo) {
    const differing = national.results.filter((result) => {
      const demoResult = demo.results.find((candidate) => candidate.operation.name === result.operation.name);
      return demoResult && sqlText(demoResult.sql) !== sqlText(result.sql);
    });
    lines.push(
      `- SQL statements per request the same as on the demo data: ${mark(differing.length === 0)}` +
        (differing.length ? ` (differ: ${differing.map((result) => result.operation.name).join('; ')})` : ''),
    );
  }
  return lines;
}
