import { Client } from 'pg';
import { connect, migrate } from '../../src/db/database';
import { newToken } from '../../src/modules/account/credentials';
import { databaseUrl, runSql } from '../../src/db/scratch-database';
import {
  MID_SIZE_PROVINCES,
  seedNational,
  type NationalSeedSummary,
} from '../../src/db/seeders/national/national-seed';
import { startTestServer, type TestServer } from './test-server';
import { ADMIN_URL_ENV, TEMPLATE_DB_ENV } from './test-database';

/**
 * The mid-size data set for tests that need volume (query plans, search ranking): the national
 * seed for Central Java and West Kalimantan (10,708 cooperatives, one per village) with a quarter
 * of the national offerings and proposals per cooperative (≈12k offerings, ≈32k proposals).
 * It is built once per test run, by the first spec that asks for it, into a template database
 * next to the demo template; the other spec files (in other workers) wait for it and copy it.
 */
export const MID_SIZE_DENSITY = 0.25;

/** Any fixed number: serialises the workers that want the template while the first one builds it. */
const BUILD_LOCK_KEY = 724_061_877;

/** The mid-size template of this test run, named after the run's demo template. */
export function midSizeTemplateName(): string {
  return `${process.env[TEMPLATE_DB_ENV]!}_midsize`;
}

/**
 * A TestServer (as startTestServer) on a private copy of the mid-size template. Its accounts are
 * NATIONAL_ACCOUNTS (src/db/seeders/national/account-steps.ts), which have no password: sign in
 * with `signInWithoutPassword`.
 */
export async function startMidSizeServer(): Promise<TestServer> {
  await ensureMidSizeTemplate();
  return startTestServer({ template: midSizeTemplateName() });
}

/** Builds the mid-size template unless this run already has it; returns the seed's summary when it built it. */
export async function ensureMidSizeTemplate(): Promise<NationalSeedSummary | null> {
  const adminUrl = process.env[ADMIN_URL_ENV]!;
  const template = midSizeTemplateName();
  const lock = new Client({ connectionString: adminUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [BUILD_LOCK_KEY]);
    const exists = await lock.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount) return null;
    // Built under another name and renamed when complete, so no worker copies half a database.
    const building = `${template}_building`;
    await runSql(adminUrl, `drop database if exists "${building}" with (force)`);
    await runSql(adminUrl, `create database "${building}"`);
    const orm = await connect(databaseUrl(adminUrl, building), 3);
    let summary: NationalSeedSummary;
    try {
      await migrate(orm);
      summary = await seedNational(orm.em.getConnection().getKnex(), {
        provinces: MID_SIZE_PROVINCES,
        density: MID_SIZE_DENSITY,
      });
    } finally {
      await orm.close(true);
    }
    await runSql(adminUrl, `alter database "${building}" rename to "${template}"`);
    return summary;
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [BUILD_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}

/** A session for a seeded account, created directly (the national accounts have no password). */
export async function signInWithoutPassword(server: TestServer, userId: number): Promise<string> {
  const session = newToken('session');
  await server.orm.em
    .getConnection()
    .execute(
      `insert into session (user_id, token_hash, expires_at) values (?, ?, now() + interval '1 day')`,
      [userId, session.hash],
    );
  return session.token;
}
