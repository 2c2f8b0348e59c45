import type { Knex } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';
import { accountSteps } from './account-steps';
import { activitySteps } from './activity-steps';
import { cooperativeSteps } from './cooperative-steps';
import { mentorSteps } from './mentor-steps';
import { offeringSteps } from './offering-steps';
import { partnerSteps } from './partner-steps';
import { planSteps } from './plan';
import { proposalSteps } from './proposal-steps';
import { REFRESH_MATCH_RESPONSIVENESS_SQL } from '../../../modules/matching/matching.responsiveness';

export { NATIONAL_ACCOUNTS, type NationalAccountName } from './account-steps';

/** Every province of the Kemendagri file, in code order. */
export const ALL_PROVINCES: readonly string[] = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
];

/** Central Java and West Kalimantan (≈10.7k cooperatives): the mid-size set the tests use. */
export const MID_SIZE_PROVINCES: readonly string[] = ['33', '61'];

/** Partners of the whole country; a subset of provinces gets its share (by number of villages). */
const NATIONAL_PARTNER_COUNT = 3000;

/** Tables the national seed fills, parents first; their secondary indexes are rebuilt after the load. */
export const NATIONAL_TABLES = [
  'cooperative',
  'business_unit',
  'cooperative_officer',
  'cooperative_document',
  'partner',
  'partner_coverage',
  'program',
  'program_coverage',
  'partner_request',
  'offering',
  'offering_delivery_region',
  'mentor',
  'mentor_assignment',
  'proposal',
  'proposal_event',
  'proposal_terms',
  'app_user',
  'membership',
] as const;

/** Derived tables, built once at the end from the rows above. */
const DERIVED_TABLES = ['search_document', 'search_word', 'cooperative_match_fact'];

export interface NationalSeedOptions {
  /** Province codes to seed; all 38 by default. */
  provinces?: readonly string[];
  /**
   * Share of the offerings and proposals each cooperative gets (1, the default: about 400,000
   * offerings and 1,000,000 proposals nationally). Tests use less to build quickly.
   */
  density?: number;
}

export interface NationalSeedSummary {
  provinces: string[];
  /** Rows per table after the seed (derived tables included). */
  counts: Record<string, number>;
  /** Milliseconds per step, in order. */
  steps: { name: string; ms: number }[];
  /** Wall-clock time of the whole seed, in milliseconds. */
  ms: number;
}

/** Rows per refresh call when the derived tables are built: large enough to be set-based, small enough for index probes. */
const REFRESH_BATCH = 10_000;

/** Connections building indexes and derived tables side by side (the machine has two cores). */
const BUILD_CONCURRENCY = 2;

/**
 * Fills an empty, migrated database (regions loaded) with the deterministic national data set.
 * The rows are loaded in one transaction, in bulk: triggers (and with them the foreign-key
 * checks) are off (session_replication_role = replica, which needs a superuser) and the secondary
 * indexes of the loaded tables are dropped. After the commit, on two connections, the indexes are
 * built again, then the derived tables (search documents, match facts, and whatever a migration
 * provides a `<table>_rebuild()` function for) from the loaded rows, then their indexes; sequences
 * are moved past the ids and every table is analysed. A seed that fails after the load leaves an
 * incomplete database: drop it and start again.
 */
export async function seedNational(
  knex: Knex,
  options: NationalSeedOptions = {},
): Promise<NationalSeedSummary> {
  const provinces = [...new Set(options.provinces ?? ALL_PROVINCES)].sort();
  const unknown = provinces.filter((code) => !ALL_PROVINCES.includes(code));
  if (unknown.length > 0) throw new Error(`Unknown province codes: ${unknown.join(', ')}`);
  const density = options.density ?? 1;
  if (!(density > 0 && density <= 1)) throw new Error('density must be in (0, 1]');
  const started = Date.now();
  const timings: { name: string; ms: number }[] = [];
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const stepStarted = Date.now();
    const result = await work();
    timings.push({ name, ms: Date.now() - stepStarted });
    return result;
  };
  const { tableIndexes, derivedIndexes } = await withClient(knex, async (client) => {
    await client.query('begin');
    try {
      await client.query("select pg_advisory_xact_lock(hashtext('mitradesa:demo-seed'))");
      await assertEmpty(client);
      await client.query(`set local session_replication_role = replica;
        set local mitradesa.defer_search_documents = 'on';
        set local work_mem = '64MB'`);
      const dropped = {
        tableIndexes: await dropSecondaryIndexes(client, NATIONAL_TABLES),
        derivedIndexes: await dropSecondaryIndexes(client, DERIVED_TABLES),
      };
      for (const step of [
        ...planSteps(provinces, NATIONAL_PARTNER_COUNT, density),
        ...cooperativeSteps,
        ...partnerSteps,
        ...offeringSteps,
        ...mentorSteps,
        ...proposalSteps,
        ...accountSteps,
        ...activitySteps,
      ]) {
        await timed(step.name, () => client.query(step.sql));
      }
      await client.query('commit');
      return dropped;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    }
  });
  // The refresh functions that build the derived tables look rows up through these indexes.
  await timed('secondary indexes', () => runConcurrently(knex, tableIndexes));
  // Without statistics the planner reads whole tables for each row the refresh functions build.
  await timed('analyze loaded tables', () =>
    runConcurrently(
      knex,
      NATIONAL_TABLES.map((table) => `analyze ${table}`),
    ),
  );
  await timed('derived tables', async () => runConcurrently(knex, await derivedTableWork(knex)));
  await timed('derived table indexes', () => runConcurrently(knex, derivedIndexes));
  await timed('matching responsiveness', () => knex.raw(REFRESH_MATCH_RESPONSIVENESS_SQL));
  await timed('sequences', async () => runConcurrently(knex, await sequenceResets(knex)));
  await timed('analyze', async () => runConcurrently(knex, await otherTables(knex)));
  const counts = await countRows(knex);
  return { provinces, counts, steps: timings, ms: Date.now() - started };
}

async function withClient<T>(knex: Knex, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = (await knex.client.acquireConnection()) as PoolClient;
  try {
    return await work(client);
  } finally {
    await knex.client.releaseConnection(client);
  }
}

/** PostgreSQL's code for a deadlock it broke by aborting one transaction. */
const DEADLOCK_DETECTED = '40P01';

/**
 * Runs the statements (each in its own transaction) on up to BUILD_CONCURRENCY connections. Two
 * refreshes may add the same new words to search_word in opposite orders; PostgreSQL then aborts
 * one, which is run again.
 */
async function runConcurrently(knex: Knex, statements: readonly string[]): Promise<void> {
  let next = 0;
  const worker = () =>
    withClient(knex, async (client) => {
      await client.query(`set maintenance_work_mem = '256MB'`);
      while (next < statements.length) {
        const sql = statements[next++];
        for (;;) {
          try {
            await client.query(sql);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== DEADLOCK_DETECTED) throw error;
          }
        }
      }
      await client.query('reset maintenance_work_mem');
    });
  await Promise.all(Array.from({ length: Math.min(BUILD_CONCURRENCY, statements.length) }, worker));
}

async function assertEmpty(client: PoolClient): Promise<void> {
  const { rows } = await client.query<{ seeded: boolean; regions: string }>(
    `select exists (select 1 from cooperative) or exists (select 1 from partner) or exists (select 1 from app_user) as seeded,
            (select count(*) from region where level = 'VILLAGE') as regions`,
  );
  if (rows[0].seeded)
    throw new Error('The national seed needs an empty database (migrated, without demo data).');
  if (Number(rows[0].regions) === 0) throw new Error('The regions are not loaded: run the migrations first.');
}

/**
 * Drops the indexes of these tables that no constraint owns, returning the statements that build
 * them again. Primary keys and unique constraints stay: the load's ON CONFLICT clauses and the
 * derived-table refreshes probe them.
 */
async function dropSecondaryIndexes(client: PoolClient, tables: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
       join pg_class t on t.oid = i.indrelid
      where t.relnamespace = 'public'::regnamespace and t.relname = any($1::text[])
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by t.relname, 1`,
    [tables],
  );
  for (const row of rows) await client.query(`drop index ${row.name}`);
  return rows.map((row) => row.definition);
}

/**
 * Search documents and match facts through the functions that maintain them, in batches of ids so
 * every statement is index-driven; then any other derived table a migration provides a
 * `<table>_rebuild()` function for. The slowest work comes first, so the two connections finish
 * together.
 */
async function derivedTableWork(knex: Knex): Promise<string[]> {
  const sources: [string, string][] = [
    ['OFFERING', 'offering'],
    ['COOPERATIVE', 'cooperative'],
    ['REQUEST', 'partner_request'],
    ['PROGRAM', 'program'],
    ['PARTNER', 'partner'],
  ];
  const rebuilds = (await knex.raw(
    `select p.proname as name from pg_proc p
      where p.pronamespace = 'public'::regnamespace and p.proname like '%\\_rebuild' and p.pronargs = 0
        and p.proname <> 'cooperative_match_fact_rebuild'
      order by 1`,
  )) as { rows: { name: string }[] };
  const work = rebuilds.rows.map(({ name }) => `select ${name}()`);
  for (const [type, table] of sources) {
    work.push(...(await batches(knex, table, (ids) => `select search_document_refresh('${type}', ${ids})`)));
  }
  work.push(
    ...(await batches(knex, 'cooperative', (ids) => `select cooperative_match_fact_refresh(${ids})`)),
  );
  return work;
}

async function batches(knex: Knex, table: string, call: (ids: string) => string): Promise<string[]> {
  const result = (await knex.raw(`select coalesce(max(id), 0) as max from ${table}`)) as {
    rows: { max: number }[];
  };
  const statements: string[] = [];
  for (let from = 1; from <= result.rows[0].max; from += REFRESH_BATCH) {
    statements.push(
      call(`array(select id from ${table} where id between ${from} and ${from + REFRESH_BATCH - 1})`),
    );
  }
  return statements;
}

/** setval for every serial column of the public schema, past the highest id. */
async function sequenceResets(knex: Knex): Promise<string[]> {
  const result = (await knex.raw(
    `select c.table_name as table, c.column_name as column from information_schema.columns c
      where c.table_schema = 'public' and c.column_default like 'nextval(%' order by 1`,
  )) as { rows: { table: string; column: string }[] };
  return result.rows.map(
    ({ table, column }) =>
      `select setval(pg_get_serial_sequence('"${table}"', '${column}'), coalesce((select max("${column}") from "${table}"), 1), ` +
      `(select count(*) > 0 from "${table}"))`,
  );
}

/** ANALYZE of the tables not analysed yet (derived tables, regions, the rest). */
async function otherTables(knex: Knex): Promise<string[]> {
  const result = (await knex.raw(
    `select tablename from pg_tables where schemaname = 'public'
        and not (tablename = any(string_to_array(?, ','))) order by 1`,
    [NATIONAL_TABLES.join(',')],
  )) as { rows: { tablename: string }[] };
  return result.rows.map(({ tablename }) => `analyze "${tablename}"`);
}

async function countRows(knex: Knex): Promise<Record<string, number>> {
  const tables = [
    ...NATIONAL_TABLES,
    'cooperative_attestation',
    'notification',
    'proposal_message',
    ...DERIVED_TABLES,
  ];
  const rows = (await knex.raw(
    tables
      .map((table) => `select '${table}' as name, count(*)::integer as count from "${table}"`)
      .join(' union all '),
  )) as { rows: { name: string; count: number }[] };
  return Object.fromEntries(rows.rows.map((row) => [row.name, row.count]));
}
