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
import { Commodity, QuantityUnit } from '../commodity/commodity';
import { MONEY_COLUMN } from '../../shared/money';
import { Timestamped, TIMESTAMP_COLUMN } from '../../shared/timestamps';

export enum PartnerRequestStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

/** A partner's concrete need, e.g. a mill asking for 200 t of palm fruit a month in Sanggau. */
@Entity({ tableName: 'partner_request' })
@Index({ properties: ['status', 'commodity'] })
@Index({ properties: ['partner', 'createdAt', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['deadline'] })
@Index({
  name: 'partner_request_delivery_region_prefix',
  expression:
    'create index partner_request_delivery_region_prefix on partner_request (delivery_region_code varchar_pattern_ops)',
})
// Search: stemmed full text (indonesian) over the row's own text; see modules/text-search/text-search.match.ts.
@Index({
  name: 'partner_request_search_fts',
  expression:
    "create index partner_request_search_fts on partner_request using gin (to_tsvector('indonesian', title || ' ' || description))",
})
export class PartnerRequest extends Timestamped {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'status';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Partner, deleteRule: 'cascade' })
  partner!: Rel<Partner>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  description: string = '';

  @Enum({ items: () => Commodity })
  commodity!: Commodity;

  @Property({ type: 'decimal', columnType: 'numeric(14,2)', check: 'quantity > 0' })
  quantity!: string;

  @Enum({ items: () => QuantityUnit })
  quantityUnit!: QuantityUnit;

  @ManyToOne({ entity: () => Region, fieldName: 'delivery_region_code', index: true })
  deliveryRegion!: Rel<Region>;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  deadline?: Date | null;

  /** Indicative price per quantity unit. */
  @Property({ type: 'decimal', columnType: MONEY_COLUMN, nullable: true, check: 'price_hint >= 0' })
  priceHint?: string | null;

  /** When the partner last confirmed the request still stands (posting counts as confirming). */
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  lastConfirmedAt?: Date | null;

  @Enum({ items: () => PartnerRequestStatus })
  status: PartnerRequestStatus = PartnerRequestStatus.OPEN;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
