import { Migration } from '@mikro-orm/migrations';

export class Migration20261206034649 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "listing_match" ("id" bigserial primary key, "listing_type" text check ("listing_type" in ('OFFERING', 'PROGRAM', 'PARTNER_REQUEST')) not null, "listing_id" int not null, "label" varchar(200) not null, "partner_id" int null, "cooperative_id" int null, "score" smallint not null, "matched_at" timestamptz(3) not null default now(), constraint listing_match_one_organisation check ((partner_id is null) <> (cooperative_id is null)));`,
    );
    this.addSql(`create index "listing_match_partner_id_index" on "listing_match" ("partner_id");`);
    this.addSql(`create index "listing_match_cooperative_id_index" on "listing_match" ("cooperative_id");`);
    this.addSql(`create index "listing_match_matched_at_index" on "listing_match" ("matched_at");`);
    this.addSql(
      `create unique index listing_match_unique on listing_match (listing_type, listing_id, coalesce(partner_id, 0), coalesce(cooperative_id, 0));`,
    );

    this.addSql(
      `alter table "listing_match" add constraint "listing_match_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "listing_match" add constraint "listing_match_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `create index notification_saved_search_hits on notification (created_at) where kind = 'SAVED_SEARCH_MATCH';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "listing_match" cascade;`);

    this.addSql(`drop index "notification_saved_search_hits";`);
  }
}
