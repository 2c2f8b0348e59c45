import type { MembershipRole, ViewerQuery } from '@/graphql/generated/graphql';

type Viewer = NonNullable<ViewerQuery['viewer']>;

export interface ViewerCooperative {
  id: string;
  name: string;
  role: MembershipRole;
  /** Chair or board: speaks for the cooperative (profile, legal data, proposals in its name). */
  isBoard: boolean;
}

export interface ViewerPartner {
  id: string;
  name: string;
  role: MembershipRole;
}

const BOARD_ROLES: readonly MembershipRole[] = ['KETUA', 'PENGURUS'];

/** The cooperatives the viewer is an officer of, one entry each (the strongest role wins). */
export function cooperativesOf(viewer: Viewer | null): ViewerCooperative[] {
  const byId = new Map<string, ViewerCooperative>();
  for (const membership of viewer?.memberships ?? []) {
    const cooperative = membership.cooperative;
    if (!cooperative) continue;
    const isBoard = BOARD_ROLES.includes(membership.role);
    const known = byId.get(cooperative.id);
    if (!known || (isBoard && !known.isBoard)) {
      byId.set(cooperative.id, {
        id: cooperative.id,
        name: cooperative.name,
        role: membership.role,
        isBoard,
      });
    }
  }
  return [...byId.values()];
}

/** The partners the viewer works for (admin or officer), one entry each. */
export function partnersOf(viewer: Viewer | null): ViewerPartner[] {
  const byId = new Map<string, ViewerPartner>();
  for (const membership of viewer?.memberships ?? []) {
    const partner = membership.partner;
    if (partner && !byId.has(partner.id)) {
      byId.set(partner.id, { id: partner.id, name: partner.name, role: membership.role });
    }
  }
  return [...byId.values()];
}

/** Whether the viewer takes part in proposals at all (cooperative, partner or mentor). */
export function takesPartInProposals(viewer: Viewer | null): boolean {
  return Boolean(
    viewer?.roles.some((role) => role === 'COOPERATIVE' || role === 'PARTNER' || role === 'MENTOR'),
  );
}

export function isAdmin(viewer: Viewer | null): boolean {
  return Boolean(viewer?.roles.includes('ADMIN'));
}
