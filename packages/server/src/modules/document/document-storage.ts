import type { Readable } from 'node:stream';
import type { DocumentFileType } from './document-content';

export interface StoredFile {
  /** The key it is stored under: random, never derived from what the user sent. */
  key: string;
  sizeBytes: number;
  sha256: string;
  mimeType: DocumentFileType;
}

export type ReceiveResult =
  { ok: true; file: StoredFile } | { ok: false; reason: 'UNSUPPORTED_FILE_TYPE' | 'EMPTY' };

/**
 * Where uploaded document files live, as every API process sees them: what one process stored,
 * any other opens, replaces or removes. An upload is "unfinished" until it has been received whole
 * and judged of an accepted type (document-content.ts, the same for every driver); only then does
 * it get its key, so a half-received or refused upload never becomes a stored file. Keys are
 * referenced by `cooperative_document.file_storage_key`; a stored file whose row never committed
 * is an orphan, for the sweep (document-orphans.ts) to find through the listings below.
 */
export interface DocumentStorage {
  /** The largest file accepted, in bytes; the upload route enforces it on the stream. */
  readonly maxBytes: number;

  /**
   * Stores an upload under a new random key, hashing it and judging its content on the way. A
   * refused upload (empty, or not an accepted type) is removed here. The caller enforces the size
   * limit on the stream (busboy's `fileSize` limit) and discards the key when it trips. Rejects
   * when the stream fails (a body cut short), leaving nothing behind.
   */
  receive(stream: Readable): Promise<ReceiveResult>;

  /** The bytes stored under `key`; null when nothing is (never stored, or removed meanwhile). */
  open(key: string): Promise<Readable | null>;

  /**
   * Removes a stored file. True when this call removed it; false when it was already gone (or no
   * key was given), so that several processes removing the same file all succeed.
   */
  discard(key: string | null | undefined): Promise<boolean>;

  /** Removes an unfinished upload (left by a process that died mid-upload); answers as discard does. */
  discardUpload(uploadId: string): Promise<boolean>;

  /** Keys of the stored files last written before `cutoff` (milliseconds since the epoch). */
  storedKeysOlderThan(cutoff: number): AsyncIterable<string>;

  /** Ids of the unfinished uploads last written before `cutoff`. */
  unfinishedUploadsOlderThan(cutoff: number): AsyncIterable<string>;
}
