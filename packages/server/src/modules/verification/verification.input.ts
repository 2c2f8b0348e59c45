import { Field, ID, InputType } from 'type-graphql';
import { VerificationLevel } from '../../graphql/shared-enums';
import { MutationInput } from '../../graphql/payload';

@InputType({
  description: "Set how far a cooperative's or a partner's profile has been checked (admins only).",
})
export class SetVerificationLevelInput extends MutationInput {
  @Field(() => ID, { description: 'A cooperative or a partner.' })
  id!: string;

  @Field(() => VerificationLevel, { description: 'The level its claims have been checked to.' })
  level!: VerificationLevel;
}
