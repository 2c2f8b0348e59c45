import { Migration } from '@mikro-orm/migrations';

/** An offtake program's minimum volume a month, which a pooled offer answering the program reaches. */
export class Migration20261205190500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "program" add column "min_volume_per_month" numeric(14,2) null, add column "min_volume_unit" text check ("min_volume_unit" in ('KG', 'TON', 'LITRE', 'PIECE', 'TRAY', 'HEAD', 'SACK', 'CUBIC_METRE', 'TRIP')) null;`,
    );
    this.addSql(
      `alter table "program" add constraint program_min_volume_per_month_check check((min_volume_per_month is null and min_volume_unit is null) or (min_volume_per_month > 0 and min_volume_unit is not null and commodity is not null));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "program" drop constraint program_min_volume_per_month_check;`);
    this.addSql(`alter table "program" drop column "min_volume_per_month", drop column "min_volume_unit";`);
  }
}
