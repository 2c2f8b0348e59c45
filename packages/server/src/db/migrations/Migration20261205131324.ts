import { Migration } from '@mikro-orm/migrations';

/**
 * The financing passport: a cooperative shares it with chosen partners (`passport_share`, one row
 * per partner while shared), and states what its units are expected to earn a month, which the
 * loan-size hint sets beside the instalment.
 */
export class Migration20261205131324 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "passport_share" ("id" serial primary key, "cooperative_id" int not null, "partner_id" int not null, "shared_by_id" int null, "shared_at" timestamptz(3) not null default now());`);
    this.addSql(`create index "passport_share_partner_id_index" on "passport_share" ("partner_id");`);
    this.addSql(`alter table "passport_share" add constraint "passport_share_cooperative_id_partner_id_unique" unique ("cooperative_id", "partner_id");`);

    this.addSql(`alter table "passport_share" add constraint "passport_share_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "passport_share" add constraint "passport_share_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "passport_share" add constraint "passport_share_shared_by_id_foreign" foreign key ("shared_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "cooperative" add column "expected_monthly_income" numeric(18,2) null;`);
    this.addSql(`alter table "cooperative" add constraint cooperative_expected_monthly_income_check check(expected_monthly_income >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "passport_share" cascade;`);

    this.addSql(`alter table "cooperative" drop constraint cooperative_expected_monthly_income_check;`);
    this.addSql(`alter table "cooperative" drop column "expected_monthly_income";`);
  }

}
