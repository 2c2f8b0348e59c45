import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/access';
import { mutateAndReadBack, PayloadType } from '../../graphql/payload';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import type { Context } from '../../request-context';
import { AccessRole } from '../../shared/access-role';
import { ResolveSimkopdesConflictInput, SimkopdesImportInput } from './simkopdes.input';
import {
  simkopdesConflictById,
  simkopdesConflictsOf,
  simkopdesImportById,
  simkopdesImports,
} from './simkopdes.reads';
import {
  discardSimkopdesImport,
  queueSimkopdesImport,
  resolveSimkopdesConflict,
  undoSimkopdesImport,
} from './simkopdes.service';
import { SimkopdesConflictType, SimkopdesImportType } from './simkopdes.type';
import { decodeIdOf } from '../../shared/global-id';

export const SimkopdesImportConnection = ConnectionType(
  SimkopdesImportType,
  'SimkopdesImport',
  'SIMKOPDES import',
);

const payload = (name: string) =>
  PayloadType(
    `${name}Payload`,
    'import',
    SimkopdesImportType,
    `Result of ${name[0].toLowerCase()}${name.slice(1)}.`,
  );
const ApplySimkopdesImportPayload = payload('ApplySimkopdesImport');
const UndoSimkopdesImportPayload = payload('UndoSimkopdesImport');
const DiscardSimkopdesImportPayload = payload('DiscardSimkopdesImport');
const ResolveSimkopdesConflictPayload = PayloadType(
  'ResolveSimkopdesConflictPayload',
  'conflict',
  SimkopdesConflictType,
  'Result of resolveSimkopdesConflict.',
);

const importIdOf = (input: SimkopdesImportInput): number => decodeIdOf('SimkopdesImport', input.importId);

const WHO = 'By an admin, or the Dinas office whose regions the import is scoped to (NOT_FOUND for others).';

@Resolver(() => SimkopdesImportType)
export class SimkopdesResolver {
  @Allow(AccessRole.DINAS)
  @Query(() => SimkopdesImportConnection, {
    description: `SIMKOPDES imports, newest first (forward pages: first/after). ${WHO}`,
  })
  simkopdesImports(@Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return simkopdesImports(ctx, args);
  }

  @Allow(AccessRole.DINAS)
  @Query(() => SimkopdesImportType, { nullable: true, description: `One SIMKOPDES import. ${WHO}` })
  simkopdesImport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the run.' }) id: string,
  ): Promise<SimkopdesImportType | null> {
    return simkopdesImportById(ctx, decodeIdOf('SimkopdesImport', id));
  }

  @FieldResolver(() => [SimkopdesConflictType], {
    description: 'Profile values not overwritten because MitraDesa edited them (open first; at most 500).',
  })
  conflicts(@Ctx() ctx: Context, @Root() run: SimkopdesImportType): Promise<SimkopdesConflictType[]> {
    return simkopdesConflictsOf(ctx, run.databaseId);
  }

  @Allow(AccessRole.DINAS)
  @Mutation(() => ApplySimkopdesImportPayload, {
    description: `Queues a CHECKED import for the background apply (or a FAILED one, to resume it where it stopped). ${WHO}`,
  })
  applySimkopdesImport(
    @Ctx() ctx: Context,
    @Arg('input', () => SimkopdesImportInput, { description: 'The run.' }) input: SimkopdesImportInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'import',
      () => queueSimkopdesImport(ctx, importIdOf(input)),
      simkopdesImportById,
    );
  }

  @Allow(AccessRole.DINAS)
  @Mutation(() => UndoSimkopdesImportPayload, {
    description: `Puts back everything an APPLIED import created or changed. ${WHO}`,
  })
  undoSimkopdesImport(
    @Ctx() ctx: Context,
    @Arg('input', () => SimkopdesImportInput, { description: 'The run.' }) input: SimkopdesImportInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'import',
      () => undoSimkopdesImport(ctx, importIdOf(input)),
      simkopdesImportById,
    );
  }

  @Allow(AccessRole.DINAS)
  @Mutation(() => DiscardSimkopdesImportPayload, {
    description: `Drops an import that was not applied, with its files. ${WHO}`,
  })
  discardSimkopdesImport(
    @Ctx() ctx: Context,
    @Arg('input', () => SimkopdesImportInput, { description: 'The run.' }) input: SimkopdesImportInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'import',
      // Its files are removed by the import job (simkopdes.job.ts), which holds the file store.
      async () => (await discardSimkopdesImport(ctx, importIdOf(input))).id,
      simkopdesImportById,
    );
  }

  @Allow(AccessRole.DINAS)
  @Mutation(() => ResolveSimkopdesConflictPayload, {
    description: `Resolves a conflict of an APPLIED import: KEEP_OURS or TAKE_THEIRS. ${WHO}`,
  })
  resolveSimkopdesConflict(
    @Ctx() ctx: Context,
    @Arg('input', () => ResolveSimkopdesConflictInput, { description: 'The conflict and the side.' })
    input: ResolveSimkopdesConflictInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'conflict',
      () =>
        resolveSimkopdesConflict(ctx, decodeIdOf('SimkopdesConflict', input.conflictId), input.resolution),
      simkopdesConflictById,
    );
  }
}
