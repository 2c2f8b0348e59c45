import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements issued inside a scope (one GraphQL request), so tests and the
 * benchmark can prove that a page of 50 costs the same number of statements as a page of 5.
 */
const scope = new AsyncLocalStorage<{ count: number }>();

export function withSqlStatementCount<T>(run: () => T): { result: T; counter: { count: number } } {
  const counter = { count: 0 };
  return { result: scope.run(counter, run), counter };
}

/** Runs `run` with a fresh counter; read the counter after the work has settled. */
export function startSqlStatementScope(counter: { count: number }): void {
  scope.enterWith(counter);
}

export function countSqlStatement(): void {
  const counter = scope.getStore();
  if (counter) counter.count += 1;
}
