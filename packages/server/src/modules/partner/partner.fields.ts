import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Region } from '../region/region.type';
import { regionsByCodes } from '../region/region.reads';
import { Partner } from './partner.type';
import { coverageCodesOfPartner, partnerById } from './partner.reads';
import { Membership } from '../account/account.type';

@Resolver(() => Partner)
export class PartnerFields {
  @FieldResolver(() => [Region], {
    description: 'Regions it serves (provinces, regencies or districts); empty means all Indonesia.',
  })
  async coverage(@Root() partner: Partner, @Ctx() ctx: Context) {
    return regionsByCodes(ctx, await coverageCodesOfPartner(ctx, partner.dbId));
  }
}

/** `Membership.partner`: declared here, where partners are read, so that accounts need not know them. */
@Resolver(() => Membership)
export class MembershipPartnerFields {
  @FieldResolver(() => Partner, {
    nullable: true,
    description: 'The partner, for a partner admin or officer membership; null otherwise.',
  })
  partner(@Root() membership: Membership, @Ctx() ctx: Context) {
    return membership.partnerId === null ? null : partnerById(ctx, membership.partnerId);
  }
}
