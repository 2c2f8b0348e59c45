import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { VerificationLevel } from '../../graphql/shared-enums';
import { fromPgTimestamp } from '../../shared/time';
import { DocumentType } from './document-type.type';
import { DocumentSource } from './document.entity';
import { DocumentStatus, statusOfDocument } from './document-status';

registerEnumType(DocumentStatus, {
  name: 'DocumentStatus',
  description:
    'Whether a document is in force: it counts until the end of its expiry day; without one it never lapses.',
  valuesConfig: {
    VALID: { description: 'In force today.' },
    EXPIRED: { description: 'Its expiry date has passed.' },
    MISSING: { description: 'No document of the type is on record.' },
  },
});

registerEnumType(DocumentSource, {
  name: 'DocumentSource',
  description: 'Where a document record came from.',
  valuesConfig: {
    COOPERATIVE: { description: "Entered or uploaded by the cooperative's own officers." },
    MENTOR: { description: 'Recorded by a mentor who saw the original in the field.' },
    ADMIN: { description: 'Recorded by a platform administrator or the cooperative office.' },
    REGISTRY_IMPORT: { description: 'Imported from the national cooperative registry.' },
  },
});

/** The HTTP path of a document's file on the API (and, forwarded, on the web app's origin). */
export function documentFilePath(globalId: string): string {
  return `/documents/${globalId}/file`;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The uploaded file of a document (PDF, JPEG, PNG or WebP).',
})
export class DocumentFile {
  @Field(() => String, { description: 'The file name as uploaded.' })
  name!: string;

  @Field(() => String, {
    description: 'Its media type, checked against the file content, e.g. "application/pdf".',
  })
  mimeType!: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  sizeBytes!: number;

  @Field(() => String, { description: 'Hex SHA-256 of the content, to check a copy against.' })
  sha256!: string;

  @Field(() => String, {
    description:
      'Path to download it with the same session cookie or Bearer token, e.g. "/documents/Q29v…/file" (on the API and on the web origin).',
  })
  downloadPath!: string;
}

export interface DocumentRow {
  id: number;
  cooperative_id: number;
  village_code: string;
  type: DocumentType;
  number: string | null;
  issued_on: string | null;
  expires_on: string | null;
  verification_level: VerificationLevel;
  source: DocumentSource;
  note: string | null;
  file_name: string | null;
  file_mime_type: string | null;
  file_size_bytes: number | null;
  file_sha256: string | null;
  recorded_by_name: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

/** What the viewer may do with the documents of one cooperative (see cooperative.policy.ts). */
export interface DocumentAccess {
  /** Numbers, notes, files and who recorded them. */
  details: boolean;
  /** Add, change, remove, upload. */
  change: boolean;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    "A document a cooperative holds (deed, SK AHU, NPWP, approvals…). Its type, dates, status and verification are public, so partners can trust a profile; its number, note, file and who recorded it are visible only to the cooperative's officers, its mentors, the Dinas of its region and admins (null for everyone else).",
})
export class CooperativeDocument extends Node {
  dbId!: number;
  cooperativeId!: number;

  @Field(() => DocumentType, { description: 'Which kind of document this is.' })
  type!: DocumentType;

  @Field(() => DocumentStatus, { description: 'VALID while in force, EXPIRED after its expiry date.' })
  status!: DocumentStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When it was issued.' })
  issuedOn!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'When it lapses; null: it does not expire.',
  })
  expiresOn!: string | null;

  @Field(() => VerificationLevel, { description: 'How far this document has been checked.' })
  verificationLevel!: VerificationLevel;

  @Field(() => DocumentSource, {
    description: 'Who put it on record: the cooperative, a mentor, an admin, an import.',
  })
  source!: DocumentSource;

  @Field(() => Boolean, { description: 'Whether a file (scan or photo) is attached.' })
  hasFile!: boolean;

  @Field(() => DateTimeISOResolver, { description: 'When it was recorded.' })
  recordedAt!: Date;

  @Field(() => DateTimeISOResolver, { description: 'When the record last changed.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Optimistic-lock version; changes must send the version they saw.' })
  version!: number;

  @Field(() => Boolean, {
    description: 'Whether you may see the private fields (number, note, file, recordedByName).',
  })
  viewerMaySeeDetails!: boolean;

  @Field(() => Boolean, { description: 'Whether you may change or remove it and upload its file.' })
  viewerMayChange!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The number printed on it (NPWP, NIB, SK number…). Private.',
  })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'A note about it. Private.' })
  note!: string | null;

  @Field(() => DocumentFile, {
    nullable: true,
    description: 'The attached file; null when none or not visible to you. Private.',
  })
  file!: DocumentFile | null;

  @Field(() => String, { nullable: true, description: 'Name of the user who recorded it. Private.' })
  recordedByName!: string | null;

  static fromRow(row: DocumentRow, access: DocumentAccess, today: string): CooperativeDocument {
    const id = toGlobalId('CooperativeDocument', row.id);
    const details = access.details;
    const hasFile = row.file_name !== null;
    return Object.assign(new CooperativeDocument(), {
      id,
      dbId: row.id,
      cooperativeId: row.cooperative_id,
      type: row.type,
      status: statusOfDocument(row.expires_on, today),
      issuedOn: row.issued_on,
      expiresOn: row.expires_on,
      verificationLevel: row.verification_level,
      source: row.source,
      hasFile,
      recordedAt: fromPgTimestamp(row.created_at),
      updatedAt: fromPgTimestamp(row.updated_at),
      version: row.version,
      viewerMaySeeDetails: details,
      viewerMayChange: access.change,
      number: details ? row.number : null,
      note: details ? row.note : null,
      recordedByName: details ? row.recorded_by_name : null,
      file:
        details && hasFile
          ? Object.assign(new DocumentFile(), {
              name: row.file_name,
              mimeType: row.file_mime_type,
              sizeBytes: row.file_size_bytes,
              sha256: row.file_sha256,
              downloadPath: documentFilePath(id),
            })
          : null,
    });
  }
}
