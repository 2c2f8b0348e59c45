import { LockMode, type EntityManager } from '@mikro-orm/core';
import type { Timestamped } from './timestamps';

/**
 * Starts a change of a versioned record that the client read at `version`: refuses a stale version
 * (OptimisticLockError, which mutate() reports as CONFLICT) and marks the record changed, so the
 * flush updates its row (bumping and re-checking the version) even when only its child rows change.
 */
export async function changeAtVersion(
  em: EntityManager,
  entity: Timestamped & { version: number },
  version: number,
): Promise<void> {
  await em.lock(entity, LockMode.OPTIMISTIC, version);
  entity.updatedAt = new Date();
}

/**
 * Copies the fields a partial update gave (undefined = left out) onto the entity; text is trimmed.
 * Fields that may not be cleared are refused as null beforehand (Violations.refuseNulls).
 */
export function applyGiven<T extends object, K extends keyof T & string>(
  entity: T,
  changes: { [P in K]?: T[P] | null },
  fields: readonly K[],
): void {
  for (const field of fields) {
    const value = changes[field];
    if (value === undefined) continue;
    entity[field] = (typeof value === 'string' ? value.trim() : value) as T[K];
  }
}
