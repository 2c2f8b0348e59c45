import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

/** The file types a document may have, recognised by their first bytes (never by name or header). */
export const DOCUMENT_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type DocumentFileType = (typeof DOCUMENT_FILE_TYPES)[number];

/**
 * Four signatures are all we accept, so a table of magic bytes is enough; the `file-type` package
 * (the usual choice) is ESM-only and knows hundreds of formats we would refuse anyway.
 */
export function sniffDocumentType(head: Buffer): DocumentFileType | null {
  const startsWith = (bytes: number[], offset = 0) =>
    bytes.every((byte, index) => head[offset + index] === byte);
  if (startsWith([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'; // RIFF….WEBP
  return null;
}

/** Bytes needed by sniffDocumentType. */
const HEAD_BYTES = 16;

export interface StoredFile {
  /** Name inside the storage folder: random, never derived from what the user sent. */
  key: string;
  sizeBytes: number;
  sha256: string;
  mimeType: DocumentFileType;
}

export type ReceiveResult =
  { ok: true; file: StoredFile } | { ok: false; reason: 'UNSUPPORTED_FILE_TYPE' | 'EMPTY' };

/**
 * Document files on local disk, under one folder, each under a random key. Uploads are written to
 * a temporary name first and renamed into place only when complete and of an accepted type, so a
 * half-received or refused upload never becomes a stored file.
 */
export class DocumentStorage {
  constructor(
    readonly dir: string,
    readonly maxBytes: number,
  ) {}

  /**
   * Streams an upload to disk, hashing it and checking its first bytes. The caller enforces the
   * size limit on the stream (busboy's `fileSize` limit) and calls `discard` when it trips.
   */
  async receive(stream: Readable): Promise<ReceiveResult & { tempPath: string }> {
    await mkdir(this.dir, { recursive: true });
    const key = randomBytes(24).toString('hex');
    const tempPath = path.join(this.dir, `${key}.part`);
    const hash = createHash('sha256');
    let head = Buffer.alloc(0);
    let sizeBytes = 0;
    const inspect = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        if (head.length < HEAD_BYTES)
          head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        done(null, chunk);
      },
    });
    await pipeline(stream, inspect, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }));
    if (sizeBytes === 0) return { ok: false, reason: 'EMPTY', tempPath };
    const mimeType = sniffDocumentType(head);
    if (!mimeType) return { ok: false, reason: 'UNSUPPORTED_FILE_TYPE', tempPath };
    await rename(tempPath, this.pathOf(key));
    return { ok: true, file: { key, sizeBytes, sha256: hash.digest('hex'), mimeType }, tempPath };
  }

  /** Removes a stored file or a temporary one; missing files are fine (already gone). */
  async discard(keyOrTempPath: string | null | undefined): Promise<void> {
    if (!keyOrTempPath) return;
    const target = path.isAbsolute(keyOrTempPath) ? keyOrTempPath : this.pathOf(keyOrTempPath);
    await rm(target, { force: true });
  }

  open(key: string): ReadStream {
    return createReadStream(this.pathOf(key));
  }

  private pathOf(key: string): string {
    if (!/^[a-f0-9]{48}$/.test(key)) throw new Error('not a document storage key');
    return path.join(this.dir, key);
  }
}
