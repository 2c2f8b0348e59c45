import type { GraphQLResolveInfo } from 'graphql';
import { pageExtrasOf } from '../../graphql/lookahead';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Public } from '../../graphql/access';
import type { Context } from '../../request-context';
import { mutateAndReadBack, PayloadType } from '../../graphql/payload';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { decodeIdOf } from '../../shared/global-id';
import { AccessRole } from '../../shared/access-role';
import { assertRegionCode } from '../region/region.input';
import { Program } from './program.type';
import {
  CreateProgramInput,
  ProgramFilter,
  SetProgramStatusInput,
  UpdateProgramInput,
} from './program.input';
import { listPrograms, programById } from './program.reads';
import * as programs from './program.service';

export const ProgramConnection = ConnectionType(Program, 'Program', 'program');

const CreateProgramPayload = PayloadType(
  'CreateProgramPayload',
  'program',
  Program,
  'Result of createProgram.',
);
const UpdateProgramPayload = PayloadType(
  'UpdateProgramPayload',
  'program',
  Program,
  'Result of updateProgram.',
);
const SetProgramStatusPayload = PayloadType(
  'SetProgramStatusPayload',
  'program',
  Program,
  'Result of setProgramStatus.',
);

@Resolver(() => Program)
export class ProgramResolver {
  @Public()
  @Query(() => ProgramConnection, {
    description: 'Active programs of all partners by kind, region, unit type, amount and commodity.',
  })
  programs(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
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
      pageExtrasOf(info),
    );
  }

  @Public()
  @Query(() => Program, {
    nullable: true,
    description: "A program by ID; null when there is none (a draft shows only to its partner's staff).",
  })
  program(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the program.' }) id: string,
  ) {
    return programById(ctx, decodeIdOf('Program', id));
  }

  @Allow(AccessRole.PARTNER)
  @Mutation(() => CreateProgramPayload, {
    description: 'Creates a DRAFT program for a partner (its staff); open it with setProgramStatus.',
  })
  createProgram(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateProgramInput, { description: 'The new program.' }) input: CreateProgramInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'program',
      (tx) => programs.createProgram(tx, { ...input, partnerId: decodeIdOf('Partner', input.partnerId) }),
      programById,
    );
  }

  @Allow(AccessRole.PARTNER)
  @Mutation(() => UpdateProgramPayload, {
    description: "Changes a program that is not closed (its partner's staff).",
  })
  updateProgram(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateProgramInput, { description: 'The changes.' }) input: UpdateProgramInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'program',
      (tx) => programs.updateProgram(tx, { ...input, id: decodeIdOf('Program', input.id) }),
      programById,
    );
  }

  @Allow(AccessRole.PARTNER)
  @Mutation(() => SetProgramStatusPayload, {
    description: "Opens, pauses or closes a program (its partner's staff).",
  })
  setProgramStatus(
    @Ctx() ctx: Context,
    @Arg('input', () => SetProgramStatusInput, { description: 'The program and its new status.' })
    input: SetProgramStatusInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'program',
      (tx) => programs.setProgramStatus(tx, { ...input, id: decodeIdOf('Program', input.id) }),
      programById,
    );
  }
}
