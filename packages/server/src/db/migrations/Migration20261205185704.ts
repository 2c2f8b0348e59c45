import { Migration } from '@mikro-orm/migrations';

/**
 * SIMKOPDES conflicts about officers and units (which record, from which row), and when an import
 * last wrote each linked record.
 */
export class Migration20261205185704 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "simkopdes_conflict" drop constraint if exists "simkopdes_conflict_field_check";`,
    );

    this.addSql(
      `alter table "simkopdes_record" add column "synced_at" timestamptz(3) not null default now();`,
    );
    // Links made before: written when their run was applied.
    this.addSql(
      `update "simkopdes_record" r set "synced_at" = i."applied_at" from "simkopdes_import" i where i."id" = r."import_id" and i."applied_at" is not null;`,
    );

    this.addSql(
      `alter table "simkopdes_conflict" add column "subject" varchar(40) null, add column "record_id" int null, add column "source_ref" varchar(80) null;`,
    );
    this.addSql(
      `alter table "simkopdes_conflict" add constraint "simkopdes_conflict_field_check" check("field" in ('NAME', 'MANAGEMENT_PATTERN', 'OFFICER_NAME', 'UNIT_STATUS'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "simkopdes_conflict" where "field" in ('OFFICER_NAME', 'UNIT_STATUS');`);
    this.addSql(
      `alter table "simkopdes_conflict" drop constraint if exists "simkopdes_conflict_field_check";`,
    );

    this.addSql(
      `alter table "simkopdes_conflict" drop column "subject", drop column "record_id", drop column "source_ref";`,
    );

    this.addSql(
      `alter table "simkopdes_conflict" add constraint "simkopdes_conflict_field_check" check("field" in ('NAME', 'MANAGEMENT_PATTERN'));`,
    );

    this.addSql(`alter table "simkopdes_record" drop column "synced_at";`);
  }
}
