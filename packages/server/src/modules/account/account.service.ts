import { inTransaction, type Context } from '../../request-context';
import { ForbiddenError, RefusalCode, type FieldPath } from '../../shared/domain-error';
import { AccountError } from './account.errors';
import {
  ApiToken,
  type ApiTokenScope,
  Membership,
  MembershipRole,
  Session,
  User,
  type Locale,
  type OrganisationRef,
} from './account.entity';
import { newToken, SESSION_TTL_MS, viewerFromToken } from './credentials';
import {
  assertPasswordPolicy,
  dummyPasswordHash,
  hashPassword,
  temporaryPassword,
  verifyPassword,
} from './password';
import { SessionEndReason } from './session-sockets';
import type { Viewer } from './viewer';
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
  await assertSignInAllowed(ctx, normalised);
  const user = await ctx.em.findOne(
    User,
    { email: normalised, isActive: true },
    { populate: ['passwordHash'] },
  );
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !matches) {
    await limiter.recordFailure(normalised, ctx.http.ip);
    throw new AccountError(RefusalCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
  }
  await limiter.recordSuccess(normalised, ctx.http.ip);
  const session = await openSession(ctx, user);
  ctx.log.info({ userId: user.id }, 'signed in');
  const viewer = await viewerFromToken(ctx.knex, session.token);
  if (!viewer) throw new Error('a session just created could not be read back');
  return { ...session, user, viewer };
}

/**
 * A new session for `user`, its cookie set on the response (signing in, or accepting an
 * invitation as a new account). The request itself stays as it came (anonymous).
 */
export async function openSession(ctx: Context, user: User): Promise<{ token: string; expiresAt: Date }> {
  const { token, hash } = newToken('session');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  ctx.em.create(Session, { user, tokenHash: hash, expiresAt });
  await ctx.em.flush();
  ctx.http.setSessionCookie(token, expiresAt);
  return { token, expiresAt };
}

/** Refuses (RATE_LIMITED) a password attempt for this account from this address while a limit holds. */
async function assertSignInAllowed(ctx: Context, normalisedEmail: string, field?: FieldPath): Promise<void> {
  const wait = await ctx.services.signInLimiter.secondsUntilAllowed(normalisedEmail, ctx.http.ip);
  if (wait > 0) {
    throw new AccountError(
      RefusalCode.RATE_LIMITED,
      `Too many failed attempts; try again in ${durationInWords(wait)} (${wait} seconds).`,
      field,
    );
  }
}

function durationInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `${Math.ceil(minutes / 60)} hours`;
}

/**
 * Revokes the session the request came with and closes its WebSockets (API tokens are revoked
 * with revokeApiToken).
 */
export async function signOut(ctx: Context, viewer: Viewer): Promise<void> {
  if (viewer.credential.kind === 'session') {
    await ctx.em.nativeUpdate(Session, { id: viewer.credential.sessionId }, { revokedAt: new Date() });
    ctx.services.sessionSockets.closeSessions([viewer.credential.sessionId], SessionEndReason.SIGNED_OUT);
  }
  ctx.http.clearSessionCookie();
}

/**
 * The signed-in user sets a new password. A wrong current password counts as a failed sign-in
 * (the same limits apply, so this is no side door for guessing). Every other session of the user
 * is revoked and its sockets closed: whoever knew the old password is out; this browser stays in.
 */
export async function changePassword(
  ctx: Context,
  viewer: Viewer,
  currentPassword: string,
  newPassword: string,
): Promise<{ revokedSessionCount: number }> {
  if (viewer.credential.kind !== 'session') {
    throw new ForbiddenError("An API token cannot change its creator's password; sign in to do it.");
  }
  const currentSessionId = viewer.credential.sessionId;
  await assertSignInAllowed(ctx, viewer.email, ['currentPassword']);
  const user = await ctx.em.findOneOrFail(User, viewer.userId, { populate: ['passwordHash'] });
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await ctx.services.signInLimiter.recordFailure(viewer.email, ctx.http.ip);
    throw new AccountError(RefusalCode.INVALID_CREDENTIALS, 'The current password is incorrect.', [
      'currentPassword',
    ]);
  }
  assertPasswordPolicy(newPassword, user.email, ['newPassword']);
  const passwordHash = await hashPassword(newPassword);
  const revoked = await inTransaction(ctx, async (tx) => {
    await tx.em.nativeUpdate(User, { id: user.id }, { passwordHash, mustChangePassword: false });
    return revokeSessions(tx.em, user.id, currentSessionId);
  });
  ctx.services.sessionSockets.closeSessions(revoked, SessionEndReason.REVOKED);
  ctx.log.info({ userId: user.id, revokedSessions: revoked.length }, 'password changed');
  return { revokedSessionCount: revoked.length };
}

/**
 * A platform admin replaces a user's password by a random temporary one, returned once for the
 * admin to pass on, and signs the user out everywhere. The user is then asked to choose their own
 * (Viewer.mustChangePassword, cleared by changePassword). The user's API tokens stay: they belong
 * to the partner's systems rather than to the person, and the partner's admins see and revoke
 * them with apiTokens / revokeApiToken.
 */
export async function resetUserPassword(
  ctx: Context,
  viewer: Viewer,
  userId: number,
): Promise<{ user: User; temporaryPassword: string; revokedSessionCount: number }> {
  if (userId === viewer.userId) {
    throw new AccountError(RefusalCode.INVALID, 'Use changePassword for your own password.', ['userId']);
  }
  const user = await ctx.em.findOne(User, userId);
  if (!user) throw new AccountError(RefusalCode.NOT_FOUND, 'There is no such user.', ['userId']);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const revoked = await inTransaction(ctx, async (tx) => {
    await tx.em.nativeUpdate(User, { id: user.id }, { passwordHash, mustChangePassword: true });
    return revokeSessions(tx.em, user.id, null);
  });
  ctx.services.sessionSockets.closeSessions(revoked, SessionEndReason.REVOKED);
  ctx.log.info(
    { userId: user.id, by: viewer.userId, revokedSessions: revoked.length },
    'password reset by an admin',
  );
  return { user, temporaryPassword: password, revokedSessionCount: revoked.length };
}

/** Revokes the user's live sessions except `keep`; the ids revoked, to close their sockets. */
async function revokeSessions(em: Context['em'], userId: number, keep: number | null): Promise<number[]> {
  const rows: { id: number }[] = await em.execute(
    `update session set revoked_at = now()
     where user_id = ? and revoked_at is null and expires_at > now() and id <> ?
     returning id`,
    [userId, keep ?? 0],
  );
  return rows.map((row) => row.id);
}

/** A new named API token for a partner the viewer administers; the secret is returned once. */
export async function createApiToken(
  ctx: Context,
  viewer: Viewer,
  partnerId: number,
  name: string,
  scope: ApiTokenScope,
): Promise<{ token: string; apiToken: ApiToken }> {
  if (!viewer.isStaffOf(partnerId, [MembershipRole.PARTNER_ADMIN]) || viewer.credential.kind === 'apiToken') {
    throw new ForbiddenError(
      'Only an admin of this partner, signed in with a session, may create its API tokens.',
    );
  }
  const { token, hash } = newToken('apiToken');
  const apiToken = ctx.em.create(ApiToken, {
    partner: ctx.em.getReference<OrganisationRef>('Partner', partnerId),
    createdBy: ctx.em.getReference(User, viewer.userId),
    name: name.trim(),
    scope,
    tokenHash: hash,
  });
  await ctx.em.flush();
  return { token, apiToken };
}

export async function revokeApiToken(ctx: Context, viewer: Viewer, id: number): Promise<ApiToken> {
  const apiToken = await ctx.em.findOne(ApiToken, id);
  if (!apiToken || !viewer.isStaffOf(apiToken.partner.id, [MembershipRole.PARTNER_ADMIN])) {
    throw new AccountError(RefusalCode.NOT_FOUND, 'No such API token.', ['id']);
  }
  apiToken.revokedAt ??= new Date();
  await ctx.em.flush();
  return apiToken;
}

/** A membership to grant a new user: the role and the record it is held in (by database id). */
export interface NewMembership {
  role: MembershipRole;
  cooperativeId?: number | null;
  partnerId?: number | null;
  mentorId?: number | null;
  regionCode?: string | null;
}

/** A new user account with its memberships. */
export interface NewUser {
  email: string;
  name: string;
  phone?: string | null;
  locale: Locale;
  password: string;
  memberships: NewMembership[];
}

/** Admins create accounts with their memberships; every reference is checked to exist and fit the role. */
export async function createUser(ctx: Context, input: NewUser): Promise<User> {
  const email = normaliseEmail(input.email);
  assertPasswordPolicy(input.password, email, ['password']);
  if (await ctx.em.count(User, { email })) {
    throw new AccountError(RefusalCode.DUPLICATE, 'A user with this email exists already.', ['email']);
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

async function membershipReferences(ctx: Context, membership: NewMembership, index: number) {
  const field = (name: string) => ['memberships', index, name];
  const missing = (name: string, what: string) =>
    new AccountError(RefusalCode.INVALID, `${membership.role} needs ${what}.`, field(name));
  const notFound = (name: string) => new AccountError(RefusalCode.NOT_FOUND, 'No such record.', field(name));
  switch (membership.role) {
    case MembershipRole.KETUA:
    case MembershipRole.PENGURUS:
    case MembershipRole.STAFF: {
      if (!membership.cooperativeId) throw missing('cooperativeId', 'a cooperative');
      const cooperative = await ctx.em.findOne<OrganisationRef>('Cooperative', membership.cooperativeId);
      if (!cooperative) throw notFound('cooperativeId');
      return { cooperative };
    }
    case MembershipRole.PARTNER_ADMIN:
    case MembershipRole.PARTNER_OFFICER: {
      if (!membership.partnerId) throw missing('partnerId', 'a partner');
      const partner = await ctx.em.findOne<OrganisationRef>('Partner', membership.partnerId);
      if (!partner) throw notFound('partnerId');
      return { partner };
    }
    case MembershipRole.MENTOR: {
      if (!membership.mentorId) throw missing('mentorId', 'a mentor record');
      const mentor = await ctx.em.findOne<OrganisationRef>('Mentor', membership.mentorId);
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
