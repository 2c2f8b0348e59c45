import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType, decodeIdOf } from '../../graphql/relay';
import { assertRegionCode } from '../region/region.input';
import { Cooperative } from './cooperative.type';
import { CooperativeFilter, CooperativeOrder } from './cooperative.input';
import { cooperativeById, listCooperatives } from './cooperative.reads';

export const CooperativeConnection = ConnectionType(Cooperative, 'Cooperative', 'cooperative');

@Resolver(() => Cooperative)
export class CooperativeResolver {
  @Public()
  @Query(() => CooperativeConnection, {
    description: 'Discover cooperatives by region, kind, stage, units, commodity and verification.',
  })
  cooperatives(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CooperativeFilter, { nullable: true, description: 'Filters; all must match.' })
    filter?: CooperativeFilter | null,
    @Arg('orderBy', () => CooperativeOrder, {
      defaultValue: CooperativeOrder.NAME,
      description: 'Order of the list.',
    })
    orderBy: CooperativeOrder = CooperativeOrder.NAME,
  ) {
    const given = filter ?? new CooperativeFilter();
    if (given.regionCode) assertRegionCode(given.regionCode, 'filter.regionCode');
    return listCooperatives(ctx, given, orderBy, args);
  }

  @Public()
  @Query(() => Cooperative, { nullable: true, description: 'A cooperative by ID; null when there is none.' })
  cooperative(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the cooperative.' }) id: string,
  ) {
    return cooperativeById(ctx, decodeIdOf('Cooperative', id));
  }
}
