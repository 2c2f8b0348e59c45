import { readdir, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Knex } from '@mikro-orm/postgresql';
import { PART_FILE_PATTERN, STORAGE_KEY_PATTERN } from './document-storage';

/**
 * How old a file must be before the sweep may judge it. An upload writes its `.part` file, renames
 * it, then commits the row that references it, all within the request; a file untouched for an
 * hour with no row is left over from a process that died in between (or a delete that never ran).
 */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

/** Keys looked up per query, so that a large folder never makes one huge statement. */
const LOOKUP_BATCH = 500;

/**
 * Deletes the files in the storage folder that no document references any more: stored files
 * whose key is in no `cooperative_document.file_storage_key`, and `.part` files of uploads that
 * never finished, in both cases only when last modified more than `graceMs` ago, so that an
 * upload in flight is never touched. Other names in the folder are left alone. Several processes
 * may sweep at once: a file another one deleted first is simply skipped. Returns how many files
 * this call deleted.
 */
export async function sweepOrphanDocumentFiles(
  knex: Knex,
  dir: string,
  options: { graceMs?: number; now?: number } = {},
): Promise<number> {
  const cutoff = (options.now ?? Date.now()) - (options.graceMs ?? ORPHAN_GRACE_MS);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0; // nothing uploaded yet
    throw error;
  }
  const oldEnough = async (name: string) => {
    try {
      return (await stat(path.join(dir, name))).mtimeMs < cutoff;
    } catch {
      return false; // gone meanwhile (committed and replaced, or swept by another process)
    }
  };
  const staleParts: string[] = [];
  const oldKeys: string[] = [];
  for (const name of names) {
    if (PART_FILE_PATTERN.test(name)) {
      if (await oldEnough(name)) staleParts.push(name);
    } else if (STORAGE_KEY_PATTERN.test(name) && (await oldEnough(name))) {
      oldKeys.push(name);
    }
  }
  const orphans: string[] = [];
  for (let start = 0; start < oldKeys.length; start += LOOKUP_BATCH) {
    const batch = oldKeys.slice(start, start + LOOKUP_BATCH);
    const referenced = new Set(
      (await knex('cooperative_document').whereIn('file_storage_key', batch).select('file_storage_key')).map(
        (row: { file_storage_key: string }) => row.file_storage_key,
      ),
    );
    orphans.push(...batch.filter((key) => !referenced.has(key)));
  }
  let deleted = 0;
  for (const name of [...staleParts, ...orphans]) {
    // unlink reports a file another process removed first (fs.rm does not, reliably), so that
    // no deletion is counted twice.
    try {
      await unlink(path.join(dir, name));
      deleted += 1;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return deleted;
}
