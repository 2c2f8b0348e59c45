import { Entity, Enum, OptionalProps, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { TIMESTAMP_COLUMN } from '../../shared/timestamps';
import { NotificationSubjectType } from './notification.entity';

/**
 * A deadline its people were reminded of: one row per subject and deadline, so each is reminded
 * once (a later deadline, e.g. an offering confirmed again, is reminded again). Written in the
 * reminder's own statement with `on conflict do nothing`, which makes two processes running the
 * reminders at once remind each deadline once.
 */
@Entity({ tableName: 'deadline_reminder' })
export class DeadlineReminder {
  [PrimaryKeyProp]?: ['subjectType', 'subjectId', 'dueAt'];
  [OptionalProps]?: 'remindedAt';

  @Enum({ items: () => NotificationSubjectType, primary: true })
  subjectType!: NotificationSubjectType;

  /** Database id of the offering, document or proposal (no foreign key: the subjects vary). */
  @PrimaryKey({ type: 'integer' })
  subjectId!: number;

  @PrimaryKey({ type: 'datetime', columnType: TIMESTAMP_COLUMN })
  dueAt!: Date;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  remindedAt: Date = new Date();
}
