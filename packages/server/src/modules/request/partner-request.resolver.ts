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
import { PartnerRequest } from './partner-request.type';
import {
  CloseRequestInput,
  ConfirmRequestStillOpenInput,
  CreateRequestInput,
  PartnerRequestFilter,
  UpdateRequestInput,
} from './partner-request.input';
import { listRequests, requestById } from './partner-request.reads';
import * as requests from './partner-request.service';

export const PartnerRequestConnection = ConnectionType(PartnerRequest, 'PartnerRequest', 'request');

const CreateRequestPayload = PayloadType(
  'CreateRequestPayload',
  'request',
  PartnerRequest,
  'Result of createRequest.',
);
const UpdateRequestPayload = PayloadType(
  'UpdateRequestPayload',
  'request',
  PartnerRequest,
  'Result of updateRequest.',
);
const ConfirmRequestStillOpenPayload = PayloadType(
  'ConfirmRequestStillOpenPayload',
  'request',
  PartnerRequest,
  'Result of confirmRequestStillOpen.',
);
const CloseRequestPayload = PayloadType(
  'CloseRequestPayload',
  'request',
  PartnerRequest,
  'Result of closeRequest.',
);

@Resolver(() => PartnerRequest)
export class PartnerRequestResolver {
  @Public()
  @Query(() => PartnerRequestConnection, {
    description: "Partners' requests (what buyers need), newest first; open ones by default.",
  })
  requests(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
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
      pageExtrasOf(info),
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

  @Allow(AccessRole.PARTNER)
  @Mutation(() => CreateRequestPayload, { description: 'Posts an OPEN request for a partner (its staff).' })
  createRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateRequestInput, { description: 'The new request.' }) input: CreateRequestInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'request',
      (tx) => requests.createRequest(tx, { ...input, partnerId: decodeIdOf('Partner', input.partnerId) }),
      requestById,
    );
  }

  @Allow(AccessRole.PARTNER)
  @Mutation(() => UpdateRequestPayload, { description: "Changes an OPEN request (its partner's staff)." })
  updateRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateRequestInput, { description: 'The changes.' }) input: UpdateRequestInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'request',
      (tx) => requests.updateRequest(tx, { ...input, id: decodeIdOf('PartnerRequest', input.id) }),
      requestById,
    );
  }

  @Allow(AccessRole.PARTNER)
  @Mutation(() => CloseRequestPayload, { description: "Closes an OPEN request (its partner's staff)." })
  closeRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => CloseRequestInput, { description: 'The request.' }) input: CloseRequestInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'request',
      (tx) => requests.closeRequest(tx, { ...input, id: decodeIdOf('PartnerRequest', input.id) }),
      requestById,
    );
  }

  @Allow(AccessRole.PARTNER)
  @Mutation(() => ConfirmRequestStillOpenPayload, {
    description: `Confirms that a request is still wanted (its partner's staff): an OPEN one stays as it is, an EXPIRED one opens again until the new deadline, or for ${requests.REOPENED_REQUEST_DAYS} days when none is given.`,
  })
  confirmRequestStillOpen(
    @Ctx() ctx: Context,
    @Arg('input', () => ConfirmRequestStillOpenInput, { description: 'The request.' })
    input: ConfirmRequestStillOpenInput,
  ) {
    return mutateAndReadBack(
      ctx,
      input,
      'request',
      (tx) => requests.confirmRequestStillOpen(tx, { ...input, id: decodeIdOf('PartnerRequest', input.id) }),
      requestById,
    );
  }
}
