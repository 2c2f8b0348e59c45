import type { Context } from '../../graphql/context';
import { loadOne } from '../../graphql/context';
import { rootConnection, type Ordering } from '../../shared/keyset';
import type { ConnectionArgs, ConnectionShape } from '../../graphql/relay';
import { Region, type RegionRow } from './region.type';
import type { RegionLevel } from './region.entity';

const COLUMNS = ['r.code', 'r.level', 'r.name', 'r.parent_code', 'r.village_kind'];

/** Kemendagri codes sort in official order, so lists of regions are ordered by code. */
const BY_CODE: Ordering = {
  name: 'CODE',
  direction: 'asc',
  columns: [{ sql: 'r.code', key: 'code', kind: 'text' }],
};

/** Batched region lookup by code (villages, districts, regencies alike). */
export function regionByCode(ctx: Context, code: string): Promise<Region | null> {
  return loadOne(ctx, 'regionByCode', code, {
    fetch: (codes): Promise<RegionRow[]> => ctx.knex('region as r').select(COLUMNS).whereIn('r.code', codes),
    keyOf: (row) => row.code,
    toNode: (row) => Region.fromRow(row),
  });
}

/** Batched list of regions by code, e.g. a partner's coverage. */
export async function regionsByCodes(ctx: Context, codes: string[]): Promise<Region[]> {
  const regions = await Promise.all(codes.map((code) => regionByCode(ctx, code)));
  return regions.filter((region): region is Region => region !== null);
}

/** Regions by parent and/or level, in code order. */
export function listRegions(
  ctx: Context,
  filter: { parentCode?: string | null; level?: RegionLevel | null },
  args: ConnectionArgs,
): Promise<ConnectionShape<Region>> {
  return rootConnection({
    list: 'regions',
    ordering: BY_CODE,
    args,
    columns: COLUMNS,
    toNode: (row) => Region.fromRow(row as unknown as RegionRow),
    filtered: () => {
      const qb = ctx.knex('region as r');
      if (filter.parentCode) qb.where('r.parent_code', filter.parentCode);
      if (filter.level) qb.where('r.level', filter.level);
      return qb;
    },
  });
}
