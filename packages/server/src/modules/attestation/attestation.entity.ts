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
import { Cooperative, BusinessUnit } from '../cooperative/cooperative.entity';
import { Mentor } from '../mentor/mentor.entity';
import { User } from '../account/account.entity';
import { CooperativeDocument } from '../document/document.entity';
import { TIMESTAMP_COLUMN } from '../../shared/timestamps';

/** What a mentor attested about a cooperative. */
export enum AttestationSubject {
  /** A business unit is trading. */
  UNIT_ACTIVE = 'UNIT_ACTIVE',
  /** The mentor saw the original of a document on record. */
  DOCUMENT_SEEN = 'DOCUMENT_SEEN',
  /** Any other fact, said in the note. */
  FACT = 'FACT',
}

/**
 * A mentor's statement that they saw something in the field: who (mentor and user), when, about
 * what. Kept as the evidence behind the verification levels it raised; never changed afterwards.
 */
@Entity({ tableName: 'cooperative_attestation' })
@Index({ properties: ['cooperative', 'attestedAt'] })
export class CooperativeAttestation {
  [OptionalProps]?: 'attestedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => Cooperative, deleteRule: 'cascade' })
  cooperative!: Rel<Cooperative>;

  @ManyToOne({ entity: () => Mentor, index: true })
  mentor!: Rel<Mentor>;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  attestedBy?: Rel<User> | null;

  @Enum({ items: () => AttestationSubject })
  subject!: AttestationSubject;

  @ManyToOne({ entity: () => BusinessUnit, nullable: true, deleteRule: 'set null', index: true })
  businessUnit?: Rel<BusinessUnit> | null;

  @ManyToOne({ entity: () => CooperativeDocument, nullable: true, deleteRule: 'set null', index: true })
  document?: Rel<CooperativeDocument> | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  attestedAt: Date = new Date();
}
