import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Cooperative } from '../cooperative/cooperative.entity';
import { Partner } from '../partner/partner.entity';
import { User } from '../account/account.entity';
import { TIMESTAMP_COLUMN } from '../../shared/timestamps';

/**
 * A cooperative's financing passport shared with one partner: that partner's staff may open it
 * until the cooperative stops sharing (the row is then deleted).
 */
@Entity({ tableName: 'passport_share' })
@Unique({ properties: ['cooperative', 'partner'] })
export class PassportShare {
  [OptionalProps]?: 'sharedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Cooperative, deleteRule: 'cascade' })
  cooperative!: Rel<Cooperative>;

  @ManyToOne({ entity: () => Partner, deleteRule: 'cascade', index: true })
  partner!: Rel<Partner>;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  sharedBy?: Rel<User> | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  sharedAt!: Date;
}
