import { AccessRole } from '../../shared/access-role';
import {
  ApiTokenScope,
  COOPERATIVE_ROLES,
  PARTNER_ROLES,
  type Locale,
  MembershipRole,
} from './account.entity';

export interface ViewerMembership {
  id: number;
  role: MembershipRole;
  cooperativeId: number | null;
  partnerId: number | null;
  mentorId: number | null;
  regionCode: string | null;
}

/** How the request proved who it is. An API token is limited to its partner. */
export type Credential =
  | { kind: 'session'; sessionId: number; expiresAt: Date }
  | { kind: 'apiToken'; tokenId: number; partnerId: number; scope: ApiTokenScope };

/** The signed-in user of a request, with their memberships. Immutable for the request. */
export class Viewer {
  constructor(
    readonly userId: number,
    readonly email: string,
    readonly name: string,
    readonly locale: Locale,
    /** With an API token, only the token's partner membership counts. */
    readonly memberships: readonly ViewerMembership[],
    readonly credential: Credential,
  ) {}

  /** Whether the credential lets the request change anything: a read-only API token does not. */
  get mayWrite(): boolean {
    return this.credential.kind !== 'apiToken' || this.credential.scope === ApiTokenScope.READ_WRITE;
  }

  get isAdmin(): boolean {
    return this.memberships.some((membership) => membership.role === MembershipRole.ADMIN);
  }

  /** Whether the viewer holds a role of this kind anywhere (admins hold every role). */
  has(role: AccessRole): boolean {
    if (this.isAdmin) return true;
    switch (role) {
      case AccessRole.SIGNED_IN:
        return true;
      case AccessRole.COOPERATIVE:
        return this.cooperativeIds().length > 0;
      case AccessRole.PARTNER:
        return this.partnerIds().length > 0;
      case AccessRole.PARTNER_ADMIN:
        return this.partnerIds([MembershipRole.PARTNER_ADMIN]).length > 0;
      case AccessRole.MENTOR:
        return this.mentorIds().length > 0;
      case AccessRole.DINAS:
        return this.dinasRegionCodes().length > 0;
      case AccessRole.ADMIN:
        return false;
    }
  }

  /** Cooperatives the viewer is an officer of, optionally only in some roles. */
  cooperativeIds(roles: readonly MembershipRole[] = COOPERATIVE_ROLES): number[] {
    return this.memberships
      .filter((membership) => roles.includes(membership.role) && membership.cooperativeId !== null)
      .map((membership) => membership.cooperativeId!);
  }

  isOfficerOf(cooperativeId: number, roles: readonly MembershipRole[] = COOPERATIVE_ROLES): boolean {
    return this.cooperativeIds(roles).includes(cooperativeId);
  }

  partnerIds(roles: readonly MembershipRole[] = PARTNER_ROLES): number[] {
    return this.memberships
      .filter((membership) => roles.includes(membership.role) && membership.partnerId !== null)
      .map((membership) => membership.partnerId!);
  }

  isStaffOf(partnerId: number, roles: readonly MembershipRole[] = PARTNER_ROLES): boolean {
    return this.partnerIds(roles).includes(partnerId);
  }

  mentorIds(): number[] {
    return this.memberships
      .filter((membership) => membership.role === MembershipRole.MENTOR && membership.mentorId !== null)
      .map((membership) => membership.mentorId!);
  }

  /** Regions (province or regency codes) the viewer oversees as Dinas. */
  dinasRegionCodes(): string[] {
    return this.memberships
      .filter((membership) => membership.role === MembershipRole.DINAS && membership.regionCode !== null)
      .map((membership) => membership.regionCode!);
  }
}
