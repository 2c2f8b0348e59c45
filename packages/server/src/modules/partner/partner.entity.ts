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
import { Region } from '../region/region.entity';
import { Commodity } from '../commodity/commodity';
import { Timestamped } from '../../shared/timestamps';
import { VerificationLevel } from '../../shared/verification';

export enum PartnerType {
  STATE_BANK = 'STATE_BANK',
  REGIONAL_BANK = 'REGIONAL_BANK',
  PUBLIC_FUND = 'PUBLIC_FUND',
  STATE_COMPANY = 'STATE_COMPANY',
  PRIVATE_BUYER = 'PRIVATE_BUYER',
  PRIVATE_SUPPLIER = 'PRIVATE_SUPPLIER',
  NGO = 'NGO',
  GOVERNMENT_PROGRAM = 'GOVERNMENT_PROGRAM',
}

/** An institution that lends to, buys from or supplies cooperatives. */
@Entity({ tableName: 'partner' })
@Index({ properties: ['type'] })
@Index({ properties: ['name', 'id'] })
@Index({
  name: 'partner_commodities_gin',
  expression: 'create index partner_commodities_gin on partner using gin (commodities)',
})
// Search: stemmed full text (indonesian) over the row's own text; see modules/text-search/text-search.match.ts.
@Index({
  name: 'partner_search_fts',
  expression:
    "create index partner_search_fts on partner using gin (to_tsvector('indonesian', name || ' ' || description))",
})
// Search: trigram similarity for typos and partial names.
@Index({
  name: 'partner_name_trgm',
  expression: 'create index partner_name_trgm on partner using gin (name gin_trgm_ops)',
})
export class Partner extends Timestamped {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'version' | 'verificationLevel' | 'commodities';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => PartnerType })
  type!: PartnerType;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'string', length: 200, nullable: true })
  website?: string | null;

  /** Commodities the partner buys, sells or finances. */
  @Enum({ items: () => Commodity, array: true })
  commodities: Commodity[] = [];

  @Enum({ items: () => VerificationLevel })
  verificationLevel: VerificationLevel = VerificationLevel.UNVERIFIED;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** A regency a partner serves. */
@Entity({ tableName: 'partner_coverage' })
export class PartnerCoverage {
  @ManyToOne({ entity: () => Partner, primary: true, deleteRule: 'cascade' })
  partner!: Rel<Partner>;

  @ManyToOne({ entity: () => Region, primary: true, fieldName: 'region_code', index: true })
  region!: Rel<Region>;
}
