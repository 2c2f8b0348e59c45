import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the lists at national size (83,762 cooperatives, ~400k offerings, ~1M proposals),
 * found with EXPLAIN (ANALYZE, BUFFERS):
 * - offerings newest first, alone or by commodity: read in index order and stop after the page,
 *   instead of sorting every published offering (a parallel sequential scan of ~400k rows);
 * - cooperatives with a unit of a type (and status): the cooperative ids come from the index;
 * - a partner's proposals in turn order, with the columns the inbox, its counts and the pipeline
 *   filter on: a bank with thousands of proposals is read from the index alone, instead of walking
 *   every proposal in turn order or fetching each one from the table.
 * The (status, commodity) and (type, status) indexes are prefixes of the new ones and go.
 */
export class Migration20261204175500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "offering_status_created_at_id_index" on "offering" ("status", "created_at", "id");`,
    );
    this.addSql(
      `create index "offering_status_commodity_created_at_id_index" on "offering" ("status", "commodity", "created_at", "id");`,
    );
    this.addSql(`drop index "offering_status_commodity_index";`);
    this.addSql(
      `create index "business_unit_type_status_cooperative_id_index" on "business_unit" ("type", "status", "cooperative_id");`,
    );
    this.addSql(`drop index "business_unit_type_status_index";`);
    this.addSql(
      `create index proposal_partner_turn_order on proposal (partner_id, turn_order, id) include (status, turn, started_by, submitted_at);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index proposal_partner_turn_order;`);
    this.addSql(`create index "business_unit_type_status_index" on "business_unit" ("type", "status");`);
    this.addSql(`drop index "business_unit_type_status_cooperative_id_index";`);
    this.addSql(`create index "offering_status_commodity_index" on "offering" ("status", "commodity");`);
    this.addSql(`drop index "offering_status_commodity_created_at_id_index";`);
    this.addSql(`drop index "offering_status_created_at_id_index";`);
  }
}
