import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { ConnectionArgs } from '../../graphql/relay';
import { Q_DESCRIPTION, searchTerms } from './search.input';
import { search } from './search.reads';
import { SearchConnection, SearchType } from './search.type';

@Resolver()
export class SearchResolver {
  @Public()
  @Query(() => SearchConnection, {
    description:
      'Cooperatives, published offerings, partners, active programs and open requests matching `q`, most relevant first. Pages forward only (`first`/`after`).',
  })
  search(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('q', () => String, { description: Q_DESCRIPTION }) q: string,
    @Arg('types', () => [SearchType], {
      nullable: true,
      description: 'Only these kinds of objects (default: all).',
    })
    types?: SearchType[] | null,
  ) {
    const terms = searchTerms(q, 'q');
    const asked = types?.length ? [...new Set(types)] : Object.values(SearchType);
    return search(ctx, q.trim(), terms, asked, args);
  }
}
