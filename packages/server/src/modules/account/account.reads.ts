import type { Context } from '../../request-context';
import { loadOne } from '../../request-context';
import { ApiToken, User } from './account.type';
import type { ApiTokenScope, Locale } from './account.entity';
import { MembershipRole } from './account.entity';

interface UserRow {
  id: number;
  email: string;
  name: string;
  phone: string | null;
  locale: Locale;
  mustChangePassword: boolean;
}

const toUser = (row: UserRow) => User.fromEntity(row);

/** A user is visible to themselves and to admins only. */
export async function userById(ctx: Context, id: number): Promise<User | null> {
  const viewer = ctx.viewer;
  if (!viewer || (viewer.userId !== id && !viewer.isAdmin)) return null;
  return loadOne(ctx, 'userById', id, {
    fetch: (ids): Promise<UserRow[]> =>
      ctx
        .knex('app_user as u')
        .select(
          'u.id',
          'u.email',
          'u.name',
          'u.phone',
          'u.locale',
          'u.must_change_password as mustChangePassword',
        )
        .whereIn('u.id', ids),
    keyOf: (row) => row.id,
    toNode: toUser,
  });
}

const API_TOKEN_COLUMNS = [
  't.id',
  't.partner_id',
  't.name',
  't.scope',
  't.created_at',
  't.revoked_at',
  't.last_used_at',
];

interface ApiTokenRow {
  id: number;
  partner_id: number;
  name: string;
  scope: ApiTokenScope;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

/** An API token is visible to the admins of its partner. */
export async function apiTokenById(ctx: Context, id: number): Promise<ApiToken | null> {
  const row: ApiTokenRow | undefined = await ctx
    .knex('api_token as t')
    .select(API_TOKEN_COLUMNS)
    .where('t.id', id)
    .first();
  if (!row || !ctx.viewer?.isStaffOf(row.partner_id, [MembershipRole.PARTNER_ADMIN])) return null;
  return ApiToken.fromRow(row);
}

/** The API tokens of the partners the viewer administers (or of one of them), newest first. */
export async function apiTokensOfViewer(
  ctx: Context,
  onlyPartnerId: number | null = null,
): Promise<ApiToken[]> {
  const partnerIds = (ctx.viewer?.partnerIds([MembershipRole.PARTNER_ADMIN]) ?? []).filter(
    (id) => onlyPartnerId === null || id === onlyPartnerId,
  );
  if (partnerIds.length === 0) return [];
  const rows: ApiTokenRow[] = await ctx
    .knex('api_token as t')
    .select(API_TOKEN_COLUMNS)
    .whereIn('t.partner_id', partnerIds)
    .orderBy([
      { column: 't.created_at', order: 'desc' },
      { column: 't.id', order: 'desc' },
    ]);
  return rows.map((row) => ApiToken.fromRow(row));
}
