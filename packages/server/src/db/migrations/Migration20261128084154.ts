import { Migration } from '@mikro-orm/migrations';

export class Migration20261128084154 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "notification" ("id" serial primary key, "recipient_id" int not null, "kind" text check ("kind" in ('PROPOSAL_YOUR_TURN', 'PROPOSAL_UPDATED', 'SAVED_SEARCH_MATCH')) not null, "subject_type" text check ("subject_type" in ('PROPOSAL', 'OFFERING', 'PARTNER_REQUEST', 'PROGRAM')) not null, "subject_id" int not null, "subject_label" varchar(200) not null, "actor_name" varchar(200) null, "proposal_action" text check ("proposal_action" in ('CREATE', 'UPDATE_DRAFT', 'SUBMIT', 'APPROVE_DRAFT', 'REJECT_DRAFT', 'START_REVIEW', 'COUNTER', 'ACCEPT', 'DECLINE', 'WITHDRAW', 'SEND_MESSAGE', 'COMPLETE', 'CANCEL', 'EXPIRE')) null, "saved_search_id" int null, "saved_search_name" varchar(200) null, "created_at" timestamptz(3) not null default now(), "read_at" timestamptz(3) null);`,
    );
    this.addSql(
      `create index notification_recipient_unread on notification (recipient_id, created_at, id) where read_at is null;`,
    );
    this.addSql(
      `create index "notification_recipient_newest" on "notification" ("recipient_id", "created_at", "id");`,
    );

    this.addSql(
      `alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
  }
}
