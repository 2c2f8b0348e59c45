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
import { Cooperative, BusinessUnitType } from '../cooperative/cooperative.entity';
import { Region } from '../region/region.entity';
import { Commodity, QuantityUnit } from '../commodity/commodity';
import { MONEY_COLUMN } from '../../shared/money';
import { Timestamped, TIMESTAMP_COLUMN } from '../../shared/timestamps';

export enum OfferingKind {
  SUPPLY = 'SUPPLY',
  FINANCING_NEED = 'FINANCING_NEED',
  SERVICE = 'SERVICE',
  PARTNERSHIP_INTEREST = 'PARTNERSHIP_INTEREST',
}

export enum OfferingStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  PAUSED = 'PAUSED',
  EXPIRED = 'EXPIRED',
  CLOSED = 'CLOSED',
}

/** What a cooperative puts on the market: supply, a financing need, a service or an interest. */
@Entity({ tableName: 'offering' })
@Index({ properties: ['status', 'commodity', 'createdAt', 'id'] })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({ properties: ['commodity', 'status', 'cooperative'] })
@Index({ properties: ['status', 'kind', 'amountNeeded'] })
@Index({ properties: ['cooperative', 'createdAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Index({ properties: ['validUntil'] })
@Index({ properties: ['status', 'amountNeeded'] })
// Matching: a cooperative's published offerings of a kind, and the published offerings of a kind
// and commodity (modules/matching/matching.reads.ts).
@Index({
  name: 'offering_published_cooperative_kind',
  expression:
    "create index offering_published_cooperative_kind on offering (cooperative_id, kind, commodity) where status = 'PUBLISHED'",
})
// Matching and suggested pools read published offerings of a kind and commodity from this index
// alone (the id included for pools: without it a province's supply took 8,000 heap pages).
@Index({
  name: 'offering_published_kind_commodity',
  expression:
    "create index offering_published_kind_commodity on offering (kind, commodity, cooperative_id) include (id, valid_until, unit_type, quantity_per_month, quantity_unit, amount_needed) where status = 'PUBLISHED'",
})
// Search: stemmed full text (indonesian) over the row's own text; see modules/text-search/text-search.match.ts.
@Index({
  name: 'offering_search_fts',
  expression:
    "create index offering_search_fts on offering using gin (to_tsvector('indonesian', title || ' ' || description))",
})
export class Offering extends Timestamped {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'status';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Cooperative, deleteRule: 'cascade' })
  cooperative!: Rel<Cooperative>;

  @Enum({ items: () => OfferingKind })
  kind!: OfferingKind;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  description: string = '';

  @Enum({ items: () => Commodity, nullable: true })
  commodity?: Commodity | null;

  @Property({
    type: 'decimal',
    columnType: 'numeric(14,2)',
    nullable: true,
    check: 'quantity_per_month >= 0',
  })
  quantityPerMonth?: string | null;

  @Enum({ items: () => QuantityUnit, nullable: true })
  quantityUnit?: QuantityUnit | null;

  @Property({ type: 'decimal', columnType: MONEY_COLUMN, nullable: true, check: 'price_min >= 0' })
  priceMin?: string | null;

  @Property({
    type: 'decimal',
    columnType: MONEY_COLUMN,
    nullable: true,
    check: 'price_max >= 0 and (price_min is null or price_max >= price_min)',
  })
  priceMax?: string | null;

  @Property({ type: 'decimal', columnType: MONEY_COLUMN, nullable: true, check: 'amount_needed >= 0' })
  amountNeeded?: string | null;

  @Property({ type: 'text', nullable: true })
  financingPurpose?: string | null;

  @Property({
    type: 'integer',
    nullable: true,
    check: 'wanted_tenor_months >= 1 and wanted_tenor_months <= 240',
  })
  wantedTenorMonths?: number | null;

  @Enum({ items: () => BusinessUnitType, nullable: true })
  unitType?: BusinessUnitType | null;

  @Enum({ items: () => OfferingStatus })
  status: OfferingStatus = OfferingStatus.DRAFT;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  validUntil?: Date | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  lastConfirmedAt?: Date | null;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** A region an offering delivers to (a regency, usually). */
@Entity({ tableName: 'offering_delivery_region' })
// Matching: deliveries into a region and the places inside it, by code prefix.
@Index({
  name: 'offering_delivery_region_region_code_prefix',
  expression:
    'create index offering_delivery_region_region_code_prefix on offering_delivery_region (region_code varchar_pattern_ops)',
})
export class OfferingDeliveryRegion {
  @ManyToOne({ entity: () => Offering, primary: true, deleteRule: 'cascade' })
  offering!: Rel<Offering>;

  @ManyToOne({ entity: () => Region, primary: true, fieldName: 'region_code', index: true })
  region!: Rel<Region>;
}
