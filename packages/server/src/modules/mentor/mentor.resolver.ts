import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType, decodeIdOf } from '../../graphql/relay';
import { assertRegencyCode } from '../region/region.input';
import { Mentor } from './mentor.type';
import { MentorFilter } from './mentor.input';
import { listMentors, mentorById } from './mentor.reads';

export const MentorConnection = ConnectionType(Mentor, 'Mentor', 'mentor');

@Resolver(() => Mentor)
export class MentorResolver {
  @Public()
  @Query(() => MentorConnection, { description: 'Mentors (pendamping) by role and regency, by name.' })
  mentors(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => MentorFilter, { nullable: true, description: 'Filters; all must match.' })
    filter?: MentorFilter | null,
  ) {
    const given = filter ?? new MentorFilter();
    if (given.regencyCode) assertRegencyCode(given.regencyCode, 'filter.regencyCode');
    return listMentors(ctx, given, args);
  }

  @Public()
  @Query(() => Mentor, { nullable: true, description: 'A mentor by ID; null when there is none.' })
  mentor(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global ID of the mentor.' }) id: string) {
    return mentorById(ctx, decodeIdOf('Mentor', id));
  }
}
