import type { Context } from '../../graphql/context';
import { notFoundAt, UserErrorCode, UserErrorException } from '../../graphql/user-error';
import { Cooperative } from '../cooperative/cooperative.entity';
import { regencyOf } from '../region/region.input';
import { Mentor, MentorAssignment, MentorRole } from './mentor.entity';

function refused(code: UserErrorCode, message: string, field: string): UserErrorException {
  return UserErrorException.of(code, message, ['input', field]);
}

/**
 * Makes a BA the mentor of a cooperative in their regency (admins). The cooperative's open
 * assignment, if any, ends at the same moment: history is kept, and one assignment is open at a time.
 */
export async function assignMentor(ctx: Context, mentorId: number, cooperativeId: number): Promise<number> {
  const mentor = await ctx.em.findOne(Mentor, mentorId);
  if (!mentor) throw notFoundAt('mentor', 'mentorId');
  const cooperative = await ctx.em.findOne(Cooperative, cooperativeId);
  if (!cooperative) throw notFoundAt('cooperative', 'cooperativeId');
  if (mentor.role !== MentorRole.BA) {
    throw refused(
      UserErrorCode.INVALID,
      'Only a business assistant (BA) takes a caseload; a PMO supervises BAs.',
      'mentorId',
    );
  }
  const regency = regencyOf(cooperative.village.code);
  if (mentor.regency?.code !== regency) {
    throw refused(
      UserErrorCode.INVALID,
      `This BA works in another regency than the cooperative (${regency}).`,
      'mentorId',
    );
  }
  const open = await ctx.em.findOne(MentorAssignment, { cooperative, endedAt: null });
  if (open?.mentor.id === mentor.id) {
    throw refused(UserErrorCode.DUPLICATE, 'This BA mentors the cooperative already.', 'mentorId');
  }
  const now = new Date();
  if (open) {
    open.endedAt = now;
    // Written before the new one: the database allows one open assignment per cooperative.
    await ctx.em.flush();
  }
  ctx.em.create(MentorAssignment, { mentor, cooperative, startedAt: now });
  await ctx.em.flush();
  return cooperative.id;
}

/** Ends a cooperative's open mentor assignment (admins). */
export async function endMentorAssignment(ctx: Context, cooperativeId: number): Promise<number> {
  const cooperative = await ctx.em.findOne(Cooperative, cooperativeId);
  if (!cooperative) throw notFoundAt('cooperative', 'cooperativeId');
  const open = await ctx.em.findOne(MentorAssignment, { cooperative, endedAt: null });
  if (!open) {
    throw refused(
      UserErrorCode.INVALID_TRANSITION,
      'This cooperative has no mentor assigned.',
      'cooperativeId',
    );
  }
  open.endedAt = new Date();
  await ctx.em.flush();
  return cooperative.id;
}
