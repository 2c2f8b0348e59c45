import { Migration } from '@mikro-orm/migrations';

export class Migration20261128085015 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "saved_search" ("id" serial primary key, "user_id" int not null, "name" varchar(80) not null, "q" varchar(200) not null, "terms" text[] not null, "types" text[] not null default '{}', "region_code" varchar(13) null, "commodity" text check ("commodity" in ('PALM_OIL_FFB', 'CRUDE_PALM_OIL', 'RUBBER', 'PEPPER', 'COCONUT', 'PADDY_RICE', 'CORN', 'CASSAVA', 'FISH', 'SHRIMP', 'COFFEE', 'COCOA', 'HONEY', 'RATTAN', 'VEGETABLES', 'FRUIT', 'CITRUS', 'PINEAPPLE', 'ALOE_VERA', 'EGGS', 'POULTRY', 'CATTLE', 'FERTILISER', 'LPG', 'STAPLE_GOODS')) null, "created_at" timestamptz(3) not null default now());`);
    this.addSql(`create index "saved_search_user_id_created_at_id_index" on "saved_search" ("user_id", "created_at", "id");`);
    this.addSql(`alter table "saved_search" add constraint "saved_search_user_id_name_unique" unique ("user_id", "name");`);

    this.addSql(`alter table "saved_search" add constraint "saved_search_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "saved_search" add constraint "saved_search_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete set null;`);

  }

  override async down(): Promise<void> {


    this.addSql(`drop table if exists "saved_search" cascade;`);
  }

}
