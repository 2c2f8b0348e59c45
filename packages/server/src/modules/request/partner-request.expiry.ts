import type { EntityManager } from '@mikro-orm/postgresql';
import { PartnerRequestStatus } from './partner-request.entity';

/** Open requests past their deadline become EXPIRED, in one atomic UPDATE (see offering.expiry.ts). */
export async function expireOverdueRequests(em: EntityManager, now: Date = new Date()): Promise<number> {
  return em
    .getKnex()('partner_request')
    .where('status', PartnerRequestStatus.OPEN)
    .where('deadline', '<=', now)
    .update({
      status: PartnerRequestStatus.EXPIRED,
      version: em.getKnex().raw('version + 1'),
      updated_at: now,
    });
}
