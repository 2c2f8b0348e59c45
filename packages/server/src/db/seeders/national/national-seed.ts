import type { Knex } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';
import { accountSteps } from './account-steps';
import { cooperativeSteps } from './cooperative-steps';
import { mentorSteps } from './mentor-steps';
import { offeringSteps } from './offering-steps';
import { partnerSteps } from './partner-steps';
import { planSteps } from './plan';
import { proposalSteps } from './proposal-steps';
import type { SeedStep } from './steps';

export { NATIONAL_ACCOUNTS, type NationalAccountName } from './account-steps';

/** Every province of the Kemendagri file, in code order. */
export const ALL_PROVINCES: readonly string[] = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53',
  '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96',
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
const REFRESH_BATCH = 20_000;

/**
 * Fills an empty, migrated database (regions loaded) with the deterministic national data set, in
 * one transaction, in bulk: triggers (and with them the foreign-key checks) are off for the load
 * (session_replication_role = replica, which needs a superuser), the secondary indexes of the
 * loaded tables are dropped and built again once at the end, the derived tables (search
 * documents, match facts, and any `<table>_rebuild()` a migration adds) are built from the loaded
 * rows, sequences are moved past the ids, and everything is analysed.
 */
export async function seedNational(knex: Knex, options: NationalSeedOptions = {}): Promise<NationalSeedSummary> {
  const provinces = [...new Set(options.provinces ?? ALL_PROVINCES)].sort();
  const unknown = provinces.filter((code) => !ALL_PROVINCES.includes(code));
  if (unknown.length > 0) throw new Error(`Unknown province codes: ${unknown.join(', ')}`);
  const started = Date.now();
  const timings: { name: string; ms: number }[] = [];
  const client = (await knex.client.acquireConnection()) as PoolClient;
  const run = async (step: SeedStep) => {
    const stepStarted = Date.now();
    await client.query(step.sql);
    timings.push({ name: step.name, ms: Date.now() - stepStarted });
  };
  try {
    await client.query('begin');
    await client.query("select pg_advisory_xact_lock(hashtext('mitradesa:demo-seed'))");
    await assertEmpty(client);
    await client.query(`set local session_replication_role = replica;
      set local mitradesa.defer_search_documents = 'on';
      set local maintenance_work_mem = '256MB';
      set local work_mem = '64MB'`);
    const tableIndexes = await dropSecondaryIndexes(client, NATIONAL_TABLES);
    const derivedIndexes = await dropSecondaryIndexes(client, DERIVED_TABLES);
    for (const step of [
      ...planSteps(provinces, NATIONAL_PARTNER_COUNT),
      ...cooperativeSteps,
      ...partnerSteps,
      ...offeringSteps,
      ...mentorSteps,
      ...proposalSteps,
      ...accountSteps,
    ]) {
      await run(step);
    }
    // The refresh functions that build the derived tables look rows up through these indexes.
    await run({ name: 'secondary indexes', sql: tableIndexes.join(';\n') });
    await run({ name: 'analyze loaded tables', sql: `analyze ${NATIONAL_TABLES.join(', ')}` });
    await buildDerivedTables(client, timings);
    await run({ name: 'derived table indexes', sql: derivedIndexes.join(';\n') });
    await run({ name: 'sequences', sql: await sequenceResets(client) });
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await knex.client.releaseConnection(client);
  }
  const analyzeStarted = Date.now();
  // Outside the transaction: statistics of every table for the planner.
  await knex.raw('analyze');
  timings.push({ name: 'analyze', ms: Date.now() - analyzeStarted });
  const counts = await countRows(knex);
  return { provinces, counts, steps: timings, ms: Date.now() - started };
}

async function assertEmpty(client: PoolClient): Promise<void> {
  const { rows } = await client.query<{ seeded: boolean; regions: string }>(
    `select exists (select 1 from cooperative) or exists (select 1 from partner) or exists (select 1 from app_user) as seeded,
            (select count(*) from region where level = 'VILLAGE') as regions`,
  );
  if (rows[0].seeded) throw new Error('The national seed needs an empty database (migrated, without demo data).');
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
 * Search documents and match facts through the functions that maintain them (in batches of ids,
 * so every statement is index-driven), then any other derived table a migration provides a
 * `<table>_rebuild()` function for.
 */
async function buildDerivedTables(client: PoolClient, timings: { name: string; ms: number }[]): Promise<void> {
  const sources: [string, string][] = [
    ['COOPERATIVE', 'cooperative'],
    ['OFFERING', 'offering'],
    ['PARTNER', 'partner'],
    ['PROGRAM', 'program'],
    ['REQUEST', 'partner_request'],
  ];
  await client.query(`set local mitradesa.defer_search_documents = 'off'`);
  for (const [type, table] of sources) {
    const started = Date.now();
    await refreshInBatches(client, table, (ids) => `select search_document_refresh('${type}', ${ids})`);
    timings.push({ name: `search_document ${type}`, ms: Date.now() - started });
  }
  const started = Date.now();
  await refreshInBatches(client, 'cooperative', (ids) => `select cooperative_match_fact_refresh(${ids})`);
  timings.push({ name: 'cooperative_match_fact', ms: Date.now() - started });
  const { rows } = await client.query<{ name: string }>(
    `select p.proname as name from pg_proc p
      where p.pronamespace = 'public'::regnamespace and p.proname like '%\\_rebuild' and p.pronargs = 0
        and p.proname <> 'cooperative_match_fact_rebuild'
      order by 1`,
  );
  for (const { name } of rows) {
    const rebuildStarted = Date.now();
    await client.query(`select ${name}()`);
    timings.push({ name, ms: Date.now() - rebuildStarted });
  }
}

async function refreshInBatches(client: PoolClient, table: string, call: (ids: string) => string): Promise<void> {
  const { rows } = await client.query<{ max: number | null }>(`select max(id) as max from ${table}`);
  const max = rows[0].max ?? 0;
  for (let from = 1; from <= max; from += REFRESH_BATCH) {
    await client.query(call(`array(select id from ${table} where id between ${from} and ${from + REFRESH_BATCH - 1})`));
  }
}

/** setval for every serial column of the public schema, past the highest id. */
async function sequenceResets(client: PoolClient): Promise<string> {
  const { rows } = await client.query<{ table: string; column: string }>(
    `select c.table_name as table, c.column_name as column from information_schema.columns c
      where c.table_schema = 'public' and c.column_default like 'nextval(%' order by 1`,
  );
  return rows
    .map(
      ({ table, column }) =>
        `select setval(pg_get_serial_sequence('"${table}"', '${column}'), coalesce((select max("${column}") from "${table}"), 1), ` +
        `(select count(*) > 0 from "${table}"))`,
    )
    .join(';\n');
}

async function countRows(knex: Knex): Promise<Record<string, number>> {
  const tables = [...NATIONAL_TABLES, 'cooperative_attestation', 'notification', 'proposal_message', ...DERIVED_TABLES];
  const rows = (await knex.raw(
    tables.map((table) => `select '${table}' as name, count(*)::integer as count from "${table}"`).join(' union all '),
  )) as { rows: { name: string; count: number }[] };
  return Object.fromEntries(rows.rows.map((row) => [row.name, row.count]));
}
