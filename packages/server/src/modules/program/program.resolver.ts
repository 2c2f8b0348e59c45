import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType, decodeIdOf } from '../../graphql/relay';
import { assertRegionCode } from '../region/region.input';
import { Program } from './program.type';
import { ProgramFilter } from './program.input';
import { listPrograms, programById } from './program.reads';

export const ProgramConnection = ConnectionType(Program, 'Program', 'program');

@Resolver(() => Program)
export class ProgramResolver {
  @Public()
  @Query(() => ProgramConnection, {
    description: 'Active programs of all partners by kind, region, unit type, amount and commodity.',
  })
  programs(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ProgramFilter, { nullable: true, description: 'Filters; all must match.' })
    filter?: ProgramFilter | null,
  ) {
    const given = filter ?? new ProgramFilter();
    if (given.regionCode) assertRegionCode(given.regionCode, 'filter.regionCode');
    return listPrograms(
      ctx,
      { ...given, partnerId: given.partnerId ? decodeIdOf('Partner', given.partnerId) : null },
      args,
    );
  }

  @Public()
  @Query(() => Program, { nullable: true, description: 'A program by ID; null when there is none.' })
  program(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the program.' }) id: string,
  ) {
    return programById(ctx, decodeIdOf('Program', id));
  }
}
