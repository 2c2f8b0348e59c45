import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { ConnectionArgs } from '../../graphql/relay';
import { Region } from '../region/region.type';
import { regionByCode } from '../region/region.reads';
import { Partner } from '../partner/partner.type';
import { partnerById } from '../partner/partner.reads';
import { PartnerRequest } from './partner-request.type';
import { requestsOfPartner } from './partner-request.reads';
import { PartnerRequestConnection } from './partner-request.resolver';

@Resolver(() => PartnerRequest)
export class PartnerRequestFields {
  @FieldResolver(() => Partner, { description: 'The partner that posted it.' })
  partner(@Root() request: PartnerRequest, @Ctx() ctx: Context) {
    return partnerById(ctx, request.partnerId);
  }

  @FieldResolver(() => Region, { description: 'Where the goods must be delivered.' })
  deliveryRegion(@Root() request: PartnerRequest, @Ctx() ctx: Context) {
    return regionByCode(ctx, request.deliveryRegionCode);
  }
}

/** `Partner.requests`: declared here, where requests are read, so that partners need not know requests. */
@Resolver(() => Partner)
export class PartnerRequestsFields {
  @FieldResolver(() => PartnerRequestConnection, { description: 'Its open requests, newest first.' })
  requests(@Root() partner: Partner, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return requestsOfPartner(ctx, partner.dbId, args);
  }
}
