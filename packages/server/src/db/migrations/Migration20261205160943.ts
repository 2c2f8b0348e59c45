import { Migration } from '@mikro-orm/migrations';

export class Migration20261205160943 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "simkopdes_import" ("id" serial primary key, "created_by_id" int null, "scope_region_codes" text[] null, "format" text check ("format" in ('CSV', 'XLSX')) not null, "storage_key" varchar(64) not null, "file_names" text[] not null, "status" text check ("status" in ('UPLOADED', 'CHECKING', 'CHECKED', 'QUEUED', 'APPLYING', 'APPLIED', 'FAILED', 'UNDONE', 'DISCARDED')) not null, "report" jsonb null, "rows_done" int not null default 0, "rows_total" int not null default 0, "checkpoint" int not null default 0, "heartbeat_at" timestamptz(3) null, "error" text null, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "checked_at" timestamptz(3) null, "applied_at" timestamptz(3) null, "undone_at" timestamptz(3) null, "version" int not null default 1);`,
    );
    this.addSql(
      `create index "simkopdes_import_created_by_id_index" on "simkopdes_import" ("created_by_id");`,
    );
    this.addSql(
      `create index "simkopdes_import_status_heartbeat_at_index" on "simkopdes_import" ("status", "heartbeat_at");`,
    );

    this.addSql(
      `create table "simkopdes_record" ("id" serial primary key, "source_table" varchar(40) not null, "source_ref" varchar(80) not null, "entity_id" int not null, "import_id" int not null);`,
    );
    this.addSql(`create index "simkopdes_record_import_id_index" on "simkopdes_record" ("import_id");`);
    this.addSql(
      `create index "simkopdes_record_source_table_entity_id_index" on "simkopdes_record" ("source_table", "entity_id");`,
    );
    this.addSql(
      `alter table "simkopdes_record" add constraint "simkopdes_record_source_table_source_ref_unique" unique ("source_table", "source_ref");`,
    );

    this.addSql(
      `create table "simkopdes_change" ("id" bigserial primary key, "import_id" int not null, "entity" varchar(40) not null, "entity_id" int not null, "action" text check ("action" in ('CREATED', 'UPDATED')) not null, "previous" jsonb null);`,
    );
    this.addSql(
      `create index "simkopdes_change_import_id_entity_action_index" on "simkopdes_change" ("import_id", "entity", "action");`,
    );

    this.addSql(
      `create table "simkopdes_conflict" ("id" serial primary key, "import_id" int not null, "cooperative_id" int not null, "field" text check ("field" in ('NAME', 'MANAGEMENT_PATTERN')) not null, "ours" text null, "theirs" text not null, "resolution" text check ("resolution" in ('KEEP_OURS', 'TAKE_THEIRS')) null, "resolved_by_id" int null, "resolved_at" timestamptz(3) null, "created_at" timestamptz(3) not null default now());`,
    );
    this.addSql(`create index "simkopdes_conflict_import_id_index" on "simkopdes_conflict" ("import_id");`);
    this.addSql(
      `create index "simkopdes_conflict_cooperative_id_field_index" on "simkopdes_conflict" ("cooperative_id", "field");`,
    );

    this.addSql(
      `alter table "simkopdes_import" add constraint "simkopdes_import_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "simkopdes_record" add constraint "simkopdes_record_import_id_foreign" foreign key ("import_id") references "simkopdes_import" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "simkopdes_change" add constraint "simkopdes_change_import_id_foreign" foreign key ("import_id") references "simkopdes_import" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "simkopdes_conflict" add constraint "simkopdes_conflict_import_id_foreign" foreign key ("import_id") references "simkopdes_import" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "simkopdes_conflict" add constraint "simkopdes_conflict_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "simkopdes_conflict" add constraint "simkopdes_conflict_resolved_by_id_foreign" foreign key ("resolved_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "cooperative" add column "simkopdes_ref" varchar(16) null, add column "simkopdes_synced_at" timestamptz(3) null;`,
    );
    this.addSql(
      `alter table "cooperative" add constraint "cooperative_simkopdes_ref_unique" unique ("simkopdes_ref");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "simkopdes_record" drop constraint "simkopdes_record_import_id_foreign";`);

    this.addSql(`alter table "simkopdes_change" drop constraint "simkopdes_change_import_id_foreign";`);

    this.addSql(`alter table "simkopdes_conflict" drop constraint "simkopdes_conflict_import_id_foreign";`);

    this.addSql(`drop table if exists "simkopdes_import" cascade;`);

    this.addSql(`drop table if exists "simkopdes_record" cascade;`);

    this.addSql(`drop table if exists "simkopdes_change" cascade;`);

    this.addSql(`drop table if exists "simkopdes_conflict" cascade;`);

    this.addSql(`alter table "cooperative" drop constraint "cooperative_simkopdes_ref_unique";`);
    this.addSql(`alter table "cooperative" drop column "simkopdes_ref", drop column "simkopdes_synced_at";`);
  }
}
