import type { Knex } from '@mikro-orm/postgresql';
import type { DocumentStorage } from './document-storage';

/**
 * How old a file must be before the sweep may judge it. An upload writes its unfinished file,
 * stores it under its key, then commits the row that references it, all within the request; a
 * file untouched for an hour with no row is left over from a process that died in between (or a
 * delete that never ran).
 */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

/** Keys looked up per query, so that a large storage never makes one huge statement. */
const LOOKUP_BATCH = 500;

/** The keys of `batch` that no document references. */
async function unreferenced(knex: Knex, batch: string[]): Promise<string[]> {
  const referenced = new Set(
    (await knex('cooperative_document').whereIn('file_storage_key', batch).select('file_storage_key')).map(
      (row: { file_storage_key: string }) => row.file_storage_key,
    ),
  );
  return batch.filter((key) => !referenced.has(key));
}

/**
 * Deletes the stored files that no document references any more (key in no
 * `cooperative_document.file_storage_key`) and the unfinished uploads, in both cases only when
 * last written more than `graceMs` ago, so that an upload in flight is never touched. Several
 * processes may sweep the same storage at once: a file another one deleted first is simply
 * skipped. Returns how many files this call deleted.
 */
export async function sweepOrphanDocumentFiles(
  knex: Knex,
  storage: DocumentStorage,
  options: { graceMs?: number; now?: number } = {},
): Promise<number> {
  const cutoff = (options.now ?? Date.now()) - (options.graceMs ?? ORPHAN_GRACE_MS);
  let deleted = 0;
  for await (const upload of storage.unfinishedUploadsOlderThan(cutoff)) {
    if (await storage.discardUpload(upload)) deleted += 1;
  }
  const sweep = async (batch: string[]) => {
    for (const key of await unreferenced(knex, batch)) if (await storage.discard(key)) deleted += 1;
  };
  let batch: string[] = [];
  for await (const key of storage.storedKeysOlderThan(cutoff)) {
    batch.push(key);
    if (batch.length === LOOKUP_BATCH) {
      await sweep(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await sweep(batch);
  return deleted;
}
