import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { Region } from '../region/region.entity';
import { Timestamped, TIMESTAMP_COLUMN } from '../../shared/timestamps';
import { VerificationLevel } from '../../shared/verification';
import { MONEY_COLUMN } from '../../shared/money';

/** KDMP for a desa, KKMP for a kelurahan. */
export enum CooperativeKind {
  KDMP = 'KDMP',
  KKMP = 'KKMP',
}

export enum ManagementPattern {
  KONVENSIONAL = 'KONVENSIONAL',
  SYARIAH = 'SYARIAH',
}

/** The path from a cooperative on paper to a working business. */
export enum CooperativeStage {
  LEGALLY_FORMED = 'LEGALLY_FORMED',
  ORGANISED = 'ORGANISED',
  BUILDING_UNITS = 'BUILDING_UNITS',
  OPERATING = 'OPERATING',
  GROWING = 'GROWING',
}

export enum BusinessUnitType {
  COOPERATIVE_OFFICE = 'COOPERATIVE_OFFICE',
  GROCERY_KIOSK = 'GROCERY_KIOSK',
  SAVINGS_AND_LOAN = 'SAVINGS_AND_LOAN',
  VILLAGE_CLINIC = 'VILLAGE_CLINIC',
  VILLAGE_PHARMACY = 'VILLAGE_PHARMACY',
  WAREHOUSE_COLD_STORAGE = 'WAREHOUSE_COLD_STORAGE',
  LOGISTICS = 'LOGISTICS',
  LPG_OUTLET = 'LPG_OUTLET',
  FERTILISER_RETAIL = 'FERTILISER_RETAIL',
  BULOG_AGENCY = 'BULOG_AGENCY',
  BANK_AGENT = 'BANK_AGENT',
  POST_AGENT = 'POST_AGENT',
  OTHER = 'OTHER',
}

export enum BusinessUnitStatus {
  PLANNED = 'PLANNED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  NOT_ACTIVE = 'NOT_ACTIVE',
  ACTIVE = 'ACTIVE',
}

export enum OfficerRole {
  KETUA = 'KETUA',
  SEKRETARIS = 'SEKRETARIS',
  BENDAHARA = 'BENDAHARA',
  PENGAWAS = 'PENGAWAS',
}

/** A Koperasi Desa/Kelurahan Merah Putih: one per village. */
@Entity({ tableName: 'cooperative' })
// Discovery lists a stage by name: the page is read in index order (it also serves stage lookups).
@Index({ properties: ['stage', 'name', 'id'] })
@Index({ properties: ['kind'] })
@Index({ properties: ['verificationLevel'] })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
// Region filters match code prefixes (village_code like '61.03.%'), which needs pattern ops.
@Index({
  name: 'cooperative_village_code_prefix',
  expression:
    'create index cooperative_village_code_prefix on cooperative (village_code varchar_pattern_ops)',
})
// Search: trigram similarity for typos and partial names.
@Index({
  name: 'cooperative_name_trgm',
  expression: 'create index cooperative_name_trgm on cooperative using gin (name gin_trgm_ops)',
})
export class Cooperative extends Timestamped {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'verificationLevel' | 'memberCount';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => CooperativeKind })
  kind!: CooperativeKind;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** One cooperative per village. */
  @ManyToOne({ entity: () => Region, fieldName: 'village_code', unique: true })
  village!: Rel<Region>;

  @Property({ type: 'string', length: 80, nullable: true })
  skAhuNumber?: string | null;

  @Property({ type: 'date', nullable: true })
  skAhuDate?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  @Unique()
  nikKoperasi?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  nib?: string | null;

  @Property({ type: 'string', length: 25, nullable: true })
  npwp?: string | null;

  @Property({ type: 'string', length: 80, nullable: true })
  deedNumber?: string | null;

  @Property({ type: 'date', nullable: true })
  deedDate?: string | null;

  @Enum({ items: () => ManagementPattern })
  managementPattern: ManagementPattern = ManagementPattern.KONVENSIONAL;

  @Property({ type: 'integer', check: 'member_count >= 0' })
  memberCount: number = 0;

  /** What its units are expected to earn a month, as the cooperative states it (rupiah). */
  @Property({
    type: 'decimal',
    columnType: MONEY_COLUMN,
    nullable: true,
    check: 'expected_monthly_income >= 0',
  })
  expectedMonthlyIncome?: string | null;

  @Enum({ items: () => CooperativeStage })
  stage: CooperativeStage = CooperativeStage.LEGALLY_FORMED;

  @Enum({ items: () => VerificationLevel })
  verificationLevel: VerificationLevel = VerificationLevel.UNVERIFIED;

  /** Its id in SIMKOPDES (`koperasi_ref`), kept from the first import; a later import matches it. */
  @Property({ type: 'string', length: 16, nullable: true })
  @Unique()
  simkopdesRef?: string | null;

  /**
   * When an import last wrote its profile: a profile changed here after it (updated_at later)
   * is not overwritten by the next import but raised as a conflict.
   */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  simkopdesSyncedAt?: Date | null;

  @OneToMany({ entity: () => BusinessUnit, mappedBy: 'cooperative', orphanRemoval: true })
  units = new Collection<BusinessUnit>(this);

  @OneToMany({ entity: () => CooperativeOfficer, mappedBy: 'cooperative', orphanRemoval: true })
  officers = new Collection<CooperativeOfficer>(this);

  /** Optimistic lock: writes must name the version they saw. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** A business unit (gerai) of a cooperative; at most one of each standard type. */
@Entity({ tableName: 'business_unit' })
@Index({ properties: ['type', 'status', 'cooperative'] })
@Unique({
  name: 'business_unit_one_per_type',
  expression:
    "create unique index business_unit_one_per_type on business_unit (cooperative_id, type) where type <> 'OTHER'",
})
export class BusinessUnit extends Timestamped {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Cooperative, index: true, deleteRule: 'cascade' })
  cooperative!: Rel<Cooperative>;

  @Enum({ items: () => BusinessUnitType })
  type!: BusinessUnitType;

  /** A name for OTHER units, or a local name for a standard one. */
  @Property({ type: 'string', length: 120, nullable: true })
  name?: string | null;

  @Enum({ items: () => BusinessUnitStatus })
  status!: BusinessUnitStatus;

  @Property({ type: 'text', nullable: true })
  capacityNotes?: string | null;

  @Property({ type: 'date', nullable: true })
  activeSince?: string | null;
}

/** A named officer (pengurus or pengawas) of a cooperative. */
@Entity({ tableName: 'cooperative_officer' })
export class CooperativeOfficer {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Cooperative, index: true, deleteRule: 'cascade' })
  cooperative!: Rel<Cooperative>;

  @Enum({ items: () => OfficerRole })
  role!: OfficerRole;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
