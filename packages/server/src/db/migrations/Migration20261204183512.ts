import { Migration } from '@mikro-orm/migrations';

/**
 * Search at national size: when the words of a query are common ("koperasi", "desa"), search
 * takes its bounded candidate set in this index's order — a fixed pseudo-random order, unrelated
 * to region or type — so it stops after the first matches instead of building a bitmap of
 * hundreds of thousands of documents, and the candidates are a fair spread of the nation rather
 * than the first rows on disk (which follow the order of region codes). See search.reads.ts.
 */
export class Migration20261204183512 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists search_document_shuffled on search_document (hashint4(id), type);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index search_document_shuffled;`);
  }
}
