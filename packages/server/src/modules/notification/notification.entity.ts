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
import { User } from '../account/account.entity';
import { ProposalAction } from '../proposal/proposal.entity';
import { TIMESTAMP_COLUMN } from '../../shared/timestamps';

/** Why a user is told something. The web words each kind in the user's language. */
export enum NotificationKind {
  /** A move on a proposal made it the recipient's organisation's turn to act. */
  PROPOSAL_YOUR_TURN = 'PROPOSAL_YOUR_TURN',
  /** Anything else a party should know about a proposal: accepted, declined, withdrawn, expired, a message. */
  PROPOSAL_UPDATED = 'PROPOSAL_UPDATED',
  /** A new or updated listing matches one of the recipient's saved searches. */
  SAVED_SEARCH_MATCH = 'SAVED_SEARCH_MATCH',
  /** A webhook endpoint of the recipient's partner kept failing and was disabled. */
  WEBHOOK_ENDPOINT_DISABLED = 'WEBHOOK_ENDPOINT_DISABLED',
  /** A published offering of the recipient's cooperative expires soon unless confirmed (`dueAt`). */
  OFFERING_LAPSING = 'OFFERING_LAPSING',
  /** A document of the recipient's cooperative lapses soon (`dueAt`). */
  DOCUMENT_LAPSING = 'DOCUMENT_LAPSING',
  /** A proposal on the recipient's organisation's turn expires soon unless it acts (`dueAt`). */
  PROPOSAL_DEADLINE = 'PROPOSAL_DEADLINE',
}

/** What a notification links to. */
export enum NotificationSubjectType {
  PROPOSAL = 'PROPOSAL',
  OFFERING = 'OFFERING',
  PARTNER_REQUEST = 'PARTNER_REQUEST',
  PROGRAM = 'PROGRAM',
  WEBHOOK_ENDPOINT = 'WEBHOOK_ENDPOINT',
  COOPERATIVE_DOCUMENT = 'COOPERATIVE_DOCUMENT',
}

/**
 * Something one user should see in their bell. Stored as structured facts (kind, subject, actor
 * name, the proposal action) rather than sentences, so each user reads it in their own language.
 * The subject columns are no foreign key, since one table serves several subject types; a subject
 * deleted later simply no longer opens (the link leads to its not-found page).
 */
@Entity({ tableName: 'notification' })
@Index({ name: 'notification_recipient_newest', properties: ['recipient', 'createdAt', 'id'] })
// The mailer's queue: notifications it has not handled yet, oldest first.
@Index({
  name: 'notification_not_emailed',
  expression: 'create index notification_not_emailed on notification (id) where emailed_at is null',
})
// The daily digest finds the users with saved-search hits of the last days from these.
@Index({
  name: 'notification_saved_search_hits',
  expression:
    "create index notification_saved_search_hits on notification (created_at) where kind = 'SAVED_SEARCH_MATCH'",
})
@Index({
  name: 'notification_recipient_unread',
  expression:
    'create index notification_recipient_unread on notification (recipient_id, created_at, id) where read_at is null',
})
export class Notification {
  [OptionalProps]?:
    | 'createdAt'
    | 'readAt'
    | 'actorName'
    | 'proposalAction'
    | 'savedSearchId'
    | 'savedSearchName'
    | 'emailedAt'
    | 'dueAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  recipient!: Rel<User>;

  @Enum({ items: () => NotificationKind })
  kind!: NotificationKind;

  @Enum({ items: () => NotificationSubjectType })
  subjectType!: NotificationSubjectType;

  /** Database id of the proposal, offering, partner request or program. */
  @Property({ type: 'integer' })
  subjectId!: number;

  /** The subject's title or name when the notification was made. */
  @Property({ type: 'string', length: 200 })
  subjectLabel!: string;

  /** The organisation (or mentor) who acted; null for the system (expiry) and saved-search matches. */
  @Property({ type: 'string', length: 200, nullable: true })
  actorName?: string | null;

  /** For proposal notifications: what happened (COUNTER, ACCEPT, SEND_MESSAGE, EXPIRE…). */
  @Enum({ items: () => ProposalAction, nullable: true })
  proposalAction?: ProposalAction | null;

  /** For saved-search matches: the saved search that matched (no foreign key: saved searches live elsewhere). */
  @Property({ type: 'integer', nullable: true })
  savedSearchId?: number | null;

  @Property({ type: 'string', length: 200, nullable: true })
  savedSearchName?: string | null;

  /** For reminders: the deadline they are about (an offering's validUntil, a document's expiry…). */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  dueAt?: Date | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  readAt?: Date | null;

  /** When the mailer handled it (sent, or skipped: the recipient turned that email off). */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  emailedAt?: Date | null;
}
