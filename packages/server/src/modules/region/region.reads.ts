import type { Context } from '../../request-context';
import { loadOne } from '../../request-context';
import type { Knex } from '@mikro-orm/postgresql';
import { escapeLike, pageRequest, rootConnection, toPage, type Ordering } from '../../read-layer/keyset';
import { BadInputError } from '../../shared/domain-error';
import type { ConnectionShape, PageArgs } from '../../shared/paging';
import { Region, type RegionRow } from './region.type';
import { RegionLevel } from './region.entity';
import { regionOverlapsSql } from './region-scope';
import { uncountedSqlStatements } from '../../shared/sql-statement-counter';

const COLUMNS = ['r.code', 'r.level', 'r.name', 'r.parent_code', 'r.village_kind'];

/** Kemendagri codes sort in official order, so lists of regions are ordered by code. */
const BY_CODE: Ordering = {
  name: 'CODE',
  direction: 'asc',
  columns: [{ sql: 'r.code', key: 'code', kind: 'text' }],
};

/**
 * Every region of a database, read once and kept: reference data (91,599 rows nationally, loaded
 * from the Kemendagri file by migrations) that a running API never changes, so the village →
 * district → regency hops of a page cost no SQL. Keyed by the API's knex instance: one table per
 * database. The read is the process's, not the request's that happens to start it.
 */
const regionTables = new WeakMap<Knex, Promise<Map<string, Region>>>();
/** A read replica's knex → its primary's: a copy of the same database shares the primary's table. */
const primaries = new WeakMap<Knex, Knex>();

/** Regions read through `replica` come from the table kept for `primary` (the same data). */
export function shareRegionTable(replica: Knex, primary: Knex): void {
  primaries.set(replica, primary);
}
/** The same tables once read: a kept region is given without waiting on a promise. */
const readRegionTables = new WeakMap<Knex, Map<string, Region>>();

function regionTable(reader: Knex): Promise<Map<string, Region>> {
  const knex = primaries.get(reader) ?? reader;
  let table = regionTables.get(knex);
  if (!table) {
    table = uncountedSqlStatements(() =>
      knex('region as r')
        .select(COLUMNS)
        .then((rows: RegionRow[]) => {
          const read = new Map(rows.map((row) => [row.code, Region.fromRow(row)]));
          readRegionTables.set(knex, read);
          return read;
        }),
    );
    // A failed read (the database restarting) is tried again by the next lookup.
    table.catch(() => regionTables.delete(knex));
    regionTables.set(knex, table);
  }
  return table;
}

/**
 * Reads the region table now (at start-up), so that no request waits for it. A failure is left to
 * the first lookup, which tries again.
 */
export async function preloadRegions(knex: Knex): Promise<void> {
  await regionTable(knex).catch(() => undefined);
}

/**
 * A region by code (villages, districts, regencies alike), from the kept table, at once when it
 * is there (a page's 60 region hops then cost no promise each); a code added since the table was
 * read (a test's new village) is looked up in batches and kept.
 */
export function regionByCode(ctx: Context, code: string): Region | null | Promise<Region | null> {
  const knex = primaries.get(ctx.knex) ?? ctx.knex;
  return readRegionTables.get(knex)?.get(code) ?? regionByCodeRead(ctx, code);
}

async function regionByCodeRead(ctx: Context, code: string): Promise<Region | null> {
  const table = await regionTable(ctx.knex);
  const kept = table.get(code);
  if (kept) return kept;
  const region = await loadOne(ctx, 'regionByCode', code, {
    fetch: (codes): Promise<RegionRow[]> => ctx.knex('region as r').select(COLUMNS).whereIn('r.code', codes),
    keyOf: (row) => row.code,
    toNode: (row) => Region.fromRow(row),
  });
  if (region) table.set(code, region);
  return region;
}

/** The provinces' codes of a kept region table, listed once per table. */
const provinceCodesOf = new WeakMap<Map<string, Region>, string[]>();

/** The codes of every province (from the kept table), e.g. to sum per-province counters for the country. */
export async function provinceCodes(ctx: Context): Promise<string[]> {
  const table = await regionTable(ctx.knex);
  let codes = provinceCodesOf.get(table);
  if (!codes) {
    codes = [...table.values()]
      .filter((region) => region.level === RegionLevel.PROVINCE)
      .map((region) => region.code);
    provinceCodesOf.set(table, codes);
  }
  return codes;
}

/** Batched list of regions by code, e.g. a partner's coverage. */
export async function regionsByCodes(ctx: Context, codes: string[]): Promise<Region[]> {
  const regions = await Promise.all(codes.map((code) => regionByCode(ctx, code)));
  return regions.filter((region): region is Region => region !== null);
}

/** Regions by parent, enclosing region and/or level, in code order. */
export function listRegions(
  ctx: Context,
  filter: { parentCode?: string | null; withinCode?: string | null; level?: RegionLevel | null },
  args: PageArgs,
): Promise<ConnectionShape<Region>> {
  return rootConnection({
    knex: ctx.knex,
    list: 'regions',
    ordering: BY_CODE,
    args,
    columns: COLUMNS,
    toNode: (row) => Region.fromRow(row as unknown as RegionRow),
    filtered: () => {
      const qb = ctx.knex('region as r');
      if (filter.parentCode) qb.where('r.parent_code', filter.parentCode);
      if (filter.level) qb.where('r.level', filter.level);
      if (filter.withinCode) {
        // A code range, as in searchRegions: the primary key serves it.
        qb.where('r.code', '>', `${filter.withinCode}.`).andWhere('r.code', '<', `${filter.withinCode}/`);
      }
      return qb;
    },
  });
}

/** What a name search may ask for; `text` is already normalised (see normaliseRegionSearch). */
export interface RegionSearch {
  text: string;
  parentCode?: string | null;
  withinCode?: string | null;
  level?: RegionLevel | null;
}

/** A name search serves its best matches this deep at most: type-ahead, not a listing. */
export const MAX_REGION_MATCHES = 100;

/** Search results are ranked, so a cursor is the position of the last match seen. */
const BY_RANK: Ordering = {
  name: 'RANK',
  direction: 'asc',
  columns: [{ sql: 'position', key: 'position', kind: 'integer' }],
};

/**
 * A name search as a connection: forward pages of the ranked matches, at most MAX_REGION_MATCHES
 * deep. `totalCount` is null: counting every region whose name resembles the text is the cost the
 * ranking avoids.
 */
export async function regionSearchConnection(
  ctx: Context,
  search: RegionSearch,
  args: PageArgs,
): Promise<ConnectionShape<Region>> {
  const page = pageRequest('regions', BY_RANK, args);
  if (page.backward) {
    throw new BadInputError('A name search pages forward only: use `first` and `after`.', 'last');
  }
  const offset = (page.cursorValues?.[0] as number | undefined) ?? 0;
  if (offset < 0 || offset > MAX_REGION_MATCHES) {
    throw new BadInputError('This cursor does not belong to a name search.', 'after');
  }
  const limit = Math.min(page.limit, MAX_REGION_MATCHES - offset);
  const matches = limit === 0 ? [] : await searchRegions(ctx, search, offset + limit);
  // Past the deepest match served there is no next page, even when more regions would match.
  const rows = matches
    .slice(offset, offset + limit + (offset + limit < MAX_REGION_MATCHES ? 1 : 0))
    .map((region, index) => ({ position: offset + index + 1, region }));
  return {
    ...toPage(rows, { ...page, limit }, (row) => row.region as Region),
    totalCount: () => Promise.resolve(null) as unknown as Promise<number>,
  };
}

const LEVELS: readonly RegionLevel[] = [
  RegionLevel.PROVINCE,
  RegionLevel.REGENCY,
  RegionLevel.DISTRICT,
  RegionLevel.VILLAGE,
];

/**
 * Every branch carries the whole row: joining the candidates back to `region` by code let the
 * planner hash-join against a sequential scan of all 91,599 regions (it expected hundreds of
 * candidates where there were a dozen).
 */
const CANDIDATE = 'r.code, r.level, r.name, r.parent_code, r.village_kind';

/** How many substring or typo candidates are ranked at most: bounds the work for common words. */
const FALLBACK_CANDIDATES = 200;

/**
 * The regions whose names best match `text`, best first, at most `limit` + 1 (the extra one tells
 * whether more follow). One statement, bounded at any size (91,599 regions):
 * 1. per level, the names that start with the text, `limit + 1` of them through the btree
 *    `region_name_key_index` (a regency also by its name without "Kabupaten"/"Kota");
 * 2. only when those are too few: the shortest names containing it, through the trigram index;
 * 3. only when still too few: names with a word like it (typos), by trigram word similarity.
 * Ranked: prefix matches, then a word starting with the text, then the text inside a word, then
 * typos; within the first three bigger regions first (a regency before its villages), an exact
 * name first, then by similarity, shorter names, code.
 */
export async function searchRegions(ctx: Context, search: RegionSearch, limit: number): Promise<Region[]> {
  const want = limit + 1;
  const escaped = escapeLike(search.text);
  const scope: string[] = [];
  const scopeBindings: unknown[] = [];
  if (search.parentCode) {
    scope.push('r.parent_code = ?');
    scopeBindings.push(search.parentCode);
  }
  if (search.withinCode) {
    // A code range rather than LIKE, so the primary key serves it whatever the collation: every
    // code inside "61.03" sorts between "61.03." and "61.03/" ("/" follows "." in ASCII).
    scope.push('r.code > ? and r.code < ?');
    scopeBindings.push(`${search.withinCode}.`, `${search.withinCode}/`);
  }
  const scoped = scope.map((condition) => ` and ${condition}`).join('');
  const levels = search.level ? [search.level] : LEVELS;
  // The prefix branches name their level; the fallbacks take the asked level like any other scope.
  const fallbackScoped = search.level ? `${scoped} and r.level = ?` : scoped;
  const fallbackBindings = search.level ? [...scopeBindings, search.level] : scopeBindings;
  const bindings: unknown[] = [];
  const prefixBranches = levels.map((level) => {
    bindings.push(level, `${escaped}%`, ...scopeBindings, want);
    return `(select ${CANDIDATE} from region r
              where r.level = ? and region_name_key(r.level, r.name) like ?${scoped}
              order by region_name_key(r.level, r.name) limit ?)`;
  });
  // Trigrams need three characters; shorter text is matched by prefix only.
  const fallback = search.text.length >= 3;
  let inside = `select ${CANDIDATE} from region r where false`;
  let fuzzy = inside;
  if (fallback) {
    bindings.push(want, `%${escaped}%`, ...fallbackBindings, FALLBACK_CANDIDATES);
    inside = `select ${CANDIDATE} from region r
               where (select count(*) from prefix) < ? and r.name ilike ?${fallbackScoped}
               order by length(r.name), r.code limit ?`;
    bindings.push(want, search.text, ...fallbackBindings, FALLBACK_CANDIDATES);
    fuzzy = `select ${CANDIDATE} from region r
              where (select count(*) from prefix) + (select count(*) from inside) < ? and ? <% r.name${fallbackScoped}
              order by length(r.name), r.code limit ?`;
  }
  bindings.push(`${escaped}%`, `% ${escaped}%`, `%${escaped}%`, search.text, search.text, want);
  const { rows } = (await ctx.knex.raw(
    `with prefix as (${prefixBranches.join(' union all ')}),
     inside as (${inside}),
     fuzzy as (${fuzzy}),
     hits as (
       select c.*,
              case when region_name_key(c.level, c.name) like ? then 0
                   when lower(c.name) like ? then 1
                   when lower(c.name) like ? then 2
                   else 3 end as tier
         from (select * from prefix union select * from inside union select * from fuzzy) c
     )
     select code, level, name, parent_code, village_kind from hits
      order by tier,
               case when tier < 3 then array_position(array['PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'], level) end,
               region_name_key(level, name) = ? desc, word_similarity(?, name) desc, length(name), code
      limit ?`,
    bindings as Knex.RawBinding[],
  )) as { rows: RegionRow[] };
  return rows.map((row) => Region.fromRow(row));
}

/**
 * Limits a list of partners or programs to those serving `regionCode` (any level): a coverage row
 * overlaps the region (covers it, or lies inside it: see regionsOverlap), or there is no coverage
 * row at all, which means all Indonesia. `table` holds (`ownerColumn`, region_code) rows;
 * `ownerSql` is the listed row's id column.
 */
export function whereCoverageServes(
  ctx: Context,
  qb: Knex.QueryBuilder,
  table: 'partner_coverage' | 'program_coverage',
  ownerColumn: string,
  ownerSql: string,
  regionCode: string,
): Knex.QueryBuilder {
  const overlaps = regionOverlapsSql(regionCode, 'k.region_code');
  const rowsOf = () =>
    ctx.knex(`${table} as k`).select(ctx.knex.raw('1')).whereRaw(`k.${ownerColumn} = ${ownerSql}`);
  return qb.where((where) =>
    where.whereExists(rowsOf().whereRaw(overlaps.sql, overlaps.bindings)).orWhereNotExists(rowsOf()),
  );
}
