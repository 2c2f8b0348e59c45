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
import { Cooperative } from '../cooperative/cooperative.entity';
import { Timestamped, TIMESTAMP_COLUMN } from '../../shared/timestamps';

/** BA: business assistant with a caseload; PMO: project management officer supervising BAs. */
export enum MentorRole {
  BA = 'BA',
  PMO = 'PMO',
}

/** A pendamping who helps cooperatives; BAs are assigned cooperatives, PMOs supervise BAs. */
@Entity({ tableName: 'mentor' })
@Index({ properties: ['role', 'regency'] })
@Index({ properties: ['name', 'id'] })
export class Mentor extends Timestamped {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => MentorRole })
  role!: MentorRole;

  @Property({ type: 'string', length: 120 })
  name!: string;

  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  /** Province-level PMOs have no regency. */
  @ManyToOne({ entity: () => Region, fieldName: 'regency_code', nullable: true, index: true })
  regency?: Rel<Region> | null;

  @ManyToOne({ entity: () => Mentor, nullable: true, index: true })
  supervisor?: Rel<Mentor> | null;
}

/**
 * Which BA mentors which cooperative, with history. Only one assignment per cooperative may be
 * open (endedAt null) at a time.
 */
@Entity({ tableName: 'mentor_assignment' })
@Index({ properties: ['mentor', 'endedAt'] })
@Index({
  name: 'mentor_assignment_one_open_per_cooperative',
  expression:
    'create unique index mentor_assignment_one_open_per_cooperative on mentor_assignment (cooperative_id) where ended_at is null',
})
export class MentorAssignment {
  [OptionalProps]?: 'startedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Mentor, deleteRule: 'cascade' })
  mentor!: Rel<Mentor>;

  @ManyToOne({ entity: () => Cooperative, index: true, deleteRule: 'cascade' })
  cooperative!: Rel<Cooperative>;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  startedAt: Date = new Date();

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, nullable: true })
  endedAt?: Date | null;
}
