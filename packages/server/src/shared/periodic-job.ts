import type { Logger } from 'pino';

export interface PeriodicJob {
  /** Stops the schedule and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs `run` every `intervalMs` (0: never) until stopped; the next run is scheduled only after
 * the previous one finished, so runs of one process never overlap. Runs that change something
 * log how many rows they changed; failures are logged and retried at the next interval.
 */
export function startPeriodicJob(
  name: string,
  intervalMs: number,
  run: () => Promise<number>,
  log: Logger,
): PeriodicJob {
  if (intervalMs <= 0) {
    log.info({ job: name }, 'periodic job disabled');
    return { stop: async () => undefined };
  }
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = run()
      .then((changed) => {
        if (changed > 0) log.info({ job: name, changed }, 'periodic job changed rows');
      })
      .catch((error: unknown) => log.error({ err: error, job: name }, 'periodic job failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);
  log.debug({ job: name, intervalMs }, 'periodic job scheduled');
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
