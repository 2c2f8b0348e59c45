import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Cooperative } from '../cooperative/cooperative.entity';
import { User } from '../account/account.entity';
import { Timestamped } from '../../shared/timestamps';
import { VerificationLevel } from '../../shared/verification';
import { DocumentType } from './document-type';

/** Where a document record came from. */
export enum DocumentSource {
  /** Entered or uploaded by the cooperative's own officers. */
  COOPERATIVE = 'COOPERATIVE',
  /** Recorded by a mentor who saw the original in the field. */
  MENTOR = 'MENTOR',
  /** Recorded by a platform administrator or the cooperative office. */
  ADMIN = 'ADMIN',
  /** Imported from the national cooperative registry. */
  REGISTRY_IMPORT = 'REGISTRY_IMPORT',
}

/**
 * One document a cooperative holds (deed, SK AHU, NPWP…): its number and dates, how far it is
 * verified, and optionally the uploaded file. Program requirements and matching read these rows.
 */
@Entity({ tableName: 'cooperative_document' })
@Index({ properties: ['cooperative', 'type'] })
@Index({ properties: ['expiresOn'] })
export class CooperativeDocument extends Timestamped {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'verificationLevel' | 'source';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Cooperative, deleteRule: 'cascade' })
  cooperative!: Rel<Cooperative>;

  @Enum({ items: () => DocumentType })
  type!: DocumentType;

  /** The number printed on the document (NPWP, NIB, SK number…), when it has one. */
  @Property({ type: 'string', length: 120, nullable: true })
  number?: string | null;

  @Property({ type: 'date', nullable: true })
  issuedOn?: string | null;

  /** Null: the document does not expire. */
  @Property({
    type: 'date',
    nullable: true,
    check: 'expires_on is null or issued_on is null or expires_on >= issued_on',
  })
  expiresOn?: string | null;

  @Enum({ items: () => VerificationLevel })
  verificationLevel: VerificationLevel = VerificationLevel.SELF_DECLARED;

  @Enum({ items: () => DocumentSource })
  source: DocumentSource = DocumentSource.COOPERATIVE;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** Original file name of the upload; null when only the metadata was recorded. */
  @Property({ type: 'string', length: 255, nullable: true })
  fileName?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  fileMimeType?: string | null;

  @Property({ type: 'integer', nullable: true, check: 'file_size_bytes >= 0' })
  fileSizeBytes?: number | null;

  /** Where the file lives inside the configured upload folder (never a user-chosen path). */
  @Property({ type: 'string', length: 200, nullable: true })
  fileStorageKey?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  fileSha256?: string | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null', index: true })
  recordedBy?: Rel<User> | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
