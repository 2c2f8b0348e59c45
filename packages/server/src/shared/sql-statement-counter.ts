import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements issued within a scope (one HTTP request), so tests and the benchmark
 * can check that a page of 50 costs the same number of statements as a page of 5.
 */
export interface SqlStatementCounter {
  count: number;
}

const scope = new AsyncLocalStorage<SqlStatementCounter>();

/** Runs `work` (and everything it starts) with `counter` receiving its statement count. */
export function countSqlStatementsOf<T>(counter: SqlStatementCounter, work: () => T): T {
  return scope.run(counter, work);
}

/** Hooked to the database driver's query event. */
export function countSqlStatement(): void {
  const counter = scope.getStore();
  if (counter) counter.count += 1;
}

/** Runs `work` outside any request's count: process-wide work a request merely happens to start. */
export function uncountedSqlStatements<T>(work: () => T): T {
  return scope.exit(work);
}
