import { Migration } from '@mikro-orm/migrations';

export class Migration20261128065525 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "proposal" ("id" serial primary key, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz(3) not null default now(), "kind" text check ("kind" in ('FINANCING', 'OFFTAKE', 'SUPPLY', 'AGENCY')) not null, "title" varchar(200) not null, "cooperative_id" int not null, "partner_id" int not null, "offering_id" int null, "program_id" int null, "request_id" int null, "mentor_id" int null, "created_by_id" int null, "started_by" text check ("started_by" in ('COOPERATIVE', 'PARTNER')) not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED', 'COMPLETED', 'CANCELLED')) not null default 'DRAFT', "awaiting_draft_approval" boolean not null default false, "turn" text check ("turn" in ('COOPERATIVE', 'PARTNER')) null, "turn_since" timestamptz(3) null, "turn_order" timestamptz(3) generated always as (coalesce(turn_since, '9999-12-31 00:00:00+00'::timestamp with time zone)) stored null, "expires_at" timestamptz(3) null, "submitted_at" timestamptz(3) null, "closed_at" timestamptz(3) null, "latest_terms_version" int not null default 1, "accepted_terms_version" int null, "version" int not null default 1, constraint proposal_latest_terms_version_check check (latest_terms_version >= 1), constraint proposal_turn_consistent check ((turn is null) = (turn_since is null)));`,
    );
    this.addSql(`create index "proposal_offering_id_index" on "proposal" ("offering_id");`);
    this.addSql(`create index "proposal_program_id_index" on "proposal" ("program_id");`);
    this.addSql(`create index "proposal_request_id_index" on "proposal" ("request_id");`);
    this.addSql(`create index "proposal_mentor_id_index" on "proposal" ("mentor_id");`);
    this.addSql(`create index "proposal_created_by_id_index" on "proposal" ("created_by_id");`);
    this.addSql(`create index "proposal_kind_index" on "proposal" ("kind");`);
    this.addSql(`create index "proposal_updated_at_id_index" on "proposal" ("updated_at", "id");`);
    this.addSql(`create index "proposal_turn_order_id_index" on "proposal" ("turn_order", "id");`);
    this.addSql(`create index "proposal_status_expires_at_index" on "proposal" ("status", "expires_at");`);
    this.addSql(`create index "proposal_partner_id_status_index" on "proposal" ("partner_id", "status");`);
    this.addSql(
      `create index "proposal_cooperative_id_status_index" on "proposal" ("cooperative_id", "status");`,
    );

    this.addSql(
      `create table "proposal_terms" ("id" serial primary key, "proposal_id" int not null, "version" int not null, "author_side" text check ("author_side" in ('COOPERATIVE', 'PARTNER')) not null, "author_id" int null, "amount" numeric(18,2) null, "price_per_unit" numeric(18,2) null, "quantity" numeric(14,2) null, "quantity_unit" text check ("quantity_unit" in ('KG', 'TON', 'LITRE', 'PIECE', 'TRAY', 'HEAD', 'SACK', 'CUBIC_METRE', 'TRIP')) null, "tenor_months" int null, "rate_per_year" numeric(5,2) null, "delivery" text null, "delivery_region_code" varchar(13) null, "payment_days" int null, "note" text null, "created_at" timestamptz(3) not null default now(), constraint proposal_terms_version_check check (version >= 1), constraint proposal_terms_amount_check check (amount >= 0), constraint proposal_terms_price_per_unit_check check (price_per_unit >= 0), constraint proposal_terms_quantity_check check (quantity > 0), constraint proposal_terms_tenor_months_check check (tenor_months >= 1 and tenor_months <= 240), constraint proposal_terms_rate_per_year_check check (rate_per_year >= 0 and rate_per_year <= 100), constraint proposal_terms_payment_days_check check (payment_days >= 0 and payment_days <= 365));`,
    );
    this.addSql(`create index "proposal_terms_author_id_index" on "proposal_terms" ("author_id");`);
    this.addSql(
      `create index "proposal_terms_delivery_region_code_index" on "proposal_terms" ("delivery_region_code");`,
    );
    this.addSql(
      `alter table "proposal_terms" add constraint "proposal_terms_proposal_id_version_unique" unique ("proposal_id", "version");`,
    );

    this.addSql(
      `create table "proposal_message" ("id" serial primary key, "proposal_id" int not null, "author_id" int null, "author_actor" text check ("author_actor" in ('COOPERATIVE', 'PARTNER', 'MENTOR', 'SYSTEM')) not null, "body" text not null, "created_at" timestamptz(3) not null default now());`,
    );
    this.addSql(`create index "proposal_message_author_id_index" on "proposal_message" ("author_id");`);
    this.addSql(
      `create index "proposal_message_proposal_id_created_at_id_index" on "proposal_message" ("proposal_id", "created_at", "id");`,
    );

    this.addSql(
      `create table "proposal_event" ("id" serial primary key, "proposal_id" int not null, "actor_user_id" int null, "actor" text check ("actor" in ('COOPERATIVE', 'PARTNER', 'MENTOR', 'SYSTEM')) not null, "side" text check ("side" in ('COOPERATIVE', 'PARTNER')) null, "action" text check ("action" in ('CREATE', 'UPDATE_DRAFT', 'SUBMIT', 'APPROVE_DRAFT', 'REJECT_DRAFT', 'START_REVIEW', 'COUNTER', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'SEND_MESSAGE', 'COMPLETE', 'CANCEL', 'EXPIRE')) not null, "from_status" text check ("from_status" in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED', 'COMPLETED', 'CANCELLED')) null, "to_status" text check ("to_status" in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'NEGOTIATING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'EXPIRED', 'COMPLETED', 'CANCELLED')) not null, "turn_after" text check ("turn_after" in ('COOPERATIVE', 'PARTNER')) null, "terms_version" int null, "note" text null, "created_at" timestamptz(3) not null default now());`,
    );
    this.addSql(`create index "proposal_event_actor_user_id_index" on "proposal_event" ("actor_user_id");`);
    this.addSql(`create index "proposal_event_created_at_index" on "proposal_event" ("created_at");`);
    this.addSql(
      `create index "proposal_event_proposal_id_created_at_id_index" on "proposal_event" ("proposal_id", "created_at", "id");`,
    );

    this.addSql(
      `alter table "proposal" add constraint "proposal_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "proposal" add constraint "proposal_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "proposal" add constraint "proposal_offering_id_foreign" foreign key ("offering_id") references "offering" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "proposal" add constraint "proposal_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "proposal" add constraint "proposal_request_id_foreign" foreign key ("request_id") references "partner_request" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "proposal" add constraint "proposal_mentor_id_foreign" foreign key ("mentor_id") references "mentor" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "proposal" add constraint "proposal_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "proposal_terms" add constraint "proposal_terms_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "proposal_terms" add constraint "proposal_terms_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "proposal_terms" add constraint "proposal_terms_delivery_region_code_foreign" foreign key ("delivery_region_code") references "region" ("code") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "proposal_message" add constraint "proposal_message_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "proposal_message" add constraint "proposal_message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "proposal_event" add constraint "proposal_event_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "proposal_event" add constraint "proposal_event_actor_user_id_foreign" foreign key ("actor_user_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "proposal_terms" drop constraint "proposal_terms_proposal_id_foreign";`);

    this.addSql(`alter table "proposal_message" drop constraint "proposal_message_proposal_id_foreign";`);

    this.addSql(`alter table "proposal_event" drop constraint "proposal_event_proposal_id_foreign";`);

    this.addSql(`drop table if exists "proposal" cascade;`);

    this.addSql(`drop table if exists "proposal_terms" cascade;`);

    this.addSql(`drop table if exists "proposal_message" cascade;`);

    this.addSql(`drop table if exists "proposal_event" cascade;`);
  }
}
