import { Arg, Args, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { fieldsUnder, pageExtrasOf, selectedFields, fieldNames } from '../../graphql/lookahead';
import { embeddedCooperativeOf } from '../cooperative/cooperative.reads';
import { Allow, Public } from '../../graphql/access';
import type { Context } from '../../request-context';
import { badUserInput } from '../../graphql/errors';
import { mutateAndReadBack, PayloadType } from '../../graphql/payload';
import { ConnectionArgs } from '../../graphql/relay';
import { decodeIdOf } from '../../shared/global-id';
import { compareDecimal } from '../../shared/money';
import { AccessRole } from '../../shared/access-role';
import { assertRegionCode } from '../region/region.input';
import { Offering, OfferingConnection } from './offering.type';
import {
  CloseOfferingInput,
  ConfirmOfferingStillValidInput,
  CreateOfferingInput,
  OfferingFilter,
  OfferingOrder,
  PauseOfferingInput,
  PublishOfferingInput,
  UpdateOfferingInput,
  type OfferingLifecycleInput,
} from './offering.input';
import { listOfferings, offeringById } from './offering.reads';
import * as offerings from './offering.service';
import type { OfferingAction } from './offering.service';

const offeringPayload = (mutation: string) =>
  PayloadType(
    `${mutation[0].toUpperCase()}${mutation.slice(1)}Payload`,
    'offering',
    Offering,
    `Result of ${mutation}.`,
  );

const CreateOfferingPayload = offeringPayload('createOffering');
const UpdateOfferingPayload = offeringPayload('updateOffering');
const PublishOfferingPayload = offeringPayload('publishOffering');
const PauseOfferingPayload = offeringPayload('pauseOffering');
const CloseOfferingPayload = offeringPayload('closeOffering');
const ConfirmOfferingStillValidPayload = offeringPayload('confirmOfferingStillValid');

/** One life-cycle move, the same way for the four mutations. */
function moveOffering(ctx: Context, input: OfferingLifecycleInput, action: OfferingAction) {
  return mutateAndReadBack(
    ctx,
    input,
    'offering',
    (tx) =>
      offerings.moveOffering(tx, {
        id: decodeIdOf('Offering', input.id),
        version: input.version,
        action,
        validForDays: input.validForDays,
      }),
    offeringById,
  );
}

@Resolver(() => Offering)
export class OfferingResolver {
  @Public()
  @Query(() => OfferingConnection, {
    description:
      'Offerings of all cooperatives: published ones unless `filter.statuses` says otherwise (drafts only where you may see them).',
  })
  offerings(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
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
    // The nodes' cooperatives, and the total, come with the page, in its statement.
    const nodeFields = selectedFields(info, ['edges', 'node']);
    const cooperativeUses = nodeFields.get('cooperative');
    const embedded = cooperativeUses
      ? [embeddedCooperativeOf(ctx, 'o.cooperative_id', fieldsUnder(info, cooperativeUses, []))]
      : [];
    return listOfferings(ctx, given, orderBy, args, {
      embedded,
      selected: fieldNames(nodeFields),
      ...pageExtrasOf(info),
    });
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

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => CreateOfferingPayload, {
    description: 'Creates a DRAFT offering for a cooperative (its officers or its mentor).',
  })
  createOffering(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOfferingInput, { description: 'The new offering.' }) input: CreateOfferingInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'offering',
      (tx) =>
        offerings.createOffering(tx, {
          ...input,
          cooperativeId: decodeIdOf('Cooperative', input.cooperativeId),
        }),
      offeringById,
    );
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => UpdateOfferingPayload, {
    description: "Changes an offering that is not closed (its cooperative's officers or mentor).",
  })
  updateOffering(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateOfferingInput, { description: 'The changes.' }) input: UpdateOfferingInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'offering',
      (tx) => offerings.updateOffering(tx, { ...input, id: decodeIdOf('Offering', input.id) }),
      offeringById,
    );
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => PublishOfferingPayload, {
    description: `Publishes a DRAFT or PAUSED offering. It stands until \`validUntil\`: \`validForDays\` from now when given, otherwise ${offerings.OFFERING_VALIDITY_DAYS} days ahead when missing or past.`,
  })
  publishOffering(
    @Ctx() ctx: Context,
    @Arg('input', () => PublishOfferingInput, { description: 'The offering.' }) input: OfferingLifecycleInput,
  ) {
    return moveOffering(ctx, input, 'publish');
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => PauseOfferingPayload, { description: 'Pauses a PUBLISHED offering.' })
  pauseOffering(
    @Ctx() ctx: Context,
    @Arg('input', () => PauseOfferingInput, { description: 'The offering.' }) input: OfferingLifecycleInput,
  ) {
    return moveOffering(ctx, input, 'pause');
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => CloseOfferingPayload, {
    description:
      'Closes an offering for good (from DRAFT, PUBLISHED, PAUSED or EXPIRED); it stays on record.',
  })
  closeOffering(
    @Ctx() ctx: Context,
    @Arg('input', () => CloseOfferingInput, { description: 'The offering.' }) input: OfferingLifecycleInput,
  ) {
    return moveOffering(ctx, input, 'close');
  }

  @Allow(AccessRole.COOPERATIVE, AccessRole.MENTOR)
  @Mutation(() => ConfirmOfferingStillValidPayload, {
    description: `Confirms in one action that a PUBLISHED offering still stands, or brings an EXPIRED one back: it is PUBLISHED with \`validUntil\` \`validForDays\` (${offerings.OFFERING_VALIDITY_DAYS} when absent) days from now.`,
  })
  confirmOfferingStillValid(
    @Ctx() ctx: Context,
    @Arg('input', () => ConfirmOfferingStillValidInput, { description: 'The offering.' })
    input: OfferingLifecycleInput,
  ) {
    return moveOffering(ctx, input, 'confirm');
  }
}
