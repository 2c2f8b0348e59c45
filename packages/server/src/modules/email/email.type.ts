import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { EmailKind } from '../account/account.entity';

registerEnumType(EmailKind, {
  name: 'EmailKind',
  description: 'The emails MitraDesa sends, each of which a user can turn off.',
  valuesConfig: {
    PROPOSAL_YOUR_TURN: { description: "At once: a proposal is now your organisation's turn." },
    PROPOSAL_DECIDED: { description: 'At once: a proposal you take part in was accepted or declined.' },
    DOCUMENT_LAPSING: {
      description: 'A document of your cooperative lapses within the month (once per expiry date).',
    },
    DAILY_DIGEST: { description: 'Once a day: what your saved searches found.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'Whether you get one kind of email.' })
export class EmailPreference {
  @Field(() => EmailKind, { description: 'The kind of email.' })
  kind!: EmailKind;

  @Field(() => Boolean, { description: 'You get it (the default), or you turned it off.' })
  enabled!: boolean;
}
