import type { Context } from '../../request-context';
import type { OrganisationSet } from '../../shared/draft-visibility';
import { ForbiddenError } from '../../shared/domain-error';
import { dinasCovers } from '../region/region-scope';
import { MembershipRole } from '../account/account.entity';

/**
 * Who may see or change which cooperative's data: the one policy of cooperatives, asked by the
 * services, the reads (as SQL sets), the file routes and the fields of other modules about a
 * cooperative. Resolvers only check coarse roles (`@Allow`).
 */

/** Officers who speak for a cooperative: profile, legal data, proposals in its name. */
export const COOPERATIVE_BOARD = [MembershipRole.KETUA, MembershipRole.PENGURUS];

/**
 * Cooperatives the viewer mentors: those assigned (open assignment) to the viewer's mentor
 * record, and for a PMO also those of the BAs they supervise. One statement, cached per request.
 */
export function mentoredCooperativeIds(ctx: Context): Promise<ReadonlySet<number>> {
  const mentorIds = ctx.viewer?.mentorIds() ?? [];
  if (mentorIds.length === 0) return Promise.resolve(new Set());
  return ctx.loaders
    .get<string, ReadonlySet<number>>('mentoredCooperativeIds', async (keys) => {
      const rows: { cooperative_id: number }[] = await ctx
        .knex('mentor_assignment as a')
        .join('mentor as m', 'm.id', 'a.mentor_id')
        .whereNull('a.ended_at')
        .where((where) => where.whereIn('m.id', mentorIds).orWhereIn('m.supervisor_id', mentorIds))
        .distinct('a.cooperative_id');
      const ids = new Set(rows.map((row) => row.cooperative_id));
      return keys.map(() => ids);
    })
    .load('viewer');
}

export async function isMentorOf(ctx: Context, cooperativeId: number): Promise<boolean> {
  return (await mentoredCooperativeIds(ctx)).has(cooperativeId);
}

/**
 * The mentor in whose name the viewer attests facts about a cooperative: one assigned to it (a
 * BA's caseload, or a PMO's through their BAs). FORBIDDEN for anyone else, admins included: an
 * attestation says a mentor was there.
 */
export async function assertAttestingMentorOf(ctx: Context, cooperativeId: number): Promise<number> {
  const mentorId = ctx.viewer?.mentorIds()[0];
  if (mentorId === undefined || !(await isMentorOf(ctx, cooperativeId))) {
    throw new ForbiddenError(
      'Only a mentor assigned to this cooperative (or their PMO) may attest facts about it.',
    );
  }
  return mentorId;
}

export type CooperativeScope =
  /** Profile and legal data; proposals in the cooperative's name. */
  | 'board'
  /** Units and offering drafts: any officer, and the cooperative's mentor. */
  | 'operational'
  /** Its documents (deed, NPWP, approvals…): the board and the cooperative's mentor. */
  | 'documents';

/** May the viewer change this cooperative's data of this scope? Admins always may. */
export async function mayManageCooperative(
  ctx: Context,
  cooperativeId: number,
  scope: CooperativeScope,
): Promise<boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (viewer.isAdmin) return true;
  if (scope === 'board') return viewer.isOfficerOf(cooperativeId, COOPERATIVE_BOARD);
  if (scope === 'documents') {
    return viewer.isOfficerOf(cooperativeId, COOPERATIVE_BOARD) || (await isMentorOf(ctx, cooperativeId));
  }
  return viewer.isOfficerOf(cooperativeId) || (await isMentorOf(ctx, cooperativeId));
}

export async function assertMayManageCooperative(
  ctx: Context,
  cooperativeId: number,
  scope: CooperativeScope,
): Promise<void> {
  if (!(await mayManageCooperative(ctx, cooperativeId, scope))) {
    throw new ForbiddenError(
      scope === 'board'
        ? "Only this cooperative's chair or board (or an admin) may do this."
        : scope === 'documents'
          ? "Only this cooperative's chair or board, its mentor or an admin may do this."
          : "Only this cooperative's officers, its mentor or an admin may do this.",
    );
  }
}

/**
 * The cooperatives whose private data (drafts, proposals) the viewer may see: those they are an
 * officer of (any role) or mentor, all for admins. As one set, so lists filter in SQL instead of
 * asking per row; at most one statement per request (the mentor's caseload, cached).
 */
export async function cooperativesWithPrivateAccess(ctx: Context): Promise<OrganisationSet> {
  const viewer = ctx.viewer;
  if (!viewer) return new Set();
  if (viewer.isAdmin) return 'ALL';
  const mentored = viewer.mentorIds().length > 0 ? await mentoredCooperativeIds(ctx) : [];
  return new Set([...viewer.cooperativeIds(), ...mentored]);
}

/** May the viewer see this cooperative's private data (drafts, proposals)? Board, staff, mentor, admin. */
export async function maySeeCooperativePrivate(ctx: Context, cooperativeId: number): Promise<boolean> {
  const access = await cooperativesWithPrivateAccess(ctx);
  return access === 'ALL' || access.has(cooperativeId);
}

/**
 * Who follows a cooperative's own records: its officers (any role), its mentors, the Dinas of a
 * region containing its village, and admins. They see the private side of its documents (numbers,
 * notes, files), its recommendations, its eligibility checks and its proposal pipeline; that a
 * document is held, in force and verified stays public, since partners need it to trust a profile.
 * As a test for many rows after at most one statement (the mentor's caseload, cached).
 */
export async function cooperativeRecordsAccess(
  ctx: Context,
): Promise<(cooperative: { id: number; villageCode: string }) => boolean> {
  const viewer = ctx.viewer;
  if (!viewer) return () => false;
  const privateAccess = await cooperativesWithPrivateAccess(ctx);
  if (privateAccess === 'ALL') return () => true;
  return ({ id, villageCode }) => privateAccess.has(id) || dinasCovers(viewer, villageCode);
}

/** May the viewer follow this cooperative's own records? (`cooperativeRecordsAccess`, for one.) */
export async function maySeeCooperativeRecords(
  ctx: Context,
  cooperative: { id: number; villageCode: string },
): Promise<boolean> {
  return (await cooperativeRecordsAccess(ctx))(cooperative);
}
