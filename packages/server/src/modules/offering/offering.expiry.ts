import type { EntityManager } from '@mikro-orm/postgresql';
import { OfferingStatus } from './offering.entity';

/**
 * Published offerings past their `validUntil` become EXPIRED. One UPDATE does it: atomic, and safe
 * with several server processes (a row another run already expired no longer matches once that run
 * commits). The version moves on, so an editor holding the old one gets CONFLICT.
 */
export async function expireStaleOfferings(em: EntityManager, now: Date = new Date()): Promise<number> {
  return em
    .getKnex()('offering')
    .where('status', OfferingStatus.PUBLISHED)
    .where('valid_until', '<=', now)
    .update({ status: OfferingStatus.EXPIRED, version: em.getKnex().raw('version + 1'), updated_at: now });
}
