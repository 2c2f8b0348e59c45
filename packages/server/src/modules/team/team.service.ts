import { inTransaction, type Context } from '../../request-context';
import { ForbiddenError } from '../../shared/domain-error';
import {
  COOPERATIVE_ROLES,
  Locale,
  Membership,
  MembershipRole,
  PARTNER_ROLES,
  User,
  type OrganisationRef,
} from '../account/account.entity';
import { newToken, tokenHash } from '../account/credentials';
import { normaliseEmail, openSession } from '../account/account.service';
import { assertPasswordPolicy, hashPassword } from '../account/password';
import type { Viewer } from '../account/viewer';
import { invitationMail } from '../email/email.templates';
import { TeamEvent, TeamEventKind, TeamInvitation } from './team.entity';
import { TeamError } from './team.errors';

/**
 * An organisation's people, managed by its own admins: a cooperative's ketua, a partner's partner
 * admins (and platform admins). They invite by email with a role, resend or cancel invitations,
 * change roles and remove members; the organisation always keeps one admin. Every change is a
 * `team_event` in the change's transaction. Only with a session: an API token is a partner's
 * system, not a person, and manages nobody.
 */

/** An organisation whose people are managed here, by database id. */
export interface Organisation {
  kind: 'cooperative' | 'partner';
  id: number;
}

interface TeamRules {
  /** The roles a member of such an organisation may hold. */
  roles: readonly MembershipRole[];
  /** The role that manages the people. */
  adminRole: MembershipRole;
  /** The entity and the membership column naming the organisation. */
  entity: 'Cooperative' | 'Partner';
  column: 'cooperative_id' | 'partner_id';
}

export const TEAM_RULES: Record<Organisation['kind'], TeamRules> = {
  cooperative: {
    roles: COOPERATIVE_ROLES,
    adminRole: MembershipRole.KETUA,
    entity: 'Cooperative',
    column: 'cooperative_id',
  },
  partner: {
    roles: PARTNER_ROLES,
    adminRole: MembershipRole.PARTNER_ADMIN,
    entity: 'Partner',
    column: 'partner_id',
  },
};

/** How long an invitation link lets its holder in, from its sending or last resend. */
export const INVITATION_VALID_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The organisation a membership or invitation row belongs to, if a cooperative or partner. */
export function organisationOf(row: {
  cooperative?: OrganisationRef | null;
  partner?: OrganisationRef | null;
}): Organisation | null {
  if (row.cooperative) return { kind: 'cooperative', id: row.cooperative.id };
  if (row.partner) return { kind: 'partner', id: row.partner.id };
  return null;
}

export function isMemberOf(viewer: Viewer, organisation: Organisation): boolean {
  return organisation.kind === 'cooperative'
    ? viewer.isOfficerOf(organisation.id)
    : viewer.isStaffOf(organisation.id);
}

/** Whether the viewer manages the organisation's people: its admin, or a platform admin. */
export function managesTeam(viewer: Viewer, organisation: Organisation): boolean {
  if (viewer.isAdmin) return true;
  const { adminRole } = TEAM_RULES[organisation.kind];
  return organisation.kind === 'cooperative'
    ? viewer.isOfficerOf(organisation.id, [adminRole])
    : viewer.isStaffOf(organisation.id, [adminRole]);
}

/** Refuses (FORBIDDEN) anyone but the organisation's admins, and API tokens. */
function assertManages(viewer: Viewer, organisation: Organisation): void {
  if (viewer.credential.kind === 'apiToken' || !managesTeam(viewer, organisation)) {
    throw new ForbiddenError(
      organisation.kind === 'cooperative'
        ? "Only the cooperative's ketua, signed in, may manage its people."
        : "Only the partner's admins, signed in, may manage its people.",
    );
  }
}

/**
 * For a row named by its id (a member, an invitation): a member of its organisation who does not
 * manage it is FORBIDDEN; anyone else is told it does not exist, as for any record they cannot see.
 */
function assertManagesOrHide(viewer: Viewer, organisation: Organisation, hidden: () => Error): void {
  if (isMemberOf(viewer, organisation) || viewer.isAdmin) assertManages(viewer, organisation);
  else throw hidden();
}

function assertRoleFits(organisation: Organisation, role: MembershipRole): void {
  if (!TEAM_RULES[organisation.kind].roles.includes(role)) {
    throw TeamError.roleNotOfOrganisation(role, organisation.kind);
  }
}

const organisationColumns = (organisation: Organisation, tx: Context) => ({
  cooperative:
    organisation.kind === 'cooperative'
      ? tx.em.getReference<OrganisationRef>('Cooperative', organisation.id)
      : null,
  partner:
    organisation.kind === 'partner' ? tx.em.getReference<OrganisationRef>('Partner', organisation.id) : null,
});

function recordEvent(
  tx: Context,
  organisation: Organisation,
  event: {
    kind: TeamEventKind;
    actorId: number;
    email: string;
    role: MembershipRole;
    previousRole?: MembershipRole;
  },
): void {
  tx.em.create(TeamEvent, {
    ...organisationColumns(organisation, tx),
    kind: event.kind,
    actor: tx.em.getReference(User, event.actorId),
    email: event.email,
    role: event.role,
    previousRole: event.previousRole ?? null,
  });
}

/** An invitation created or renewed, with the secret token of its link (given out once). */
export interface IssuedInvitation {
  id: number;
  token: string;
}

/** Invites an email into the organisation with a role; by its admins. */
export async function inviteMember(
  ctx: Context,
  organisation: Organisation,
  input: { email: string; name?: string | null; role: MembershipRole },
): Promise<IssuedInvitation> {
  const viewer = ctx.viewer!;
  assertManages(viewer, organisation);
  assertRoleFits(organisation, input.role);
  const email = normaliseEmail(input.email);
  return inTransaction(ctx, async (tx) => {
    if (!(await tx.em.findOne<OrganisationRef>(TEAM_RULES[organisation.kind].entity, organisation.id))) {
      throw new ForbiddenError('There is no such organisation to invite into.');
    }
    const [{ member, invited, deactivated }] = await tx.em.execute<
      { member: boolean; invited: boolean; deactivated: boolean }[]
    >(
      `select exists (select 1 from membership m join app_user u on u.id = m.user_id
                       where u.email = ? and m.${TEAM_RULES[organisation.kind].column} = ?) as member,
              exists (select 1 from team_invitation i
                       where i.email = ? and i.${TEAM_RULES[organisation.kind].column} = ?
                         and i.accepted_at is null and i.cancelled_at is null) as invited,
              exists (select 1 from app_user u where u.email = ? and not u.is_active) as deactivated`,
      [email, organisation.id, email, organisation.id, email],
    );
    if (member) throw TeamError.alreadyMember();
    if (invited) throw TeamError.alreadyInvited();
    if (deactivated) throw TeamError.inviteeDeactivated('email');
    const { token, hash } = newToken('invitation');
    const invitation = tx.em.create(TeamInvitation, {
      ...organisationColumns(organisation, tx),
      email,
      name: input.name?.trim() || null,
      role: input.role,
      invitedBy: tx.em.getReference(User, viewer.userId),
      tokenHash: hash,
      expiresAt: new Date(Date.now() + INVITATION_VALID_DAYS * DAY_MS),
    });
    recordEvent(tx, organisation, {
      kind: TeamEventKind.MEMBER_INVITED,
      actorId: viewer.userId,
      email,
      role: input.role,
    });
    await tx.em.flush();
    return { id: invitation.id, token };
  });
}

/** An open invitation to change, by its organisation's admins. */
async function openInvitationToChange(tx: Context, id: number): Promise<[TeamInvitation, Organisation]> {
  const invitation = await tx.em.findOne(TeamInvitation, id);
  const organisation = invitation && organisationOf(invitation);
  if (!invitation || !organisation) throw TeamError.noSuchInvitation();
  assertManagesOrHide(tx.viewer!, organisation, () => TeamError.noSuchInvitation());
  if (invitation.acceptedAt || invitation.cancelledAt) throw TeamError.invitationClosed();
  return [invitation, organisation];
}

/** A new link for an open invitation (the old one stops working), valid for another two weeks. */
export async function resendInvitation(ctx: Context, id: number): Promise<IssuedInvitation> {
  return inTransaction(ctx, async (tx) => {
    const [invitation, organisation] = await openInvitationToChange(tx, id);
    if (await tx.em.count(User, { email: invitation.email, isActive: false })) {
      throw TeamError.inviteeDeactivated('id');
    }
    const { token, hash } = newToken('invitation');
    invitation.tokenHash = hash;
    invitation.expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * DAY_MS);
    invitation.mailedAt = null;
    recordEvent(tx, organisation, {
      kind: TeamEventKind.INVITATION_RESENT,
      actorId: tx.viewer!.userId,
      email: invitation.email,
      role: invitation.role,
    });
    await tx.em.flush();
    return { id: invitation.id, token };
  });
}

/** Cancels an open invitation: its link stops working. */
export async function cancelInvitation(ctx: Context, id: number): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const [invitation, organisation] = await openInvitationToChange(tx, id);
    invitation.cancelledAt = new Date();
    recordEvent(tx, organisation, {
      kind: TeamEventKind.INVITATION_CANCELLED,
      actorId: tx.viewer!.userId,
      email: invitation.email,
      role: invitation.role,
    });
    await tx.em.flush();
    return invitation.id;
  });
}

/** The link of an invitation in the web app (Indonesian pages have no prefix). */
export function invitationUrl(ctx: Context, token: string): string {
  return `${ctx.services.publicWebUrl}/invitation?token=${encodeURIComponent(token)}`;
}

const ROLE_NAME: Record<Locale, Partial<Record<MembershipRole, string>>> = {
  [Locale.ID]: {
    [MembershipRole.KETUA]: 'ketua',
    [MembershipRole.PENGURUS]: 'pengurus',
    [MembershipRole.STAFF]: 'staf',
    [MembershipRole.PARTNER_ADMIN]: 'admin mitra',
    [MembershipRole.PARTNER_OFFICER]: 'petugas mitra',
  },
  [Locale.EN]: {
    [MembershipRole.KETUA]: 'chair (ketua)',
    [MembershipRole.PENGURUS]: 'board member (pengurus)',
    [MembershipRole.STAFF]: 'staff',
    [MembershipRole.PARTNER_ADMIN]: 'partner admin',
    [MembershipRole.PARTNER_OFFICER]: 'partner officer',
  },
};

/**
 * Mails the invitation's link, after the change committed. A mail that cannot be sent is logged
 * and leaves `mailedAt` empty: the admin sees it was not mailed, and still has the link to pass on.
 */
export async function mailInvitation(ctx: Context, invitation: IssuedInvitation): Promise<boolean> {
  const mailer = ctx.services.mailer;
  if (mailer.kind === 'off') return false;
  const row: {
    email: string;
    role: MembershipRole;
    expires_at: Date;
    organisation_name: string;
    inviter_name: string | null;
  } = await ctx
    .knex('team_invitation as i')
    .leftJoin('cooperative as c', 'c.id', 'i.cooperative_id')
    .leftJoin('partner as p', 'p.id', 'i.partner_id')
    .leftJoin('app_user as u', 'u.id', 'i.invited_by_id')
    .where('i.id', invitation.id)
    .first(
      'i.email',
      'i.role',
      'i.expires_at',
      ctx.knex.raw('coalesce(c.name, p.name) as organisation_name'),
      'u.name as inviter_name',
    );
  const content = invitationMail({
    organisationName: row.organisation_name,
    roleName: {
      [Locale.ID]: ROLE_NAME[Locale.ID][row.role] ?? row.role,
      [Locale.EN]: ROLE_NAME[Locale.EN][row.role] ?? row.role,
    },
    inviterName: row.inviter_name ?? 'MitraDesa',
    url: invitationUrl(ctx, invitation.token),
    expiresAt: new Date(row.expires_at),
  });
  try {
    await mailer.send({ to: row.email, ...content });
  } catch (error) {
    ctx.log.warn({ err: error, invitationId: invitation.id }, 'invitation mail not sent');
    return false;
  }
  await ctx.knex('team_invitation').where('id', invitation.id).update({ mailed_at: ctx.knex.fn.now() });
  return true;
}

/** Whether `token` has the shape of an invitation link's token (newToken('invitation')). */
export const isInvitationToken = (token: string) => /^mdi_[A-Za-z0-9_-]{43}$/.test(token);

/** The invitation a link's token stands for, open or not; null when there is none. */
export async function invitationByToken(ctx: Context, token: string): Promise<TeamInvitation | null> {
  if (!isInvitationToken(token)) return null;
  return ctx.em.findOne(TeamInvitation, { tokenHash: tokenHash(token) });
}

/**
 * The invitee accepts. An address with an account joins as that account, signed in as it; a new
 * one becomes an account with the name and password given, and is signed in. Either way the
 * organisation gains a member in the invited role (one who is a member already keeps their role).
 */
export async function acceptInvitation(
  ctx: Context,
  input: { token: string; name?: string | null; password?: string | null; locale?: Locale | null },
): Promise<{ organisation: Organisation; userId: number; isNewAccount: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const invitation = await invitationByToken(tx, input.token);
    const organisation = invitation && organisationOf(invitation);
    if (!invitation || !organisation || invitation.cancelledAt) throw TeamError.noSuchInvitation('token');
    if (invitation.acceptedAt) throw TeamError.invitationAccepted();
    if (invitation.expiresAt.getTime() <= Date.now()) throw TeamError.invitationExpired();
    let user = await tx.em.findOne(User, { email: invitation.email });
    const isNewAccount = !user;
    if (user) {
      // Deactivated after the invitation was sent (inviting such an account is refused).
      if (!user.isActive) throw TeamError.inviteeDeactivated('token');
      if (tx.viewer?.userId !== user.id || tx.viewer.credential.kind !== 'session') {
        throw TeamError.inviteeMustSignIn();
      }
    } else {
      const name = input.name?.trim() || invitation.name;
      if (!name) throw TeamError.nameRequired();
      if (!input.password) throw TeamError.passwordRequired();
      assertPasswordPolicy(input.password, invitation.email, ['password']);
      user = tx.em.create(User, {
        email: invitation.email,
        name,
        locale: input.locale ?? Locale.ID,
        passwordHash: await hashPassword(input.password),
      });
    }
    const rules = TEAM_RULES[organisation.kind];
    const isMember =
      !isNewAccount &&
      (await tx.em.count(Membership, {
        user,
        [organisation.kind]: organisation.id,
        role: { $in: rules.roles },
      })) > 0;
    if (!isMember) {
      tx.em.create(Membership, { user, role: invitation.role, ...organisationColumns(organisation, tx) });
    }
    invitation.acceptedAt = new Date();
    await tx.em.flush();
    recordEvent(tx, organisation, {
      kind: TeamEventKind.INVITATION_ACCEPTED,
      actorId: user.id,
      email: invitation.email,
      role: invitation.role,
    });
    if (isNewAccount) await openSession(tx, user);
    await tx.em.flush();
    return { organisation, userId: user.id, isNewAccount };
  });
}

/** A membership in a cooperative or partner, to change by the organisation's admins. */
async function memberToChange(tx: Context, membershipId: number): Promise<[Membership, Organisation]> {
  const membership = await tx.em.findOne(Membership, membershipId, { populate: ['user'] });
  const organisation = membership && organisationOf(membership);
  if (!membership || !organisation) throw TeamError.noSuchMember();
  assertManagesOrHide(tx.viewer!, organisation, () => TeamError.noSuchMember());
  return [membership, organisation];
}

/**
 * Refuses to take the admin role from `membership` when it is the organisation's last holder. The
 * organisation's admin memberships are locked first, so two admins removing each other at once
 * cannot both pass the count.
 */
async function assertNotLastAdmin(tx: Context, organisation: Organisation, membership: Membership) {
  const rules = TEAM_RULES[organisation.kind];
  if (membership.role !== rules.adminRole) return;
  const admins = await tx.em.execute<{ id: number }[]>(
    `select m.id from membership m join app_user u on u.id = m.user_id
      where m.${rules.column} = ? and m.role = ? and u.is_active
      order by m.id for update of m`,
    [organisation.id, rules.adminRole],
  );
  if (admins.filter((admin) => admin.id !== membership.id).length === 0) {
    throw TeamError.lastAdmin(rules.adminRole);
  }
}

/** Gives a member another role of the organisation; the last admin keeps theirs. */
export async function changeMemberRole(
  ctx: Context,
  membershipId: number,
  role: MembershipRole,
): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const [membership, organisation] = await memberToChange(tx, membershipId);
    assertRoleFits(organisation, role);
    if (membership.role === role) return membership.id;
    await assertNotLastAdmin(tx, organisation, membership);
    const previousRole = membership.role;
    membership.role = role;
    recordEvent(tx, organisation, {
      kind: TeamEventKind.ROLE_CHANGED,
      actorId: tx.viewer!.userId,
      email: membership.user.email,
      role,
      previousRole,
    });
    await tx.em.flush();
    return membership.id;
  });
}

/** Removes a member from the organisation (their account stays); never the last admin. */
export async function removeMember(ctx: Context, membershipId: number): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const [membership, organisation] = await memberToChange(tx, membershipId);
    await assertNotLastAdmin(tx, organisation, membership);
    recordEvent(tx, organisation, {
      kind: TeamEventKind.MEMBER_REMOVED,
      actorId: tx.viewer!.userId,
      email: membership.user.email,
      role: membership.role,
    });
    tx.em.remove(membership);
    await tx.em.flush();
    return membership.id;
  });
}
