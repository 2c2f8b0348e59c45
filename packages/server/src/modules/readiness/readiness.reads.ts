import type { Context } from '../../request-context';

export interface PassportShareRow {
  partner_id: number;
  shared_at: string;
}

/** The partners a cooperative shares its passport with, most recent first. One statement. */
export async function sharesOfCooperative(ctx: Context, cooperativeId: number): Promise<PassportShareRow[]> {
  return (await ctx
    .knex('passport_share as s')
    .select('s.partner_id', ctx.knex.raw('s.shared_at::text as shared_at'))
    .where('s.cooperative_id', cooperativeId)
    .orderBy([
      { column: 's.shared_at', order: 'desc' },
      { column: 's.id', order: 'desc' },
    ])) as PassportShareRow[];
}

/** Whether the cooperative shares its passport with one of `partnerIds`. */
export async function isSharedWithAny(
  ctx: Context,
  cooperativeId: number,
  partnerIds: readonly number[],
): Promise<boolean> {
  if (partnerIds.length === 0) return false;
  const row = await ctx
    .knex('passport_share as s')
    .first(ctx.knex.raw('1 as found'))
    .where('s.cooperative_id', cooperativeId)
    .whereIn('s.partner_id', partnerIds);
  return row !== undefined;
}
