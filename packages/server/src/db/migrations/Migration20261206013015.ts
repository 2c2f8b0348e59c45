import { Migration } from '@mikro-orm/migrations';

/**
 * Email: the kinds each user turned off and their last digest; which notifications the mailer has
 * handled (those from before count as handled: nobody is mailed about the past); the expiry date a
 * document's officers were last reminded of.
 */
export class Migration20261206013015 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "app_user" add column "email_opt_outs" text[] not null default '{}', add column "digest_sent_at" timestamptz(3) null;`,
    );

    this.addSql(`alter table "notification" add column "emailed_at" timestamptz(3) null;`);
    this.addSql(`update "notification" set "emailed_at" = "created_at";`);
    this.addSql(`create index notification_not_emailed on notification (id) where emailed_at is null;`);

    this.addSql(`alter table "cooperative_document" add column "expiry_reminded_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "email_opt_outs", drop column "digest_sent_at";`);

    this.addSql(`alter table "cooperative_document" drop column "expiry_reminded_on";`);

    this.addSql(`drop index "notification_not_emailed";`);
    this.addSql(`alter table "notification" drop column "emailed_at";`);
  }
}
