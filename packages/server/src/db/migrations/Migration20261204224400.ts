import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in failure counts, shared by every API process (rate-limiter-flexible's PostgreSQL store,
 * see sign-in-limiter.ts): the store's own table layout, with `text` keys because a key joins a
 * limit's prefix, an email and an address, which can exceed the store's default varchar(255).
 * `expire` is epoch milliseconds; the index serves the sweep of expired rows.
 */
export class Migration20261204224400 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table sign_in_limit (key text primary key, points integer not null default 0, expire bigint);`,
    );
    this.addSql(`create index sign_in_limit_expire on sign_in_limit (expire);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table sign_in_limit;`);
  }
}
