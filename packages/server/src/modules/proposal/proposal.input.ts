import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { MutationInput } from '../../graphql/payload';
import { DecimalScalar } from '../../graphql/scalars';
import { QuantityUnit } from '../commodity/commodity.type';
import { MAX_GRACE_MONTHS } from '../program/program.input';
import { ProposalKind, ProposalSide, ProposalStatus } from './proposal.entity';
import type { ProposedTerms } from './proposal.terms';

/** More members than this is not a pool a buyer can follow. */
export const MAX_POOL_MEMBERS = 50;

export enum ProposalOrder {
  TURN_AGE = 'TURN_AGE',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
  NEWEST = 'NEWEST',
}

registerEnumType(ProposalOrder, {
  name: 'ProposalOrder',
  description: 'Order of a list of proposals.',
  valuesConfig: {
    TURN_AGE: {
      description: 'Longest waiting first (by `turnSince`); proposals nobody has to act on come last.',
    },
    RECENTLY_UPDATED: { description: 'Most recently changed first.' },
    NEWEST: { description: 'Most recently created first.' },
  },
});

@InputType({ description: 'Filters for proposals; all given filters must match.' })
export class ProposalFilter {
  @Field(() => [ProposalStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: ProposalStatus[] | null;

  @Field(() => [ProposalKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: ProposalKind[] | null;

  @Field(() => ProposalSide, {
    nullable: true,
    description:
      'Only proposals where you are on this side: COOPERATIVE for your cooperative’s (and, for mentors, those you broker), PARTNER for your partner’s.',
  })
  side?: ProposalSide | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only proposals waiting for your organisation to act; false: only the others.',
  })
  isMyTurn?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only proposals of this cooperative.' })
  cooperativeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only proposals with this partner.' })
  partnerId?: string | null;
}

/* ---------- Mutation inputs ---------- */

const NOTE_LENGTH = 2000;

@InputType({
  description:
    'One member’s share of a pooled offer: out of which of its supply offerings, how much a month, and optionally its own price and delivery window.',
})
export class PoolShareInput {
  @Field(() => ID, { description: 'The member cooperative.' })
  cooperativeId!: string;

  @Field(() => ID, { description: 'Its published supply offering of the request’s commodity.' })
  offeringId!: string;

  @Field(() => DecimalScalar, { description: 'Quantity a month, in the request’s unit.' })
  quantity!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Its own price per unit (IDR), if it differs.' })
  pricePerUnit?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First delivery day.' })
  deliveryFrom?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last delivery day, not before the first.' })
  deliveryUntil?: string | null;
}

@InputType({
  description:
    'Terms of a proposal. Financing needs `amount` and `tenorMonths`; offtake and supply need `pricePerUnit`, `quantity` and `quantityUnit`.',
})
export class ProposalTermsInput implements Omit<ProposedTerms, 'poolShares'> {
  @Field(() => DecimalScalar, { nullable: true, description: 'Loan amount or total contract value (IDR).' })
  amount?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Price per quantity unit (IDR).' })
  pricePerUnit?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Quantity, in `quantityUnit`.' })
  quantity?: string | null;

  @Field(() => QuantityUnit, { nullable: true, description: 'Unit of `quantity` and `pricePerUnit`.' })
  quantityUnit?: QuantityUnit | null;

  @Field(() => Int, { nullable: true, description: 'Loan tenor in months (1–240).' })
  @IsOptional()
  @Min(1)
  @Max(240)
  tenorMonths?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Yearly interest or margin rate in percent (0–100).',
  })
  ratePerYear?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Loan grace period in months before repayment starts (0–${MAX_GRACE_MONTHS}), shorter than the tenor.`,
  })
  @IsOptional()
  @Min(0)
  @Max(MAX_GRACE_MONTHS)
  graceMonths?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The part of the loan that pays operating costs (IDR), at most `amount`; the rest is investment.',
  })
  operatingCostAmount?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What secures the loan or contract, in words (at most 500 characters).',
  })
  @IsOptional()
  @MaxLength(500)
  collateral?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Estimated value of the collateral (IDR); only with `collateral`.',
  })
  collateralValue?: string | null;

  @Field(() => String, { nullable: true, description: 'Delivery place and arrangements, in words.' })
  @IsOptional()
  @MaxLength(500)
  delivery?: string | null;

  @Field(() => String, { nullable: true, description: 'Region code of the delivery place, e.g. "61.03".' })
  @IsOptional()
  @MaxLength(13)
  deliveryRegionCode?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days after delivery or disbursement until payment (0–365).',
  })
  @IsOptional()
  @Min(0)
  @Max(365)
  paymentDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Further conditions, in words.' })
  @IsOptional()
  @MaxLength(NOTE_LENGTH)
  note?: string | null;

  @Field(() => [PoolShareInput], {
    nullable: true,
    description: `A pooled offer's allocation (offtake answering a request, or an offtake program with a minimum volume when no request is named; started by the lead cooperative or its mentor): each member's share, the lead's included, 2–${MAX_POOL_MEMBERS}. \`quantity\` is then their sum in the request's (or the program's minimum volume's) unit. In a counter-offer or draft edit of a pooled offer, left out means unchanged.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_POOL_MEMBERS)
  @ValidateNested({ each: true })
  poolShares?: PoolShareInput[] | null;
}

// Not in the schema itself (unreachable); registered so that subclasses inherit its fields.
@InputType()
abstract class ProposalActionInput extends MutationInput {
  @Field(() => ID, { description: 'The proposal.' })
  proposalId!: string;

  @Field(() => Int, { description: 'The `version` of the proposal you saw; a stale one is a CONFLICT.' })
  @Min(1)
  version!: number;

  @Field(() => ProposalSide, {
    nullable: true,
    description: 'The party you act for; needed only when you may act for both (admins).',
  })
  actingAs?: ProposalSide | null;
}

@InputType({
  description:
    'A new proposal, saved as a draft. Cooperative board members and partner staff draft for their organisation; a mentor drafts for a cooperative of its caseload, which its board then approves.',
})
export class CreateProposalInput extends MutationInput {
  @Field(() => ProposalKind, { description: 'What it is about.' })
  kind!: ProposalKind;

  @Field(() => ID, { description: 'The cooperative.' })
  cooperativeId!: string;

  @Field(() => ID, { description: 'The partner.' })
  partnerId!: string;

  @Field(() => ID, { nullable: true, description: 'An offering of the cooperative it answers or builds on.' })
  offeringId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A program of the partner it applies to.' })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A request of the partner it answers.' })
  requestId?: string | null;

  @Field(() => String, { description: 'Short subject (3–200 characters).' })
  @Length(3, 200)
  title!: string;

  @Field(() => ProposalTermsInput, { description: 'The first terms (version 1).' })
  @ValidateNested()
  terms!: ProposalTermsInput;

  @Field(() => ProposalSide, {
    nullable: true,
    description: 'The party you start it for; needed only when you may start it for both (admins).',
  })
  actingAs?: ProposalSide | null;
}

@InputType({ description: 'Edits a draft: its title and/or its first terms (replaced as a whole).' })
export class UpdateProposalDraftInput extends ProposalActionInput {
  @Field(() => String, { nullable: true, description: 'New subject (3–200 characters).' })
  @IsOptional()
  @Length(3, 200)
  title?: string | null;

  @Field(() => ProposalTermsInput, { nullable: true, description: 'New first terms.' })
  @IsOptional()
  @ValidateNested()
  terms?: ProposalTermsInput | null;
}

// Not in the schema itself (unreachable); registered so that subclasses inherit its fields.
@InputType()
abstract class ProposalNoteInput extends ProposalActionInput {
  @Field(() => String, { nullable: true, description: 'A remark for the audit trail.' })
  @IsOptional()
  @MaxLength(NOTE_LENGTH)
  note?: string | null;
}

// Not in the schema itself (unreachable); registered so that subclasses inherit its fields.
@InputType()
abstract class ProposalReasonInput extends ProposalActionInput {
  @Field(() => String, { description: 'Why, for the other party and the audit trail (1–2000 characters).' })
  @Length(1, NOTE_LENGTH)
  reason!: string;
}

@InputType({ description: 'Sends your own draft to the other party.' })
export class SubmitProposalInput extends ProposalNoteInput {}

@InputType({
  description: 'The cooperative’s board approves its mentor’s draft, which sends it in its name.',
})
export class ApproveProposalDraftInput extends ProposalNoteInput {}

@InputType({ description: 'The cooperative’s board rejects its mentor’s draft; it is not sent.' })
export class RejectProposalDraftInput extends ProposalReasonInput {}

@InputType({ description: 'The receiving party starts reviewing a submitted proposal.' })
export class StartProposalReviewInput extends ProposalNoteInput {}

@InputType({ description: 'A counter-offer: new terms; the turn passes to the other party.' })
export class CounterProposalInput extends ProposalNoteInput {
  @Field(() => ProposalTermsInput, { description: 'The new terms version.' })
  @ValidateNested()
  terms!: ProposalTermsInput;
}

@InputType({ description: 'Accepts the latest terms version, which the other party wrote.' })
export class AcceptProposalInput extends ProposalNoteInput {
  @Field(() => Int, { description: 'The terms version you accept; it must be the latest.' })
  @Min(1)
  termsVersion!: number;
}

@InputType({ description: 'Turns down the proposal when it is your turn to answer.' })
export class DeclineProposalInput extends ProposalReasonInput {}

@InputType({
  description: 'Pulls back what you put forward while waiting for an answer, or discards your draft.',
})
export class WithdrawProposalInput extends ProposalNoteInput {}

@InputType({ description: 'Marks an accepted proposal as carried out.' })
export class CompleteProposalInput extends ProposalNoteInput {}

@InputType({ description: 'Calls off an accepted proposal.' })
export class CancelProposalInput extends ProposalReasonInput {}

// Not in the schema itself (unreachable); registered so that subclasses inherit its fields.
@InputType()
abstract class PoolShareActionInput extends MutationInput {
  @Field(() => ID, { description: 'The pooled proposal.' })
  proposalId!: string;

  @Field(() => Int, { description: 'The `version` of the proposal you saw; a stale one is a CONFLICT.' })
  @Min(1)
  version!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Your member cooperative; needed only when you sit on the board of several members.',
  })
  cooperativeId?: string | null;
}

@InputType({ description: 'A member’s board approves its share of a pooled offer as it stands.' })
export class ApprovePoolShareInput extends PoolShareActionInput {
  @Field(() => String, { nullable: true, description: 'A remark for the audit trail.' })
  @IsOptional()
  @MaxLength(NOTE_LENGTH)
  note?: string | null;
}

@InputType({
  description: 'A member’s board takes its share of a pooled offer back, before the partner accepts.',
})
export class WithdrawPoolShareInput extends PoolShareActionInput {
  @Field(() => String, {
    description: 'Why, for the lead, the partner and the audit trail (1–2000 characters).',
  })
  @Length(1, NOTE_LENGTH)
  reason!: string;
}

@InputType({ description: 'A message in a proposal’s thread. Messages change nothing else.' })
export class SendProposalMessageInput extends MutationInput {
  @Field(() => ID, { description: 'The proposal.' })
  proposalId!: string;

  @Field(() => String, { description: 'The text (1–4000 characters).' })
  @Length(1, 4000)
  body!: string;

  @Field(() => ProposalSide, {
    nullable: true,
    description: 'The party you write for; needed only when you may write for both (admins).',
  })
  actingAs?: ProposalSide | null;
}
