import type { GraphQLResolveInfo } from 'graphql';
import { pageExtrasOf } from '../../graphql/lookahead';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Public } from '../../graphql/access';
import type { Context } from '../../request-context';
import { mutateAndReadBack, PayloadType } from '../../graphql/payload';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { decodeIdOf } from '../../shared/global-id';
import { AccessRole } from '../../shared/access-role';
import { Cooperative } from '../cooperative/cooperative.type';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { assertRegencyCode } from '../region/region.input';
import { Mentor } from './mentor.type';
import { AssignMentorInput, EndMentorAssignmentInput, MentorFilter } from './mentor.input';
import { listMentors, mentorById } from './mentor.reads';
import * as mentors from './mentor.service';

export const MentorConnection = ConnectionType(Mentor, 'Mentor', 'mentor');

const AssignMentorPayload = PayloadType(
  'AssignMentorPayload',
  'cooperative',
  Cooperative,
  'Result of assignMentor: the cooperative, whose `mentor` is now the BA.',
);
const EndMentorAssignmentPayload = PayloadType(
  'EndMentorAssignmentPayload',
  'cooperative',
  Cooperative,
  'Result of endMentorAssignment: the cooperative, now without a mentor.',
);

@Resolver(() => Mentor)
export class MentorResolver {
  @Public()
  @Query(() => MentorConnection, { description: 'Mentors (pendamping) by role and regency, by name.' })
  mentors(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => MentorFilter, { nullable: true, description: 'Filters; all must match.' })
    filter?: MentorFilter | null,
  ) {
    const given = filter ?? new MentorFilter();
    if (given.regencyCode) assertRegencyCode(given.regencyCode, 'filter.regencyCode');
    return listMentors(ctx, given, args, pageExtrasOf(info));
  }

  @Public()
  @Query(() => Mentor, { nullable: true, description: 'A mentor by ID; null when there is none.' })
  mentor(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global ID of the mentor.' }) id: string) {
    return mentorById(ctx, decodeIdOf('Mentor', id));
  }

  @Allow(AccessRole.ADMIN)
  @Mutation(() => AssignMentorPayload, {
    description:
      "Assigns a BA to a cooperative of the BA's regency, ending its previous assignment (admins only).",
  })
  assignMentor(
    @Ctx() ctx: Context,
    @Arg('input', () => AssignMentorInput, { description: 'The BA and the cooperative.' })
    input: AssignMentorInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'cooperative',
      (tx) =>
        mentors.assignMentor(tx, {
          mentorId: decodeIdOf('Mentor', input.mentorId),
          cooperativeId: decodeIdOf('Cooperative', input.cooperativeId),
        }),
      cooperativeById,
    );
  }

  @Allow(AccessRole.ADMIN)
  @Mutation(() => EndMentorAssignmentPayload, {
    description: "Ends a cooperative's current mentor assignment (admins only).",
  })
  endMentorAssignment(
    @Ctx() ctx: Context,
    @Arg('input', () => EndMentorAssignmentInput, { description: 'The cooperative.' })
    input: EndMentorAssignmentInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'cooperative',
      (tx) =>
        mentors.endMentorAssignment(tx, { cooperativeId: decodeIdOf('Cooperative', input.cooperativeId) }),
      cooperativeById,
    );
  }
}
