import type { EntityManager } from '@mikro-orm/postgresql';
import { raise, reactTo } from '../src/shared/domain-events';

/**
 * Domain events (shared/domain-events.ts): the reactions run in the raiser's transaction, in the
 * order they subscribed, and a failing reaction fails the raise (so its transaction rolls back).
 * The end-to-end effects (notifications of proposal moves, saved-search alerts) are tested with
 * the features: notifications.spec.ts, saved-search-alerts.spec.ts.
 */
declare module '../src/shared/domain-events' {
  interface DomainEventMap {
    'test.happened': { n: number };
    'test.unheard': { n: number };
  }
}

const tx = { name: 'the transaction' } as unknown as EntityManager;

test('reactions run one after the other, in order, with the transaction and the event', async () => {
  const seen: string[] = [];
  reactTo('test.happened', async (given, event) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    seen.push(`first ${String(given === tx)} ${event.n}`);
  });
  reactTo('test.happened', async (given, event) => {
    seen.push(`second ${String(given === tx)} ${event.n}`);
  });
  await raise(tx, 'test.happened', { n: 1 });
  expect(seen).toEqual(['first true 1', 'second true 1']);
});

test('a failing reaction fails the raise', async () => {
  reactTo('test.happened', async () => {
    throw new Error('could not notify');
  });
  await expect(raise(tx, 'test.happened', { n: 2 })).rejects.toThrow('could not notify');
});

test('an event nobody reacts to is an error, not a silent no-op', async () => {
  await expect(raise(tx, 'test.unheard', { n: 3 })).rejects.toThrow(
    /no module reacts to the domain event "test.unheard"/,
  );
});
