import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { ConnectionArgs } from '../../graphql/relay';
import { Region } from '../region/region.type';
import { regionByCode } from '../region/region.reads';
import { CooperativeConnection } from '../cooperative/cooperative.resolver';
import { cooperativesOfMentor } from '../cooperative/cooperative.reads';
import { Cooperative } from '../cooperative/cooperative.type';
import { Mentor } from './mentor.type';
import { MentorConnection } from './mentor.resolver';
import { currentMentorOfCooperative, mentorById, mentorsSupervisedBy } from './mentor.reads';
import { Membership } from '../account/account.type';

/** `Cooperative.mentor`: declared here, where mentors are read, so that cooperatives need not know them. */
@Resolver(() => Cooperative)
export class CooperativeMentorFields {
  @FieldResolver(() => Mentor, {
    nullable: true,
    description: 'The business assistant (BA) currently assigned to it.',
  })
  mentor(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    return currentMentorOfCooperative(ctx, cooperative.dbId);
  }
}

@Resolver(() => Mentor)
export class MentorFields {
  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The regency they work in; null for province-level PMOs.',
  })
  regency(@Root() mentor: Mentor, @Ctx() ctx: Context) {
    return mentor.regencyCode ? regionByCode(ctx, mentor.regencyCode) : null;
  }

  @FieldResolver(() => Mentor, { nullable: true, description: 'The PMO supervising this BA.' })
  supervisor(@Root() mentor: Mentor, @Ctx() ctx: Context) {
    return mentor.supervisorId ? mentorById(ctx, mentor.supervisorId) : null;
  }

  @FieldResolver(() => CooperativeConnection, {
    description: 'Cooperatives currently assigned to this BA, by name.',
  })
  caseload(@Root() mentor: Mentor, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return cooperativesOfMentor(ctx, mentor.dbId, args);
  }

  @FieldResolver(() => MentorConnection, { description: 'BAs supervised by this PMO, by name.' })
  supervisedMentors(
    @Root() mentor: Mentor,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ) {
    return mentorsSupervisedBy(ctx, mentor.dbId, args);
  }
}

/** `Membership.mentor`: declared here, where mentors are read, so that accounts need not know them. */
@Resolver(() => Membership)
export class MembershipMentorFields {
  @FieldResolver(() => Mentor, {
    nullable: true,
    description: 'The mentor record (BA or PMO), for a mentor membership; null otherwise.',
  })
  mentor(@Root() membership: Membership, @Ctx() ctx: Context) {
    return membership.mentorId === null ? null : mentorById(ctx, membership.mentorId);
  }
}
