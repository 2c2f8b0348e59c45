import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { User } from '../account/account.entity';
import { Cooperative } from '../cooperative/cooperative.entity';
import { TIMESTAMP_COLUMN } from '../../shared/timestamps';

/**
 * Where an import run stands. UPLOADED → CHECKING → CHECKED (the dry run's report is stored) →
 * QUEUED → APPLYING → APPLIED | FAILED; an APPLIED run can be UNDONE; a run not applied can be
 * DISCARDED. CHECKING and APPLYING are held by one process at a time (see simkopdes.job.ts).
 */
export enum SimkopdesImportStatus {
  UPLOADED = 'UPLOADED',
  CHECKING = 'CHECKING',
  CHECKED = 'CHECKED',
  QUEUED = 'QUEUED',
  APPLYING = 'APPLYING',
  APPLIED = 'APPLIED',
  FAILED = 'FAILED',
  UNDONE = 'UNDONE',
  DISCARDED = 'DISCARDED',
}

export enum SimkopdesFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

/** One upload of SIMKOPDES exports and what became of it. */
@Entity({ tableName: 'simkopdes_import' })
@Index({ properties: ['status', 'heartbeatAt'] })
export class SimkopdesImport {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'rowsDone' | 'rowsTotal' | 'checkpoint' | 'version';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null', index: true })
  createdBy?: Rel<User> | null;

  /** The regions a Dinas importer oversees (rows elsewhere are rejected); null: all (an admin). */
  @Property({ type: 'text[]', nullable: true })
  scopeRegionCodes?: string[] | null;

  @Enum({ items: () => SimkopdesFileFormat })
  format!: SimkopdesFileFormat;

  /** The folder of the stored files, inside the configured import folder. */
  @Property({ type: 'string', length: 64 })
  storageKey!: string;

  /** The uploaded files' names, in upload order (they name the tables). */
  @Property({ type: 'text[]' })
  fileNames!: string[];

  @Enum({ items: () => SimkopdesImportStatus })
  status!: SimkopdesImportStatus;

  /** The dry run's report (counts and capped samples), once CHECKED. */
  @Property({ type: 'json', nullable: true })
  report?: unknown;

  @Property({ type: 'integer' })
  rowsDone: number = 0;

  @Property({ type: 'integer' })
  rowsTotal: number = 0;

  /** Rows, in reading order, whose writes are committed: a resumed run skips their writes. */
  @Property({ type: 'integer' })
  checkpoint: number = 0;

  /** Last sign of life of the process working on it; a stale one lets another process take over. */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  heartbeatAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({
    type: 'datetime',
    columnType: TIMESTAMP_COLUMN,
    defaultRaw: 'now()',
    onUpdate: () => new Date(),
  })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  checkedAt?: Date | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  appliedAt?: Date | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  undoneAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}

export enum SimkopdesChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
}

/**
 * One record an applied run created or changed, with the values it had before: undo reads these
 * backwards. Written with set-based SQL by the apply job, never through the unit of work.
 */
@Entity({ tableName: 'simkopdes_change' })
@Index({ properties: ['importId', 'entity', 'action'] })
export class SimkopdesChange {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The run (no foreign key object: the log is written and read in bulk). */
  @ManyToOne({ entity: () => SimkopdesImport, fieldName: 'import_id', deleteRule: 'cascade', mapToPk: true })
  importId!: number;

  /** The table changed: cooperative, cooperative_officer, business_unit, cooperative_document. */
  @Property({ type: 'string', length: 40 })
  entity!: string;

  @Property({ type: 'integer' })
  entityId!: number;

  @Enum({ items: () => SimkopdesChangeAction })
  action!: SimkopdesChangeAction;

  /** UPDATED: the changed columns' previous values, by column name. */
  @Property({ type: 'json', nullable: true })
  previous?: Record<string, unknown> | null;
}

export enum SimkopdesConflictField {
  NAME = 'NAME',
  MANAGEMENT_PATTERN = 'MANAGEMENT_PATTERN',
  /** The name of the holder of one officer role (the conflict's `subject`). */
  OFFICER_NAME = 'OFFICER_NAME',
  /** The status of one business unit (the conflict's `recordId`; its type is the `subject`). */
  UNIT_STATUS = 'UNIT_STATUS',
}

export enum SimkopdesConflictResolution {
  KEEP_OURS = 'KEEP_OURS',
  TAKE_THEIRS = 'TAKE_THEIRS',
}

/**
 * A value SIMKOPDES and MitraDesa disagree on (a profile value, an officer's name, a unit's
 * status), where MitraDesa's was edited here since the last import (or was never imported): kept
 * until someone chooses a side.
 */
@Entity({ tableName: 'simkopdes_conflict' })
@Index({ properties: ['cooperative', 'field'] })
export class SimkopdesConflict {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => SimkopdesImport, deleteRule: 'cascade', index: true })
  import!: Rel<SimkopdesImport>;

  @ManyToOne({ entity: () => Cooperative, deleteRule: 'cascade' })
  cooperative!: Rel<Cooperative>;

  @Enum({ items: () => SimkopdesConflictField })
  field!: SimkopdesConflictField;

  /** OFFICER_NAME: the officer role; UNIT_STATUS: the unit type; null for a profile value. */
  @Property({ type: 'string', length: 40, nullable: true })
  subject?: string | null;

  /** The officer or business unit it is about (no foreign key: a unit may go, its conflict stays). */
  @Property({ type: 'integer', nullable: true })
  recordId?: number | null;

  /** The SIMKOPDES row (pengurus_ref, gerai_ref) SIMKOPDES's value came from. */
  @Property({ type: 'string', length: 80, nullable: true })
  sourceRef?: string | null;

  @Property({ type: 'text', nullable: true })
  ours?: string | null;

  @Property({ type: 'text' })
  theirs!: string;

  @Enum({ items: () => SimkopdesConflictResolution, nullable: true })
  resolution?: SimkopdesConflictResolution | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  resolvedBy?: Rel<User> | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * A SIMKOPDES row id (pengurus_ref, gerai_ref) and the record of ours an import wrote from it: an
 * OTHER business unit is matched again by it (a cooperative may have several), and `syncedAt`
 * tells whether MitraDesa changed the record since (see simkopdes.sync.ts).
 */
@Entity({ tableName: 'simkopdes_record' })
@Unique({ properties: ['sourceTable', 'sourceRef'] })
@Index({ properties: ['sourceTable', 'entityId'] })
export class SimkopdesRecord {
  [OptionalProps]?: 'syncedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 40 })
  sourceTable!: string;

  @Property({ type: 'string', length: 80 })
  sourceRef!: string;

  @Property({ type: 'integer' })
  entityId!: number;

  /** The run that linked it (undo removes its links). */
  @ManyToOne({
    entity: () => SimkopdesImport,
    fieldName: 'import_id',
    deleteRule: 'cascade',
    mapToPk: true,
    index: true,
  })
  importId!: number;

  /** When an import last wrote the record. */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  syncedAt: Date = new Date();
}
