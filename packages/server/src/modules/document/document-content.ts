import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

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

/** What the bytes of an upload are, once all of them have passed; the same whatever stores them. */
export type ContentVerdict =
  | { ok: true; sizeBytes: number; sha256: string; mimeType: DocumentFileType }
  | { ok: false; reason: 'UNSUPPORTED_FILE_TYPE' | 'EMPTY' };

/**
 * Passes an upload's bytes through unchanged on their way to storage, hashing and counting them
 * and keeping the first and last ones, so that a storage driver judges the content without
 * reading it twice and without knowing how it is judged.
 */
export class DocumentContentInspector extends Transform {
  private readonly hash = createHash('sha256');
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private sizeBytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.sizeBytes += chunk.length;
    if (this.head.length < HEAD_BYTES)
      this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    this.tail = Buffer.concat([this.tail, chunk]).subarray(-TAIL_BYTES);
    done(null, chunk);
  }

  /** The verdict on everything that passed; call it once, after the stream has ended. */
  verdict(): ContentVerdict {
    if (this.sizeBytes === 0) return { ok: false, reason: 'EMPTY' };
    const mimeType = sniffDocumentType(this.head, this.tail);
    if (!mimeType) return { ok: false, reason: 'UNSUPPORTED_FILE_TYPE' };
    return { ok: true, sizeBytes: this.sizeBytes, sha256: this.hash.digest('hex'), mimeType };
  }
}
