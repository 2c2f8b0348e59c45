import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../request-context';
import { Allow, Public } from '../../graphql/access';
import { mutate, refusals } from '../../graphql/payload';
import { UserError } from '../../graphql/user-error';
import { AccessRole } from '../../shared/access-role';
import { RefusalCode } from '../../shared/domain-error';
import { EmailKind } from '../account/account.entity';
import { EmailError } from './email.errors';
import { SetEmailPreferenceInput, UnsubscribeEmailInput } from './email.input';
import { emailPreferencesOf, setEmailPreference, unsubscribe } from './email.service';
import { EmailPreference } from './email.type';

@ObjectType({ simpleResolvers: true, description: 'Result of setEmailPreference.' })
class SetEmailPreferencePayload {
  @Field(() => [EmailPreference], { nullable: true, description: 'All your email settings now.' })
  emailPreferences!: EmailPreference[] | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of unsubscribeEmail.' })
class UnsubscribeEmailPayload {
  @Field(() => EmailKind, { nullable: true, description: 'The kind of email turned off.' })
  kind!: EmailKind | null;

  @Field(() => [UserError], { description: 'Why it was refused (NOT_FOUND: not a valid link).' })
  userErrors!: UserError[];
}

@Resolver()
export class EmailResolver {
  @Allow(AccessRole.SIGNED_IN)
  @Query(() => [EmailPreference], {
    description: 'Which emails you get; every kind, on unless you turned it off.',
  })
  emailPreferences(@Ctx() ctx: Context): Promise<EmailPreference[]> {
    return emailPreferencesOf(ctx.knex, ctx.viewer!.userId);
  }

  @Allow(AccessRole.SIGNED_IN)
  @Mutation(() => SetEmailPreferencePayload, { description: 'Turns one kind of email on or off for you.' })
  setEmailPreference(
    @Ctx() ctx: Context,
    @Arg('input', () => SetEmailPreferenceInput, { description: 'The kind and the choice.' })
    input: SetEmailPreferenceInput,
  ) {
    return mutate(input, async () => ({
      emailPreferences: await setEmailPreference(ctx, ctx.viewer!, input.kind, input.enabled),
    })).then((result) => ({ emailPreferences: null, ...result }));
  }

  @Public()
  @Mutation(() => UnsubscribeEmailPayload, {
    description:
      'Turns off the kind of email an unsubscribe link was sent with, for its recipient; no sign-in needed.',
  })
  unsubscribeEmail(
    @Ctx() ctx: Context,
    @Arg('input', () => UnsubscribeEmailInput, { description: 'The link.' }) input: UnsubscribeEmailInput,
  ) {
    return mutate(input, async () => {
      const done = await unsubscribe(ctx.knex, ctx.services.emailLinkSecret, input.token);
      if (!done)
        throw new EmailError(RefusalCode.NOT_FOUND, 'This unsubscribe link is not valid.', ['token']);
      return { kind: done.kind };
    }).then((result) => ({ kind: null, ...result, ...refusals(result.userErrors) }));
  }
}
