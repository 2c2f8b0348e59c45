import { Migration } from '@mikro-orm/migrations';

export class Migration20261128063836 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "app_user" ("id" serial primary key, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "email" varchar(254) not null, "name" varchar(120) not null, "phone" varchar(30) null, "locale" text check ("locale" in ('id', 'en')) not null default 'id', "password_hash" varchar(200) not null, "is_active" boolean not null default true, "is_demo" boolean not null default false);`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "session" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "created_at" timestamptz(3) not null default now(), "expires_at" timestamptz(3) not null, "revoked_at" timestamptz(3) null);`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_user_id_expires_at_index" on "session" ("user_id", "expires_at");`);

    this.addSql(
      `create table "membership" ("id" serial primary key, "user_id" int not null, "role" text check ("role" in ('KETUA', 'PENGURUS', 'STAFF', 'PARTNER_ADMIN', 'PARTNER_OFFICER', 'MENTOR', 'DINAS', 'ADMIN')) not null, "cooperative_id" int null, "partner_id" int null, "mentor_id" int null, "region_code" varchar(13) null, "created_at" timestamptz(3) not null default now(), constraint membership_reference_matches_role check ((role = 'KETUA' or role = 'PENGURUS' or role = 'STAFF') = (cooperative_id is not null) and (role = 'PARTNER_ADMIN' or role = 'PARTNER_OFFICER') = (partner_id is not null) and (role = 'MENTOR') = (mentor_id is not null) and (role = 'DINAS') = (region_code is not null)));`,
    );
    this.addSql(`create index "membership_user_id_index" on "membership" ("user_id");`);
    this.addSql(
      `create unique index membership_unique on membership (user_id, role, coalesce(cooperative_id, 0), coalesce(partner_id, 0), coalesce(mentor_id, 0), coalesce(region_code, ''));`,
    );
    this.addSql(`create index "membership_region_code_index" on "membership" ("region_code");`);
    this.addSql(`create index "membership_mentor_id_index" on "membership" ("mentor_id");`);
    this.addSql(`create index "membership_partner_id_index" on "membership" ("partner_id");`);
    this.addSql(`create index "membership_cooperative_id_index" on "membership" ("cooperative_id");`);

    this.addSql(
      `create table "api_token" ("id" serial primary key, "partner_id" int not null, "created_by_id" int not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "created_at" timestamptz(3) not null default now(), "revoked_at" timestamptz(3) null);`,
    );
    this.addSql(`create index "api_token_partner_id_index" on "api_token" ("partner_id");`);
    this.addSql(`create index "api_token_created_by_id_index" on "api_token" ("created_by_id");`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_mentor_id_foreign" foreign key ("mentor_id") references "mentor" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "api_token" add constraint "api_token_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);

    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);
  }
}
