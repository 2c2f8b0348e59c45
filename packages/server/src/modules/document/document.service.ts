import type { Context } from '../../request-context';
import { applyGiven, changeAtVersion } from '../../shared/changes';
import { assertMayManageCooperative, isMentorOf } from '../cooperative/cooperative.policy';
import { User } from '../account/account.entity';
import { Cooperative } from '../cooperative/cooperative.entity';
import { NIB_PATTERN, NPWP_PATTERN } from '../cooperative/cooperative.input';
import { CooperativeDocument, DocumentSource } from './document.entity';
import { DocumentType } from './document-type';
import type { StoredFile } from './document-storage';
import { DocumentError, DocumentViolations } from './document.errors';

/** A document to put on record for a cooperative; dates as ISO dates (YYYY-MM-DD). */
export interface AddCooperativeDocument {
  cooperativeId: number;
  type: DocumentType;
  number?: string | null;
  issuedOn?: string | null;
  expiresOn?: string | null;
  note?: string | null;
}

/** Changes to a document; a field left out (undefined) stays as it is, null clears it. */
export interface UpdateCooperativeDocument {
  id: number;
  /** The version the change was made against (optimistic lock). */
  version: number;
  number?: string | null;
  issuedOn?: string | null;
  expiresOn?: string | null;
  note?: string | null;
}

/** A document to remove, with its file. */
export interface RemoveCooperativeDocument {
  id: number;
  /** The version the removal was decided on (optimistic lock). */
  version: number;
}

const EDITABLE = ['number', 'issuedOn', 'expiresOn', 'note'] as const;

/** Numbers whose shape is fixed by the issuer: checked where a document of the type has one. */
const NUMBER_FORMATS: Partial<Record<DocumentType, { pattern: RegExp; message: string }>> = {
  [DocumentType.NPWP]: {
    pattern: NPWP_PATTERN,
    message: 'An NPWP has 15 or 16 digits, e.g. 01.234.567.8-901.000 or 0123456789012345',
  },
  [DocumentType.NIB]: { pattern: NIB_PATTERN, message: 'A NIB has 13 digits' },
};

/** Where a record made by this viewer comes from: mentors and admins are told apart from the cooperative. */
async function sourceOf(ctx: Context, cooperativeId: number): Promise<DocumentSource> {
  const viewer = ctx.viewer!;
  if (viewer.isOfficerOf(cooperativeId)) return DocumentSource.COOPERATIVE;
  if (await isMentorOf(ctx, cooperativeId)) return DocumentSource.MENTOR;
  return DocumentSource.ADMIN;
}

function checkDocument(
  document: CooperativeDocument,
  violations: DocumentViolations,
  changed: (field: string) => boolean,
) {
  if (document.issuedOn && document.expiresOn && document.expiresOn < document.issuedOn) {
    violations.invalid(
      'expiresOn must not be before issuedOn',
      changed('expiresOn') ? 'expiresOn' : 'issuedOn',
    );
  }
  const format = NUMBER_FORMATS[document.type];
  if (format && document.number && !format.pattern.test(document.number)) {
    violations.invalid(format.message, 'number');
  }
  violations.throwIfAny();
}

/** Puts a document on record; by the cooperative's board, its mentor or an admin. */
export async function addCooperativeDocument(ctx: Context, input: AddCooperativeDocument): Promise<number> {
  const { cooperativeId } = input;
  const cooperative = await ctx.em.findOne(Cooperative, cooperativeId);
  if (!cooperative) throw DocumentError.cooperativeNotFound();
  await assertMayManageCooperative(ctx, cooperativeId, 'documents');
  const document = ctx.em.create(CooperativeDocument, {
    cooperative,
    type: input.type,
    source: await sourceOf(ctx, cooperativeId),
    recordedBy: ctx.em.getReference(User, ctx.viewer!.userId),
  });
  applyGiven(document, input, EDITABLE);
  checkDocument(document, new DocumentViolations(), () => true);
  await ctx.em.flush();
  return document.id;
}

/**
 * Loads a document for a change: a NOT_FOUND DocumentError when there is none, FORBIDDEN when
 * the viewer may not change the documents of its cooperative.
 */
export async function documentToChange(ctx: Context, id: number): Promise<CooperativeDocument> {
  const document = await ctx.em.findOne(CooperativeDocument, id);
  if (!document) throw DocumentError.notFound();
  await assertMayManageCooperative(ctx, document.cooperative.id, 'documents');
  return document;
}

/** Changes a document's number, dates or note at the version the client saw. */
export async function updateCooperativeDocument(
  ctx: Context,
  changes: UpdateCooperativeDocument,
): Promise<number> {
  const document = await documentToChange(ctx, changes.id);
  await changeAtVersion(ctx.em, document, changes.version);
  applyGiven(document, changes, EDITABLE);
  checkDocument(
    document,
    new DocumentViolations(),
    (field) => changes[field as keyof typeof changes] !== undefined,
  );
  await ctx.em.flush();
  return document.id;
}

/** Removes a document; returns its cooperative and the key of its file, to delete once committed. */
export async function removeCooperativeDocument(
  ctx: Context,
  command: RemoveCooperativeDocument,
): Promise<{ cooperativeId: number; fileKey: string | null }> {
  const document = await documentToChange(ctx, command.id);
  await changeAtVersion(ctx.em, document, command.version);
  const removed = { cooperativeId: document.cooperative.id, fileKey: document.fileStorageKey ?? null };
  ctx.em.remove(document);
  await ctx.em.flush();
  return removed;
}

/**
 * Attaches an uploaded file (already stored under a random key) to a document, at `version` when
 * the client gives one. Returns the key of the file it replaces, to delete once committed.
 */
export async function attachDocumentFile(
  ctx: Context,
  id: number,
  file: StoredFile & { name: string },
  version: number | null,
): Promise<{ previousKey: string | null; version: number }> {
  const document = await documentToChange(ctx, id);
  if (version !== null) await changeAtVersion(ctx.em, document, version);
  else document.updatedAt = new Date();
  const previousKey = document.fileStorageKey ?? null;
  Object.assign(document, {
    fileName: file.name,
    fileMimeType: file.mimeType,
    fileSizeBytes: file.sizeBytes,
    fileStorageKey: file.key,
    fileSha256: file.sha256,
  });
  await ctx.em.flush();
  return { previousKey, version: document.version };
}
