import { Migration } from '@mikro-orm/migrations';

/**
 * API tokens get a scope (READ or READ_WRITE; the tokens made before could write, so they keep
 * READ_WRITE) and the time of their last use. `api_token_limit` holds the points each token spent
 * in its current hour (rate-limiter-flexible's PostgreSQL store, laid out as `sign_in_limit`; see
 * api-token-limit.ts), shared by every API process.
 */
export class Migration20261205222836 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "api_token" add column "scope" text check ("scope" in ('READ', 'READ_WRITE')) not null default 'READ_WRITE', add column "last_used_at" timestamptz(3) null;`,
    );
    this.addSql(`alter table "api_token" alter column "scope" drop default;`);
    this.addSql(
      `create table api_token_limit (key text primary key, points integer not null default 0, expire bigint);`,
    );
    this.addSql(`create index api_token_limit_expire on api_token_limit (expire);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table api_token_limit;`);
    this.addSql(`alter table "api_token" drop column "scope", drop column "last_used_at";`);
  }
}
