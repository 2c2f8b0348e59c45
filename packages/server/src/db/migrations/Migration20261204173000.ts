import { Migration } from '@mikro-orm/migrations';

/**
 * Region type-ahead at national size (91,599 regions). `region_name_key` is the name as typed: lower
 * case, and for a regency or city without its "Kabupaten"/"Kota" prefix, so "sanggau" finds
 * "Kabupaten Sanggau" as a prefix match. The btree on (level, key) with text_pattern_ops gives each
 * level's prefix matches in key order through the index, a bounded set however common the prefix
 * (the trigram index alone would hand over thousands of "Sungai …" villages to rank).
 */
export class Migration20261204173000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function region_name_key(level text, name text) returns text
      language sql immutable parallel safe
      return lower(case when level = 'REGENCY'
                        then regexp_replace(name, '^(kabupaten|kota administrasi|kota) ', '', 'i')
                        else name end);`);
    this.addSql(
      `create index region_name_key_index on region (level, region_name_key(level, name) text_pattern_ops);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index region_name_key_index;`);
    this.addSql(`drop function region_name_key(text, text);`);
  }
}
