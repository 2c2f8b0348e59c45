import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../request-context';
import { ConnectionArgs } from '../../graphql/relay';
import { SearchFilter, searchCriteria } from './search.input';
import { Q_DESCRIPTION } from '../text-search/text-search.input';
import { search } from './search.reads';
import { SearchConnection } from './search.type';
import { SearchType } from '../text-search/text-search.type';

@Resolver()
export class SearchResolver {
  @Public()
  @Query(() => SearchConnection, {
    description:
      'Cooperatives, published offerings, partners, active programs and open requests matching `q` (and the filter), most relevant first. Pages forward only (`first`/`after`).',
  })
  async search(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('q', () => String, { description: Q_DESCRIPTION }) q: string,
    @Arg('types', () => [SearchType], {
      nullable: true,
      description: 'Only these kinds of objects (default: all).',
    })
    types?: SearchType[] | null,
    @Arg('filter', () => SearchFilter, {
      nullable: true,
      description: 'Only objects in a region and/or about a commodity.',
    })
    filter?: SearchFilter | null,
  ) {
    return search(ctx, await searchCriteria(ctx, q, types, filter), args);
  }
}
