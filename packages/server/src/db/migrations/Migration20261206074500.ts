import { Migration } from '@mikro-orm/migrations';

/**
 * Reminders before deadlines: notifications of three new kinds carry the deadline (`due_at`), and
 * `deadline_reminder` remembers each subject and deadline reminded of, so each is reminded once
 * (see src/modules/notification/deadline-reminders.ts). Lapsing documents are mailed from those
 * notifications now, so the document's own "reminded on" mark goes; the deadlines it marked are
 * carried over, so that nobody is reminded of them twice.
 */
export class Migration20261206074500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "deadline_reminder" ("subject_type" text check ("subject_type" in ('PROPOSAL', 'OFFERING', 'PARTNER_REQUEST', 'PROGRAM', 'WEBHOOK_ENDPOINT', 'COOPERATIVE_DOCUMENT')) not null, "subject_id" int not null, "due_at" timestamptz(3) not null, "reminded_at" timestamptz(3) not null default now(), constraint "deadline_reminder_pkey" primary key ("subject_type", "subject_id", "due_at"));`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_subject_type_check";`);

    this.addSql(`alter table "notification" add column "due_at" timestamptz(3) null;`);
    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('PROPOSAL_YOUR_TURN', 'PROPOSAL_UPDATED', 'SAVED_SEARCH_MATCH', 'WEBHOOK_ENDPOINT_DISABLED', 'OFFERING_LAPSING', 'DOCUMENT_LAPSING', 'PROPOSAL_DEADLINE'));`);
    this.addSql(`alter table "notification" add constraint "notification_subject_type_check" check("subject_type" in ('PROPOSAL', 'OFFERING', 'PARTNER_REQUEST', 'PROGRAM', 'WEBHOOK_ENDPOINT', 'COOPERATIVE_DOCUMENT'));`);

    this.addSql(`insert into "deadline_reminder" ("subject_type", "subject_id", "due_at")
      select 'COOPERATIVE_DOCUMENT', "id", "expiry_reminded_on"::timestamptz from "cooperative_document"
       where "expiry_reminded_on" is not null and "expiry_reminded_on" = "expires_on";`);
    this.addSql(`alter table "cooperative_document" drop column "expiry_reminded_on";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "cooperative_document" add column "expiry_reminded_on" date null;`);
    this.addSql(`update "cooperative_document" d set "expiry_reminded_on" = d."expires_on"
      where exists (select 1 from "deadline_reminder" r where r."subject_type" = 'COOPERATIVE_DOCUMENT'
        and r."subject_id" = d."id" and r."due_at" = d."expires_on"::timestamptz);`);
    this.addSql(`drop table if exists "deadline_reminder" cascade;`);

    this.addSql(`alter table "notification" drop constraint if exists "notification_kind_check";`);
    this.addSql(`alter table "notification" drop constraint if exists "notification_subject_type_check";`);

    this.addSql(`alter table "notification" drop column "due_at";`);

    this.addSql(`alter table "notification" add constraint "notification_kind_check" check("kind" in ('PROPOSAL_YOUR_TURN', 'PROPOSAL_UPDATED', 'SAVED_SEARCH_MATCH', 'WEBHOOK_ENDPOINT_DISABLED'));`);
    this.addSql(`alter table "notification" add constraint "notification_subject_type_check" check("subject_type" in ('PROPOSAL', 'OFFERING', 'PARTNER_REQUEST', 'PROGRAM', 'WEBHOOK_ENDPOINT'));`);
  }

}
