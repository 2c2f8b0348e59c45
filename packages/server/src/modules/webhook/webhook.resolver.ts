import { Arg, Args, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../request-context';
import { Allow } from '../../graphql/access';
import { mutate, PayloadType, refusals } from '../../graphql/payload';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { UserError } from '../../graphql/user-error';
import { AccessRole } from '../../shared/access-role';
import { decodeIdOf } from '../../shared/global-id';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointInput,
  ReplayWebhookDeliveryInput,
  UpdateWebhookEndpointInput,
} from './webhook.input';
import { webhookDeliveries, webhookDeliveryById, webhookEndpointsOfViewer } from './webhook.reads';
import * as webhooks from './webhook.service';
import { WebhookDelivery, WebhookEndpoint } from './webhook.type';

const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery', 'webhook delivery');

@ObjectType({ simpleResolvers: true, description: 'Result of createWebhookEndpoint.' })
class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The new endpoint.' })
  webhookEndpoint!: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The signing secret (`whsec_…`), shown only now: verify each request with it (Standard Webhooks).',
  })
  secret!: string | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];
}

const UpdateWebhookEndpointPayload = PayloadType(
  'UpdateWebhookEndpointPayload',
  'webhookEndpoint',
  WebhookEndpoint,
  'Result of updateWebhookEndpoint.',
);

@ObjectType({ simpleResolvers: true, description: 'Result of deleteWebhookEndpoint.' })
class DeleteWebhookEndpointPayload {
  @Field(() => ID, { nullable: true, description: 'The deleted endpoint; null when refused.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];
}

const ReplayWebhookDeliveryPayload = PayloadType(
  'ReplayWebhookDeliveryPayload',
  'webhookDelivery',
  WebhookDelivery,
  'Result of replayWebhookDelivery.',
);

@Resolver()
export class WebhookResolver {
  @Allow(AccessRole.PARTNER_ADMIN)
  @Query(() => [WebhookEndpoint], {
    description: 'Webhook endpoints of the partners you administer, newest first.',
  })
  webhookEndpoints(
    @Ctx() ctx: Context,
    @Arg('partnerId', () => ID, {
      nullable: true,
      description: "Only this partner's endpoints (a partner you administer; otherwise none).",
    })
    partnerId?: string | null,
  ): Promise<WebhookEndpoint[]> {
    return webhookEndpointsOfViewer(ctx, partnerId == null ? null : decodeIdOf('Partner', partnerId));
  }

  @Allow(AccessRole.PARTNER_ADMIN)
  @Query(() => WebhookDeliveryConnection, {
    description: "An endpoint's delivery log, newest first (an endpoint of a partner you administer).",
  })
  webhookDeliveries(
    @Ctx() ctx: Context,
    @Arg('endpointId', () => ID, { description: 'The endpoint.' }) endpointId: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ) {
    return webhookDeliveries(ctx, decodeIdOf('WebhookEndpoint', endpointId), args);
  }

  @Allow(AccessRole.PARTNER_ADMIN)
  @Mutation(() => CreateWebhookEndpointPayload, {
    description:
      "Registers an HTTPS endpoint of a partner's system for some events; returns its secret once.",
  })
  createWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateWebhookEndpointInput, { description: 'The endpoint.' })
    input: CreateWebhookEndpointInput,
  ) {
    return mutate(input, () =>
      webhooks.createWebhookEndpoint(ctx, ctx.viewer!, {
        ...input,
        partnerId: decodeIdOf('Partner', input.partnerId),
      }),
    ).then((result) => ({
      webhookEndpoint: 'endpoint' in result ? WebhookEndpoint.fromRow(result.endpoint) : null,
      secret: 'secret' in result ? result.secret : null,
      ...refusals(result.userErrors),
    }));
  }

  @Allow(AccessRole.PARTNER_ADMIN)
  @Mutation(() => UpdateWebhookEndpointPayload, {
    description: 'Changes, disables or enables again a webhook endpoint of a partner you administer.',
  })
  updateWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateWebhookEndpointInput, { description: 'The changes.' })
    input: UpdateWebhookEndpointInput,
  ) {
    return mutate(input, async () => ({
      webhookEndpoint: WebhookEndpoint.fromRow(
        await webhooks.updateWebhookEndpoint(
          ctx,
          ctx.viewer!,
          decodeIdOf('WebhookEndpoint', input.id),
          input,
        ),
      ),
    }));
  }

  @Allow(AccessRole.PARTNER_ADMIN)
  @Mutation(() => DeleteWebhookEndpointPayload, {
    description: 'Deletes a webhook endpoint of a partner you administer, with its delivery log.',
  })
  deleteWebhookEndpoint(
    @Ctx() ctx: Context,
    @Arg('input', () => DeleteWebhookEndpointInput, { description: 'The endpoint.' })
    input: DeleteWebhookEndpointInput,
  ) {
    return mutate(input, async () => {
      await webhooks.deleteWebhookEndpoint(ctx, ctx.viewer!, decodeIdOf('WebhookEndpoint', input.id));
      return { deletedId: input.id };
    }).then((result) => ({ deletedId: null, ...result }));
  }

  @Allow(AccessRole.PARTNER_ADMIN)
  @Mutation(() => ReplayWebhookDeliveryPayload, {
    description: 'Sends a failed (or delivered) webhook delivery again, with the same message id.',
  })
  replayWebhookDelivery(
    @Ctx() ctx: Context,
    @Arg('input', () => ReplayWebhookDeliveryInput, { description: 'The delivery.' })
    input: ReplayWebhookDeliveryInput,
  ) {
    return mutate(input, async () => {
      const id = decodeIdOf('WebhookDelivery', input.id);
      await webhooks.replayWebhookDelivery(ctx, ctx.viewer!, String(id));
      return { webhookDelivery: await webhookDeliveryById(ctx, id) };
    });
  }
}
