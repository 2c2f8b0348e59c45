import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { ConfigError, loadConfig } from './config';
import { loggableError } from './graphql/errors';
import { openDatabase, type Database } from './db/database';
import { seedDemoData } from './db/seeders/demo-seed';
import { createApp, type App } from './app';
import { assertNoDemoAccountsInProduction } from './modules/account/account.service';
import { startBackgroundJobs } from './jobs';
import { createHttpServer, type HttpServer } from './http-server';
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
    // Database errors anywhere (jobs, file routes, GraphQL) are logged without their SQL statement,
    // parameters or row; other errors as pino always does.
    serializers: {
      err: (error: unknown) => {
        const loggable = loggableError(error);
        return loggable instanceof Error ? pino.stdSerializers.err(loggable) : loggable;
      },
    },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } } : {}),
  });

  // Filled in as start-up proceeds, so that a signal or a failure at any point stops what runs.
  const running: { db?: Database; app?: App; http?: HttpServer; jobs?: PeriodicJob } = {};
  let stopping = false;
  let stoppingSince = 0;
  /** Stops everything in order; resolves to the number of connections cut at the deadline. */
  const shutDown = async (): Promise<number> => {
    const { http, app, db, jobs } = running;
    if (config.shutdownDelayMs > 0 && http?.server.listening) {
      // Behind a load balancer: it sees /health fail and stops sending requests before the port closes.
      http.announceDraining();
      log.info({ delayMs: config.shutdownDelayMs }, '/health answers 503 before the listener closes');
      await sleep(config.shutdownDelayMs);
    }
    // The listener closes first, so that no new request or WebSocket arrives while the rest stops.
    const drained = http?.server.listening ? http.drain(config.shutdownTimeoutMs) : undefined;
    await app?.closeSubscriptions();
    log.debug('WebSocket subscriptions closed (1001 going away)');
    const { cutConnections = 0, ms } = (await drained) ?? {};
    if (cutConnections > 0) log.warn({ cutConnections, ms }, 'shutdown deadline reached: connections cut');
    else log.debug({ ms }, 'HTTP server closed');
    // Before the database closes: a run in progress finishes its transaction.
    await jobs?.stop();
    log.debug('background jobs stopped');
    await app?.stop();
    log.debug('GraphQL server stopped');
    await db?.close();
    return cutConnections;
  };
  /**
   * Exit code 0 when everything stopped within the deadline; 1 when requests had to be cut at
   * the deadline, a step failed, or a second signal asked to exit at once.
   */
  const stop = async (signal: string) => {
    if (stopping) {
      // A terminal's Ctrl-C reaches a wrapper (pnpm) too, which passes it on: the same keypress
      // arrives twice within milliseconds. Only a signal sent later means "exit now".
      if (Date.now() - stoppingSince < 1000) return;
      log.warn({ signal }, 'second signal during shutdown: exiting now');
      running.db?.requestStop();
      process.exit(1);
    }
    stopping = true;
    stoppingSince = Date.now();
    running.db?.expectExit();
    log.info({ signal, timeoutMs: config.shutdownTimeoutMs }, 'shutting down');
    // Stopping the jobs and the database has its own limits; this one only catches a step that hangs.
    setTimeout(
      () => {
        log.error('shutdown did not finish in time: exiting now');
        running.db?.requestStop();
        process.exit(1);
      },
      config.shutdownDelayMs + config.shutdownTimeoutMs + 30_000,
    ).unref();
    try {
      const cutConnections = await shutDown();
      log.info({ cutConnections }, 'stopped');
      process.exit(cutConnections > 0 ? 1 : 0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      running.db?.requestStop();
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    const db = (running.db = await openDatabase(config, log));
    if (config.seedDemoData) {
      const summary = await seedDemoData(db.orm.em.fork(), { reset: false });
      if (summary) log.info(summary, 'demo data seeded into the empty database');
      // The seed writes tens of megabytes of WAL: a checkpoint now spares a crash soon after from
      // replaying it all (the embedded server's user may; an external database's may not). It
      // runs alongside the start rather than delaying it.
      if (summary && !config.databaseUrl) {
        const checkpointStarted = Date.now();
        db.orm.em
          .getConnection()
          .execute('checkpoint')
          .then(() => log.info({ ms: Date.now() - checkpointStarted }, 'checkpoint after seeding done'))
          .catch((error: unknown) => log.warn({ err: error }, 'checkpoint after seeding failed'));
      }
    }
    await assertNoDemoAccountsInProduction({ em: db.orm.em.fork() }, config.isProduction);
    const app = (running.app = await createApp(config, db.orm, log, db));
    const http = (running.http = createHttpServer(app.handler, config.http, log));
    const server = http.server.listen(config.port, config.host);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    app.serveSubscriptions(server);
    running.jobs = await startBackgroundJobs(db.orm, config, log, app.services.mailer);
    log.info({ mail: app.services.mailer.kind }, 'email');
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
