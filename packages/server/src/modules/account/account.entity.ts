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
import { Region } from '../region/region.entity';
import { Timestamped, TIMESTAMP_COLUMN } from '../../shared/timestamps';

/**
 * A cooperative, partner or mentor record. Their entities belong to modules above accounts, so
 * memberships and tokens name them (entity: 'Cooperative') rather than import them.
 */
export interface OrganisationRef {
  id: number;
}

/** The emails a user can get, each of which they can turn off. */
export enum EmailKind {
  /** A proposal is now their organisation's turn. */
  PROPOSAL_YOUR_TURN = 'PROPOSAL_YOUR_TURN',
  /** A proposal they take part in was accepted or declined. */
  PROPOSAL_DECIDED = 'PROPOSAL_DECIDED',
  /** A document of their cooperative lapses soon. */
  DOCUMENT_LAPSING = 'DOCUMENT_LAPSING',
  /** An offering of their cooperative, or a proposal on their organisation's turn, expires soon. */
  DEADLINE_REMINDER = 'DEADLINE_REMINDER',
  /** Once a day: what their saved searches found. */
  DAILY_DIGEST = 'DAILY_DIGEST',
}

export enum Locale {
  ID = 'id',
  EN = 'en',
}

/** What an API token may do: read, or read and change what its partner may change. */
export enum ApiTokenScope {
  READ = 'READ',
  READ_WRITE = 'READ_WRITE',
}

/** What a user is to an organisation. Cooperative officers: KETUA, PENGURUS, STAFF. */
export enum MembershipRole {
  KETUA = 'KETUA',
  PENGURUS = 'PENGURUS',
  STAFF = 'STAFF',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  PARTNER_OFFICER = 'PARTNER_OFFICER',
  MENTOR = 'MENTOR',
  DINAS = 'DINAS',
  ADMIN = 'ADMIN',
}

export const COOPERATIVE_ROLES = [MembershipRole.KETUA, MembershipRole.PENGURUS, MembershipRole.STAFF];
export const PARTNER_ROLES = [MembershipRole.PARTNER_ADMIN, MembershipRole.PARTNER_OFFICER];

/** A person who signs in. */
@Entity({ tableName: 'app_user' })
export class User extends Timestamped {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'locale'
    | 'isActive'
    | 'isDemo'
    | 'mustChangePassword'
    | 'emailOptOuts'
    | 'digestSentAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Stored lower-case; unique. */
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  @Enum({ items: () => Locale })
  locale: Locale = Locale.ID;

  /** argon2id hash (PHC string); never logged, never returned. */
  @Property({ type: 'string', length: 200, lazy: true })
  passwordHash!: string;

  @Property({ type: 'boolean' })
  isActive: boolean = true;

  /** The password was set by an admin's reset: the user is asked to choose their own. */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean = false;

  /** Seeded demo account with a published password; production refuses to start while any exist. */
  @Property({ type: 'boolean' })
  isDemo: boolean = false;

  /** The kinds of email the user turned off (settings, or an unsubscribe link); all are on by default. */
  @Enum({ items: () => EmailKind, array: true, default: [] })
  emailOptOuts: EmailKind[] = [];

  /** When the user's last daily digest was made (sent, or found empty). */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  digestSentAt?: Date | null;
}

/**
 * A user's role in one organisation. Exactly the reference its role needs is set: a cooperative
 * for officers, a partner for partner staff, a mentor record for mentors, a region for Dinas.
 */
@Entity({ tableName: 'membership' })
@Index({ properties: ['cooperative'] })
@Index({ properties: ['partner'] })
@Index({ properties: ['mentor'] })
@Index({ properties: ['region'] })
@Index({
  name: 'membership_unique',
  expression:
    "create unique index membership_unique on membership (user_id, role, coalesce(cooperative_id, 0), coalesce(partner_id, 0), coalesce(mentor_id, 0), coalesce(region_code, ''))",
})
@Check({
  name: 'membership_reference_matches_role',
  expression:
    "(role = 'KETUA' or role = 'PENGURUS' or role = 'STAFF') = (cooperative_id is not null) and (role = 'PARTNER_ADMIN' or role = 'PARTNER_OFFICER') = (partner_id is not null) and (role = 'MENTOR') = (mentor_id is not null) and (role = 'DINAS') = (region_code is not null)",
})
export class Membership {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => User, index: true, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Enum({ items: () => MembershipRole })
  role!: MembershipRole;

  @ManyToOne({ entity: 'Cooperative', nullable: true, deleteRule: 'cascade' })
  cooperative?: Rel<OrganisationRef> | null;

  @ManyToOne({ entity: 'Partner', nullable: true, deleteRule: 'cascade' })
  partner?: Rel<OrganisationRef> | null;

  @ManyToOne({ entity: 'Mentor', nullable: true, deleteRule: 'cascade' })
  mentor?: Rel<OrganisationRef> | null;

  @ManyToOne({ entity: () => Region, nullable: true, fieldName: 'region_code' })
  region?: Rel<Region> | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A signed-in browser or app. Only the SHA-256 of the token is stored. */
@Entity({ tableName: 'session' })
@Index({ properties: ['user', 'expiresAt'] })
export class Session {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN })
  expiresAt!: Date;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  revokedAt?: Date | null;
}

/** A named token a partner admin created for the partner's own systems. */
@Entity({ tableName: 'api_token' })
export class ApiToken {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Partner', index: true, deleteRule: 'cascade' })
  partner!: Rel<OrganisationRef>;

  /** The admin who created it; requests made with the token act as this user, for this partner only. */
  @ManyToOne({ entity: () => User, index: true, deleteRule: 'cascade' })
  createdBy!: Rel<User>;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Enum({ items: () => ApiTokenScope })
  scope!: ApiTokenScope;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  revokedAt?: Date | null;

  /** When a request last used it, to the minute (credentials.ts writes it at most once a minute). */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  lastUsedAt?: Date | null;
}
