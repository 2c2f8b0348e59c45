import { Migration } from '@mikro-orm/migrations';

export class Migration20261205154757 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "proposal_pool_member" ("id" serial primary key, "proposal_id" int not null, "cooperative_id" int not null, "offering_id" int not null, "quantity" numeric(14,2) not null, "quantity_unit" text check ("quantity_unit" in ('KG', 'TON', 'LITRE', 'PIECE', 'TRAY', 'HEAD', 'SACK', 'CUBIC_METRE', 'TRIP')) not null, "price_per_unit" numeric(18,2) null, "delivery_from" date null, "delivery_until" date null, "status" text check ("status" in ('INVITED', 'APPROVED', 'WITHDRAWN')) not null default 'INVITED', "decided_at" timestamptz(3) null, "created_at" timestamptz(3) not null default now(), constraint proposal_pool_member_quantity_check check (quantity > 0), constraint proposal_pool_member_price_per_unit_check check (price_per_unit >= 0));`,
    );
    this.addSql(
      `create index "proposal_pool_member_cooperative_id_index" on "proposal_pool_member" ("cooperative_id");`,
    );
    this.addSql(
      `create index "proposal_pool_member_offering_id_index" on "proposal_pool_member" ("offering_id");`,
    );
    this.addSql(
      `alter table "proposal_pool_member" add constraint "proposal_pool_member_proposal_id_cooperative_id_unique" unique ("proposal_id", "cooperative_id");`,
    );

    this.addSql(
      `alter table "proposal_pool_member" add constraint "proposal_pool_member_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "proposal_pool_member" add constraint "proposal_pool_member_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "proposal_pool_member" add constraint "proposal_pool_member_offering_id_foreign" foreign key ("offering_id") references "offering" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "proposal_message" drop constraint if exists "proposal_message_author_actor_check";`,
    );

    this.addSql(`alter table "proposal_event" drop constraint if exists "proposal_event_actor_check";`);
    this.addSql(`alter table "proposal_event" drop constraint if exists "proposal_event_action_check";`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_proposal_action_check";`);

    this.addSql(`alter table "proposal" add column "is_pooled" boolean not null default false;`);

    this.addSql(`alter table "proposal_terms" add column "pool_shares" jsonb null;`);

    this.addSql(
      `alter table "proposal_message" add constraint "proposal_message_author_actor_check" check("author_actor" in ('COOPERATIVE', 'PARTNER', 'MENTOR', 'POOL_MEMBER', 'SYSTEM'));`,
    );

    this.addSql(`alter table "proposal_event" add column "pool_member_id" int null;`);
    this.addSql(
      `alter table "proposal_event" add constraint "proposal_event_pool_member_id_foreign" foreign key ("pool_member_id") references "cooperative" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "proposal_event" add constraint "proposal_event_actor_check" check("actor" in ('COOPERATIVE', 'PARTNER', 'MENTOR', 'POOL_MEMBER', 'SYSTEM'));`,
    );
    this.addSql(
      `alter table "proposal_event" add constraint "proposal_event_action_check" check("action" in ('CREATE', 'UPDATE_DRAFT', 'SUBMIT', 'APPROVE_DRAFT', 'REJECT_DRAFT', 'START_REVIEW', 'COUNTER', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'SEND_MESSAGE', 'COMPLETE', 'CANCEL', 'EXPIRE', 'APPROVE_SHARE', 'WITHDRAW_SHARE'));`,
    );
    this.addSql(`create index "proposal_event_pool_member_id_index" on "proposal_event" ("pool_member_id");`);

    this.addSql(
      `alter table "notification" add constraint "notification_proposal_action_check" check("proposal_action" in ('CREATE', 'UPDATE_DRAFT', 'SUBMIT', 'APPROVE_DRAFT', 'REJECT_DRAFT', 'START_REVIEW', 'COUNTER', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'SEND_MESSAGE', 'COMPLETE', 'CANCEL', 'EXPIRE', 'APPROVE_SHARE', 'WITHDRAW_SHARE'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "proposal_pool_member" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_proposal_action_check";`);

    this.addSql(`alter table "proposal_event" drop constraint if exists "proposal_event_actor_check";`);
    this.addSql(`alter table "proposal_event" drop constraint if exists "proposal_event_action_check";`);

    this.addSql(`alter table "proposal_event" drop constraint "proposal_event_pool_member_id_foreign";`);

    this.addSql(
      `alter table "proposal_message" drop constraint if exists "proposal_message_author_actor_check";`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_proposal_action_check" check("proposal_action" in ('CREATE', 'UPDATE_DRAFT', 'SUBMIT', 'APPROVE_DRAFT', 'REJECT_DRAFT', 'START_REVIEW', 'COUNTER', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'SEND_MESSAGE', 'COMPLETE', 'CANCEL', 'EXPIRE'));`,
    );

    this.addSql(`alter table "proposal" drop column "is_pooled";`);

    this.addSql(`drop index "proposal_event_pool_member_id_index";`);
    this.addSql(`alter table "proposal_event" drop column "pool_member_id";`);

    this.addSql(
      `alter table "proposal_event" add constraint "proposal_event_actor_check" check("actor" in ('COOPERATIVE', 'PARTNER', 'MENTOR', 'SYSTEM'));`,
    );
    this.addSql(
      `alter table "proposal_event" add constraint "proposal_event_action_check" check("action" in ('CREATE', 'UPDATE_DRAFT', 'SUBMIT', 'APPROVE_DRAFT', 'REJECT_DRAFT', 'START_REVIEW', 'COUNTER', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'SEND_MESSAGE', 'COMPLETE', 'CANCEL', 'EXPIRE'));`,
    );

    this.addSql(
      `alter table "proposal_message" add constraint "proposal_message_author_actor_check" check("author_actor" in ('COOPERATIVE', 'PARTNER', 'MENTOR', 'SYSTEM'));`,
    );

    this.addSql(`alter table "proposal_terms" drop column "pool_shares";`);
  }
}
