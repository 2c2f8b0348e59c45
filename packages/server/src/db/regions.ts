import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { Knex } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { SERVER_ROOT } from '../shared/paths';

/**
 * The Kemendagri regions of all Indonesia (38 provinces, 514 regencies/cities, 7,285 districts,
 * 83,762 villages), gzipped CSV: see data/README.md for its columns, source and licence.
 */
export const WILAYAH_CSV_GZ = path.join(SERVER_ROOT, 'data/wilayah-indonesia.csv.gz');

/** Rows of WILAYAH_CSV_GZ: when the table holds exactly these many, the file is not read again. */
export const REGION_COUNT = 91_599;

/**
 * Regions are reference data, present in every database (the demo's, a production one, the
 * benchmark's), loaded after the migrations. When the table does not hold the file's row count (a
 * new database, or a new edition of the file), the file is copied into a scratch table and merged:
 * new codes are inserted and changed rows updated in place; no code that something refers to is
 * removed. Returns the number of rows inserted or changed (0 when the table was complete).
 */
export async function loadRegions(knex: Knex): Promise<number> {
  const [{ count }] = (await knex('region').count({ count: '*' })) as { count: string }[];
  if (Number(count) === REGION_COUNT) return 0;
  const client = (await knex.client.acquireConnection()) as PoolClient;
  try {
    await client.query('begin');
    await client.query(
      `create temporary table region_file (code text, level text, name text, parent_code text, village_kind text)
         on commit drop`,
    );
    await pipeline(
      fs.createReadStream(WILAYAH_CSV_GZ),
      createGunzip(),
      client.query(copyFrom('copy region_file from stdin with (format csv, header match)')),
    );
    const merged = await client.query(
      `insert into region (code, level, name, parent_code, village_kind)
       select code, upper(level), name, nullif(parent_code, ''), upper(nullif(village_kind, ''))
         from region_file
       on conflict (code) do update
         set level = excluded.level, name = excluded.name,
             parent_code = excluded.parent_code, village_kind = excluded.village_kind
         where (region.level, region.name, region.parent_code, region.village_kind)
           is distinct from (excluded.level, excluded.name, excluded.parent_code, excluded.village_kind)`,
    );
    await client.query('commit');
    // Fresh statistics for the planner, and the trigram index's pending list merged: until then
    // name lookups scan that list (9–15 ms instead of under 1 ms) and plans pick sequential scans.
    await client.query('vacuum (analyze) region');
    return merged.rowCount ?? 0;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await knex.client.releaseConnection(client);
  }
}
