import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { TIMESTAMP_COLUMN } from '../../shared/timestamps';
import { User, type OrganisationRef } from '../account/account.entity';

/** What a partner's endpoint can be told of. */
export enum WebhookEventType {
  /** A proposal with the partner moved: submitted, countered, accepted, a message… (with whose turn it is). */
  PROPOSAL_MOVED = 'PROPOSAL_MOVED',
  /** A member cooperative approved its share of a pooled offer made to the partner. */
  POOL_MEMBER_JOINED = 'POOL_MEMBER_JOINED',
  /** An offering was published that fits the partner well (a new listing match). */
  OFFERING_MATCHED = 'OFFERING_MATCHED',
  /** A listing now matches a saved search of one of the partner's staff. */
  SAVED_SEARCH_MATCHED = 'SAVED_SEARCH_MATCHED',
}

/** The `type` field of a payload, as Standard Webhooks names events (`group.event`). */
export const WEBHOOK_PAYLOAD_TYPE: Record<WebhookEventType, string> = {
  [WebhookEventType.PROPOSAL_MOVED]: 'proposal.moved',
  [WebhookEventType.POOL_MEMBER_JOINED]: 'pool.member_joined',
  [WebhookEventType.OFFERING_MATCHED]: 'offering.matched',
  [WebhookEventType.SAVED_SEARCH_MATCHED]: 'saved_search.matched',
};

export enum WebhookDeliveryStatus {
  /** Waiting for its first attempt, or for the next after a failed one. */
  PENDING = 'PENDING',
  /** The endpoint answered 2xx. */
  DELIVERED = 'DELIVERED',
  /** Every attempt within the retry window failed (or the endpoint was disabled); it can be replayed. */
  FAILED = 'FAILED',
}

/**
 * An HTTPS address a partner's admin registered for some event types. The signing secret is
 * shown once, at creation; it is kept to sign with (not a hash: signing needs the secret itself).
 * An endpoint that kept failing for the disable window is disabled, and its admins told.
 */
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint {
  [OptionalProps]?: 'createdAt' | 'description' | 'disabledAt' | 'disabledReason' | 'failingSince';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Partner', index: true, deleteRule: 'cascade' })
  partner!: Rel<OrganisationRef>;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  createdBy!: Rel<User>;

  @Property({ type: 'string', length: 2000 })
  url!: string;

  @Property({ type: 'string', length: 200, default: '' })
  description: string = '';

  @Enum({ items: () => WebhookEventType, array: true })
  eventTypes!: WebhookEventType[];

  /** `whsec_` and base64 of 32 random bytes, as Standard Webhooks libraries take it. */
  @Property({ type: 'string', length: 100, lazy: true })
  secret!: string;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** Since when every attempt failed (null after a success): three days of it disable the endpoint. */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  failingSince?: Date | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  disabledAt?: Date | null;

  @Property({ type: 'string', length: 300, nullable: true })
  disabledReason?: string | null;
}

/**
 * One event for one endpoint, and how its delivery went: the delivery log. Written in the
 * transaction of the change it tells of, with its queue job, so a rolled-back change sends
 * nothing. `id` is the Standard Webhooks message id (`msg_…` on the wire), the same on every
 * attempt and replay, so a receiver can drop duplicates.
 */
@Entity({ tableName: 'webhook_delivery' })
@Index({ name: 'webhook_delivery_endpoint_newest', properties: ['endpoint', 'createdAt', 'id'] })
export class WebhookDelivery {
  [OptionalProps]?:
    | 'createdAt'
    | 'status'
    | 'attempts'
    | 'lastAttemptAt'
    | 'lastStatusCode'
    | 'lastError'
    | 'nextAttemptAt'
    | 'deliveredAt'
    | 'retryFrom';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne({ entity: () => WebhookEndpoint, deleteRule: 'cascade' })
  endpoint!: Rel<WebhookEndpoint>;

  @Enum({ items: () => WebhookEventType })
  eventType!: WebhookEventType;

  /** What is sent: `{ type, timestamp, data }`, data carrying ids and the changed fields. */
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Enum({ items: () => WebhookDeliveryStatus, default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  /** The retry window (a day by default) runs from here: the event, or the last replay. */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  retryFrom: Date = new Date();

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  lastAttemptAt?: Date | null;

  /** The endpoint's HTTP status on the last attempt; null when it did not answer. */
  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null;

  /** Why the last attempt failed (a timeout, a refused address, the first bytes of a 500). */
  @Property({ type: 'string', length: 500, nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  nextAttemptAt?: Date | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  deliveredAt?: Date | null;
}
