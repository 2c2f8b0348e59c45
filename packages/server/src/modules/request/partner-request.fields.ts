import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Region } from '../region/region.type';
import { regionByCode } from '../region/region.reads';
import { Partner } from '../partner/partner.type';
import { partnerById } from '../partner/partner.reads';
import { PartnerRequest } from './partner-request.type';

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
