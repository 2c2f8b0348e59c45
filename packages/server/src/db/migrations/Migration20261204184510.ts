import { Migration } from '@mikro-orm/migrations';

/**
 * Matching at national size: published offerings by kind and commodity, for the cooperatives that
 * could answer a buyer anywhere (a program or request with a commodity reads only that commodity's
 * offerings, not every published supply offering).
 */
export class Migration20261204184510 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index offering_published_kind_commodity on offering (kind, commodity, cooperative_id) where status = 'PUBLISHED';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index offering_published_kind_commodity;`);
  }
}
