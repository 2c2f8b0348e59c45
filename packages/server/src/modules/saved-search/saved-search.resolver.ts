import { Arg, Args, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/access';
import { inTransaction, type Context } from '../../request-context';
import { mutate, mutateAndReadBack } from '../../graphql/payload';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { decodeIdOf, toGlobalId } from '../../shared/global-id';
import { UserError } from '../../graphql/user-error';
import { PayloadType } from '../../graphql/payload';
import { DeleteSavedSearchInput, SaveSearchInput } from './saved-search.input';
import { savedSearchById, savedSearchesOfViewer } from './saved-search.reads';
import { deleteSavedSearch, saveSearch } from './saved-search.service';
import { SavedSearch } from './saved-search.type';

export const SavedSearchConnection = ConnectionType(SavedSearch, 'SavedSearch', 'saved search');

const SaveSearchPayload = PayloadType(
  'SaveSearchPayload',
  'savedSearch',
  SavedSearch,
  'Result of saveSearch.',
);

@ObjectType({ simpleResolvers: true, description: 'Result of deleteSavedSearch.' })
class DeleteSavedSearchPayload {
  @Field(() => ID, { nullable: true, description: 'The ID of the deleted saved search; null when refused.' })
  deletedSavedSearchId!: string | null;

  @Field(() => [UserError], { description: 'Why the mutation was refused; empty when it succeeded.' })
  userErrors!: UserError[];
}

@Resolver()
export class SavedSearchResolver {
  @Allow()
  @Query(() => SavedSearchConnection, { description: 'Your saved searches, newest first.' })
  savedSearches(@Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return savedSearchesOfViewer(ctx, args);
  }

  @Allow()
  @Mutation(() => SaveSearchPayload, {
    description: `Saves a search under a name, to run again later (at most 20 per user; names are unique per user).`,
  })
  saveSearch(
    @Ctx() ctx: Context,
    @Arg('input', () => SaveSearchInput, { description: 'The search to save.' }) input: SaveSearchInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'savedSearch',
      (tx) =>
        saveSearch(tx, {
          name: input.name,
          q: input.q,
          types: input.types,
          filter: input.filter && { regionCode: input.filter.regionCode, commodity: input.filter.commodity },
        }),
      savedSearchById,
    );
  }

  @Allow()
  @Mutation(() => DeleteSavedSearchPayload, { description: 'Deletes one of your saved searches.' })
  deleteSavedSearch(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteSavedSearchInput, { description: 'The saved search to delete.' })
    input: DeleteSavedSearchInput,
  ) {
    return mutate(input, async () => {
      const id = await inTransaction(ctx, (tx) =>
        deleteSavedSearch(tx, { id: decodeIdOf('SavedSearch', input.id) }),
      );
      return { deletedSavedSearchId: toGlobalId('SavedSearch', id) };
    }).then((result) => ({ deletedSavedSearchId: null, ...result }));
  }
}
