import type { Context } from '../../request-context';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import { BadInputError } from '../../shared/domain-error';
import { decodeIdOf } from '../../shared/global-id';
import { mayManageImport } from './simkopdes.policy';
import {
  SimkopdesConflictType,
  SimkopdesImportType,
  type SimkopdesConflictRow,
  type SimkopdesImportRow,
} from './simkopdes.type';

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

const IMPORT_COLUMNS = `i.id, i.status, i.format, i.file_names, i.scope_region_codes, i.report, i.rows_done,
  i.rows_total, i.error, i.created_at, i.checked_at, i.applied_at, i.undone_at, u.name as created_by_name`;

/** A run the viewer may manage, or null (one they may not reads as missing). */
export async function simkopdesImportById(ctx: Context, id: number): Promise<SimkopdesImportType | null> {
  const { rows } = await ctx.knex.raw(
    `select ${IMPORT_COLUMNS} from simkopdes_import i left join app_user u on u.id = i.created_by_id where i.id = ?`,
    [id],
  );
  const row = rows[0] as SimkopdesImportRow | undefined;
  return row && mayManageImport(ctx.viewer, row.scope_region_codes) ? SimkopdesImportType.fromRow(row) : null;
}

/**
 * The runs the viewer may manage, newest first: all for an admin; for a Dinas office, the runs
 * scoped inside its regions (the same rule as mayManageImport, in SQL). Forward pages only.
 */
export async function simkopdesImports(
  ctx: Context,
  args: PageArgs,
): Promise<ConnectionShape<SimkopdesImportType>> {
  if (args.last != null || args.before != null)
    throw new BadInputError('Imports are paged forward only (first/after).');
  const size = Math.min(Math.max(args.first ?? DEFAULT_PAGE, 0), MAX_PAGE);
  // The cursor is the run's global ID (newest first by id).
  const after = args.after ? decodeIdOf('SimkopdesImport', args.after) : null;
  const viewer = ctx.viewer!;
  const regions = viewer.isAdmin ? null : viewer.dinasRegionCodes();
  const visible = `(?::text[] is null or (i.scope_region_codes is not null and cardinality(i.scope_region_codes) > 0
      and not exists (select 1 from unnest(i.scope_region_codes) s
                       where not exists (select 1 from unnest(?::text[]) d where s = d or s like d || '.%'))))`;
  const { rows } = await ctx.knex.raw(
    `select ${IMPORT_COLUMNS} from simkopdes_import i left join app_user u on u.id = i.created_by_id
      where ${visible} and (?::int is null or i.id < ?) order by i.id desc limit ?`,
    [regions, regions, after, after, size + 1],
  );
  const nodes = (rows as SimkopdesImportRow[]).slice(0, size).map((row) => SimkopdesImportType.fromRow(row));
  const edges = nodes.map((node) => ({ cursor: node.id, node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: async () => {
      const { rows: counted } = await ctx.knex.raw(
        `select count(*)::int as count from simkopdes_import i where ${visible}`,
        [regions, regions],
      );
      return counted[0].count as number;
    },
  };
}

/** A run's conflicts, open ones first. */
export async function simkopdesConflictsOf(ctx: Context, importId: number): Promise<SimkopdesConflictType[]> {
  const { rows } = await ctx.knex.raw(
    `select k.id, k.import_id, k.cooperative_id, c.name as cooperative_name, k.field, k.subject, k.ours, k.theirs, k.resolution, k.resolved_at
       from simkopdes_conflict k join cooperative c on c.id = k.cooperative_id
      where k.import_id = ? order by k.resolution nulls first, k.id limit 500`,
    [importId],
  );
  return (rows as SimkopdesConflictRow[]).map((row) => SimkopdesConflictType.fromRow(row));
}

/** A conflict the viewer may resolve (its run is theirs), or null. */
export async function simkopdesConflictById(ctx: Context, id: number): Promise<SimkopdesConflictType | null> {
  const { rows } = await ctx.knex.raw(
    `select k.id, k.import_id, k.cooperative_id, c.name as cooperative_name, k.field, k.subject, k.ours, k.theirs, k.resolution,
            k.resolved_at, i.scope_region_codes
       from simkopdes_conflict k join cooperative c on c.id = k.cooperative_id join simkopdes_import i on i.id = k.import_id
      where k.id = ?`,
    [id],
  );
  const row = rows[0] as (SimkopdesConflictRow & { scope_region_codes: string[] | null }) | undefined;
  return row && mayManageImport(ctx.viewer, row.scope_region_codes)
    ? SimkopdesConflictType.fromRow(row)
    : null;
}
