import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Cooperative } from '../cooperative/cooperative.type';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { embedInCooperativePages } from '../cooperative/cooperative.fields';
import { fieldsUnder } from '../../graphql/lookahead';
import { Region } from '../region/region.type';
import { regionsByCodes } from '../region/region.reads';
import { Offering, OfferingConnection } from './offering.type';
import { OfferingsOfCooperativeArgs } from './offering.input';
import {
  deliveryRegionCodesOfOffering,
  embeddedOfferingsOfCooperatives,
  offeringsOfCooperative,
} from './offering.reads';

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

/** A cooperative's offerings: the field this module adds to Cooperative. */
@Resolver(() => Cooperative)
export class CooperativeOfferingsFields {
  @FieldResolver(() => OfferingConnection, {
    description: 'Its offerings, newest first: published ones unless `statuses` says otherwise.',
  })
  offerings(
    @Root() cooperative: Cooperative,
    @Ctx() ctx: Context,
    @Args(() => OfferingsOfCooperativeArgs) args: OfferingsOfCooperativeArgs,
  ) {
    return offeringsOfCooperative(ctx, cooperative.dbId, args);
  }
}

// A page of cooperatives reads one page of offerings per cooperative (and its total when asked) in
// its own statement; a second use with other arguments is left to the field's loader.
embedInCooperativePages('offerings', async (ctx, info, uses) =>
  uses.length === 1
    ? [
        await embeddedOfferingsOfCooperatives(ctx, uses[0].args, {
          withTotal: uses[0].selects.has('totalCount'),
          selected: fieldsUnder(info, uses, ['edges', 'node']),
        }),
      ]
    : [],
);
