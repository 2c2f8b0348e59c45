import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType, decodeIdOf } from '../../graphql/relay';
import { assertRegionCode } from '../region/region.input';
import { PartnerRequest } from './partner-request.type';
import { PartnerRequestFilter } from './partner-request.input';
import { listRequests, requestById } from './partner-request.reads';

export const PartnerRequestConnection = ConnectionType(PartnerRequest, 'PartnerRequest', 'request');

@Resolver(() => PartnerRequest)
export class PartnerRequestResolver {
  @Public()
  @Query(() => PartnerRequestConnection, {
    description: "Partners' requests (what buyers need), newest first; open ones by default.",
  })
  requests(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PartnerRequestFilter, { nullable: true, description: 'Filters; all must match.' })
    filter?: PartnerRequestFilter | null,
  ) {
    const given = filter ?? new PartnerRequestFilter();
    if (given.regionCode) assertRegionCode(given.regionCode, 'filter.regionCode');
    return listRequests(
      ctx,
      { ...given, partnerId: given.partnerId ? decodeIdOf('Partner', given.partnerId) : null },
      args,
    );
  }

  @Public()
  @Query(() => PartnerRequest, { nullable: true, description: 'A request by ID; null when there is none.' })
  request(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the request.' }) id: string,
  ) {
    return requestById(ctx, decodeIdOf('PartnerRequest', id));
  }
}
