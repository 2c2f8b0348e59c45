import { Migration } from '@mikro-orm/migrations';

export class Migration20261128062838 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index partner_request_delivery_region_prefix on partner_request (delivery_region_code varchar_pattern_ops);`,
    );

    this.addSql(
      `create index cooperative_village_code_prefix on cooperative (village_code varchar_pattern_ops);`,
    );

    this.addSql(
      `create index "offering_status_amount_needed_index" on "offering" ("status", "amount_needed");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "cooperative_village_code_prefix";`);

    this.addSql(`drop index "offering_status_amount_needed_index";`);

    this.addSql(`drop index "partner_request_delivery_region_prefix";`);
  }
}
