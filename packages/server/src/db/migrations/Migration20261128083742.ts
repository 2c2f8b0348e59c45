import { Migration } from '@mikro-orm/migrations';

export class Migration20261128083742 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "cooperative_document" ("id" serial primary key, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "cooperative_id" int not null, "type" text check ("type" in ('NOTARIAL_DEED', 'SK_AHU', 'NIK_CERTIFICATE', 'NIB', 'NPWP', 'BANK_ACCOUNT', 'OFFICER_IDS', 'VILLAGE_DELIBERATION_MINUTES', 'VILLAGE_HEAD_APPROVAL', 'REGENT_APPROVAL', 'BUSINESS_PROPOSAL', 'ANNUAL_MEETING_REPORT', 'FINANCIAL_REPORT', 'LAND_PROOF', 'UNIT_PHOTO', 'OTHER')) not null, "number" varchar(120) null, "issued_on" date null, "expires_on" date null, "verification_level" text check ("verification_level" in ('UNVERIFIED', 'SELF_DECLARED', 'MENTOR_ATTESTED', 'DOCUMENTS_VERIFIED', 'GOVERNMENT_VERIFIED')) not null default 'SELF_DECLARED', "source" text check ("source" in ('COOPERATIVE', 'MENTOR', 'ADMIN', 'REGISTRY_IMPORT')) not null default 'COOPERATIVE', "note" text null, "file_name" varchar(255) null, "file_mime_type" varchar(100) null, "file_size_bytes" int null, "file_storage_key" varchar(200) null, "file_sha256" varchar(64) null, "recorded_by_id" int null, "version" int not null default 1, constraint cooperative_document_expires_on_check check (expires_on is null or issued_on is null or expires_on >= issued_on), constraint cooperative_document_file_size_bytes_check check (file_size_bytes >= 0));`);
    this.addSql(`create index "cooperative_document_recorded_by_id_index" on "cooperative_document" ("recorded_by_id");`);
    this.addSql(`create index "cooperative_document_expires_on_index" on "cooperative_document" ("expires_on");`);
    this.addSql(`create index "cooperative_document_cooperative_id_type_index" on "cooperative_document" ("cooperative_id", "type");`);

    this.addSql(`alter table "cooperative_document" add constraint "cooperative_document_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cooperative_document" add constraint "cooperative_document_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cooperative_document" cascade;`);
  }

}
