import { cooperativesOf } from '@/features/account/viewer-organisations';
import type { SignedInViewer } from '@/lib/session';

/** The part of a viewer's memberships (from the API) that says which cooperatives they mentor. */
interface MentorMemberships {
  memberships: readonly {
    mentor?: {
      caseload: { totalCount?: number | null; edges: readonly { node: { id: string } }[] };
    } | null;
  }[];
}

export interface PoolLeads {
  /** The cooperatives whose board the viewer sits on: a pool led by one of them is sent at once. */
  boards: ReadonlySet<string>;
  /** The members of a suggested pool the viewer may lead it for. */
  leadsOf: (pool: { members: readonly { cooperative: { id: string } }[] } | undefined) => string[];
}

/**
 * Whom the viewer may lead a pooled offer for: their own boards, and a mentor's caseload. A
 * caseload longer than one page is not read in full: the mentor is offered every member, and the
 * API refuses a cooperative that is not theirs.
 */
export function poolLeadsOf(
  viewer: SignedInViewer | null,
  apiViewer: MentorMemberships | null | undefined,
): PoolLeads {
  const boards = new Set(
    cooperativesOf(viewer)
      .filter((cooperative) => cooperative.isBoard)
      .map((cooperative) => cooperative.id),
  );
  const mentors = (apiViewer?.memberships ?? []).flatMap((membership) =>
    membership.mentor ? [membership.mentor] : [],
  );
  const caseload = new Set(mentors.flatMap((mentor) => mentor.caseload.edges.map((edge) => edge.node.id)));
  const caseloadCut = mentors.some(
    (mentor) => (mentor.caseload.totalCount ?? 0) > mentor.caseload.edges.length,
  );
  const mayLead = (cooperativeId: string) =>
    boards.has(cooperativeId) || caseload.has(cooperativeId) || caseloadCut;
  return {
    boards,
    leadsOf: (pool) => pool?.members.map((member) => member.cooperative.id).filter(mayLead) ?? [],
  };
}
