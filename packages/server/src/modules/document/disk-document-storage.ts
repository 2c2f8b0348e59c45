import type { Config } from '../../config';
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, opendir, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentContentInspector } from './document-content';
import type { DocumentStorage, ReceiveResult } from './document-storage';

/** Stored files are named by 24 random bytes in hex; uploads in progress add `.part`. */
export const STORAGE_KEY_PATTERN = /^[a-f0-9]{48}$/;
export const PART_FILE_PATTERN = /^[a-f0-9]{48}\.part$/;

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Document files in one folder, each under its key; an unfinished upload is `<key>.part` in the
 * same folder, renamed into place when complete and accepted. The folder may be a volume shared
 * by every API process (a docker volume, NFS): a rename within one filesystem is atomic, so a
 * reader elsewhere sees a whole file or none; keys are random, so two processes never write the
 * same name; and every removal tolerates another process having removed the file first.
 */
export class DiskDocumentStorage implements DocumentStorage {
  constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {}

  async receive(stream: Readable): Promise<ReceiveResult> {
    // Listen before the first await, and for good: a body cut short errors the stream at any
    // moment (even after pipeline() is done with it), and an 'error' event nobody listens to ends
    // the whole process. pipeline() reports the error; this only keeps it from being unhandled.
    let streamError: unknown = null;
    stream.on('error', (error: unknown) => (streamError ??= error));
    const key = randomBytes(24).toString('hex');
    const partPath = path.join(this.dir, `${key}.part`);
    const inspector = new DocumentContentInspector();
    let file: WriteStream | null = null;
    try {
      await mkdir(this.dir, { recursive: true });
      if (streamError) throw streamError;
      file = createWriteStream(partPath, { flags: 'wx', mode: 0o600 });
      await pipeline(stream, inspector, file);
    } catch (error) {
      stream.resume();
      // A body cut short can fail the pipeline while the file is still being opened: removing it
      // before the stream has closed would leave the file it then creates behind.
      const opening = file;
      if (opening && !opening.closed)
        await new Promise<void>((closed) => opening.once('close', () => closed()));
      await rm(partPath, { force: true });
      throw error;
    }
    const verdict = inspector.verdict();
    if (!verdict.ok) {
      await rm(partPath, { force: true });
      return verdict;
    }
    const { sizeBytes, sha256, mimeType } = verdict;
    await rename(partPath, this.pathOf(key));
    return { ok: true, file: { key, sizeBytes, sha256, mimeType } };
  }

  async open(key: string): Promise<Readable | null> {
    // Opened before anything is answered, so that a missing file can still be told apart.
    try {
      return (await open(this.pathOf(key), 'r')).createReadStream();
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async discard(key: string | null | undefined): Promise<boolean> {
    return key ? this.remove(this.pathOf(key)) : false;
  }

  async discardUpload(uploadId: string): Promise<boolean> {
    if (!PART_FILE_PATTERN.test(uploadId)) throw new Error('not an unfinished document upload');
    return this.remove(path.join(this.dir, uploadId));
  }

  storedKeysOlderThan(cutoff: number): AsyncIterable<string> {
    return this.namesOlderThan(STORAGE_KEY_PATTERN, cutoff);
  }

  unfinishedUploadsOlderThan(cutoff: number): AsyncIterable<string> {
    return this.namesOlderThan(PART_FILE_PATTERN, cutoff);
  }

  /** Files named after `pattern` and last modified before `cutoff`; other names are not ours. */
  private async *namesOlderThan(pattern: RegExp, cutoff: number): AsyncGenerator<string> {
    let folder;
    try {
      folder = await opendir(this.dir);
    } catch (error) {
      if (isMissing(error)) return; // nothing uploaded yet
      throw error;
    }
    for await (const entry of folder) {
      if (!pattern.test(entry.name)) continue;
      // stat rather than the entry's type: NFS and some other filesystems do not report it.
      const stats = await stat(path.join(this.dir, entry.name)).catch(() => null); // gone meanwhile
      if (stats?.isFile() && stats.mtimeMs < cutoff) yield entry.name;
    }
  }

  /**
   * unlink reports a file another process removed first (fs.rm with `force` does not, reliably),
   * so that no removal is counted twice.
   */
  private async remove(file: string): Promise<boolean> {
    try {
      await unlink(file);
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  private pathOf(key: string): string {
    if (!STORAGE_KEY_PATTERN.test(key)) throw new Error('not a document storage key');
    return path.join(this.dir, key);
  }
}

/**
 * The storage the settings describe. One driver: a folder (DOCUMENT_STORAGE_DIR), which serves
 * several processes, or several machines, when they all mount the same volume.
 */
export function documentStorageFor(settings: Config['documentStorage']): DocumentStorage {
  return new DiskDocumentStorage(settings.dir, settings.maxBytes);
}
