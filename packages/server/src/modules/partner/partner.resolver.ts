import type { GraphQLResolveInfo } from 'graphql';
import { pageExtrasOf } from '../../graphql/lookahead';
import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, Public } from '../../graphql/access';
import type { Context } from '../../request-context';
import { mutateAndReadBack, PayloadType } from '../../graphql/payload';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { decodeIdOf } from '../../shared/global-id';
import { AccessRole } from '../../shared/access-role';
import { assertRegionCode } from '../region/region.input';
import { Partner } from './partner.type';
import { CreatePartnerInput, PartnerFilter, UpdatePartnerProfileInput } from './partner.input';
import { listPartners, partnerById } from './partner.reads';
import * as partners from './partner.service';

export const PartnerConnection = ConnectionType(Partner, 'Partner', 'partner');

const UpdatePartnerProfilePayload = PayloadType(
  'UpdatePartnerProfilePayload',
  'partner',
  Partner,
  'Result of updatePartnerProfile.',
);
const CreatePartnerPayload = PayloadType(
  'CreatePartnerPayload',
  'partner',
  Partner,
  'Result of createPartner.',
);

@Resolver(() => Partner)
export class PartnerResolver {
  @Public()
  @Query(() => PartnerConnection, {
    description: 'Partner institutions by type, coverage and commodity, by name.',
  })
  partners(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PartnerFilter, { nullable: true, description: 'Filters; all must match.' })
    filter?: PartnerFilter | null,
  ) {
    const given = filter ?? new PartnerFilter();
    if (given.regionCode) assertRegionCode(given.regionCode, 'filter.regionCode');
    return listPartners(ctx, given, args, pageExtrasOf(info));
  }

  @Public()
  @Query(() => Partner, { nullable: true, description: 'A partner by ID; null when there is none.' })
  partner(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the partner.' }) id: string,
  ) {
    return partnerById(ctx, decodeIdOf('Partner', id));
  }

  @Allow(AccessRole.PARTNER_ADMIN)
  @Mutation(() => UpdatePartnerProfilePayload, {
    description: "Changes a partner's name, description, website, commodities or coverage (its admins).",
  })
  updatePartnerProfile(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdatePartnerProfileInput, { description: 'The changes.' })
    input: UpdatePartnerProfileInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'partner',
      (tx) => partners.updatePartnerProfile(tx, { ...input, id: decodeIdOf('Partner', input.id) }),
      partnerById,
    );
  }

  @Allow(AccessRole.ADMIN)
  @Mutation(() => CreatePartnerPayload, {
    description: 'Creates a partner institution (platform admins only).',
  })
  createPartner(
    @Ctx() ctx: Context,
    @Arg('input', () => CreatePartnerInput, { description: 'The new partner.' }) input: CreatePartnerInput,
  ) {
    return mutateAndReadBack(ctx, input, 'partner', (tx) => partners.createPartner(tx, input), partnerById);
  }
}
