import type { Context } from '../../request-context';
import { Cooperative } from '../cooperative/cooperative.entity';
import { regencyOf } from '../region/region-scope';
import { Mentor, MentorAssignment, MentorRole } from './mentor.entity';
import { MentorError } from './mentor.errors';

/** A BA to make the mentor of a cooperative. */
export interface AssignMentor {
  mentorId: number;
  cooperativeId: number;
}

/** A cooperative whose open mentor assignment ends. */
export interface EndMentorAssignment {
  cooperativeId: number;
}

/**
 * Makes a BA the mentor of a cooperative in their regency (admins). The cooperative's open
 * assignment, if any, ends at the same moment: history is kept, and one assignment is open at a time.
 */
export async function assignMentor(ctx: Context, command: AssignMentor): Promise<number> {
  const mentor = await ctx.em.findOne(Mentor, command.mentorId);
  if (!mentor) throw MentorError.notFound();
  const cooperative = await ctx.em.findOne(Cooperative, command.cooperativeId);
  if (!cooperative) throw MentorError.cooperativeNotFound();
  if (mentor.role !== MentorRole.BA) throw MentorError.notABusinessAssistant();
  const regency = regencyOf(cooperative.village.code);
  if (mentor.regency?.code !== regency) throw MentorError.otherRegency(regency);
  const open = await ctx.em.findOne(MentorAssignment, { cooperative, endedAt: null });
  if (open?.mentor.id === mentor.id) throw MentorError.alreadyAssigned();
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
export async function endMentorAssignment(ctx: Context, command: EndMentorAssignment): Promise<number> {
  const cooperative = await ctx.em.findOne(Cooperative, command.cooperativeId);
  if (!cooperative) throw MentorError.cooperativeNotFound();
  const open = await ctx.em.findOne(MentorAssignment, { cooperative, endedAt: null });
  if (!open) throw MentorError.noneAssigned();
  open.endedAt = new Date();
  await ctx.em.flush();
  return cooperative.id;
}
