import { Property } from '@mikro-orm/core';

/**
 * Millisecond precision on purpose: JavaScript dates carry milliseconds, so a timestamp read into a
 * cursor and sent back compares equal to the stored value (keyset pagination relies on it).
 */
export const TIMESTAMP_COLUMN = 'timestamptz(3)';

/** Created/updated timestamps shared by the mutable entities. */
export abstract class Timestamped {
  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({
    type: 'datetime',
    columnType: TIMESTAMP_COLUMN,
    defaultRaw: 'now()',
    onUpdate: () => new Date(),
  })
  updatedAt: Date = new Date();
}
