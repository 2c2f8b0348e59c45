import type { Knex } from '@mikro-orm/postgresql';

/** Small helpers for the authorization cases: current versions and throw-away targets. */

export async function versionOf(knex: Knex, table: string, id: number): Promise<number> {
  const row = await knex(table).where('id', id).first('version');
  if (!row) throw new Error(`no ${table} ${id}`);
  return row.version as number;
}

/** A fresh offering of `cooperativeId` in `status`, complete enough to be published. */
export async function insertOffering(knex: Knex, cooperativeId: number, status: string): Promise<number> {
  const [row] = await knex('offering')
    .insert({
      cooperative_id: cooperativeId,
      kind: 'SUPPLY',
      title: `Penawaran uji ${status}`,
      commodity: 'PEPPER',
      quantity_per_month: '2',
      quantity_unit: 'TON',
      status,
      valid_until: status === 'DRAFT' ? null : new Date(Date.now() + 30 * 86_400_000),
    })
    .returning('id');
  return row.id as number;
}

/** Offerings of a cooperative as (id, status, version, valid until): what life-cycle moves change. */
export function offeringsOf(knex: Knex, cooperativeId: number): Promise<unknown[]> {
  return knex('offering')
    .where('cooperative_id', cooperativeId)
    .orderBy('id')
    .select('id', 'status', 'version', 'valid_until', 'title');
}
