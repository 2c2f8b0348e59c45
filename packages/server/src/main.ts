import 'reflect-metadata';
import type { Server } from 'node:http';
import pino from 'pino';
import { ConfigError, loadConfig } from './config';
import { openDatabase, type Database } from './db/database';
import { seedDemoData } from './db/seeders/demo-seed';
import { createApp, type App } from './app';
import { assertNoDemoAccountsInProduction } from './modules/account/account.service';
import { startBackgroundJobs } from './jobs';
import type { PeriodicJob } from './shared/periodic-job';

async function main(): Promise<void> {
  const started = Date.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // JSON lines for machines; readable lines when a developer watches the terminal.
  const pretty = process.stdout.isTTY && !config.isProduction;
  const log = pino({
    level: config.logLevel,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } } : {}),
  });

  // Filled in as start-up proceeds, so that a signal or a failure at any point stops what runs.
  const running: { db?: Database; app?: App; server?: Server; jobs?: PeriodicJob } = {};
  let stopping = false;
  const shutDown = async () => {
    const { server, app, db, jobs } = running;
    await app?.closeSubscriptions();
    log.debug('WebSocket subscriptions closed');
    await new Promise<void>((resolve) => (server?.listening ? server.close(() => resolve()) : resolve()));
    log.debug('HTTP server closed');
    // Before the database closes: a run in progress finishes its transaction.
    await jobs?.stop();
    log.debug('background jobs stopped');
    await app?.stop();
    log.debug('GraphQL server stopped');
    await db?.close();
  };
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await shutDown();
    log.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    const db = (running.db = await openDatabase(config, log));
    if (config.seedDemoData) {
      const summary = await seedDemoData(db.orm.em.fork(), { reset: false });
      if (summary) log.info(summary, 'demo data seeded into the empty database');
    }
    await assertNoDemoAccountsInProduction({ em: db.orm.em.fork() }, config.isProduction);
    const app = (running.app = await createApp(config, db.orm, log));
    const server = (running.server = app.app.listen(config.port, config.host));
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    app.serveSubscriptions(server);
    running.jobs = startBackgroundJobs(db.orm, config, log);
  } catch (error) {
    // Leave nothing running behind (the embedded PostgreSQL above all), then report.
    stopping = true;
    await shutDown().catch((cleanupError: unknown) => log.error({ err: cleanupError }, 'cleanup failed'));
    throw error;
  }
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  log.info(
    { database: running.db.location, ms: Date.now() - started },
    `MitraDesa API ready at http://${host}:${config.port}/graphql`,
  );
}

main().catch((error: unknown) => {
  console.error('MitraDesa API failed to start:', error instanceof Error ? error.message : String(error));
  process.exit(1);
});
