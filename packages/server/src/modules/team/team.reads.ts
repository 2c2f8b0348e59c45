import type { Knex } from '@mikro-orm/postgresql';
import { loadOne, type Context } from '../../request-context';
import { fromPgTimestamp } from '../../shared/time';
import { MembershipRole } from '../account/account.entity';
import { tokenHash } from '../account/credentials';
import {
  InvitationPreview,
  InvitationStatus,
  organisationGlobalId,
  organisationKindOf,
  Team,
  TeamEvent,
  TeamInvitation,
  TeamMember,
  type TeamInvitationRow,
  type TeamMemberRow,
} from './team.type';
import { TeamEventKind } from './team.entity';
import { isInvitationToken, isMemberOf, managesTeam, TEAM_RULES, type Organisation } from './team.service';

/** A team's members are seen by the people in it (and platform admins); the rest by its admins. */
const seesMembers = (ctx: Context, organisation: Organisation) =>
  !!ctx.viewer && (ctx.viewer.isAdmin || isMemberOf(ctx.viewer, organisation));
const manages = (ctx: Context, organisation: Organisation) =>
  !!ctx.viewer && managesTeam(ctx.viewer, organisation);

/** The organisation's team for the viewer; null when they are not in it. */
export async function teamOf(ctx: Context, organisation: Organisation): Promise<Team | null> {
  if (!seesMembers(ctx, organisation)) return null;
  const rules = TEAM_RULES[organisation.kind];
  const row: { name: string } | undefined = await ctx
    .knex(organisation.kind === 'cooperative' ? 'cooperative' : 'partner')
    .where('id', organisation.id)
    .first('name');
  if (!row) return null;
  return Object.assign(new Team(), {
    organisation,
    organisationId: organisationGlobalId(organisation),
    organisationKind: organisationKindOf(organisation),
    organisationName: row.name,
    isManagedByViewer: manages(ctx, organisation),
    roles: [...rules.roles],
    adminRole: rules.adminRole,
  });
}

const MEMBER_COLUMNS = ['m.id', 'm.user_id', 'u.name', 'u.email', 'm.role', 'm.created_at'];

/** Memberships of a cooperative or partner (not mentors' or Dinas'), with their users. */
function memberRows(ctx: Context): Knex.QueryBuilder {
  return ctx
    .knex('membership as m')
    .join('app_user as u', 'u.id', 'm.user_id')
    .where('u.is_active', true)
    .whereIn('m.role', [...TEAM_RULES.cooperative.roles, ...TEAM_RULES.partner.roles]);
}

/** The members, admins first, then by name. */
export async function membersOf(ctx: Context, team: Team): Promise<TeamMember[]> {
  const { organisation } = team;
  const rows: TeamMemberRow[] = await memberRows(ctx)
    .where(`m.${TEAM_RULES[organisation.kind].column}`, organisation.id)
    .select(MEMBER_COLUMNS)
    .orderByRaw('m.role = ? desc, m.role, lower(u.name), m.id', [team.adminRole]);
  return rows.map((row) => TeamMember.fromRow(row, ctx.viewer?.userId ?? null));
}

/** A member by membership id, batched; seen by the people of its organisation. */
export function teamMemberById(ctx: Context, id: number): Promise<TeamMember | null> {
  if (!ctx.viewer) return Promise.resolve(null);
  return loadOne(ctx, 'teamMemberById', id, {
    fetch: async (ids: readonly number[]) => {
      const rows: (TeamMemberRow & { cooperative_id: number | null; partner_id: number | null })[] =
        await memberRows(ctx)
          .whereIn('m.id', ids)
          .select([...MEMBER_COLUMNS, 'm.cooperative_id', 'm.partner_id']);
      return rows.filter((row) => seesMembers(ctx, organisationOfRow(row)));
    },
    keyOf: (row) => row.id,
    toNode: (row) => TeamMember.fromRow(row, ctx.viewer?.userId ?? null),
  });
}

const organisationOfRow = (row: {
  cooperative_id: number | null;
  partner_id: number | null;
}): Organisation =>
  row.cooperative_id !== null
    ? { kind: 'cooperative', id: row.cooperative_id }
    : { kind: 'partner', id: row.partner_id! };

const INVITATION_COLUMNS = [
  'i.id',
  'i.email',
  'i.name',
  'i.role',
  'u.name as invited_by_name',
  'i.created_at',
  'i.expires_at',
  'i.mailed_at',
  'i.accepted_at',
  'i.cancelled_at',
  'i.cooperative_id',
  'i.partner_id',
];

const invitationRows = (ctx: Context) =>
  ctx.knex('team_invitation as i').leftJoin('app_user as u', 'u.id', 'i.invited_by_id');

/** The open invitations (expired ones too, to resend), newest first; for the team's admins. */
export async function openInvitationsOf(ctx: Context, team: Team): Promise<TeamInvitation[]> {
  if (!team.isManagedByViewer) return [];
  const rows: TeamInvitationRow[] = await invitationRows(ctx)
    .where(`i.${TEAM_RULES[team.organisation.kind].column}`, team.organisation.id)
    .whereNull('i.accepted_at')
    .whereNull('i.cancelled_at')
    .select(INVITATION_COLUMNS)
    .orderBy([
      { column: 'i.created_at', order: 'desc' },
      { column: 'i.id', order: 'desc' },
    ]);
  return rows.map((row) => TeamInvitation.fromRow(row));
}

/** An invitation by id, batched; seen by its organisation's admins. */
export function teamInvitationById(ctx: Context, id: number): Promise<TeamInvitation | null> {
  if (!ctx.viewer) return Promise.resolve(null);
  return loadOne(ctx, 'teamInvitationById', id, {
    fetch: async (ids: readonly number[]) => {
      const rows: (TeamInvitationRow & { cooperative_id: number | null; partner_id: number | null })[] =
        await invitationRows(ctx).whereIn('i.id', ids).select(INVITATION_COLUMNS);
      return rows.filter((row) => manages(ctx, organisationOfRow(row)));
    },
    keyOf: (row) => row.id,
    toNode: (row) => TeamInvitation.fromRow(row),
  });
}

/** The latest changes, newest first; for the team's admins. */
export async function eventsOf(ctx: Context, team: Team, last: number): Promise<TeamEvent[]> {
  if (!team.isManagedByViewer) return [];
  const rows: {
    kind: TeamEventKind;
    email: string;
    role: MembershipRole;
    previous_role: MembershipRole | null;
    actor_name: string | null;
    at: string | Date;
  }[] = await ctx
    .knex('team_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.actor_id')
    .where(`e.${TEAM_RULES[team.organisation.kind].column}`, team.organisation.id)
    .select('e.kind', 'e.email', 'e.role', 'e.previous_role', 'u.name as actor_name', 'e.at')
    .orderBy([
      { column: 'e.at', order: 'desc' },
      { column: 'e.id', order: 'desc' },
    ])
    .limit(last);
  return rows.map((row) =>
    Object.assign(new TeamEvent(), {
      kind: row.kind,
      email: row.email,
      role: row.role,
      previousRole: row.previous_role,
      actorName: row.actor_name,
      at: fromPgTimestamp(row.at),
    }),
  );
}

/** What an invitation link offers; null for a token that names none, or a cancelled one. */
export async function invitationPreview(ctx: Context, token: string): Promise<InvitationPreview | null> {
  if (!isInvitationToken(token)) return null;
  const row:
    | (TeamInvitationRow & {
        cooperative_id: number | null;
        partner_id: number | null;
        organisation_name: string;
        has_account: boolean;
      })
    | undefined = await invitationRows(ctx)
    .leftJoin('cooperative as c', 'c.id', 'i.cooperative_id')
    .leftJoin('partner as p', 'p.id', 'i.partner_id')
    .where('i.token_hash', tokenHash(token))
    .whereNull('i.cancelled_at')
    .first([
      ...INVITATION_COLUMNS,
      ctx.knex.raw('coalesce(c.name, p.name) as organisation_name'),
      ctx.knex.raw('exists (select 1 from app_user a where a.email = i.email) as has_account'),
    ]);
  if (!row) return null;
  const expiresAt = fromPgTimestamp(row.expires_at);
  return Object.assign(new InvitationPreview(), {
    organisationName: row.organisation_name,
    organisationKind: organisationKindOf(organisationOfRow(row)),
    email: row.email,
    name: row.name,
    role: row.role,
    invitedByName: row.invited_by_name,
    expiresAt,
    status: row.accepted_at
      ? InvitationStatus.ACCEPTED
      : expiresAt.getTime() <= Date.now()
        ? InvitationStatus.EXPIRED
        : InvitationStatus.OPEN,
    hasAccount: row.has_account,
  });
}
