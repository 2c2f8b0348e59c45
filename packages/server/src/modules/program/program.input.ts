import { Field, ID, InputType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars';
import { Commodity } from '../commodity/commodity.type';
import { BusinessUnitType } from '../cooperative/cooperative.entity';
import { ProgramKind } from './program.entity';

@InputType({
  description: 'Filters for programs; all given filters must match. Only active programs are listed.',
})
export class ProgramFilter {
  @Field(() => [ProgramKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: ProgramKind[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Open to the regency of this region code (e.g. "61.03").',
  })
  regionCode?: string | null;

  @Field(() => BusinessUnitType, {
    nullable: true,
    description: 'Open to this unit type (programs for any unit included).',
  })
  unitType?: BusinessUnitType | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'An amount (IDR) within the loan range of the program.',
  })
  amount?: string | null;

  @Field(() => Commodity, { nullable: true, description: 'About this commodity.' })
  commodity?: Commodity | null;

  @Field(() => ID, { nullable: true, description: 'Published by this partner.' })
  partnerId?: string | null;
}
