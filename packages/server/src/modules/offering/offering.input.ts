import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars';
import { ConnectionArgs } from '../../graphql/relay';
import { Commodity } from '../commodity/commodity.type';
import { OfferingKind, OfferingStatus } from './offering.entity';

export enum OfferingOrder {
  NEWEST = 'NEWEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}

registerEnumType(OfferingOrder, {
  name: 'OfferingOrder',
  description: 'Order of a list of offerings.',
  valuesConfig: {
    NEWEST: { description: 'Most recently created first.' },
    RECENTLY_UPDATED: { description: 'Most recently updated first.' },
  },
});

@InputType({ description: 'Filters for offerings; all given filters must match.' })
export class OfferingFilter {
  @Field(() => [OfferingKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: OfferingKind[] | null;

  @Field(() => Commodity, { nullable: true, description: 'This commodity.' })
  commodity?: Commodity | null;

  @Field(() => String, {
    nullable: true,
    description: 'A regency, district or village code; matches offerings of cooperatives inside it.',
  })
  regionCode?: string | null;

  @Field(() => [OfferingStatus], {
    nullable: true,
    description: 'Any of these statuses (default: PUBLISHED). Drafts are never listed publicly.',
  })
  statuses?: OfferingStatus[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Financing needed at least this amount (IDR).' })
  amountMin?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Financing needed at most this amount (IDR).' })
  amountMax?: string | null;
}

@ArgsType()
export class OfferingsOfCooperativeArgs extends ConnectionArgs {
  @Field(() => [OfferingStatus], {
    nullable: true,
    description: 'Any of these statuses (default: PUBLISHED). Drafts are never listed publicly.',
  })
  statuses?: OfferingStatus[] | null;
}
