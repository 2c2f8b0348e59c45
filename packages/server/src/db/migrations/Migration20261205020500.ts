import { Migration } from '@mikro-orm/migrations';
import { commodityWordsRefreshSql } from '../../modules/text-search/text-search.terms';

/**
 * The words that find a commodity have one source, COMMODITY_WORDS in
 * src/modules/text-search/text-search.terms.ts: `search_commodity_words` (created by migration
 * 20261128083947 with a copy of them) is redefined from it, and the search documents of any
 * commodity whose words differed are rebuilt. The statement is built from the constant when the
 * migration runs, so on a fresh database it already holds the words of the day, and a later change
 * of synonyms ships as another migration running the same statement.
 */
export class Migration20261205020500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(commodityWordsRefreshSql());
  }

  override async down(): Promise<void> {
    // The words before this migration are those of the constant then; nothing to take back.
  }
}
