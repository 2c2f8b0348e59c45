import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What happened in a transaction, for the modules above the one it happened in: a proposal moved
 * (notifications), a listing went public or changed (saved-search alerts). The module where it
 * happens raises the event; a module that reacts subscribes to it; neither imports the other, so
 * the imports keep running down the layers.
 *
 * Reactions run in the raiser's transaction, one after the other in the order they subscribed:
 * what they write commits or rolls back with the change, as when the raiser called them itself.
 * A module declares its events by adding them to DomainEventMap:
 *
 *   declare module '../../shared/domain-events' {
 *     interface DomainEventMap { 'proposal.moved': readonly ProposalMove[] }
 *   }
 *
 * and a reacting module subscribes with `reactTo` when it is loaded; api/reactions.ts loads every
 * reacting module with the API.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface DomainEventMap {}

export type DomainEventName = keyof DomainEventMap;

type Reaction<E> = (tx: EntityManager, event: E) => Promise<void>;

const reactions = new Map<DomainEventName, Reaction<never>[]>();

/** Runs `reaction` in the transaction of every `name` event raised from now on. */
export function reactTo<K extends DomainEventName>(name: K, reaction: Reaction<DomainEventMap[K]>): void {
  const list = reactions.get(name) ?? [];
  list.push(reaction as Reaction<never>);
  reactions.set(name, list);
}

/**
 * Raises an event in the transaction `tx` and waits for its reactions. An event nobody reacts to
 * is an error: its reactions were not loaded (api/reactions.ts), and what they would have done
 * (a notification) would silently not happen.
 */
export async function raise<K extends DomainEventName>(
  tx: EntityManager,
  name: K,
  event: DomainEventMap[K],
): Promise<void> {
  const list = reactions.get(name);
  if (!list?.length) throw new Error(`no module reacts to the domain event "${name}"; see api/reactions.ts`);
  for (const reaction of list) await (reaction as Reaction<DomainEventMap[K]>)(tx, event);
}
