import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Context } from '../../request-context';
import { Allow, Public } from '../../graphql/access';
import { ModuleErrorsField, mutate, PayloadType, refusals } from '../../graphql/payload';
import { ModuleErrorType, UserError } from '../../graphql/user-error';
import { decodeIdOf } from '../../shared/global-id';
import { AccessRole } from '../../shared/access-role';
import { ApiToken, Membership, User, Viewer } from './account.type';
import {
  ChangePasswordInput,
  CreateApiTokenInput,
  CreateUserInput,
  ResetUserPasswordInput,
  RevokeApiTokenInput,
  SignInInput,
} from './account.input';
import { apiTokensOfViewer, userById } from './account.reads';
import * as accounts from './account.service';
import { ACCOUNT_OWN_CODES } from './account.errors';

/** `AccountError` with `AccountErrorCode`: the payloads' `errors`, with the password policy's codes. */
const AccountError = ModuleErrorType('Account', ACCOUNT_OWN_CODES);

@ObjectType({ simpleResolvers: true, description: 'Result of signIn.' })
class SignInPayload {
  @Field(() => Viewer, { nullable: true, description: 'Who is now signed in; null when refused.' })
  viewer!: Viewer | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The session token, for API clients (send as `Authorization: Bearer …`). Browsers get it as an httpOnly cookie.',
  })
  token!: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the session expires.' })
  expiresAt!: Date | null;

  @Field(() => [UserError], { description: 'Why sign-in was refused; empty when it succeeded.' })
  userErrors!: UserError[];

  @ModuleErrorsField(AccountError)
  errors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of signOut.' })
class SignOutPayload {
  @Field(() => Boolean, { description: 'The session is revoked and the cookie cleared.' })
  isSignedOut!: boolean;

  @Field(() => [UserError], { description: 'Always empty.' })
  userErrors!: UserError[];

  @ModuleErrorsField(AccountError)
  errors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of createApiToken.' })
class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The new token.' })
  apiToken!: ApiToken | null;

  @Field(() => String, { nullable: true, description: 'The secret, shown only now: store it safely.' })
  token!: string | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];

  @ModuleErrorsField(AccountError)
  errors!: UserError[];
}

const RevokeApiTokenPayload = PayloadType(
  'RevokeApiTokenPayload',
  'apiToken',
  ApiToken,
  'Result of revokeApiToken.',
  AccountError,
);
const CreateUserPayload = PayloadType(
  'CreateUserPayload',
  'user',
  User,
  'Result of createUser.',
  AccountError,
);

@ObjectType({ simpleResolvers: true, description: 'Result of changePassword.' })
class ChangePasswordPayload {
  @Field(() => Boolean, { description: 'The new password is set.' })
  isChanged!: boolean;

  @Field(() => Int, {
    description: 'Other sessions of the user that were signed out (this one stays signed in).',
  })
  revokedSessionCount!: number;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];

  @ModuleErrorsField(AccountError)
  errors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'Result of resetUserPassword.' })
class ResetUserPasswordPayload {
  @Field(() => User, { nullable: true, description: 'The user whose password was reset.' })
  user!: User | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The temporary password, shown only now: pass it to the user, who should change it after signing in.',
  })
  temporaryPassword!: string | null;

  @Field(() => Int, { nullable: true, description: 'Sessions of the user that were signed out.' })
  revokedSessionCount!: number | null;

  @Field(() => [UserError], { description: 'Why it was refused; empty when it succeeded.' })
  userErrors!: UserError[];

  @ModuleErrorsField(AccountError)
  errors!: UserError[];
}

/** Builds the GraphQL viewer from the request's viewer model. */
export function toViewerType(model: NonNullable<Context['viewer']>, user: User): Viewer {
  return Object.assign(new Viewer(), {
    model,
    user,
    memberships: model.memberships.map(Membership.from),
    roles: Object.values(AccessRole).filter((role) => model.has(role)),
    isApiToken: model.credential.kind === 'apiToken',
    mustChangePassword: user.mustChangePassword,
  });
}

@Resolver()
export class AccountResolver {
  @Public()
  @Query(() => Viewer, {
    nullable: true,
    description: 'The signed-in user with their memberships and capabilities; null when anonymous.',
  })
  async viewer(@Ctx() ctx: Context): Promise<Viewer | null> {
    if (!ctx.viewer) return null;
    const user = await userById(ctx, ctx.viewer.userId);
    return user && toViewerType(ctx.viewer, user);
  }

  @Allow(AccessRole.PARTNER_ADMIN)
  @Query(() => [ApiToken], { description: 'API tokens of the partners you administer, newest first.' })
  apiTokens(
    @Ctx() ctx: Context,
    @Arg('partnerId', () => ID, {
      nullable: true,
      description: "Only this partner's tokens (a partner you administer; otherwise none).",
    })
    partnerId?: string | null,
  ): Promise<ApiToken[]> {
    return apiTokensOfViewer(ctx, partnerId == null ? null : decodeIdOf('Partner', partnerId));
  }

  @Public()
  @Mutation(() => SignInPayload, {
    description: 'Signs in with email and password; sets the session cookie and returns the token.',
  })
  async signIn(
    @Ctx() ctx: Context,
    @Arg('input', () => SignInInput, { description: 'Credentials.' }) input: SignInInput,
  ) {
    const result = await mutate(input, () => accounts.signIn(ctx, input.email, input.password));
    if (!('token' in result))
      return { viewer: null, token: null, expiresAt: null, ...refusals(result.userErrors) };
    return {
      viewer: toViewerType(result.viewer, User.fromEntity(result.user)),
      token: result.token,
      expiresAt: result.expiresAt,
      ...refusals(),
    };
  }

  @Allow()
  @Mutation(() => SignOutPayload, { description: 'Revokes the current session and clears the cookie.' })
  async signOut(@Ctx() ctx: Context) {
    await accounts.signOut(ctx, ctx.viewer!);
    return { isSignedOut: true, ...refusals() };
  }

  @Allow()
  @Mutation(() => ChangePasswordPayload, {
    description:
      'Sets a new password for the signed-in user (with a session, not an API token); signs out their other sessions.',
  })
  async changePassword(
    @Ctx() ctx: Context,
    @Arg('input', () => ChangePasswordInput, { description: 'The current and the new password.' })
    input: ChangePasswordInput,
  ) {
    const result = await mutate(input, () =>
      accounts.changePassword(ctx, ctx.viewer!, input.currentPassword, input.newPassword),
    );
    return 'revokedSessionCount' in result
      ? { isChanged: true, revokedSessionCount: result.revokedSessionCount, ...refusals() }
      : { isChanged: false, revokedSessionCount: 0, ...refusals(result.userErrors) };
  }

  @Allow(AccessRole.ADMIN)
  @Mutation(() => ResetUserPasswordPayload, {
    description:
      "Replaces a user's password by a temporary one and signs them out everywhere (platform admins only).",
  })
  async resetUserPassword(
    @Ctx() ctx: Context,
    @Arg('input', () => ResetUserPasswordInput, { description: 'The user.' }) input: ResetUserPasswordInput,
  ) {
    const result = await mutate(input, () =>
      accounts.resetUserPassword(ctx, ctx.viewer!, decodeIdOf('User', input.userId)),
    );
    if (!('temporaryPassword' in result)) {
      return {
        user: null,
        temporaryPassword: null,
        revokedSessionCount: null,
        ...refusals(result.userErrors),
      };
    }
    return {
      user: User.fromEntity(result.user),
      temporaryPassword: result.temporaryPassword,
      revokedSessionCount: result.revokedSessionCount,
      ...refusals(),
    };
  }

  @Allow(AccessRole.PARTNER_ADMIN)
  @Mutation(() => CreateApiTokenPayload, {
    description: "Creates a named API token for a partner's own systems.",
  })
  createApiToken(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateApiTokenInput, { description: 'The token to create.' })
    input: CreateApiTokenInput,
  ) {
    return mutate(input, () =>
      accounts.createApiToken(
        ctx,
        ctx.viewer!,
        decodeIdOf('Partner', input.partnerId),
        input.name,
        input.scope,
      ),
    ).then((result) => ({
      apiToken: 'apiToken' in result ? ApiToken.fromEntity(result.apiToken) : null,
      token: 'token' in result ? result.token : null,
      ...refusals(result.userErrors),
    }));
  }

  @Allow(AccessRole.PARTNER_ADMIN)
  @Mutation(() => RevokeApiTokenPayload, { description: 'Revokes an API token of a partner you administer.' })
  revokeApiToken(
    @Ctx() ctx: Context,
    @Arg('input', () => RevokeApiTokenInput, { description: 'The token to revoke.' })
    input: RevokeApiTokenInput,
  ) {
    return mutate(input, async () => {
      const token = await accounts.revokeApiToken(ctx, ctx.viewer!, decodeIdOf('ApiToken', input.id));
      return { apiToken: ApiToken.fromEntity(token) };
    });
  }

  @Allow(AccessRole.ADMIN)
  @Mutation(() => CreateUserPayload, {
    description: 'Creates a user with memberships (platform admins only).',
  })
  createUser(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput,
  ) {
    return mutate(input, async () => {
      const user = await accounts.createUser(ctx, {
        ...input,
        // A malformed ID is refused before anything else is checked (BAD_USER_INPUT).
        memberships: input.memberships.map((membership) => ({
          role: membership.role,
          cooperativeId: membership.cooperativeId
            ? decodeIdOf('Cooperative', membership.cooperativeId)
            : null,
          partnerId: membership.partnerId ? decodeIdOf('Partner', membership.partnerId) : null,
          mentorId: membership.mentorId ? decodeIdOf('Mentor', membership.mentorId) : null,
          regionCode: membership.regionCode ?? null,
        })),
      });
      return { user: await userById(ctx, user.id) };
    });
  }
}
