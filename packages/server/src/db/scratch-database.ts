import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { REPO_ROOT } from '../shared/paths';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * A throwaway database for checks, tests and benchmarks, never the development data: on the
 * server of DATABASE_URL when it is set, otherwise on a fresh embedded cluster of its own.
 */
export interface ScratchDatabase {
  /** The scratch database. */
  url: string;
  /** A maintenance connection on the same server (to create more databases, e.g. from a template). */
  adminUrl: string;
  /** Drops the database, and stops and deletes the embedded cluster if one was started. */
  dispose(): Promise<void>;
}

export async function createScratchDatabase(options: {
  name: string;
  /** Folder under .data/ for the embedded cluster, e.g. "test-postgres". */
  clusterFolder: string;
  clusterPort: number;
}): Promise<ScratchDatabase> {
  const external = process.env.DATABASE_URL;
  const clusterDir = path.join(REPO_ROOT, '.data', options.clusterFolder);
  let cluster: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  if (!external) {
    fs.rmSync(clusterDir, { recursive: true, force: true });
    cluster = await startEmbeddedPostgres({ dataDir: clusterDir, port: options.clusterPort });
  }
  const adminUrl = external ?? cluster!.url('postgres');
  await runSql(adminUrl, `drop database if exists "${options.name}" with (force)`);
  await runSql(adminUrl, `create database "${options.name}"`);
  return {
    url: databaseUrl(adminUrl, options.name),
    adminUrl,
    async dispose() {
      if (cluster) {
        await cluster.stop();
        fs.rmSync(clusterDir, { recursive: true, force: true });
      } else {
        await runSql(adminUrl, `drop database if exists "${options.name}" with (force)`);
      }
    },
  };
}

/** The same server URL pointing at another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on its own connection (CREATE/DROP DATABASE cannot run in a pool's transaction). */
export async function runSql(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
