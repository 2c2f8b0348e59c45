import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars';
import { VerificationLevel } from '../../graphql/shared-enums';
import { QuantityUnit } from '../commodity/commodity.type';
import { Cooperative } from '../cooperative/cooperative.type';
import { Offering } from '../offering/offering.type';
import { PoolBasis, PoolProximity } from './pool-suggestion';

registerEnumType(PoolProximity, {
  name: 'PoolProximity',
  description: 'How close a pool member is to where the buyer wants delivery.',
  valuesConfig: {
    IN_DELIVERY_REGION: { description: 'Its village lies in the delivery region itself.' },
    SAME_REGENCY: { description: 'In the regency of the delivery region, outside the region itself.' },
    SAME_PROVINCE: { description: 'In the same province only.' },
  },
});

registerEnumType(PoolBasis, {
  name: 'PoolBasis',
  description:
    'What a suggested pool puts first, after reaching the quantity with as few members as possible.',
  valuesConfig: {
    NEAREST: { description: 'The nearest members, largest first: the fewest members, the shortest trips.' },
    BEST_VERIFIED: {
      description: 'Members verified by documents or the government first, then the nearest.',
    },
    MOST_RESPONSIVE: { description: 'The members quickest to answer proposals first, then the nearest.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One cooperative of a suggested pool and what it brings.' })
export class SuggestedPoolMember {
  @Field(() => Cooperative, { description: 'The cooperative.' })
  cooperative!: Cooperative;

  @Field(() => Offering, {
    description: 'Its published supply offering the share comes from (the one with the most left).',
  })
  offering!: Offering;

  @Field(() => DecimalScalar, {
    description:
      'Its suggested share: what its offering has left a month after the open or accepted pooled offers it is promised to (its `offering.quantityLeftPerMonth`), in the unit of the target, down to the hundredth.',
  })
  quantityPerMonth!: string;

  @Field(() => Int, { description: 'Its part of the quantity wanted, in percent (rounded).' })
  sharePercent!: number;

  @Field(() => PoolProximity, { description: 'How close it is to the delivery region.' })
  proximity!: PoolProximity;

  @Field(() => VerificationLevel, { description: 'How far its profile has been checked.' })
  verificationLevel!: VerificationLevel;

  @Field(() => Int, {
    nullable: true,
    description: 'Its median time to answer a proposal on its turn, in seconds; null without answers.',
  })
  medianResponseSeconds!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Cooperatives that together supply what one buyer wants a month (a request's quantity, or an offtake program's minimum volume): the fewest that reach it, from the delivery region (or the region named for a program) outwards, never beyond its province.",
})
export class SuggestedPool {
  @Field(() => PoolBasis, { description: 'What this suggestion puts first.' })
  basis!: PoolBasis;

  @Field(() => DecimalScalar, {
    description: "The quantity wanted a month: the request's quantity, or the program's minimum volume.",
  })
  target!: string;

  @Field(() => QuantityUnit, {
    description:
      "The request's (or the program's minimum volume's) unit, in which every quantity here is given.",
  })
  unit!: QuantityUnit;

  @Field(() => DecimalScalar, {
    description: 'What the members supply together a month (at least the target).',
  })
  total!: string;

  @Field(() => [SuggestedPoolMember], { description: 'The members, in the order the basis ranks them.' })
  members!: SuggestedPoolMember[];
}
