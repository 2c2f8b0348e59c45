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
import { Partner } from '../partner/partner.entity';
import { Region } from '../region/region.entity';
import { BusinessUnitType } from '../cooperative/cooperative.entity';
import { Commodity, QuantityUnit } from '../commodity/commodity';
import { DocumentType } from '../document/document-type';
import { ProgramRule } from './program.requirements';
import { MONEY_COLUMN } from '../../shared/money';
import { Timestamped } from '../../shared/timestamps';

export enum ProgramKind {
  LOAN = 'LOAN',
  OFFTAKE = 'OFFTAKE',
  SUPPLY = 'SUPPLY',
  AGENCY = 'AGENCY',
  SERVICE = 'SERVICE',
}

export enum ProgramStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

/** A partner's standing offer to cooperatives: a loan product, an offtake contract, a catalogue… */
@Entity({ tableName: 'program' })
@Index({ properties: ['partner', 'name', 'id'] })
@Index({ properties: ['status', 'kind'] })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['commodity'] })
@Index({
  name: 'program_eligible_unit_types_gin',
  expression: 'create index program_eligible_unit_types_gin on program using gin (eligible_unit_types)',
})
// Search: stemmed full text (indonesian) over the row's own text; see modules/text-search/text-search.match.ts.
@Index({
  name: 'program_search_fts',
  expression:
    "create index program_search_fts on program using gin (to_tsvector('indonesian', name || ' ' || description))",
})
export class Program extends Timestamped {
  [OptionalProps]?:
    | 'createdAt'
    | 'updatedAt'
    | 'version'
    | 'status'
    | 'eligibleUnitTypes'
    | 'requiredDocuments'
    | 'negotiableRules';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Partner, deleteRule: 'cascade' })
  partner!: Rel<Partner>;

  @Enum({ items: () => ProgramKind })
  kind!: ProgramKind;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'decimal', columnType: MONEY_COLUMN, nullable: true, check: 'min_amount >= 0' })
  minAmount?: string | null;

  @Property({
    type: 'decimal',
    columnType: MONEY_COLUMN,
    nullable: true,
    check: 'max_amount >= 0 and (min_amount is null or max_amount >= min_amount)',
  })
  maxAmount?: string | null;

  /** Yearly interest or margin rate in percent, e.g. "6.00". */
  @Property({
    type: 'decimal',
    columnType: 'numeric(5,2)',
    nullable: true,
    check: 'rate_per_year >= 0 and rate_per_year <= 100',
  })
  ratePerYear?: string | null;

  @Property({ type: 'integer', nullable: true, check: 'max_tenor_months >= 1 and max_tenor_months <= 360' })
  maxTenorMonths?: number | null;

  @Property({ type: 'integer', nullable: true, check: 'min_grace_months >= 0' })
  minGraceMonths?: number | null;

  @Property({
    type: 'integer',
    nullable: true,
    check: 'max_grace_months >= 0 and (min_grace_months is null or max_grace_months >= min_grace_months)',
  })
  maxGraceMonths?: number | null;

  /** Ceiling on the part of a loan that may pay operating costs. */
  @Property({ type: 'decimal', columnType: MONEY_COLUMN, nullable: true, check: 'operating_cost_cap >= 0' })
  operatingCostCap?: string | null;

  @Enum({ items: () => Commodity, nullable: true })
  commodity?: Commodity | null;

  /**
   * OFFTAKE only: the least of its commodity it takes a month, in `minVolumeUnit`; a pooled offer
   * answering the program reaches it (proposal.pool.ts).
   */
  @Property({
    type: 'decimal',
    columnType: 'numeric(14,2)',
    nullable: true,
    check:
      '(min_volume_per_month is null and min_volume_unit is null) or (min_volume_per_month > 0 and min_volume_unit is not null and commodity is not null)',
  })
  minVolumePerMonth?: string | null;

  @Enum({ items: () => QuantityUnit, nullable: true })
  minVolumeUnit?: QuantityUnit | null;

  /** Empty means any unit type qualifies. */
  @Enum({ items: () => BusinessUnitType, array: true })
  eligibleUnitTypes: BusinessUnitType[] = [];

  @Enum({ items: () => DocumentType, array: true })
  requiredDocuments: DocumentType[] = [];

  /** Rules whose breach a proposal may carry as a flagged deviation instead of being refused. */
  @Enum({ items: () => ProgramRule, array: true, defaultRaw: `'{}'` })
  negotiableRules: ProgramRule[] = [];

  @Enum({ items: () => ProgramStatus })
  status: ProgramStatus = ProgramStatus.ACTIVE;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** A regency a program is open to. */
@Entity({ tableName: 'program_coverage' })
export class ProgramCoverage {
  @ManyToOne({ entity: () => Program, primary: true, deleteRule: 'cascade' })
  program!: Rel<Program>;

  @ManyToOne({ entity: () => Region, primary: true, fieldName: 'region_code', index: true })
  region!: Rel<Region>;
}
