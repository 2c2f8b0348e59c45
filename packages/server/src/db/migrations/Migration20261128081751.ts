import { Migration } from '@mikro-orm/migrations';

export class Migration20261128081751 extends Migration {
  override async up(): Promise<void> {
    // Search: trigram similarity (typos, partial names) needs pg_trgm before its indexes.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index partner_name_trgm on partner using gin (name gin_trgm_ops);`);
    this.addSql(
      `create index partner_search_fts on partner using gin (to_tsvector('indonesian', name || ' ' || description));`,
    );

    this.addSql(
      `create index program_search_fts on program using gin (to_tsvector('indonesian', name || ' ' || description));`,
    );

    this.addSql(`create index region_name_trgm on region using gin (name gin_trgm_ops);`);

    this.addSql(
      `create index partner_request_search_fts on partner_request using gin (to_tsvector('indonesian', title || ' ' || description));`,
    );

    this.addSql(`create index cooperative_name_trgm on cooperative using gin (name gin_trgm_ops);`);

    this.addSql(
      `create index offering_search_fts on offering using gin (to_tsvector('indonesian', title || ' ' || description));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "cooperative_name_trgm";`);

    this.addSql(`drop index "offering_search_fts";`);

    this.addSql(`drop index "partner_name_trgm";`);
    this.addSql(`drop index "partner_search_fts";`);

    this.addSql(`drop index "partner_request_search_fts";`);

    this.addSql(`drop index "program_search_fts";`);

    this.addSql(`drop index "region_name_trgm";`);
  }
}
