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
import { Region } from '../region/region.entity';
import { Commodity } from '../commodity/commodity';
import { SearchType } from '../text-search/text-search.type';
import { TIMESTAMP_COLUMN } from '../../shared/timestamps';

/** A search a user keeps to run again (and, later, to be told about new matches). */
@Entity({ tableName: 'saved_search' })
@Unique({ properties: ['user', 'name'] })
@Index({ properties: ['user', 'createdAt', 'id'] })
export class SavedSearch {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => User, deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'string', length: 80 })
  name!: string;

  /** The search text as typed. */
  @Property({ type: 'string', length: 200 })
  q!: string;

  /** The words of `q` (text-search.terms.ts `queryTerms`), so matching needs no parsing in SQL. */
  @Property({ type: 'array', columnType: 'text[]' })
  terms!: string[];

  /** Empty: every type. */
  @Enum({ items: () => SearchType, array: true, default: [] })
  types: SearchType[] = [];

  @ManyToOne({ entity: () => Region, nullable: true, fieldName: 'region_code' })
  region?: Rel<Region> | null;

  @Enum({ items: () => Commodity, nullable: true })
  commodity?: Commodity | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt!: Date;
}
