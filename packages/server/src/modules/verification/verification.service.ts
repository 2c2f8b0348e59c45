import type { Context } from '../../request-context';
import type { VerificationLevel } from '../../shared/verification';
import { Cooperative } from '../cooperative/cooperative.entity';
import { Partner } from '../partner/partner.entity';
import { VerificationError } from './verification.errors';

/** The organisations whose profiles are verified: cooperatives and partners. */
export type VerifiedOrganisation = { type: 'Cooperative' | 'Partner'; id: number };

/**
 * Records how far an organisation's profile has been checked (admins; the level is what partners
 * and cooperatives trust, so nobody verifies themselves).
 */
export async function setVerificationLevel(
  ctx: Context,
  organisation: VerifiedOrganisation,
  level: VerificationLevel,
): Promise<void> {
  const entity =
    organisation.type === 'Cooperative'
      ? await ctx.em.findOne(Cooperative, organisation.id)
      : await ctx.em.findOne(Partner, organisation.id);
  if (!entity)
    throw VerificationError.notFound(organisation.type === 'Cooperative' ? 'cooperative' : 'partner');
  entity.verificationLevel = level;
  await ctx.em.flush();
}
