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
function typeBySignature(head: Buffer): DocumentFileType | null {
  const startsWith = (bytes: number[], offset = 0) =>
    bytes.every((byte, index) => head[offset + index] === byte);
  if (startsWith([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith([0x52, 0x49, 0x46, 0x46]) && startsWith([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'; // RIFF….WEBP
  return null;
}

/**
 * How much of the start browsers inspect when they sniff a type (the WHATWG MIME Sniffing
 * standard's resource header, 1445 bytes); markup there could make a file render as a page.
 */
export const HEAD_BYTES = 1445;
/** PDF readers look for the closing `%%EOF` within the last 1024 bytes. */
export const TAIL_BYTES = 1024;

/**
 * Tags that make a sniffing browser treat bytes as HTML, SVG or XML with scripts; none of them
 * belongs near the start of a PDF or an image (PDF dictionaries are `<<`, hex strings `<0A1B>`,
 * and image headers are binary), so their presence means a disguised page.
 */
const MARKUP =
  /<(!doctype|html|head|body|script|iframe|frame|object|embed|svg|style|title|meta|link|img|div|a\s|!--)/i;

/** `%PDF-` then a version such as 1.4 or 2.0, at the very start. */
const PDF_HEADER = /^%PDF-[12]\.\d/;

/**
 * The accepted type of a file from its first bytes (`head`, up to HEAD_BYTES) and last ones
 * (`tail`, up to TAIL_BYTES); null when it is none of them or is disguised. Files under
 * HEAD_BYTES give the same buffer for both.
 */
export function sniffDocumentType(head: Buffer, tail: Buffer): DocumentFileType | null {
  const type = typeBySignature(head);
  if (!type) return null;
  // latin1 maps each byte to one character, so binary content cannot form or hide a match.
  if (MARKUP.test(head.toString('latin1'))) return null;
  if (type === 'application/pdf') {
    if (!PDF_HEADER.test(head.toString('latin1', 0, 8))) return null;
    // A real PDF ends with its trailer and `%%EOF` (perhaps followed by a line break or padding).
    if (!tail.toString('latin1').includes('%%EOF')) return null;
  }
  return type;
}

/** Stored files are named by 24 random bytes in hex; uploads in progress add `.part`. */
export const STORAGE_KEY_PATTERN = /^[a-f0-9]{48}$/;
export const PART_FILE_PATTERN = /^[a-f0-9]{48}\.part$/;

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
   * Streams an upload to disk, hashing it and checking its first and last bytes. The caller
   * enforces the size limit on the stream (busboy's `fileSize` limit) and calls `discard` when it
   * trips. Rejects when the stream fails (a body cut short), leaving nothing on disk.
   */
  async receive(stream: Readable): Promise<ReceiveResult & { tempPath: string }> {
    // Listen before the first await, and for good: a body cut short errors the stream at any
    // moment (even after pipeline() is done with it), and an 'error' event nobody listens to ends
    // the whole process. pipeline() reports the error; this only keeps it from being unhandled.
    let streamError: unknown = null;
    stream.on('error', (error: unknown) => (streamError ??= error));
    const key = randomBytes(24).toString('hex');
    const tempPath = path.join(this.dir, `${key}.part`);
    const hash = createHash('sha256');
    let head = Buffer.alloc(0);
    let tail = Buffer.alloc(0);
    let sizeBytes = 0;
    const inspect = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        if (head.length < HEAD_BYTES)
          head = Buffer.concat([head, chunk.subarray(0, HEAD_BYTES - head.length)]);
        tail = Buffer.concat([tail, chunk]).subarray(-TAIL_BYTES);
        done(null, chunk);
      },
    });
    try {
      await mkdir(this.dir, { recursive: true });
      if (streamError) throw streamError;
      await pipeline(stream, inspect, createWriteStream(tempPath, { flags: 'wx', mode: 0o600 }));
    } catch (error) {
      stream.resume();
      await rm(tempPath, { force: true });
      throw error;
    }
    if (sizeBytes === 0) return { ok: false, reason: 'EMPTY', tempPath };
    const mimeType = sniffDocumentType(head, tail);
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
    if (!STORAGE_KEY_PATTERN.test(key)) throw new Error('not a document storage key');
    return path.join(this.dir, key);
  }
}
