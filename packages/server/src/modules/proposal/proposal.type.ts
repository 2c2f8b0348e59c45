import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { DecimalScalar } from '../../graphql/scalars';
import { Money } from '../../graphql/money';
import { toMoney } from '../../shared/money';
import { fromPgTimestamp } from '../../shared/time';
import { QuantityUnit } from '../commodity/commodity.type';
import {
  PoolShareStatus,
  ProposalAction,
  ProposalActor,
  ProposalKind,
  ProposalSide,
  ProposalStatus,
  type PoolShareTerms,
} from './proposal.entity';
import { ProgramRule } from '../program/program.requirements';
import { RuleBound } from './proposal.entity';
import { ProposalTermsField } from './proposal.terms';

registerEnumType(RuleBound, {
  name: 'ProgramRuleBound',
  description: 'How a proposed value must stand to the program’s value for the rule to hold.',
  valuesConfig: {
    AT_MOST: { description: 'At most `allowed`.' },
    AT_LEAST: { description: 'At least `allowed`.' },
    EQUAL: { description: 'Exactly `allowed`.' },
    ONE_OF: { description: 'One of the comma-separated values in `allowed`.' },
  },
});

@ObjectType({
  simpleResolvers: true,
  description:
    'A terms version breaking a rule the program marked negotiable: allowed, but flagged to both parties.',
})
export class ProgramRuleDeviation {
  @Field(() => ProgramRule, { description: 'The rule broken.' })
  rule!: ProgramRule;

  @Field(() => RuleBound, { description: 'How the proposed value should have stood to `allowed`.' })
  bound!: RuleBound;

  @Field(() => String, {
    description:
      'The program’s value: a decimal (IDR amount, percent), whole months, a commodity, or region codes joined by commas.',
  })
  allowed!: string;

  @Field(() => String, { description: 'The value proposed, in the same form.' })
  proposed!: string;
}

registerEnumType(ProposalTermsField, {
  name: 'ProposalTermsField',
  description: 'A term of a proposal, named after its field in `ProposalTermsInput`.',
  valuesConfig: {
    AMOUNT: { description: '`amount`: the loan or contract amount.' },
    PRICE_PER_UNIT: { description: '`pricePerUnit`: the price per `quantityUnit`.' },
    QUANTITY: { description: '`quantity`: how much, in `quantityUnit`.' },
    QUANTITY_UNIT: { description: '`quantityUnit`: the unit of `quantity` and of the price.' },
    TENOR_MONTHS: { description: '`tenorMonths`: the loan tenor.' },
    RATE_PER_YEAR: { description: '`ratePerYear`: the interest or margin rate.' },
    GRACE_MONTHS: { description: '`graceMonths`: the loan grace period.' },
    OPERATING_COST_AMOUNT: { description: '`operatingCostAmount`: the operating-cost part of the loan.' },
    COLLATERAL: { description: '`collateral`: what secures the loan or contract.' },
    COLLATERAL_VALUE: { description: '`collateralValue`: the estimated value of the collateral.' },
    DELIVERY: { description: '`delivery`: the delivery place and arrangements.' },
    DELIVERY_REGION_CODE: { description: '`deliveryRegionCode`: the region delivered to.' },
    PAYMENT_DAYS: { description: '`paymentDays`: days until payment.' },
    NOTE: { description: '`note`: further conditions.' },
  },
});

registerEnumType(ProposalKind, {
  name: 'ProposalKind',
  description: 'What a proposal is about.',
  valuesConfig: {
    FINANCING: { description: 'A loan or financing from the partner to the cooperative.' },
    OFFTAKE: { description: 'The partner buys from the cooperative.' },
    SUPPLY: { description: 'The partner supplies the cooperative.' },
    AGENCY: {
      description: 'The cooperative acts as the partner’s agent or outlet (LPG, bank agent, post…).',
    },
  },
});
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Life cycle of a proposal.',
  valuesConfig: {
    DRAFT: { description: 'Being written; only the side writing it (and its mentor) can see it.' },
    SUBMITTED: { description: 'Sent; the other party has to review it.' },
    UNDER_REVIEW: { description: 'The receiving party is reviewing the first terms.' },
    NEGOTIATING: { description: 'Counter-offers are being exchanged.' },
    ACCEPTED: { description: 'A terms version was accepted; the partnership is running.' },
    DECLINED: { description: 'Turned down by the party it was put to.' },
    WITHDRAWN: { description: 'Pulled back by the party that put it forward.' },
    EXPIRED: { description: 'Nobody answered before the deadline.' },
    COMPLETED: { description: 'The accepted partnership was carried out.' },
    CANCELLED: { description: 'The accepted partnership was called off.' },
  },
});
registerEnumType(ProposalSide, {
  name: 'ProposalSide',
  description: 'One of the two parties of a proposal.',
  valuesConfig: {
    COOPERATIVE: { description: 'The cooperative (its board, or its mentor drafting for it).' },
    PARTNER: { description: 'The partner institution.' },
  },
});
registerEnumType(ProposalActor, {
  name: 'ProposalActor',
  description: 'In what capacity someone acted on a proposal.',
  valuesConfig: {
    COOPERATIVE: { description: 'An officer of the cooperative.' },
    PARTNER: { description: 'Staff of the partner.' },
    MENTOR: { description: 'The brokering mentor, for the cooperative.' },
    POOL_MEMBER: {
      description:
        'The board of a member cooperative of a pooled offer (other than the lead), for its share.',
    },
    SYSTEM: { description: 'MitraDesa itself (e.g. expiry).' },
  },
});
registerEnumType(ProposalAction, {
  name: 'ProposalAction',
  description: 'Something done to a proposal; every one but a message is recorded as an event.',
  valuesConfig: {
    CREATE: { description: 'Created as a draft.' },
    UPDATE_DRAFT: { description: 'The draft was edited.' },
    SUBMIT: { description: 'The draft was sent to the other party.' },
    APPROVE_DRAFT: { description: 'The cooperative’s board approved its mentor’s draft, which sent it.' },
    REJECT_DRAFT: { description: 'The cooperative’s board rejected its mentor’s draft.' },
    START_REVIEW: { description: 'The receiving party started reviewing it.' },
    COUNTER: { description: 'A counter-offer: a new terms version.' },
    ACCEPT: { description: 'A terms version was accepted.' },
    DECLINE: { description: 'Turned down.' },
    WITHDRAW: { description: 'Pulled back by the party waiting for an answer (or a draft discarded).' },
    SEND_MESSAGE: { description: 'A message in the thread (not recorded as an event).' },
    COMPLETE: { description: 'The accepted partnership was carried out.' },
    CANCEL: { description: 'The accepted partnership was called off.' },
    EXPIRE: { description: 'The deadline passed without an answer.' },
    APPROVE_SHARE: { description: 'A member of a pooled offer approved its share as it stands.' },
    WITHDRAW_SHARE: { description: 'A member of a pooled offer took its share back.' },
  },
});

registerEnumType(PoolShareStatus, {
  name: 'PoolShareStatus',
  description: 'Where a member of a pooled offer stands on its share.',
  valuesConfig: {
    INVITED: { description: 'Asked to take part; its board has not approved the share as it now stands.' },
    APPROVED: { description: 'Its board approved the share as it now stands.' },
    WITHDRAWN: { description: 'It took its share back; the lead offers new shares before acceptance.' },
  },
});

export interface ProposalRow {
  id: number;
  kind: ProposalKind;
  title: string;
  cooperative_id: number;
  partner_id: number;
  offering_id: number | null;
  program_id: number | null;
  request_id: number | null;
  mentor_id: number | null;
  started_by: ProposalSide;
  status: ProposalStatus;
  awaiting_draft_approval: boolean;
  turn: ProposalSide | null;
  turn_since: string | null;
  expires_at: string | null;
  submitted_at: string | null;
  closed_at: string | null;
  latest_terms_version: number;
  accepted_terms_version: number | null;
  is_pooled: boolean;
  version: number;
  created_at: string;
  updated_at: string;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    'A proposed partnership between a cooperative and a partner, negotiated in versioned terms. Visible to the two parties (the other party only once submitted), the brokering mentor and admins.',
})
export class Proposal extends Node {
  dbId!: number;
  cooperativeId!: number;
  partnerId!: number;
  offeringId!: number | null;
  programId!: number | null;
  requestId!: number | null;
  mentorId!: number | null;

  @Field(() => String, { description: 'Short subject, e.g. "Pinjaman KDKMP Rp1,5 miliar untuk gudang".' })
  title!: string;

  @Field(() => ProposalKind, { description: 'Financing, offtake, supply or agency.' })
  kind!: ProposalKind;

  @Field(() => ProposalStatus, { description: 'Where it is in its life cycle.' })
  status!: ProposalStatus;

  @Field(() => ProposalSide, { description: 'The party in whose name it was started.' })
  startedBy!: ProposalSide;

  @Field(() => Boolean, {
    description: 'A mentor’s draft waiting for the cooperative’s board to approve or reject it.',
  })
  isAwaitingDraftApproval!: boolean;

  @Field(() => ProposalSide, {
    nullable: true,
    description: 'The party that has to act next; null when nobody has to (accepted or closed).',
  })
  turn!: ProposalSide | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Since when it is that party’s turn.' })
  turnSince!: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'The party on turn must act before this moment, or the proposal expires.',
  })
  expiresAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it was first sent.' })
  submittedAt!: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When it reached a final status.' })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Number of the latest terms version.' })
  latestTermsVersion!: number;

  @Field(() => Int, { nullable: true, description: 'Number of the accepted terms version, once accepted.' })
  acceptedTermsVersion!: number | null;

  @Field(() => Boolean, {
    description:
      'A pooled offer: several cooperatives answer the request together; `cooperative` is the lead, `pool` has every share.',
  })
  isPooled!: boolean;

  @Field(() => Int, { description: 'Optimistic-lock version: every action must send the version it saw.' })
  version!: number;

  @Field(() => DateTimeISOResolver, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { description: 'When it last changed.' })
  updatedAt!: Date;

  static fromRow(row: ProposalRow): Proposal {
    return Object.assign(new Proposal(), {
      id: toGlobalId('Proposal', row.id),
      dbId: row.id,
      cooperativeId: row.cooperative_id,
      partnerId: row.partner_id,
      offeringId: row.offering_id,
      programId: row.program_id,
      requestId: row.request_id,
      mentorId: row.mentor_id,
      title: row.title,
      kind: row.kind,
      status: row.status,
      startedBy: row.started_by,
      isAwaitingDraftApproval: row.awaiting_draft_approval,
      turn: row.turn,
      turnSince: fromPgTimestamp(row.turn_since),
      expiresAt: fromPgTimestamp(row.expires_at),
      submittedAt: fromPgTimestamp(row.submitted_at),
      closedAt: fromPgTimestamp(row.closed_at),
      latestTermsVersion: row.latest_terms_version,
      acceptedTermsVersion: row.accepted_terms_version,
      isPooled: row.is_pooled,
      version: row.version,
      createdAt: fromPgTimestamp(row.created_at),
      updatedAt: fromPgTimestamp(row.updated_at),
    });
  }
}

export interface ProposalTermsRow {
  id: number;
  proposal_id: number;
  version: number;
  author_side: ProposalSide;
  amount: string | null;
  price_per_unit: string | null;
  quantity: string | null;
  quantity_unit: QuantityUnit | null;
  tenor_months: number | null;
  rate_per_year: string | null;
  delivery: string | null;
  delivery_region_code: string | null;
  payment_days: number | null;
  note: string | null;
  created_at: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One version of the terms: the first offer or a counter-offer, by one side.',
})
export class ProposalTerms {
  proposalId!: number;
  deliveryRegionCode!: string | null;

  @Field(() => Int, { description: 'Version number, 1 for the first offer.' })
  version!: number;

  @Field(() => ProposalSide, { description: 'The side that wrote this version.' })
  authorSide!: ProposalSide;

  @Field(() => Money, { nullable: true, description: 'Loan amount (financing) or total contract value.' })
  amount!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Price per quantity unit (offtake, supply).' })
  pricePerUnit!: Money | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Quantity, in `quantityUnit`.' })
  quantity!: string | null;

  @Field(() => QuantityUnit, { nullable: true, description: 'Unit of `quantity` and `pricePerUnit`.' })
  quantityUnit!: QuantityUnit | null;

  @Field(() => Int, { nullable: true, description: 'Loan tenor, in months.' })
  tenorMonths!: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Yearly interest or margin rate, in percent.' })
  ratePerYear!: string | null;

  @Field(() => String, { nullable: true, description: 'Delivery place and arrangements, in words.' })
  delivery!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days after delivery (or disbursement) until payment.' })
  paymentDays!: number | null;

  @Field(() => String, { nullable: true, description: 'Further conditions, in words.' })
  note!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When this version was written.' })
  createdAt!: Date;

  static fromRow(row: ProposalTermsRow): ProposalTerms {
    return Object.assign(new ProposalTerms(), {
      proposalId: row.proposal_id,
      deliveryRegionCode: row.delivery_region_code,
      version: row.version,
      authorSide: row.author_side,
      amount: toMoney(row.amount),
      pricePerUnit: toMoney(row.price_per_unit),
      quantity: row.quantity,
      quantityUnit: row.quantity_unit,
      tenorMonths: row.tenor_months,
      ratePerYear: row.rate_per_year,
      delivery: row.delivery,
      paymentDays: row.payment_days,
      note: row.note,
      createdAt: fromPgTimestamp(row.created_at),
    });
  }
}

export interface ProposalEventRow {
  id: number;
  proposal_id: number;
  actor_user_id: number | null;
  actor: ProposalActor;
  side: ProposalSide | null;
  action: ProposalAction;
  from_status: ProposalStatus | null;
  to_status: ProposalStatus;
  turn_after: ProposalSide | null;
  terms_version: number | null;
  note: string | null;
  pool_member_id: number | null;
  created_at: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One entry of a proposal’s audit trail: who did what, when, from which status to which.',
})
export class ProposalEvent {
  actorUserId!: number | null;
  poolMemberId!: number | null;

  @Field(() => ProposalAction, { description: 'What was done.' })
  action!: ProposalAction;

  @Field(() => ProposalActor, { description: 'In what capacity it was done.' })
  actor!: ProposalActor;

  @Field(() => ProposalSide, {
    nullable: true,
    description: 'The party it was done for; null for the system.',
  })
  side!: ProposalSide | null;

  @Field(() => ProposalStatus, { nullable: true, description: 'Status before; null for the creation.' })
  fromStatus!: ProposalStatus | null;

  @Field(() => ProposalStatus, { description: 'Status after.' })
  toStatus!: ProposalStatus;

  @Field(() => ProposalSide, { nullable: true, description: 'Whose turn it was afterwards.' })
  turnAfter!: ProposalSide | null;

  @Field(() => Int, { nullable: true, description: 'The terms version written, accepted or acted on.' })
  termsVersion!: number | null;

  @Field(() => String, { nullable: true, description: 'Reason or remark given with the action.' })
  note!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'When it happened.' })
  occurredAt!: Date;

  static fromRow(row: ProposalEventRow): ProposalEvent {
    return Object.assign(new ProposalEvent(), {
      actorUserId: row.actor_user_id,
      poolMemberId: row.pool_member_id,
      action: row.action,
      actor: row.actor,
      side: row.side,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      turnAfter: row.turn_after,
      termsVersion: row.terms_version,
      note: row.note,
      occurredAt: fromPgTimestamp(row.created_at),
    });
  }
}

export interface ProposalMessageRow {
  id: number;
  proposal_id: number;
  author_id: number | null;
  author_actor: ProposalActor;
  body: string;
  created_at: string;
}

@ObjectType({ simpleResolvers: true, description: 'A message in a proposal’s thread.' })
export class ProposalMessage {
  authorId!: number | null;

  @Field(() => ProposalActor, { description: 'In what capacity the author wrote.' })
  authorRole!: ProposalActor;

  @Field(() => String, { description: 'The text.' })
  body!: string;

  @Field(() => DateTimeISOResolver, { description: 'When it was sent.' })
  sentAt!: Date;

  static fromRow(row: ProposalMessageRow): ProposalMessage {
    return Object.assign(new ProposalMessage(), {
      authorId: row.author_id,
      authorRole: row.author_actor,
      body: row.body,
      sentAt: fromPgTimestamp(row.created_at),
    });
  }
}

@ObjectType({ simpleResolvers: true, description: 'How many proposals are in one status.' })
export class ProposalStatusCount {
  @Field(() => ProposalStatus, { description: 'The status.' })
  status!: ProposalStatus;

  @Field(() => Int, { description: 'Number of proposals in it.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'An organisation’s proposals counted by status (drafts of the other party are not counted: it cannot see them).',
})
export class ProposalPipeline {
  @Field(() => [ProposalStatusCount], {
    description: 'One entry per status, in life-cycle order, zeros included.',
  })
  byStatus!: ProposalStatusCount[];

  @Field(() => Int, { description: 'All proposals counted.' })
  total!: number;

  @Field(() => Int, {
    description: 'Open proposals (submitted, under review, negotiating) waiting for this organisation.',
  })
  awaitingResponse!: number;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'Since when the longest-waiting of those has been waiting; null when none waits.',
  })
  awaitingSince!: Date | null;

  @Field(() => Int, {
    description: "Drafts a mentor wrote in the organisation's name that wait for its board's approval.",
  })
  draftsAwaitingApproval!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One step of the proposal funnel.' })
export class ProposalFunnelStep {
  @Field(() => ProposalStatus, {
    description: 'The step: SUBMITTED, UNDER_REVIEW, NEGOTIATING, ACCEPTED or COMPLETED.',
  })
  status!: ProposalStatus;

  @Field(() => Int, { description: 'Proposals that got at least this far.' })
  reached!: number;

  @Field(() => Int, {
    description:
      'Proposals that went no further and ended here (declined, withdrawn, expired or cancelled at this step).',
  })
  droppedOut!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Proposals sent and accepted in one month (WIB).' })
export class ProposalMonth {
  @Field(() => String, { description: 'The month, "YYYY-MM".' })
  month!: string;

  @Field(() => Int, { description: 'Proposals sent (submitted) in the month.' })
  submitted!: number;

  @Field(() => Int, { description: 'Proposals accepted in the month.' })
  accepted!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'How an organisation’s sent proposals move from submitted to completed: how many reach each step and drop out there, how long a decision takes, and the volume per month.',
})
export class ProposalFunnel {
  @Field(() => [ProposalFunnelStep], { description: 'The five steps in order.' })
  steps!: ProposalFunnelStep[];

  @Field(() => Int, { description: 'Proposals accepted or declined so far.' })
  decided!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median days from sending to acceptance or decline; null before any decision.',
  })
  medianDaysToDecision!: number | null;

  @Field(() => [ProposalMonth], { description: 'The last 12 months, oldest first, zeros included.' })
  byMonth!: ProposalMonth[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'How quickly an organisation acts on proposals when it is its turn, over the last `periodDays` days.',
})
export class Responsiveness {
  @Field(() => Int, { description: 'Length of the period looked at, in days.' })
  periodDays!: number;

  @Field(() => Int, { description: 'Number of times it acted on its turn in the period.' })
  responses!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Median time it took to act when it was its turn, in seconds; null without responses.',
  })
  medianResponseSeconds!: number | null;

  @Field(() => Int, {
    description: 'Proposals that expired in the period while it was this organisation’s turn.',
  })
  expiredWhileWaiting!: number;
}

@ObjectType({ simpleResolvers: true, description: 'What a kind of proposal must state in its terms.' })
export class ProposalKindTerms {
  @Field(() => ProposalKind, { description: 'The kind of proposal.' })
  kind!: ProposalKind;

  @Field(() => [ProposalTermsField], {
    description:
      'The terms every version of such a proposal must state; terms without one are refused (INVALID, on that field).',
  })
  requiredTerms!: ProposalTermsField[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'One member’s part of a pooled offer, as a terms version states it.',
})
export class PoolShare {
  cooperativeId!: number;
  offeringId!: number;

  @Field(() => DecimalScalar, { description: 'Quantity a month, in `quantityUnit`.' })
  quantity!: string;

  @Field(() => QuantityUnit, { description: 'The request’s unit.' })
  quantityUnit!: QuantityUnit;

  @Field(() => Money, {
    nullable: true,
    description: 'Its own price per unit, if it differs from the terms’.',
  })
  pricePerUnit!: Money | null;

  @Field(() => String, { nullable: true, description: 'First delivery day (YYYY-MM-DD), if agreed.' })
  deliveryFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Last delivery day (YYYY-MM-DD), if agreed.' })
  deliveryUntil!: string | null;

  static fromTerms(share: PoolShareTerms, quantityUnit: QuantityUnit): PoolShare {
    return Object.assign(new PoolShare(), {
      cooperativeId: share.cooperativeId,
      offeringId: share.offeringId,
      quantity: share.quantity,
      quantityUnit,
      pricePerUnit: toMoney(share.pricePerUnit),
      deliveryFrom: share.deliveryFrom,
      deliveryUntil: share.deliveryUntil,
    });
  }
}

export interface PoolMemberRow {
  proposal_id: number;
  cooperative_id: number;
  offering_id: number;
  quantity: string;
  quantity_unit: QuantityUnit;
  price_per_unit: string | null;
  delivery_from: string | null;
  delivery_until: string | null;
  status: PoolShareStatus;
  decided_at: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A member cooperative of a pooled offer: its current share and its board’s answer.',
})
export class PoolMember extends PoolShare {
  @Field(() => PoolShareStatus, { description: 'Whether its board approved the share as it stands.' })
  status!: PoolShareStatus;

  @Field(() => Boolean, { description: 'The lead, which acts for the pool in the workflow.' })
  isLead!: boolean;

  @Field(() => Boolean, {
    description:
      'Your cooperative’s share: you sit on its board (it is not the lead), so you approve or withdraw it.',
  })
  isViewersShare!: boolean;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When its board last approved or withdrew.',
  })
  decidedAt!: Date | null;

  static fromRow(row: PoolMemberRow, leadCooperativeId: number): PoolMember {
    return Object.assign(new PoolMember(), {
      cooperativeId: row.cooperative_id,
      offeringId: row.offering_id,
      quantity: row.quantity,
      quantityUnit: row.quantity_unit,
      pricePerUnit: toMoney(row.price_per_unit),
      deliveryFrom: row.delivery_from,
      deliveryUntil: row.delivery_until,
      status: row.status,
      isLead: row.cooperative_id === leadCooperativeId,
      isViewersShare: false,
      decidedAt: fromPgTimestamp(row.decided_at),
    });
  }
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A pooled offer’s members and totals: what the members’ shares add up to a month, who has approved.',
})
export class ProposalPool {
  requestId!: number;

  @Field(() => [PoolMember], { description: 'Every member, the lead first, then by share (largest first).' })
  members!: PoolMember[];

  @Field(() => DecimalScalar, { description: 'The shares of members that did not withdraw, added up.' })
  committed!: string;

  @Field(() => QuantityUnit, {
    description: 'Unit of `committed` and the shares: the request’s, or the program’s minimum volume’s.',
  })
  quantityUnit!: QuantityUnit;

  @Field(() => Boolean, { description: 'Every member approved its share as it stands.' })
  isFullyApproved!: boolean;
}
