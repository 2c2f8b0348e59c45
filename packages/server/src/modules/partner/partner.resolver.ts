import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType, decodeIdOf } from '../../graphql/relay';
import { assertRegionCode } from '../region/region.input';
import { Partner } from './partner.type';
import { PartnerFilter } from './partner.input';
import { listPartners, partnerById } from './partner.reads';

export const PartnerConnection = ConnectionType(Partner, 'Partner', 'partner');

@Resolver(() => Partner)
export class PartnerResolver {
  @Public()
  @Query(() => PartnerConnection, {
    description: 'Partner institutions by type, coverage and commodity, by name.',
  })
  partners(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PartnerFilter, { nullable: true, description: 'Filters; all must match.' })
    filter?: PartnerFilter | null,
  ) {
    const given = filter ?? new PartnerFilter();
    if (given.regionCode) assertRegionCode(given.regionCode, 'filter.regionCode');
    return listPartners(ctx, given, args);
  }

  @Public()
  @Query(() => Partner, { nullable: true, description: 'A partner by ID; null when there is none.' })
  partner(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the partner.' }) id: string,
  ) {
    return partnerById(ctx, decodeIdOf('Partner', id));
  }
}
