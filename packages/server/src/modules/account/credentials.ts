import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { Viewer, type ViewerMembership } from './viewer';
import type { ApiTokenScope, Locale } from './account.entity';

export const SESSION_COOKIE = 'mitradesa_session';
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Prefixes tell a session token from an API token at a glance (and in leaked-secret scanners). */
const SESSION_PREFIX = 'mds_';
const API_TOKEN_PREFIX = 'mdt_';
const INVITATION_PREFIX = 'mdi_';
const PREFIXES = { session: SESSION_PREFIX, apiToken: API_TOKEN_PREFIX, invitation: INVITATION_PREFIX };

/** A new random token (256 bits) and the hash that is stored instead of it. */
export function newToken(kind: keyof typeof PREFIXES): { token: string; hash: string } {
  const token = PREFIXES[kind] + randomBytes(32).toString('base64url');
  return { token, hash: tokenHash(token) };
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

interface ViewerRow {
  id: number;
  scope: ApiTokenScope | null;
  email: string;
  name: string;
  locale: Locale;
  credential_id: number;
  partner_id: number | null;
  /** As the driver gives it (MikroORM's connection leaves timestamps as text). */
  expires_at: Date | string | null;
  memberships: ViewerMembership[];
}

const MEMBERSHIPS_JSON = `coalesce((
  select json_agg(json_build_object('id', m.id, 'role', m.role, 'cooperativeId', m.cooperative_id,
    'partnerId', m.partner_id, 'mentorId', m.mentor_id, 'regionCode', m.region_code) order by m.id)
  from membership m where m.user_id = u.id
), '[]'::json)`;

/**
 * The viewer behind a session or API token, in one statement; null when the token is unknown,
 * expired, revoked or its user deactivated. An API token carries only its partner membership,
 * and stops working when its creator is no longer that partner's admin.
 */
export async function viewerFromToken(knex: Knex, token: string): Promise<Viewer | null> {
  if (token.length > 200) return null;
  if (token.startsWith(API_TOKEN_PREFIX)) {
    // The token's last use is written in the same statement, at most once a minute per token.
    const result = await knex.raw<{ rows: ViewerRow[] }>(
      `with used as (
         update api_token set last_used_at = now()
         where token_hash = ? and revoked_at is null
           and (last_used_at is null or last_used_at < now() - interval '1 minute')
       )
       select u.id, u.email, u.name, u.locale, t.id as credential_id, t.partner_id, t.scope, null as expires_at, ${MEMBERSHIPS_JSON} as memberships
       from api_token t join app_user u on u.id = t.created_by_id
       where t.token_hash = ? and t.revoked_at is null and u.is_active`,
      [tokenHash(token), tokenHash(token)],
    );
    const row = result.rows[0];
    if (!row) return null;
    const memberships = row.memberships.filter(
      (membership) => membership.partnerId === row.partner_id && membership.role === 'PARTNER_ADMIN',
    );
    if (memberships.length === 0) return null;
    return new Viewer(row.id, row.email, row.name, row.locale, memberships, {
      kind: 'apiToken',
      tokenId: row.credential_id,
      partnerId: row.partner_id!,
      scope: row.scope!,
    });
  }
  const result = await knex.raw<{ rows: ViewerRow[] }>(
    `select u.id, u.email, u.name, u.locale, s.id as credential_id, null as partner_id, null as scope, s.expires_at, ${MEMBERSHIPS_JSON} as memberships
     from session s join app_user u on u.id = s.user_id
     where s.token_hash = ? and s.revoked_at is null and s.expires_at > now() and u.is_active`,
    [tokenHash(token)],
  );
  const row = result.rows[0];
  if (!row) return null;
  return new Viewer(row.id, row.email, row.name, row.locale, row.memberships, {
    kind: 'session',
    sessionId: row.credential_id,
    expiresAt: new Date(row.expires_at!),
  });
}

/** The token of a request: `Authorization: Bearer …` first, then the session cookie. */
export function tokenOfRequest(
  authorization: string | undefined,
  cookies: Record<string, string | undefined>,
): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return bearer?.[1] ?? cookies[SESSION_COOKIE] ?? null;
}
