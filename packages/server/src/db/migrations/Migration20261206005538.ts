import { Migration } from '@mikro-orm/migrations';

/**
 * Partners' webhook endpoints and the delivery log (webhook.entity.ts). The deliveries' queue is
 * graphile-worker's own schema, which `migrate` installs beside ours (db/database.ts).
 */
export class Migration20261206005538 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook_endpoint" ("id" serial primary key, "partner_id" int not null, "created_by_id" int not null, "url" varchar(2000) not null, "description" varchar(200) not null default '', "event_types" text[] not null, "secret" varchar(100) not null, "created_at" timestamptz(3) not null default now(), "failing_since" timestamptz(3) null, "disabled_at" timestamptz(3) null, "disabled_reason" varchar(300) null);`,
    );
    this.addSql(`create index "webhook_endpoint_partner_id_index" on "webhook_endpoint" ("partner_id");`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_subject_type_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check("kind" in ('PROPOSAL_YOUR_TURN', 'PROPOSAL_UPDATED', 'SAVED_SEARCH_MATCH', 'WEBHOOK_ENDPOINT_DISABLED'));`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_subject_type_check" check("subject_type" in ('PROPOSAL', 'OFFERING', 'PARTNER_REQUEST', 'PROGRAM', 'WEBHOOK_ENDPOINT'));`,
    );

    this.addSql(
      `create table "webhook_delivery" ("id" bigserial primary key, "endpoint_id" int not null, "event_type" text check ("event_type" in ('PROPOSAL_MOVED', 'POOL_MEMBER_JOINED', 'OFFERING_MATCHED', 'SAVED_SEARCH_MATCHED')) not null, "payload" jsonb not null, "status" text check ("status" in ('PENDING', 'DELIVERED', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "created_at" timestamptz(3) not null default now(), "retry_from" timestamptz(3) not null default now(), "last_attempt_at" timestamptz(3) null, "last_status_code" int null, "last_error" varchar(500) null, "next_attempt_at" timestamptz(3) null, "delivered_at" timestamptz(3) null);`,
    );
    this.addSql(
      `create index "webhook_delivery_endpoint_newest" on "webhook_delivery" ("endpoint_id", "created_at", "id");`,
    );

    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "webhook_endpoint" add constraint "webhook_endpoint_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_endpoint_id_foreign";`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`delete from notification where kind = 'WEBHOOK_ENDPOINT_DISABLED';`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_subject_type_check";`);
    this.addSql(
      `alter table "notification" add constraint "notification_kind_check" check("kind" in ('PROPOSAL_YOUR_TURN', 'PROPOSAL_UPDATED', 'SAVED_SEARCH_MATCH'));`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_subject_type_check" check("subject_type" in ('PROPOSAL', 'OFFERING', 'PARTNER_REQUEST', 'PROGRAM'));`,
    );
  }
}
