import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Region } from '../region/region.type';
import { regionsByCodes } from '../region/region.reads';
import { Partner } from './partner.type';
import { coverageCodesOfPartner } from './partner.reads';

@Resolver(() => Partner)
export class PartnerFields {
  @FieldResolver(() => [Region], {
    description: 'Regions it serves (provinces, regencies or districts); empty means all Indonesia.',
  })
  async coverage(@Root() partner: Partner, @Ctx() ctx: Context) {
    return regionsByCodes(ctx, await coverageCodesOfPartner(ctx, partner.dbId));
  }
}
