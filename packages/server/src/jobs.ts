import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from './config';
import { startPeriodicJob, type PeriodicJob } from './shared/periodic-job';
import { startProposalExpiry } from './modules/proposal/proposal.expiry';
import { expireStaleOfferings } from './modules/offering/offering.expiry';
import { expireOverdueRequests } from './modules/request/partner-request.expiry';
import { sweepOrphanDocumentFiles } from './modules/document/document-orphans';
import { documentStorageFor } from './modules/document/disk-document-storage';
import { refreshMatchResponsiveness } from './modules/matching/matching.responsiveness';
import { sweepExpiredSignInLimits } from './modules/account/sign-in-limiter';
import { sweepExpiredApiTokenLimits } from './modules/account/api-token-limit';
import { runSimkopdesImports } from './modules/simkopdes/simkopdes.job';
import { SimkopdesFileStore } from './modules/simkopdes/simkopdes.storage';
import { startJobQueue } from './db/job-queue';
import { sendDueEmails } from './modules/email/email.jobs';
import { remindOfDeadlines } from './modules/notification/deadline-reminders';
import type { Mailer } from './modules/email/mailer';
import { DELIVER_WEBHOOK_TASK, deliverWebhookTask } from './modules/webhook/webhook.delivery';
import {
  RECORD_LISTING_MATCHES_TASK,
  recordListingMatchesTask,
} from './modules/matching/listing-match.events';

/**
 * The background work of every API process; each job is safe to run in several processes at
 * once: the periodic sweeps, and the queue's jobs (webhook deliveries, matching published listings).
 */
export async function startBackgroundJobs(
  orm: MikroORM,
  config: Config,
  log: Logger,
  mailer: Mailer,
): Promise<PeriodicJob> {
  const documentStorage = documentStorageFor(config.documentStorage);
  const jobs = [
    startProposalExpiry(orm, config.proposalExpiryIntervalMs, log),
    startPeriodicJob(
      'listing expiry',
      config.listingExpiryIntervalMs,
      async () => (await expireStaleOfferings(orm.em.fork())) + (await expireOverdueRequests(orm.em.fork())),
      log,
    ),
    startPeriodicJob(
      'deadline reminders',
      config.reminders.intervalMs,
      () => remindOfDeadlines(orm.em.fork(), config.reminders),
      log,
    ),
    startPeriodicJob(
      'matching responsiveness',
      config.matchResponsivenessIntervalMs,
      () => refreshMatchResponsiveness(orm.em.getKnex()),
      log,
    ),
    startPeriodicJob(
      'document orphan sweep',
      config.documentStorage.orphanSweepIntervalMs,
      () => sweepOrphanDocumentFiles(orm.em.getKnex(), documentStorage),
      log,
    ),
    startPeriodicJob(
      'rate limit sweep',
      config.signInLimitSweepIntervalMs,
      async () =>
        (await sweepExpiredSignInLimits(orm.em.getKnex())) +
        (await sweepExpiredApiTokenLimits(orm.em.getKnex())),
      log,
    ),
    startPeriodicJob(
      'email',
      config.email.intervalMs,
      () => sendDueEmails(orm.em.getKnex(), mailer, config.email, log),
      log,
    ),
    startPeriodicJob(
      'SIMKOPDES imports',
      config.simkopdesImport.intervalMs,
      () =>
        runSimkopdesImports(orm.em.getKnex(), new SimkopdesFileStore(config.simkopdesImport.dir), log, {
          staleMs: config.simkopdesImport.staleMs,
        }),
      log,
    ),
  ];
  const queue =
    config.webhooks.workers > 0
      ? await startJobQueue(
          orm.config.getClientUrl(),
          {
            [DELIVER_WEBHOOK_TASK]: deliverWebhookTask(orm.em.getKnex(), config.webhooks, log),
            [RECORD_LISTING_MATCHES_TASK]: recordListingMatchesTask(orm),
          },
          { concurrency: config.webhooks.workers, log },
        )
      : null;
  return {
    stop: async () => void (await Promise.all([...jobs.map((job) => job.stop()), queue?.stop()])),
  };
}
