import { Migration } from '@mikro-orm/migrations';

export class Migration20261128084037 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "partner_request" add column "last_confirmed_at" timestamptz(3) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "partner_request" drop column "last_confirmed_at";`);
  }

}
