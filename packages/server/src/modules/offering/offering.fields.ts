import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Cooperative } from '../cooperative/cooperative.type';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { Region } from '../region/region.type';
import { regionsByCodes } from '../region/region.reads';
import { Offering } from './offering.type';
import { deliveryRegionCodesOfOffering } from './offering.reads';

@Resolver(() => Offering)
export class OfferingFields {
  @FieldResolver(() => Cooperative, { description: 'The cooperative that posted it.' })
  cooperative(@Root() offering: Offering, @Ctx() ctx: Context) {
    return cooperativeById(ctx, offering.cooperativeId);
  }

  @FieldResolver(() => [Region], { description: 'Regions it can deliver to.' })
  async deliveryRegions(@Root() offering: Offering, @Ctx() ctx: Context) {
    return regionsByCodes(ctx, await deliveryRegionCodesOfOffering(ctx, offering.dbId));
  }
}
