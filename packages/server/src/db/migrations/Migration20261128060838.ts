import { Migration } from '@mikro-orm/migrations';

export class Migration20261128060838 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner" ("id" serial primary key, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "type" text check ("type" in ('STATE_BANK', 'REGIONAL_BANK', 'PUBLIC_FUND', 'STATE_COMPANY', 'PRIVATE_BUYER', 'PRIVATE_SUPPLIER', 'NGO', 'GOVERNMENT_PROGRAM')) not null, "name" varchar(200) not null, "description" text not null default '', "website" varchar(200) null, "commodities" text[] not null, "verification_level" text check ("verification_level" in ('UNVERIFIED', 'SELF_DECLARED', 'MENTOR_ATTESTED', 'DOCUMENTS_VERIFIED', 'GOVERNMENT_VERIFIED')) not null default 'UNVERIFIED', "version" int not null default 1);`,
    );
    this.addSql(`create index partner_commodities_gin on partner using gin (commodities);`);
    this.addSql(`create index "partner_name_id_index" on "partner" ("name", "id");`);
    this.addSql(`create index "partner_type_index" on "partner" ("type");`);

    this.addSql(
      `create table "program" ("id" serial primary key, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "partner_id" int not null, "kind" text check ("kind" in ('LOAN', 'OFFTAKE', 'SUPPLY', 'AGENCY', 'SERVICE')) not null, "name" varchar(200) not null, "description" text not null default '', "min_amount" numeric(18,2) null, "max_amount" numeric(18,2) null, "rate_per_year" numeric(5,2) null, "max_tenor_months" int null, "min_grace_months" int null, "max_grace_months" int null, "operating_cost_cap" numeric(18,2) null, "commodity" text check ("commodity" in ('PALM_OIL_FFB', 'CRUDE_PALM_OIL', 'RUBBER', 'PEPPER', 'COCONUT', 'PADDY_RICE', 'CORN', 'CASSAVA', 'FISH', 'SHRIMP', 'COFFEE', 'COCOA', 'HONEY', 'RATTAN', 'VEGETABLES', 'FRUIT', 'CITRUS', 'PINEAPPLE', 'ALOE_VERA', 'EGGS', 'POULTRY', 'CATTLE', 'FERTILISER', 'LPG', 'STAPLE_GOODS')) null, "eligible_unit_types" text[] not null, "required_documents" text[] not null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED')) not null default 'ACTIVE', "version" int not null default 1, constraint program_min_amount_check check (min_amount >= 0), constraint program_max_amount_check check (max_amount >= 0 and (min_amount is null or max_amount >= min_amount)), constraint program_rate_per_year_check check (rate_per_year >= 0 and rate_per_year <= 100), constraint program_max_tenor_months_check check (max_tenor_months >= 1 and max_tenor_months <= 360), constraint program_min_grace_months_check check (min_grace_months >= 0), constraint program_max_grace_months_check check (max_grace_months >= 0 and (min_grace_months is null or max_grace_months >= min_grace_months)), constraint program_operating_cost_cap_check check (operating_cost_cap >= 0));`,
    );
    this.addSql(`create index program_eligible_unit_types_gin on program using gin (eligible_unit_types);`);
    this.addSql(`create index "program_commodity_index" on "program" ("commodity");`);
    this.addSql(`create index "program_name_id_index" on "program" ("name", "id");`);
    this.addSql(`create index "program_status_kind_index" on "program" ("status", "kind");`);
    this.addSql(`create index "program_partner_id_name_id_index" on "program" ("partner_id", "name", "id");`);

    this.addSql(
      `create table "region" ("code" varchar(13) not null, "level" text check ("level" in ('PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE')) not null, "name" varchar(120) not null, "parent_code" varchar(13) null, "village_kind" text check ("village_kind" in ('DESA', 'KELURAHAN')) null, constraint "region_pkey" primary key ("code"));`,
    );
    this.addSql(`create index "region_parent_code_index" on "region" ("parent_code");`);
    this.addSql(`create index "region_level_name_index" on "region" ("level", "name");`);

    this.addSql(
      `create table "program_coverage" ("program_id" int not null, "region_code" varchar(13) not null, constraint "program_coverage_pkey" primary key ("program_id", "region_code"));`,
    );
    this.addSql(`create index "program_coverage_region_code_index" on "program_coverage" ("region_code");`);

    this.addSql(
      `create table "partner_request" ("id" serial primary key, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "partner_id" int not null, "title" varchar(200) not null, "description" text not null default '', "commodity" text check ("commodity" in ('PALM_OIL_FFB', 'CRUDE_PALM_OIL', 'RUBBER', 'PEPPER', 'COCONUT', 'PADDY_RICE', 'CORN', 'CASSAVA', 'FISH', 'SHRIMP', 'COFFEE', 'COCOA', 'HONEY', 'RATTAN', 'VEGETABLES', 'FRUIT', 'CITRUS', 'PINEAPPLE', 'ALOE_VERA', 'EGGS', 'POULTRY', 'CATTLE', 'FERTILISER', 'LPG', 'STAPLE_GOODS')) not null, "quantity" numeric(14,2) not null, "quantity_unit" text check ("quantity_unit" in ('KG', 'TON', 'LITRE', 'PIECE', 'TRAY', 'HEAD', 'SACK', 'CUBIC_METRE', 'TRIP')) not null, "delivery_region_code" varchar(13) not null, "deadline" timestamptz(3) null, "price_hint" numeric(18,2) null, "status" text check ("status" in ('OPEN', 'CLOSED', 'EXPIRED')) not null default 'OPEN', "version" int not null default 1, constraint partner_request_quantity_check check (quantity > 0), constraint partner_request_price_hint_check check (price_hint >= 0));`,
    );
    this.addSql(
      `create index "partner_request_delivery_region_code_index" on "partner_request" ("delivery_region_code");`,
    );
    this.addSql(`create index "partner_request_deadline_index" on "partner_request" ("deadline");`);
    this.addSql(
      `create index "partner_request_created_at_id_index" on "partner_request" ("created_at", "id");`,
    );
    this.addSql(
      `create index "partner_request_partner_id_created_at_id_index" on "partner_request" ("partner_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "partner_request_status_commodity_index" on "partner_request" ("status", "commodity");`,
    );

    this.addSql(
      `create table "partner_coverage" ("partner_id" int not null, "region_code" varchar(13) not null, constraint "partner_coverage_pkey" primary key ("partner_id", "region_code"));`,
    );
    this.addSql(`create index "partner_coverage_region_code_index" on "partner_coverage" ("region_code");`);

    this.addSql(
      `create table "mentor" ("id" serial primary key, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "role" text check ("role" in ('BA', 'PMO')) not null, "name" varchar(120) not null, "phone" varchar(30) null, "regency_code" varchar(13) null, "supervisor_id" int null);`,
    );
    this.addSql(`create index "mentor_regency_code_index" on "mentor" ("regency_code");`);
    this.addSql(`create index "mentor_supervisor_id_index" on "mentor" ("supervisor_id");`);
    this.addSql(`create index "mentor_name_id_index" on "mentor" ("name", "id");`);
    this.addSql(`create index "mentor_role_regency_code_index" on "mentor" ("role", "regency_code");`);

    this.addSql(
      `create table "cooperative" ("id" serial primary key, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "kind" text check ("kind" in ('KDMP', 'KKMP')) not null, "name" varchar(200) not null, "village_code" varchar(13) not null, "sk_ahu_number" varchar(80) null, "sk_ahu_date" date null, "nik_koperasi" varchar(40) null, "nib" varchar(20) null, "npwp" varchar(25) null, "deed_number" varchar(80) null, "deed_date" date null, "management_pattern" text check ("management_pattern" in ('KONVENSIONAL', 'SYARIAH')) not null default 'KONVENSIONAL', "member_count" int not null default 0, "stage" text check ("stage" in ('LEGALLY_FORMED', 'ORGANISED', 'BUILDING_UNITS', 'OPERATING', 'GROWING')) not null default 'LEGALLY_FORMED', "verification_level" text check ("verification_level" in ('UNVERIFIED', 'SELF_DECLARED', 'MENTOR_ATTESTED', 'DOCUMENTS_VERIFIED', 'GOVERNMENT_VERIFIED')) not null default 'UNVERIFIED', "version" int not null default 1, constraint cooperative_member_count_check check (member_count >= 0));`,
    );
    this.addSql(
      `alter table "cooperative" add constraint "cooperative_village_code_unique" unique ("village_code");`,
    );
    this.addSql(
      `alter table "cooperative" add constraint "cooperative_nik_koperasi_unique" unique ("nik_koperasi");`,
    );
    this.addSql(`create index "cooperative_updated_at_id_index" on "cooperative" ("updated_at", "id");`);
    this.addSql(`create index "cooperative_name_id_index" on "cooperative" ("name", "id");`);
    this.addSql(
      `create index "cooperative_verification_level_index" on "cooperative" ("verification_level");`,
    );
    this.addSql(`create index "cooperative_kind_index" on "cooperative" ("kind");`);
    this.addSql(`create index "cooperative_stage_index" on "cooperative" ("stage");`);

    this.addSql(
      `create table "offering" ("id" serial primary key, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "cooperative_id" int not null, "kind" text check ("kind" in ('SUPPLY', 'FINANCING_NEED', 'SERVICE', 'PARTNERSHIP_INTEREST')) not null, "title" varchar(200) not null, "description" text not null default '', "commodity" text check ("commodity" in ('PALM_OIL_FFB', 'CRUDE_PALM_OIL', 'RUBBER', 'PEPPER', 'COCONUT', 'PADDY_RICE', 'CORN', 'CASSAVA', 'FISH', 'SHRIMP', 'COFFEE', 'COCOA', 'HONEY', 'RATTAN', 'VEGETABLES', 'FRUIT', 'CITRUS', 'PINEAPPLE', 'ALOE_VERA', 'EGGS', 'POULTRY', 'CATTLE', 'FERTILISER', 'LPG', 'STAPLE_GOODS')) null, "quantity_per_month" numeric(14,2) null, "quantity_unit" text check ("quantity_unit" in ('KG', 'TON', 'LITRE', 'PIECE', 'TRAY', 'HEAD', 'SACK', 'CUBIC_METRE', 'TRIP')) null, "price_min" numeric(18,2) null, "price_max" numeric(18,2) null, "amount_needed" numeric(18,2) null, "financing_purpose" text null, "wanted_tenor_months" int null, "unit_type" text check ("unit_type" in ('COOPERATIVE_OFFICE', 'GROCERY_KIOSK', 'SAVINGS_AND_LOAN', 'VILLAGE_CLINIC', 'VILLAGE_PHARMACY', 'WAREHOUSE_COLD_STORAGE', 'LOGISTICS', 'LPG_OUTLET', 'FERTILISER_RETAIL', 'BULOG_AGENCY', 'BANK_AGENT', 'POST_AGENT', 'OTHER')) null, "status" text check ("status" in ('DRAFT', 'PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED')) not null default 'DRAFT', "valid_until" timestamptz(3) null, "last_confirmed_at" timestamptz(3) null, "version" int not null default 1, constraint offering_quantity_per_month_check check (quantity_per_month >= 0), constraint offering_price_min_check check (price_min >= 0), constraint offering_price_max_check check (price_max >= 0 and (price_min is null or price_max >= price_min)), constraint offering_amount_needed_check check (amount_needed >= 0), constraint offering_wanted_tenor_months_check check (wanted_tenor_months >= 1 and wanted_tenor_months <= 240));`,
    );
    this.addSql(`create index "offering_valid_until_index" on "offering" ("valid_until");`);
    this.addSql(`create index "offering_updated_at_id_index" on "offering" ("updated_at", "id");`);
    this.addSql(
      `create index "offering_cooperative_id_created_at_id_index" on "offering" ("cooperative_id", "created_at", "id");`,
    );
    this.addSql(`create index "offering_status_kind_index" on "offering" ("status", "kind");`);
    this.addSql(`create index "offering_status_commodity_index" on "offering" ("status", "commodity");`);

    this.addSql(
      `create table "offering_delivery_region" ("offering_id" int not null, "region_code" varchar(13) not null, constraint "offering_delivery_region_pkey" primary key ("offering_id", "region_code"));`,
    );
    this.addSql(
      `create index "offering_delivery_region_region_code_index" on "offering_delivery_region" ("region_code");`,
    );

    this.addSql(
      `create table "mentor_assignment" ("id" serial primary key, "mentor_id" int not null, "cooperative_id" int not null, "started_at" timestamptz(3) not null default now(), "ended_at" timestamptz(3) null);`,
    );
    this.addSql(
      `create index "mentor_assignment_cooperative_id_index" on "mentor_assignment" ("cooperative_id");`,
    );
    this.addSql(
      `create unique index mentor_assignment_one_open_per_cooperative on mentor_assignment (cooperative_id) where ended_at is null;`,
    );
    this.addSql(
      `create index "mentor_assignment_mentor_id_ended_at_index" on "mentor_assignment" ("mentor_id", "ended_at");`,
    );

    this.addSql(
      `create table "cooperative_officer" ("id" serial primary key, "cooperative_id" int not null, "role" text check ("role" in ('KETUA', 'SEKRETARIS', 'BENDAHARA', 'PENGAWAS')) not null, "name" varchar(120) not null, "created_at" timestamptz(3) not null default now());`,
    );
    this.addSql(
      `create index "cooperative_officer_cooperative_id_index" on "cooperative_officer" ("cooperative_id");`,
    );

    this.addSql(
      `create table "business_unit" ("id" serial primary key, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "cooperative_id" int not null, "type" text check ("type" in ('COOPERATIVE_OFFICE', 'GROCERY_KIOSK', 'SAVINGS_AND_LOAN', 'VILLAGE_CLINIC', 'VILLAGE_PHARMACY', 'WAREHOUSE_COLD_STORAGE', 'LOGISTICS', 'LPG_OUTLET', 'FERTILISER_RETAIL', 'BULOG_AGENCY', 'BANK_AGENT', 'POST_AGENT', 'OTHER')) not null, "name" varchar(120) null, "status" text check ("status" in ('PLANNED', 'UNDER_CONSTRUCTION', 'NOT_ACTIVE', 'ACTIVE')) not null, "capacity_notes" text null, "active_since" date null);`,
    );
    this.addSql(`create index "business_unit_cooperative_id_index" on "business_unit" ("cooperative_id");`);
    this.addSql(`create index "business_unit_type_status_index" on "business_unit" ("type", "status");`);
    this.addSql(
      `create unique index business_unit_one_per_type on business_unit (cooperative_id, type) where type <> 'OTHER';`,
    );

    this.addSql(
      `alter table "program" add constraint "program_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "region" add constraint "region_parent_code_foreign" foreign key ("parent_code") references "region" ("code") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "program_coverage" add constraint "program_coverage_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "program_coverage" add constraint "program_coverage_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "partner_request" add constraint "partner_request_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_request" add constraint "partner_request_delivery_region_code_foreign" foreign key ("delivery_region_code") references "region" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "partner_coverage" add constraint "partner_coverage_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "partner_coverage" add constraint "partner_coverage_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "mentor" add constraint "mentor_regency_code_foreign" foreign key ("regency_code") references "region" ("code") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "mentor" add constraint "mentor_supervisor_id_foreign" foreign key ("supervisor_id") references "mentor" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "cooperative" add constraint "cooperative_village_code_foreign" foreign key ("village_code") references "region" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "offering" add constraint "offering_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "offering_delivery_region" add constraint "offering_delivery_region_offering_id_foreign" foreign key ("offering_id") references "offering" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "offering_delivery_region" add constraint "offering_delivery_region_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade;`,
    );

    this.addSql(
      `alter table "mentor_assignment" add constraint "mentor_assignment_mentor_id_foreign" foreign key ("mentor_id") references "mentor" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "mentor_assignment" add constraint "mentor_assignment_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "cooperative_officer" add constraint "cooperative_officer_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "business_unit" add constraint "business_unit_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`,
    );
  }
}
