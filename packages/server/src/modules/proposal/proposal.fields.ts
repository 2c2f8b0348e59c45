import { Args, Ctx, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import { Money } from '../../graphql/money';
import { DecimalScalar } from '../../graphql/scalars';
import type { Context } from '../../request-context';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { Cooperative } from '../cooperative/cooperative.type';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { Partner } from '../partner/partner.type';
import { partnerById } from '../partner/partner.reads';
import { Offering } from '../offering/offering.type';
import { offeringById } from '../offering/offering.reads';
import { Program } from '../program/program.type';
import { programById } from '../program/program.reads';
import { PartnerRequest } from '../request/partner-request.type';
import { requestById } from '../request/partner-request.reads';
import { Mentor } from '../mentor/mentor.type';
import { mentorById } from '../mentor/mentor.reads';
import { Region } from '../region/region.type';
import { regionByCode } from '../region/region.reads';
import { PoolShareStatus, ProposalAction, ProposalSide } from './proposal.entity';
import { actionsFor, roleOf, stageOf } from './proposal.transitions';
import { actorsFor, decidesOnShare, isViewersTurn } from './proposal.policy';
import {
  Proposal,
  ProposalEvent,
  ProposalMessage,
  ProposalFunnel,
  ProposalPipeline,
  ProgramRuleDeviation,
  ProposalTerms,
  Responsiveness,
  PoolMember,
  PoolShare,
  ProposalPool,
} from './proposal.type';
import { termsDetails } from './proposal.terms-details';
import { partnerFunnelFor } from './proposal.funnel';
import { sumQuantities } from './proposal.pool';
import {
  cooperativePipeline,
  eventsOfProposal,
  messagesOfProposal,
  partnerPipeline,
  participantName,
  poolMembersOf,
  quantityLeftOfOffering,
  responsivenessOf,
  termsOfProposal,
  termsVersion,
} from './proposal.reads';

export const ProposalTermsConnection = ConnectionType(ProposalTerms, 'ProposalTerms', 'terms version');
export const ProposalEventConnection = ConnectionType(ProposalEvent, 'ProposalEvent', 'proposal event');
export const ProposalMessageConnection = ConnectionType(
  ProposalMessage,
  'ProposalMessage',
  'proposal message',
);

/** Relations of a proposal. Whoever sees the proposal sees these, each through its batched read. */
@Resolver(() => Proposal)
export class ProposalFields {
  @FieldResolver(() => Cooperative, {
    nullable: true,
    description: 'The cooperative; of a pooled offer, its lead (which acts for the pool).',
  })
  cooperative(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return cooperativeById(ctx, proposal.cooperativeId);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The partner.' })
  partner(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return partnerById(ctx, proposal.partnerId);
  }

  @FieldResolver(() => Offering, {
    nullable: true,
    description: 'The cooperative’s offering it builds on, if any (null while that offering is a draft).',
  })
  offering(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return proposal.offeringId === null ? null : offeringById(ctx, proposal.offeringId);
  }

  @FieldResolver(() => Program, {
    nullable: true,
    description: 'The partner’s program it applies to, if any.',
  })
  program(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return proposal.programId === null ? null : programById(ctx, proposal.programId);
  }

  @FieldResolver(() => PartnerRequest, {
    nullable: true,
    description: 'The partner’s request it answers, if any.',
  })
  request(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return proposal.requestId === null ? null : requestById(ctx, proposal.requestId);
  }

  @FieldResolver(() => Mentor, {
    nullable: true,
    description: 'The mentor who drafted it for the cooperative.',
  })
  mentor(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return proposal.mentorId === null ? null : mentorById(ctx, proposal.mentorId);
  }

  @FieldResolver(() => ProposalPool, {
    nullable: true,
    description:
      'A pooled offer’s members, their shares and approvals; null for a single cooperative’s proposal.',
  })
  async pool(@Root() proposal: Proposal, @Ctx() ctx: Context): Promise<ProposalPool | null> {
    if (!proposal.isPooled) return null;
    const members = (await poolMembersOf(ctx, proposal.dbId)).map((member) =>
      Object.assign(new PoolMember(), member, {
        isViewersShare: decidesOnShare(ctx.viewer, member.cooperativeId, proposal.cooperativeId),
      }),
    );
    const active = members.filter((member) => member.status !== PoolShareStatus.WITHDRAWN);

    return Object.assign(new ProposalPool(), {
      members,
      committed: sumQuantities(active.map((member) => member.quantity)),
      quantityUnit: members[0]?.quantityUnit,
      isFullyApproved: members.every((member) => member.status === PoolShareStatus.APPROVED),
    });
  }

  @FieldResolver(() => ProposalTerms, { description: 'The latest terms version.' })
  latestTerms(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return termsVersion(ctx, proposal.dbId, proposal.latestTermsVersion);
  }

  @FieldResolver(() => ProposalTerms, {
    nullable: true,
    description: 'The accepted terms version, once accepted.',
  })
  acceptedTerms(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return proposal.acceptedTermsVersion === null
      ? null
      : termsVersion(ctx, proposal.dbId, proposal.acceptedTermsVersion);
  }

  @FieldResolver(() => [ProgramRuleDeviation], {
    description:
      'Negotiable rules of the program the latest terms break, for both parties to see; empty when they keep them all.',
  })
  async ruleDeviations(@Root() proposal: Proposal, @Ctx() ctx: Context) {
    return (await termsDetails(ctx, proposal.dbId, proposal.latestTermsVersion))?.ruleDeviations ?? [];
  }

  @FieldResolver(() => ProposalTermsConnection, {
    description: 'Every terms version, the first offer first.',
  })
  terms(@Root() proposal: Proposal, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return termsOfProposal(ctx, proposal.dbId, args);
  }

  @FieldResolver(() => ProposalEventConnection, { description: 'The audit trail, oldest first.' })
  events(@Root() proposal: Proposal, @Ctx() ctx: Context, @Args(() => ConnectionArgs) args: ConnectionArgs) {
    return eventsOfProposal(ctx, proposal.dbId, args);
  }

  @FieldResolver(() => ProposalMessageConnection, { description: 'The thread, oldest first.' })
  messages(
    @Root() proposal: Proposal,
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
  ) {
    return messagesOfProposal(ctx, proposal.dbId, args);
  }

  @FieldResolver(() => [ProposalAction], {
    description:
      'What you may do to it now, according to the transition table (for showing the right buttons).',
  })
  async viewerActions(@Root() proposal: Proposal, @Ctx() ctx: Context): Promise<ProposalAction[]> {
    const members = proposal.isPooled ? await poolMembersOf(ctx, proposal.dbId) : [];
    const parties = {
      cooperativeId: proposal.cooperativeId,
      partnerId: proposal.partnerId,
      mentorId: proposal.mentorId,
      startedBy: proposal.startedBy,
      isSubmitted: proposal.submittedAt !== null,
      poolMemberIds: members.map((member) => member.cooperativeId),
    };
    const roles = actorsFor(ctx.viewer, parties).map((actor) => roleOf(actor, proposal.turn));
    const stage = stageOf({
      status: proposal.status,
      awaitingDraftApproval: proposal.isAwaitingDraftApproval,
    });
    const actions = actionsFor(stage, roles);
    if (!roles.includes('MEMBER')) return actions;
    // A member's board is offered only the decisions still open on its own shares.
    const own = members.filter((member) =>
      decidesOnShare(ctx.viewer, member.cooperativeId, proposal.cooperativeId),
    );
    const open: Partial<Record<ProposalAction, boolean>> = {
      [ProposalAction.APPROVE_SHARE]: own.some((member) => member.status === PoolShareStatus.INVITED),
      [ProposalAction.WITHDRAW_SHARE]: own.some((member) => member.status !== PoolShareStatus.WITHDRAWN),
    };
    return actions.filter((action) => open[action] ?? true);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether it waits for you: the party on turn is your cooperative (any of its officers) or your partner (any of its staff); for admins, whoever is on turn. False when nobody is on turn. The rule of the `isMyTurn` filter.',
  })
  isViewerTurn(@Root() proposal: Proposal, @Ctx() ctx: Context): boolean {
    return isViewersTurn(ctx.viewer, proposal);
  }
}

@Resolver(() => ProposalTerms)
export class ProposalTermsFields {
  @FieldResolver(() => [PoolShare], {
    nullable: true,
    description:
      'A pooled offer’s allocation in this version: each member’s share; null for a single cooperative.',
  })
  async poolShares(@Root() terms: ProposalTerms, @Ctx() ctx: Context): Promise<PoolShare[] | null> {
    const shares = (await termsDetails(ctx, terms.proposalId, terms.version))?.poolShares ?? null;
    return shares && shares.map((share) => PoolShare.fromTerms(share, terms.quantityUnit!));
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region delivered to, if given.' })
  deliveryRegion(@Root() terms: ProposalTerms, @Ctx() ctx: Context) {
    return terms.deliveryRegionCode === null ? null : regionByCode(ctx, terms.deliveryRegionCode);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Loan grace period, in months.' })
  async graceMonths(@Root() terms: ProposalTerms, @Ctx() ctx: Context) {
    return (await termsDetails(ctx, terms.proposalId, terms.version))?.graceMonths ?? null;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'The part of the loan that pays operating costs; the rest is investment.',
  })
  async operatingCostAmount(@Root() terms: ProposalTerms, @Ctx() ctx: Context) {
    return (await termsDetails(ctx, terms.proposalId, terms.version))?.operatingCostAmount ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What secures the loan or contract, in words.',
  })
  async collateral(@Root() terms: ProposalTerms, @Ctx() ctx: Context) {
    return (await termsDetails(ctx, terms.proposalId, terms.version))?.collateral ?? null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Estimated value of the collateral.' })
  async collateralValue(@Root() terms: ProposalTerms, @Ctx() ctx: Context) {
    return (await termsDetails(ctx, terms.proposalId, terms.version))?.collateralValue ?? null;
  }

  @FieldResolver(() => [ProgramRuleDeviation], {
    description: 'Negotiable rules of the program this version breaks; empty when it keeps them all.',
  })
  async ruleDeviations(@Root() terms: ProposalTerms, @Ctx() ctx: Context) {
    return (await termsDetails(ctx, terms.proposalId, terms.version))?.ruleDeviations ?? [];
  }
}

@Resolver(() => ProposalEvent)
export class ProposalEventFields {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of the person who acted; null for the system or an unknown person.',
  })
  actorName(@Root() event: ProposalEvent, @Ctx() ctx: Context) {
    return event.actorUserId === null ? null : participantName(ctx, event.actorUserId);
  }

  @FieldResolver(() => Cooperative, {
    nullable: true,
    description: 'The member cooperative that approved or withdrew its share of a pooled offer.',
  })
  poolMember(@Root() event: ProposalEvent, @Ctx() ctx: Context) {
    return event.poolMemberId === null ? null : cooperativeById(ctx, event.poolMemberId);
  }
}

@Resolver(() => ProposalMessage)
export class ProposalMessageFields {
  @FieldResolver(() => String, { nullable: true, description: 'Name of the author; null if unknown.' })
  authorName(@Root() message: ProposalMessage, @Ctx() ctx: Context) {
    return message.authorId === null ? null : participantName(ctx, message.authorId);
  }
}

/** What pooled offers leave of a supply offering. */
@Resolver(() => Offering)
export class OfferingPoolFields {
  @FieldResolver(() => DecimalScalar, {
    nullable: true,
    description:
      'What it has left a month, in `quantityUnit`, after the shares of open or accepted pooled offers promised out of it: the most a new pool share can ask. Null without a monthly quantity.',
  })
  quantityLeftPerMonth(@Root() offering: Offering, @Ctx() ctx: Context) {
    return quantityLeftOfOffering(ctx, offering);
  }
}

/** Proposal figures on a cooperative's profile. */
@Resolver(() => Cooperative)
export class CooperativeProposalFields {
  @FieldResolver(() => ProposalPipeline, {
    nullable: true,
    description:
      'Its proposals counted by status: for its officers, its mentor, admins and Dinas of its region; null for others.',
  })
  proposalPipeline(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    return cooperativePipeline(ctx, cooperative);
  }

  @FieldResolver(() => Responsiveness, {
    description: 'How quickly it acts on proposals when it is its turn (median, last 90 days). Public.',
  })
  responsiveness(@Root() cooperative: Cooperative, @Ctx() ctx: Context) {
    return responsivenessOf(ctx, ProposalSide.COOPERATIVE, cooperative.dbId);
  }
}

/** Proposal figures on a partner's profile. */
@Resolver(() => Partner)
export class PartnerProposalFields {
  @FieldResolver(() => ProposalPipeline, {
    nullable: true,
    description:
      'Its proposals counted by status: for its staff and admins; Dinas sees those with cooperatives of its region. Null for others.',
  })
  proposalPipeline(@Root() partner: Partner, @Ctx() ctx: Context) {
    return partnerPipeline(ctx, partner.dbId);
  }

  @FieldResolver(() => ProposalFunnel, {
    nullable: true,
    description:
      'How its sent proposals move from submitted to completed (reached and dropped out per step, median time to a decision, volume per month): for its staff and admins; Dinas sees those with cooperatives of its region. Null for others.',
  })
  proposalFunnel(@Root() partner: Partner, @Ctx() ctx: Context) {
    return partnerFunnelFor(ctx, partner.dbId);
  }

  @FieldResolver(() => Responsiveness, {
    description: 'How quickly it acts on proposals when it is its turn (median, last 90 days). Public.',
  })
  responsiveness(@Root() partner: Partner, @Ctx() ctx: Context) {
    return responsivenessOf(ctx, ProposalSide.PARTNER, partner.dbId);
  }
}

/** A share's cooperative and offering, each through its batched read (for shares and members alike). */
function poolShareFields<T extends PoolShare>(type: ClassType<T>) {
  @Resolver(() => type)
  class ShareFields {
    @FieldResolver(() => Cooperative, { nullable: true, description: 'The member cooperative.' })
    cooperative(@Root() share: T, @Ctx() ctx: Context) {
      return cooperativeById(ctx, share.cooperativeId);
    }

    @FieldResolver(() => Offering, {
      nullable: true,
      description: 'The member’s supply offering the share comes out of (null once it is no longer visible).',
    })
    offering(@Root() share: T, @Ctx() ctx: Context) {
      return offeringById(ctx, share.offeringId);
    }
  }
  return ShareFields;
}

export const PoolShareFields = poolShareFields(PoolShare);
export const PoolMemberFields = poolShareFields(PoolMember);
