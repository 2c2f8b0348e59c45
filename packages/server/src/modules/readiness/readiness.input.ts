import { Field, ID, InputType } from 'type-graphql';
import { MutationInput } from '../../graphql/payload';

@InputType({
  description: "A cooperative's financing passport and a partner to share it with (or stop sharing it with).",
})
export class PassportSharingInput extends MutationInput {
  @Field(() => ID, { description: 'The cooperative.' })
  cooperativeId!: string;

  @Field(() => ID, { description: 'The partner whose staff may open the passport.' })
  partnerId!: string;
}
