import { Migration } from '@mikro-orm/migrations';

export class Migration20261128084524 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cooperative_attestation" ("id" serial primary key, "cooperative_id" int not null, "mentor_id" int not null, "attested_by_id" int null, "subject" text check ("subject" in ('UNIT_ACTIVE', 'DOCUMENT_SEEN', 'FACT')) not null, "business_unit_id" int null, "document_id" int null, "note" text null, "attested_at" timestamptz(3) not null default now());`);
    this.addSql(`create index "cooperative_attestation_mentor_id_index" on "cooperative_attestation" ("mentor_id");`);
    this.addSql(`create index "cooperative_attestation_business_unit_id_index" on "cooperative_attestation" ("business_unit_id");`);
    this.addSql(`create index "cooperative_attestation_document_id_index" on "cooperative_attestation" ("document_id");`);
    this.addSql(`create index "cooperative_attestation_cooperative_id_attested_at_index" on "cooperative_attestation" ("cooperative_id", "attested_at");`);

    this.addSql(`alter table "cooperative_attestation" add constraint "cooperative_attestation_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cooperative_attestation" add constraint "cooperative_attestation_mentor_id_foreign" foreign key ("mentor_id") references "mentor" ("id") on update cascade;`);
    this.addSql(`alter table "cooperative_attestation" add constraint "cooperative_attestation_attested_by_id_foreign" foreign key ("attested_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cooperative_attestation" add constraint "cooperative_attestation_business_unit_id_foreign" foreign key ("business_unit_id") references "business_unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "cooperative_attestation" add constraint "cooperative_attestation_document_id_foreign" foreign key ("document_id") references "cooperative_document" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_attestation" cascade;`);
  }

}
