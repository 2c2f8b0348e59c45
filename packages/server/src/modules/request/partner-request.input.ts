import { Field, ID, InputType } from 'type-graphql';
import { Commodity } from '../commodity/commodity.type';
import { PartnerRequestStatus } from './partner-request.entity';

@InputType({ description: "Filters for partners' requests; all given filters must match." })
export class PartnerRequestFilter {
  @Field(() => Commodity, { nullable: true, description: 'This commodity.' })
  commodity?: Commodity | null;

  @Field(() => String, {
    nullable: true,
    description: 'Delivered to this region, a place inside it, or a wider region around it (e.g. "61.03").',
  })
  regionCode?: string | null;

  @Field(() => [PartnerRequestStatus], {
    nullable: true,
    description: 'Any of these statuses (default: OPEN).',
  })
  statuses?: PartnerRequestStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Posted by this partner.' })
  partnerId?: string | null;
}
