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
import { Cooperative } from '../cooperative/cooperative.entity';
import { Partner } from '../partner/partner.entity';
import { Offering } from '../offering/offering.entity';
import { Program } from '../program/program.entity';
import { PartnerRequest } from '../request/partner-request.entity';
import { Mentor } from '../mentor/mentor.entity';
import { Region } from '../region/region.entity';
import type { ProgramRule } from '../program/program.requirements';
import { User } from '../account/account.entity';
import { QuantityUnit } from '../commodity/commodity';
import { MONEY_COLUMN } from '../../shared/money';
import { Timestamped, TIMESTAMP_COLUMN } from '../../shared/timestamps';

export enum ProposalKind {
  FINANCING = 'FINANCING',
  OFFTAKE = 'OFFTAKE',
  SUPPLY = 'SUPPLY',
  AGENCY = 'AGENCY',
}

/** Life cycle of a proposal; the allowed moves are in proposal.transitions.ts. */
export enum ProposalStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  NEGOTIATING = 'NEGOTIATING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** The two parties of a proposal. */
export enum ProposalSide {
  COOPERATIVE = 'COOPERATIVE',
  PARTNER = 'PARTNER',
}

/** Who did something: a party, the brokering mentor (for the cooperative), or the expiry job. */
export enum ProposalActor {
  COOPERATIVE = 'COOPERATIVE',
  PARTNER = 'PARTNER',
  MENTOR = 'MENTOR',
  /** The board of a member cooperative of a pooled proposal, other than the lead, for its share. */
  POOL_MEMBER = 'POOL_MEMBER',
  SYSTEM = 'SYSTEM',
}

/** Everything that can happen to a proposal; each successful one writes one ProposalEvent. */
export enum ProposalAction {
  CREATE = 'CREATE',
  UPDATE_DRAFT = 'UPDATE_DRAFT',
  SUBMIT = 'SUBMIT',
  APPROVE_DRAFT = 'APPROVE_DRAFT',
  REJECT_DRAFT = 'REJECT_DRAFT',
  START_REVIEW = 'START_REVIEW',
  COUNTER = 'COUNTER',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  WITHDRAW = 'WITHDRAW',
  SEND_MESSAGE = 'SEND_MESSAGE',
  COMPLETE = 'COMPLETE',
  CANCEL = 'CANCEL',
  EXPIRE = 'EXPIRE',
  /** A member of a pool approves its share of the latest terms. */
  APPROVE_SHARE = 'APPROVE_SHARE',
  /** A member of a pool takes its share back. */
  WITHDRAW_SHARE = 'WITHDRAW_SHARE',
}

/** `turnOrder` of proposals nobody is waiting on. */
export const NOBODY_WAITING = '9999-12-31 00:00:00+00';

/** How the proposed value stands to the program's limit it breaks. */
export enum RuleBound {
  AT_MOST = 'AT_MOST',
  AT_LEAST = 'AT_LEAST',
  EQUAL = 'EQUAL',
  ONE_OF = 'ONE_OF',
}

/**
 * A breach of a negotiable program rule, stored with the terms version that made it. `allowed`
 * and `proposed` are plain values: decimals for amounts and rates, whole months, a commodity, or
 * region codes joined by commas.
 */
export interface RuleDeviation {
  rule: ProgramRule;
  bound: RuleBound;
  allowed: string;
  proposed: string;
}

/**
 * A proposed partnership between a cooperative and a partner. `turn` says which party has to act
 * next, since `turnSince`, until `expiresAt`; the terms are versioned in ProposalTerms.
 */
@Entity({ tableName: 'proposal' })
@Index({ properties: ['cooperative', 'status'] })
@Index({ properties: ['partner', 'status'] })
@Index({ properties: ['status', 'expiresAt'] })
@Index({ properties: ['turnOrder', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Index({ properties: ['kind'] })
// A partner's inbox, its counts and pipeline read from the index alone (Migration20261204175500).
@Index({
  name: 'proposal_partner_turn_order',
  expression:
    'create index proposal_partner_turn_order on proposal (partner_id, turn_order, id) include (status, turn, started_by, submitted_at)',
})
@Check({
  name: 'proposal_turn_consistent',
  expression: '(turn is null) = (turn_since is null)',
})
export class Proposal extends Timestamped {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'version'
    | 'status'
    | 'latestTermsVersion'
    | 'awaitingDraftApproval'
    | 'isPooled';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => ProposalKind })
  kind!: ProposalKind;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @ManyToOne({ entity: () => Cooperative, deleteRule: 'cascade' })
  cooperative!: Rel<Cooperative>;

  @ManyToOne({ entity: () => Partner, deleteRule: 'cascade' })
  partner!: Rel<Partner>;

  @ManyToOne({ entity: () => Offering, nullable: true, index: true, deleteRule: 'set null' })
  offering?: Rel<Offering> | null;

  @ManyToOne({ entity: () => Program, nullable: true, index: true, deleteRule: 'set null' })
  program?: Rel<Program> | null;

  @ManyToOne({ entity: () => PartnerRequest, nullable: true, index: true, deleteRule: 'set null' })
  request?: Rel<PartnerRequest> | null;

  /** The mentor who drafted it for the cooperative (brokering mentor); sees it and its thread. */
  @ManyToOne({ entity: () => Mentor, nullable: true, index: true, deleteRule: 'set null' })
  mentor?: Rel<Mentor> | null;

  @ManyToOne({ entity: () => User, nullable: true, index: true, deleteRule: 'set null' })
  createdBy?: Rel<User> | null;

  /** The party in whose name it was started (a mentor starts for the cooperative). */
  @Enum({ items: () => ProposalSide })
  startedBy!: ProposalSide;

  @Enum({ items: () => ProposalStatus })
  status: ProposalStatus = ProposalStatus.DRAFT;

  /** A mentor's draft the cooperative's board has not yet approved or rejected. */
  @Property({ type: 'boolean' })
  awaitingDraftApproval: boolean = false;

  /** The party that has to act next; null once nobody has to (accepted or closed). */
  @Enum({ items: () => ProposalSide, nullable: true })
  turn?: ProposalSide | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  turnSince?: Date | null;

  /**
   * The key of the default order of `proposals` (longest waiting first): `turnSince`, or a far
   * future for proposals nobody waits on, so that keyset cursors never hold a null.
   */
  @Property({
    type: 'datetime',
    columnType: TIMESTAMP_COLUMN,
    // Spelled as PostgreSQL prints it back, so the schema diff sees no change.
    generated: `(coalesce(turn_since, '${NOBODY_WAITING}'::timestamp with time zone)) stored`,
    nullable: true,
  })
  turnOrder?: Date;

  /** The party on turn must act before this moment, or the proposal expires. */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  expiresAt?: Date | null;

  /** First submission; from then on the other party may see it. */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  submittedAt?: Date | null;

  /** When it reached a final status. */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'integer', check: 'latest_terms_version >= 1' })
  latestTermsVersion: number = 1;

  @Property({ type: 'integer', nullable: true })
  acceptedTermsVersion?: number | null;

  /**
   * Several cooperatives answer one request together (proposal.pool.ts): `cooperative` is the
   * pool's lead, and ProposalPoolMember holds every member's share.
   */
  @Property({ type: 'boolean', default: false })
  isPooled: boolean = false;

  /** Optimistic lock: every action names the version it saw; exactly one of concurrent ones wins. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/**
 * One member's part of a pooled offer, as a terms version states it: ids, a decimal quantity in
 * the request's unit, and an optional price and delivery window (dates, YYYY-MM-DD).
 */
export interface PoolShareTerms {
  cooperativeId: number;
  offeringId: number;
  quantity: string;
  pricePerUnit: string | null;
  deliveryFrom: string | null;
  deliveryUntil: string | null;
}

/** Where a member of a pool stands on its current share. */
export enum PoolShareStatus {
  /** Asked to take part; its board has not approved the share as it now stands. */
  INVITED = 'INVITED',
  /** Its board approved the share as it now stands. */
  APPROVED = 'APPROVED',
  /** It took its share back; the lead has to replace it in new terms before acceptance. */
  WITHDRAWN = 'WITHDRAWN',
}

/**
 * A cooperative's current share in a pooled proposal: the latest terms version's allocation, and
 * whether its board approved it. Open pools' shares are summed against each offering's monthly
 * quantity, so a member cannot promise the same supply twice.
 */
@Entity({ tableName: 'proposal_pool_member' })
@Unique({ properties: ['proposal', 'cooperative'] })
@Index({ properties: ['offering'] })
@Index({ properties: ['cooperative'] })
export class ProposalPoolMember {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Proposal, deleteRule: 'cascade' })
  proposal!: Rel<Proposal>;

  @ManyToOne({ entity: () => Cooperative, deleteRule: 'cascade' })
  cooperative!: Rel<Cooperative>;

  /** The member's published supply offering the share comes out of. */
  @ManyToOne({ entity: () => Offering, deleteRule: 'cascade' })
  offering!: Rel<Offering>;

  /** Per month, in `quantityUnit` (the request's unit). */
  @Property({ type: 'decimal', columnType: 'numeric(14,2)', check: 'quantity > 0' })
  quantity!: string;

  @Enum({ items: () => QuantityUnit })
  quantityUnit!: QuantityUnit;

  @Property({ type: 'decimal', columnType: MONEY_COLUMN, nullable: true, check: 'price_per_unit >= 0' })
  pricePerUnit?: string | null;

  @Property({ type: 'date', nullable: true })
  deliveryFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  deliveryUntil?: string | null;

  @Enum({ items: () => PoolShareStatus })
  status: PoolShareStatus = PoolShareStatus.INVITED;

  /** When its board last approved or withdrew. */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One version of the terms, written by one side: the first offer and each counter-offer. */
@Entity({ tableName: 'proposal_terms' })
@Unique({ properties: ['proposal', 'version'] })
export class ProposalTerms {
  [OptionalProps]?: 'createdAt' | 'ruleDeviations';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Proposal, deleteRule: 'cascade' })
  proposal!: Rel<Proposal>;

  /** 1, 2, … per proposal. */
  @Property({ type: 'integer', check: 'version >= 1' })
  version!: number;

  @Enum({ items: () => ProposalSide })
  authorSide!: ProposalSide;

  @ManyToOne({ entity: () => User, nullable: true, index: true, deleteRule: 'set null' })
  author?: Rel<User> | null;

  /** Loan amount (financing) or contract value. */
  @Property({ type: 'decimal', columnType: MONEY_COLUMN, nullable: true, check: 'amount >= 0' })
  amount?: string | null;

  @Property({ type: 'decimal', columnType: MONEY_COLUMN, nullable: true, check: 'price_per_unit >= 0' })
  pricePerUnit?: string | null;

  @Property({ type: 'decimal', columnType: 'numeric(14,2)', nullable: true, check: 'quantity > 0' })
  quantity?: string | null;

  @Enum({ items: () => QuantityUnit, nullable: true })
  quantityUnit?: QuantityUnit | null;

  @Property({ type: 'integer', nullable: true, check: 'tenor_months >= 1 and tenor_months <= 240' })
  tenorMonths?: number | null;

  /** Yearly interest or margin in percent. */
  @Property({
    type: 'decimal',
    columnType: 'numeric(5,2)',
    nullable: true,
    check: 'rate_per_year >= 0 and rate_per_year <= 100',
  })
  ratePerYear?: string | null;

  /** Months after disbursement before repayment starts (loans). */
  @Property({ type: 'integer', nullable: true, check: 'grace_months >= 0 and grace_months <= 120' })
  graceMonths?: number | null;

  /** The part of a loan that pays operating costs (the rest is investment). */
  @Property({
    type: 'decimal',
    columnType: MONEY_COLUMN,
    nullable: true,
    check: 'operating_cost_amount >= 0 and (amount is null or operating_cost_amount <= amount)',
  })
  operatingCostAmount?: string | null;

  /** What secures the loan or contract, in words (e.g. "SHM land certificate of the warehouse"). */
  @Property({ type: 'text', nullable: true })
  collateral?: string | null;

  /** The estimated value of the collateral. */
  @Property({ type: 'decimal', columnType: MONEY_COLUMN, nullable: true, check: 'collateral_value >= 0' })
  collateralValue?: string | null;

  /** A pooled proposal's allocation: each member's share in this version; null otherwise. */
  @Property({ type: 'json', columnType: 'jsonb', nullable: true })
  poolShares?: PoolShareTerms[] | null;

  /** Breaches of the program's negotiable rules this version makes, shown to both parties. */
  @Property({ type: 'json', columnType: 'jsonb', defaultRaw: `'[]'` })
  ruleDeviations: RuleDeviation[] = [];

  /** Where and how delivery happens, in words. */
  @Property({ type: 'text', nullable: true })
  delivery?: string | null;

  @ManyToOne({
    entity: () => Region,
    fieldName: 'delivery_region_code',
    nullable: true,
    index: true,
    deleteRule: 'set null',
  })
  deliveryRegion?: Rel<Region> | null;

  @Property({ type: 'integer', nullable: true, check: 'payment_days >= 0 and payment_days <= 365' })
  paymentDays?: number | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The audit trail: exactly one row per successful action, written in the action's transaction. */
@Entity({ tableName: 'proposal_event' })
@Index({ properties: ['proposal', 'createdAt', 'id'] })
@Index({ properties: ['createdAt'] })
export class ProposalEvent {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Proposal, deleteRule: 'cascade' })
  proposal!: Rel<Proposal>;

  /** Null for the expiry job and for seeded history of organisations without demo users. */
  @ManyToOne({ entity: () => User, nullable: true, index: true, deleteRule: 'set null' })
  actorUser?: Rel<User> | null;

  @Enum({ items: () => ProposalActor })
  actor!: ProposalActor;

  /** The party the actor acted for (a mentor acts for the cooperative); null for the system. */
  @Enum({ items: () => ProposalSide, nullable: true })
  side?: ProposalSide | null;

  @Enum({ items: () => ProposalAction })
  action!: ProposalAction;

  /** Null for the creation. */
  @Enum({ items: () => ProposalStatus, nullable: true })
  fromStatus?: ProposalStatus | null;

  @Enum({ items: () => ProposalStatus })
  toStatus!: ProposalStatus;

  /** Whose turn it was after this event: responsiveness is measured from it. */
  @Enum({ items: () => ProposalSide, nullable: true })
  turnAfter?: ProposalSide | null;

  /** The terms version the action wrote, accepted or acted on. */
  @Property({ type: 'integer', nullable: true })
  termsVersion?: number | null;

  /** The member cooperative that approved or withdrew its share of a pool. */
  @ManyToOne({ entity: () => Cooperative, nullable: true, index: true, deleteRule: 'set null' })
  poolMember?: Rel<Cooperative> | null;

  /** A reason (decline, cancel, reject) or a remark. */
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** The conversation of a proposal. Messages change nothing, so they are not events. */
@Entity({ tableName: 'proposal_message' })
@Index({ properties: ['proposal', 'createdAt', 'id'] })
export class ProposalMessage {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Proposal, deleteRule: 'cascade' })
  proposal!: Rel<Proposal>;

  @ManyToOne({ entity: () => User, nullable: true, index: true, deleteRule: 'set null' })
  author?: Rel<User> | null;

  @Enum({ items: () => ProposalActor })
  authorActor!: ProposalActor;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
