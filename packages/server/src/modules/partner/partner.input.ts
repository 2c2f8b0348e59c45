import { Field, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { Commodity } from '../commodity/commodity.type';
import { PartnerType } from './partner.entity';

@InputType({ description: 'Filters for partners; all given filters must match.' })
export class PartnerFilter {
  @Field(() => [PartnerType], { nullable: true, description: 'Any of these types.' })
  types?: PartnerType[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Serves the regency of this region code (e.g. "61.03").',
  })
  regionCode?: string | null;

  @Field(() => Commodity, { nullable: true, description: 'Interested in this commodity.' })
  commodity?: Commodity | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, case-insensitive (at most 100 characters).',
  })
  @MaxLength(100, { message: 'nameContains must be at most 100 characters' })
  nameContains?: string | null;
}
