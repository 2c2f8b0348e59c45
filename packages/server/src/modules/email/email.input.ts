import { Field, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { MutationInput } from '../../graphql/payload';
import { EmailKind } from '../account/account.entity';

@InputType({ description: 'Turn one kind of email on or off for yourself.' })
export class SetEmailPreferenceInput extends MutationInput {
  @Field(() => EmailKind, { description: 'The kind of email.' })
  kind!: EmailKind;

  @Field(() => Boolean, { description: 'true to get it, false to stop it.' })
  enabled!: boolean;
}

@InputType({ description: "An email's unsubscribe link." })
export class UnsubscribeEmailInput extends MutationInput {
  @Field(() => String, { description: 'The `token` of the link.' })
  @MaxLength(200)
  token!: string;
}
