import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Cooperative } from '../cooperative/cooperative.type';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { Offering } from '../offering/offering.type';
import { offeringById } from '../offering/offering.reads';
import { Partner } from '../partner/partner.type';
import { partnerById } from '../partner/partner.reads';
import { Program } from '../program/program.type';
import { programById } from '../program/program.reads';
import { PartnerRequest } from '../request/partner-request.type';
import { requestById } from '../request/partner-request.reads';
import { Region } from '../region/region.type';
import { regionByCode } from '../region/region.reads';
import {
  MatchGap,
  MatchReason,
  RecommendedCooperative,
  RecommendedPartner,
  RecommendedRequest,
} from './matching.type';

/* Nested objects of recommendations, each through its request-scoped loader: one statement per hop. */

@Resolver(() => RecommendedPartner)
export class RecommendedPartnerFields {
  @FieldResolver(() => Partner, { description: 'The recommended partner.' })
  async partner(@Root() match: RecommendedPartner, @Ctx() ctx: Context) {
    return partnerById(ctx, match.partnerId);
  }

  @FieldResolver(() => Program, {
    nullable: true,
    description: 'The program that fits best, if a program matched.',
  })
  program(@Root() match: RecommendedPartner, @Ctx() ctx: Context) {
    return match.programId === null ? null : programById(ctx, match.programId);
  }

  @FieldResolver(() => PartnerRequest, {
    nullable: true,
    description: 'The request that fits best, if a request matched.',
  })
  request(@Root() match: RecommendedPartner, @Ctx() ctx: Context) {
    return match.requestId === null ? null : requestById(ctx, match.requestId);
  }

  @FieldResolver(() => Offering, {
    nullable: true,
    description: "The cooperative's offering the match is about (null: the cooperative as a whole).",
  })
  offering(@Root() match: RecommendedPartner, @Ctx() ctx: Context) {
    return match.offeringId === null ? null : offeringById(ctx, match.offeringId);
  }
}

@Resolver(() => RecommendedCooperative)
export class RecommendedCooperativeFields {
  @FieldResolver(() => Cooperative, { description: 'The recommended cooperative.' })
  async cooperative(@Root() match: RecommendedCooperative, @Ctx() ctx: Context) {
    return cooperativeById(ctx, match.cooperativeId);
  }

  @FieldResolver(() => Offering, {
    nullable: true,
    description: 'Its published offering that fits best (null: the cooperative as a whole fits).',
  })
  offering(@Root() match: RecommendedCooperative, @Ctx() ctx: Context) {
    return match.offeringId === null ? null : offeringById(ctx, match.offeringId);
  }
}

@Resolver(() => RecommendedRequest)
export class RecommendedRequestFields {
  @FieldResolver(() => PartnerRequest, { description: 'The recommended open request.' })
  async request(@Root() match: RecommendedRequest, @Ctx() ctx: Context) {
    return requestById(ctx, match.requestId);
  }
}

@Resolver(() => MatchReason)
export class MatchReasonFields {
  @FieldResolver(() => Region, {
    nullable: true,
    description:
      'REGION_COVERAGE: the coverage region that includes the cooperative (the province when open to all).',
  })
  region(@Root() reason: MatchReason, @Ctx() ctx: Context) {
    return reason.regionCode === null ? null : regionByCode(ctx, reason.regionCode);
  }
}

@Resolver(() => MatchGap)
export class MatchGapFields {
  @FieldResolver(() => Region, {
    nullable: true,
    description: "OUTSIDE_COVERAGE: the cooperative's regency, or the request's delivery region.",
  })
  region(@Root() gap: MatchGap, @Ctx() ctx: Context) {
    return gap.regionCode === null ? null : regionByCode(ctx, gap.regionCode);
  }
}
