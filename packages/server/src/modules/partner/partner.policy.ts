import type { Context } from '../../request-context';
import type { OrganisationSet } from '../../shared/draft-visibility';
import { ForbiddenError } from '../../shared/domain-error';
import { MembershipRole } from '../account/account.entity';

/**
 * Who may see or change which partner's data: the one policy of partners, asked by the services
 * of partners, programs, requests, matching and eligibility, and by the reads (as SQL sets).
 */

export type PartnerScope =
  /** The partner's profile and API tokens. */
  | 'admin'
  /** Programs, requests and proposals: any staff. */
  | 'staff';

export function mayManagePartner(ctx: Context, partnerId: number, scope: PartnerScope): boolean {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.isAdmin) return true;
  return viewer.isStaffOf(partnerId, scope === 'admin' ? [MembershipRole.PARTNER_ADMIN] : undefined);
}

export function assertMayManagePartner(ctx: Context, partnerId: number, scope: PartnerScope): void {
  if (!mayManagePartner(ctx, partnerId, scope)) {
    throw new ForbiddenError(
      scope === 'admin'
        ? "Only this partner's admins may do this."
        : "Only this partner's staff may do this.",
    );
  }
}

/** The partners whose private data (draft programs) the viewer may see: their own staff's, all for admins. */
export function partnersWithPrivateAccess(ctx: Context): OrganisationSet {
  const viewer = ctx.viewer;
  if (!viewer) return new Set();
  return viewer.isAdmin ? 'ALL' : new Set(viewer.partnerIds());
}
