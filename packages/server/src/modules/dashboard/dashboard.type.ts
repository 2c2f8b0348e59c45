import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../../graphql/money';
import { CooperativeStage } from '../cooperative/cooperative.entity';
import { ProposalStatusCount } from '../proposal/proposal.type';
import { Region } from '../region/region.type';

@ObjectType({ simpleResolvers: true, description: 'How many cooperatives are in one stage.' })
export class StageCount {
  @Field(() => CooperativeStage, { description: 'The stage.' })
  stage!: CooperativeStage;

  @Field(() => Int, { description: 'Number of cooperatives in it.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'The cooperatives of one region inside a larger one (the nation, a province or a regency), counted by stage.',
})
export class RegionStageBreakdown {
  @Field(() => Region, {
    description: 'The province (of the nation), regency (of a province) or district (of a regency).',
  })
  region!: Region;

  @Field(() => Int, { description: 'All cooperatives of this region.' })
  total!: number;

  @Field(() => [StageCount], { description: 'One entry per stage, in stage order, zeros included.' })
  byStage!: StageCount[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'The proposals with cooperatives of one region inside a larger one (a province of the nation, a regency of a province), with the financing accepted.',
})
export class RegionProposalBreakdown {
  @Field(() => Region, { description: 'The province (of the nation) or regency (of a province).' })
  region!: Region;

  @Field(() => Int, { description: 'Submitted proposals with its cooperatives, any status.' })
  proposals!: number;

  @Field(() => Int, { description: 'Proposals accepted (ACCEPTED or COMPLETED).' })
  acceptedProposals!: number;

  @Field(() => Money, { description: 'Financing in the accepted FINANCING proposals.' })
  financingVolume!: Money;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Read-only figures of a province, a regency or the whole of Indonesia for the cooperative office (Dinas) and the ministry: cooperatives by stage, proposals by status and the financing accepted.',
})
export class DinasDashboard {
  @Field(() => Region, {
    nullable: true,
    description: 'The province or regency the figures cover; null for the whole of Indonesia.',
  })
  region!: Region | null;

  @Field(() => Int, { description: 'Cooperatives in the region.' })
  cooperatives!: number;

  @Field(() => [StageCount], {
    description: 'Cooperatives of the region by stage, in stage order, zeros included.',
  })
  byStage!: StageCount[];

  @Field(() => [RegionStageBreakdown], {
    description:
      'Cooperatives by stage in each province of the nation, each regency of a province, or each district of a regency; in code order, regions without cooperatives included.',
  })
  breakdown!: RegionStageBreakdown[];

  @Field(() => Int, {
    description: 'Submitted proposals with cooperatives of the region (unsubmitted drafts are not counted).',
  })
  proposals!: number;

  @Field(() => [ProposalStatusCount], {
    description:
      'Submitted proposals with cooperatives of the region by status, in life-cycle order, zeros included; DRAFT is left out (drafts are private to their authors).',
  })
  proposalsByStatus!: ProposalStatusCount[];

  @Field(() => Int, { description: 'Proposals accepted (ACCEPTED or COMPLETED).' })
  acceptedProposals!: number;

  @Field(() => Int, { description: 'FINANCING proposals accepted (ACCEPTED or COMPLETED).' })
  acceptedFinancingProposals!: number;

  @Field(() => Money, {
    description:
      'Financing volume: the sum of the accepted terms’ amounts of FINANCING proposals in ACCEPTED or COMPLETED.',
  })
  financingVolume!: Money;

  @Field(() => [RegionProposalBreakdown], {
    description:
      'Proposals and accepted financing per province (of the nation) or regency (of a province), in code order, regions without proposals included; empty for a regency (the counters stop at regencies).',
  })
  proposalBreakdown!: RegionProposalBreakdown[];
}

@ObjectType({
  simpleResolvers: true,
  description: 'Public headline figures of the whole platform.',
})
export class PlatformFigures {
  @Field(() => Int, { description: 'Proposals accepted (ACCEPTED or COMPLETED).' })
  acceptedProposals!: number;

  @Field(() => Int, { description: 'FINANCING proposals accepted (ACCEPTED or COMPLETED).' })
  acceptedFinancingProposals!: number;

  @Field(() => Money, {
    description:
      'Financing volume: the sum of the accepted terms’ amounts of FINANCING proposals in ACCEPTED or COMPLETED.',
  })
  financingVolume!: Money;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Public figures of the cooperatives of the whole of Indonesia, a province or a regency: by stage, and by stage in each sub-region.',
})
export class CooperativeFigures {
  @Field(() => Region, {
    nullable: true,
    description: 'The province or regency the figures cover; null for the whole of Indonesia.',
  })
  region!: Region | null;

  @Field(() => Int, { description: 'Cooperatives in the region.' })
  cooperatives!: number;

  @Field(() => [StageCount], { description: 'Cooperatives by stage, in stage order, zeros included.' })
  byStage!: StageCount[];

  @Field(() => [RegionStageBreakdown], {
    description:
      'Cooperatives by stage in each province of the nation, each regency of a province, or each district of a regency; in code order, regions without cooperatives included.',
  })
  breakdown!: RegionStageBreakdown[];
}
