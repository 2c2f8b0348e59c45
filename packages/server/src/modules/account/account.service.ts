import type { Context } from '../../graphql/context';
import { UserErrorCode, UserErrorException } from '../../graphql/user-error';
import { decodeIdOf } from '../../graphql/relay';
import { ForbiddenError } from '../../graphql/errors';
import { ApiToken, Membership, MembershipRole, Session, User } from './account.entity';
import { newToken, SESSION_TTL_MS, viewerFromToken } from './credentials';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import type { CreateUserInput, MembershipInput } from './account.input';
import type { Viewer } from './viewer';
import { Cooperative } from '../cooperative/cooperative.entity';
import { Partner } from '../partner/partner.entity';
import { Mentor } from '../mentor/mentor.entity';
import { Region, RegionLevel } from '../region/region.entity';

const INVALID_CREDENTIALS = 'The email or password is incorrect.';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks the password and opens a session. Every failure looks the same to the caller (no
 * account enumeration) and counts against the account's and the address's rate limits.
 */
export async function signIn(
  ctx: Context,
  email: string,
  password: string,
): Promise<{ token: string; expiresAt: Date; user: User; viewer: Viewer }> {
  const normalised = normaliseEmail(email);
  const limiter = ctx.services.signInLimiter;
  const wait = await limiter.secondsUntilAllowed(normalised, ctx.http.ip);
  if (wait > 0) {
    throw UserErrorException.of(
      UserErrorCode.RATE_LIMITED,
      `Too many failed attempts; try again in ${Math.ceil(wait / 60)} minute(s).`,
    );
  }
  const user = await ctx.em.findOne(
    User,
    { email: normalised, isActive: true },
    { populate: ['passwordHash'] },
  );
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !matches) {
    await limiter.recordFailure(normalised, ctx.http.ip);
    throw UserErrorException.of(UserErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
  }
  await limiter.recordSuccess(normalised);
  const { token, hash } = newToken('session');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  ctx.em.create(Session, { user, tokenHash: hash, expiresAt });
  await ctx.em.flush();
  ctx.http.setSessionCookie(token, expiresAt);
  ctx.log.info({ userId: user.id }, 'signed in');
  // This request stays anonymous; the viewer is the one the new session will be.
  const viewer = await viewerFromToken(ctx.knex, token);
  if (!viewer) throw new Error('a session just created could not be read back');
  return { token, expiresAt, user, viewer };
}

/** Revokes the session the request came with (API tokens are revoked with revokeApiToken). */
export async function signOut(ctx: Context, viewer: Viewer): Promise<void> {
  if (viewer.credential.kind === 'session') {
    await ctx.em.nativeUpdate(Session, { id: viewer.credential.sessionId }, { revokedAt: new Date() });
  }
  ctx.http.clearSessionCookie();
}

/** A new named API token for a partner the viewer administers; the secret is returned once. */
export async function createApiToken(
  ctx: Context,
  viewer: Viewer,
  partnerGlobalId: string,
  name: string,
): Promise<{ token: string; apiToken: ApiToken }> {
  const partnerId = decodeIdOf('Partner', partnerGlobalId);
  if (!viewer.isStaffOf(partnerId, [MembershipRole.PARTNER_ADMIN]) || viewer.credential.kind === 'apiToken') {
    throw new ForbiddenError(
      'Only an admin of this partner, signed in with a session, may create its API tokens.',
    );
  }
  const { token, hash } = newToken('apiToken');
  const apiToken = ctx.em.create(ApiToken, {
    partner: ctx.em.getReference(Partner, partnerId),
    createdBy: ctx.em.getReference(User, viewer.userId),
    name: name.trim(),
    tokenHash: hash,
  });
  await ctx.em.flush();
  return { token, apiToken };
}

export async function revokeApiToken(ctx: Context, viewer: Viewer, tokenGlobalId: string): Promise<ApiToken> {
  const id = decodeIdOf('ApiToken', tokenGlobalId);
  const apiToken = await ctx.em.findOne(ApiToken, id);
  if (!apiToken || !viewer.isStaffOf(apiToken.partner.id, [MembershipRole.PARTNER_ADMIN])) {
    throw UserErrorException.of(UserErrorCode.NOT_FOUND, 'No such API token.', ['input', 'id']);
  }
  apiToken.revokedAt ??= new Date();
  await ctx.em.flush();
  return apiToken;
}

/** Admins create accounts with their memberships; every reference is checked to exist and fit the role. */
export async function createUser(ctx: Context, input: CreateUserInput): Promise<User> {
  const email = normaliseEmail(input.email);
  if (await ctx.em.count(User, { email })) {
    throw UserErrorException.of(UserErrorCode.DUPLICATE, 'A user with this email exists already.', [
      'input',
      'email',
    ]);
  }
  const user = ctx.em.create(User, {
    email,
    name: input.name.trim(),
    phone: input.phone ?? null,
    locale: input.locale,
    passwordHash: await hashPassword(input.password),
  });
  for (const [index, membership] of input.memberships.entries()) {
    ctx.em.create(Membership, {
      user,
      role: membership.role,
      ...(await membershipReferences(ctx, membership, index)),
    });
  }
  await ctx.em.flush();
  return user;
}

async function membershipReferences(ctx: Context, membership: MembershipInput, index: number) {
  const field = (name: string) => ['input', 'memberships', String(index), name];
  const missing = (name: string, what: string) =>
    UserErrorException.of(UserErrorCode.INVALID, `${membership.role} needs ${what}.`, field(name));
  const notFound = (name: string) =>
    UserErrorException.of(UserErrorCode.NOT_FOUND, 'No such record.', field(name));
  switch (membership.role) {
    case MembershipRole.KETUA:
    case MembershipRole.PENGURUS:
    case MembershipRole.STAFF: {
      if (!membership.cooperativeId) throw missing('cooperativeId', 'a cooperative');
      const cooperative = await ctx.em.findOne(
        Cooperative,
        decodeIdOf('Cooperative', membership.cooperativeId),
      );
      if (!cooperative) throw notFound('cooperativeId');
      return { cooperative };
    }
    case MembershipRole.PARTNER_ADMIN:
    case MembershipRole.PARTNER_OFFICER: {
      if (!membership.partnerId) throw missing('partnerId', 'a partner');
      const partner = await ctx.em.findOne(Partner, decodeIdOf('Partner', membership.partnerId));
      if (!partner) throw notFound('partnerId');
      return { partner };
    }
    case MembershipRole.MENTOR: {
      if (!membership.mentorId) throw missing('mentorId', 'a mentor record');
      const mentor = await ctx.em.findOne(Mentor, decodeIdOf('Mentor', membership.mentorId));
      if (!mentor) throw notFound('mentorId');
      return { mentor };
    }
    case MembershipRole.DINAS: {
      if (!membership.regionCode) throw missing('regionCode', 'a province or regency');
      const region = await ctx.em.findOne(Region, {
        code: membership.regionCode,
        level: { $in: [RegionLevel.PROVINCE, RegionLevel.REGENCY] },
      });
      if (!region) throw notFound('regionCode');
      return { region };
    }
    case MembershipRole.ADMIN:
      return {};
  }
}

/** Production must not run with seeded demo accounts: their password is published in the README. */
export async function assertNoDemoAccountsInProduction(
  ctx: { em: Context['em'] },
  isProduction: boolean,
): Promise<void> {
  if (!isProduction) return;
  const demoAccounts = await ctx.em.count(User, { isDemo: true });
  if (demoAccounts > 0) {
    throw new Error(
      `Refusing to start in production: ${demoAccounts} demo account(s) with the published demo password exist. ` +
        'Delete them (delete from app_user where is_demo) or run without NODE_ENV=production.',
    );
  }
}
