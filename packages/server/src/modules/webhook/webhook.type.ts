import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { fromPgTimestamp } from '../../shared/time';
import { WEBHOOK_PAYLOAD_TYPE, WebhookDeliveryStatus, WebhookEventType } from './webhook.entity';
import { messageIdOf } from './webhook.delivery';

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: "What a partner's webhook endpoint can be told of (the payload's `type` in brackets).",
  valuesConfig: {
    PROPOSAL_MOVED: {
      description: `A proposal with your partner moved, with its status and whose turn it is (\`${WEBHOOK_PAYLOAD_TYPE.PROPOSAL_MOVED}\`).`,
    },
    POOL_MEMBER_JOINED: {
      description: `A member cooperative approved its share of a pooled offer to your partner (\`${WEBHOOK_PAYLOAD_TYPE.POOL_MEMBER_JOINED}\`).`,
    },
    OFFERING_MATCHED: {
      description: `An offering was published that fits your partner well: among its best-fitting partners, once per offering (\`${WEBHOOK_PAYLOAD_TYPE.OFFERING_MATCHED}\`).`,
    },
    SAVED_SEARCH_MATCHED: {
      description: `A listing now matches a saved search of your partner's staff (\`${WEBHOOK_PAYLOAD_TYPE.SAVED_SEARCH_MATCHED}\`).`,
    },
  },
});
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'How a webhook delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first attempt, or for the next after a failed one.' },
    DELIVERED: { description: 'The endpoint answered with a 2xx status.' },
    FAILED: {
      description:
        'Every attempt in the retry window failed, or the endpoint was disabled; it can be replayed.',
    },
  },
});

export interface WebhookEndpointRow {
  id: number;
  partner_id: number;
  url: string;
  description: string;
  event_types: WebhookEventType[];
  created_at: Date | string;
  failing_since: Date | string | null;
  disabled_at: Date | string | null;
  disabled_reason: string | null;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "An HTTPS address of a partner's system that is sent signed events (Standard Webhooks).",
})
export class WebhookEndpoint extends Node {
  @Field(() => String, { description: 'Where events are POSTed.' })
  url!: string;

  @Field(() => String, { description: 'What the endpoint is for, in the admin’s words.' })
  description!: string;

  @Field(() => [WebhookEventType], { description: 'The events it is sent.' })
  eventTypes!: WebhookEventType[];

  @Field(() => DateTimeISOResolver, { description: 'When it was registered.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'Since when every attempt to it failed; null while it answers.',
  })
  failingSince!: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When it was disabled (after failing for days); null while enabled.',
  })
  disabledAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was disabled.' })
  disabledReason!: string | null;

  static fromRow(row: WebhookEndpointRow): WebhookEndpoint {
    return Object.assign(new WebhookEndpoint(), {
      id: toGlobalId('WebhookEndpoint', row.id),
      url: row.url,
      description: row.description,
      eventTypes: row.event_types,
      createdAt: fromPgTimestamp(row.created_at),
      failingSince: fromPgTimestamp(row.failing_since),
      disabledAt: fromPgTimestamp(row.disabled_at),
      disabledReason: row.disabled_reason,
    });
  }
}

export interface WebhookDeliveryRow {
  id: string;
  event_type: WebhookEventType;
  payload: unknown;
  status: WebhookDeliveryStatus;
  attempts: number;
  created_at: Date | string;
  last_attempt_at: Date | string | null;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: Date | string | null;
  delivered_at: Date | string | null;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'One event sent (or to be sent) to one endpoint, and how its attempts went.',
})
export class WebhookDelivery extends Node {
  @Field(() => String, { description: 'The `webhook-id` header: the same on every attempt and replay.' })
  messageId!: string;

  @Field(() => WebhookEventType, { description: 'The event.' })
  eventType!: WebhookEventType;

  @Field(() => String, { description: 'The JSON body sent: `{ type, timestamp, data }`.' })
  payload!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'How it stands.' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => DateTimeISOResolver, { description: 'When the event happened.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was last tried.' })
  lastAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: "The endpoint's HTTP status on the last attempt." })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it is tried next, while PENDING.' })
  nextAttemptAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the endpoint accepted it.' })
  deliveredAt!: Date | null;

  static fromRow(row: WebhookDeliveryRow): WebhookDelivery {
    return Object.assign(new WebhookDelivery(), {
      id: toGlobalId('WebhookDelivery', row.id),
      messageId: messageIdOf(String(row.id)),
      eventType: row.event_type,
      payload: JSON.stringify(row.payload),
      status: row.status,
      attempts: row.attempts,
      createdAt: fromPgTimestamp(row.created_at),
      lastAttemptAt: fromPgTimestamp(row.last_attempt_at),
      lastStatusCode: row.last_status_code,
      lastError: row.last_error,
      nextAttemptAt: fromPgTimestamp(row.next_attempt_at),
      deliveredAt: fromPgTimestamp(row.delivered_at),
    });
  }
}
