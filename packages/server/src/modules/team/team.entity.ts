import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { MembershipRole, User, type OrganisationRef } from '../account/account.entity';
import { TIMESTAMP_COLUMN } from '../../shared/timestamps';

/**
 * An organisation's people, managed by its own admins (a cooperative's ketua, a partner's admins):
 * invitations by email, role changes, removals, and the record of each. The members themselves
 * are memberships (account.entity.ts).
 */

/** Exactly one of a cooperative and a partner: the organisation a row belongs to. */
const ONE_ORGANISATION = '(cooperative_id is null) <> (partner_id is null)';

/** An invitation to join an organisation in a role, mailed as a link that lets the invitee in. */
@Entity({ tableName: 'team_invitation' })
@Index({ properties: ['cooperative'] })
@Index({ properties: ['partner'] })
// One open invitation per address and organisation: a second one is a resend.
@Index({
  name: 'team_invitation_open_unique',
  expression:
    'create unique index team_invitation_open_unique on team_invitation (email, coalesce(cooperative_id, 0), coalesce(partner_id, 0)) where accepted_at is null and cancelled_at is null',
})
@Check({ name: 'team_invitation_one_organisation', expression: ONE_ORGANISATION })
export class TeamInvitation {
  [OptionalProps]?: 'createdAt' | 'mailedAt' | 'acceptedAt' | 'cancelledAt' | 'name';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cooperative', nullable: true, deleteRule: 'cascade' })
  cooperative?: Rel<OrganisationRef> | null;

  @ManyToOne({ entity: 'Partner', nullable: true, deleteRule: 'cascade' })
  partner?: Rel<OrganisationRef> | null;

  /** Stored lower-case, as app_user.email. */
  @Property({ type: 'string', length: 254 })
  email!: string;

  /** The invitee's name as the admin wrote it; the invitee may change it on accepting. */
  @Property({ type: 'string', length: 120, nullable: true })
  name?: string | null;

  @Enum({ items: () => MembershipRole })
  role!: MembershipRole;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  invitedBy?: Rel<User> | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN })
  expiresAt!: Date;

  /** SHA-256 of the link's token (as sessions'): a resend makes a new token and voids the last. */
  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  /** When the current link was last mailed; null when it was not (no mail configured, or it failed). */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  mailedAt?: Date | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  cancelledAt?: Date | null;
}

/** What changed among an organisation's people. */
export enum TeamEventKind {
  MEMBER_INVITED = 'MEMBER_INVITED',
  INVITATION_RESENT = 'INVITATION_RESENT',
  INVITATION_CANCELLED = 'INVITATION_CANCELLED',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
}

/** One change among an organisation's people: who did it, to whom (by email), which roles. */
@Entity({ tableName: 'team_event' })
@Index({ properties: ['cooperative', 'at'] })
@Index({ properties: ['partner', 'at'] })
@Check({ name: 'team_event_one_organisation', expression: ONE_ORGANISATION })
export class TeamEvent {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Cooperative', nullable: true, deleteRule: 'cascade' })
  cooperative?: Rel<OrganisationRef> | null;

  @ManyToOne({ entity: 'Partner', nullable: true, deleteRule: 'cascade' })
  partner?: Rel<OrganisationRef> | null;

  @Enum({ items: () => TeamEventKind })
  kind!: TeamEventKind;

  /** Who made the change; null once their account is deleted. For an acceptance, the invitee. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  actor?: Rel<User> | null;

  /** The person it concerns, by email (kept when their account or membership is gone). */
  @Property({ type: 'string', length: 254 })
  email!: string;

  /** The role given (invited, accepted, changed to) or held (removed). */
  @Enum({ items: () => MembershipRole })
  role!: MembershipRole;

  /** For ROLE_CHANGED: the role before. */
  @Enum({ items: () => MembershipRole, nullable: true })
  previousRole?: MembershipRole | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  at: Date = new Date();
}
