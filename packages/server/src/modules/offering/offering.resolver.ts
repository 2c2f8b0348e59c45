import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { ConnectionArgs, ConnectionType, decodeIdOf } from '../../graphql/relay';
import { compareDecimal } from '../../shared/money';
import { assertRegionCode } from '../region/region.input';
import { Offering } from './offering.type';
import { OfferingFilter, OfferingOrder } from './offering.input';
import { listOfferings, offeringById } from './offering.reads';

export const OfferingConnection = ConnectionType(Offering, 'Offering', 'offering');

@Resolver(() => Offering)
export class OfferingResolver {
  @Public()
  @Query(() => OfferingConnection, {
    description: 'Offerings of all cooperatives: published ones unless `filter.statuses` says otherwise.',
  })
  offerings(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OfferingFilter, { nullable: true, description: 'Filters; all must match.' })
    filter?: OfferingFilter | null,
    @Arg('orderBy', () => OfferingOrder, {
      defaultValue: OfferingOrder.NEWEST,
      description: 'Order of the list.',
    })
    orderBy: OfferingOrder = OfferingOrder.NEWEST,
  ) {
    const given = filter ?? new OfferingFilter();
    if (given.regionCode) assertRegionCode(given.regionCode, 'filter.regionCode');
    if (
      given.amountMin != null &&
      given.amountMax != null &&
      compareDecimal(given.amountMin, given.amountMax) > 0
    ) {
      throw badUserInput('`amountMin` must not exceed `amountMax`.', 'filter.amountMin');
    }
    return listOfferings(ctx, given, orderBy, args);
  }

  @Public()
  @Query(() => Offering, {
    nullable: true,
    description: 'An offering by ID; null when there is none or it is not visible to you.',
  })
  offering(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the offering.' }) id: string,
  ) {
    return offeringById(ctx, decodeIdOf('Offering', id));
  }
}
