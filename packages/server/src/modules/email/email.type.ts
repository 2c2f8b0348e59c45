import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { EmailKind } from '../account/account.entity';

registerEnumType(EmailKind, {
  name: 'EmailKind',
  description: 'The emails MitraDesa sends, each of which a user can turn off.',
  valuesConfig: {
    PROPOSAL_YOUR_TURN: { description: "At once: a proposal is now your organisation's turn." },
    PROPOSAL_DECIDED: { description: 'At once: a proposal you take part in was accepted or declined.' },
    DOCUMENT_LAPSING: {
      description:
        'A document of your cooperative lapses soon (REMINDER_DOCUMENT_DAYS ahead, once per expiry date).',
    },
    DEADLINE_REMINDER: {
      description:
        "An offering of your cooperative, or a proposal on your organisation's turn, expires soon unless confirmed or answered (once per deadline).",
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
