import { Migration } from '@mikro-orm/migrations';
import { searchWordsRefreshSql } from '../../modules/text-search/text-search.terms';

/**
 * Search finds what people call things: a cooperative's document holds the everyday names of its
 * business units ("simpan pinjam", "USP", "kios pupuk", "apotek desa"), and every document holds
 * the other form of the abbreviations it contains ("KUR" ↔ "kredit usaha rakyat"). The words come
 * from UNIT_TYPE_WORDS and ABBREVIATIONS in src/modules/text-search/text-search.terms.ts, through
 * `search_unit_words` and `search_synonym_words`. They are added as a document is written (a
 * BEFORE INSERT trigger: `search_document_refresh` upserts, and an upsert's update takes the
 * inserted row as the trigger left it), so the five document builders stay as they are. A change of
 * a cooperative's units refreshes its document.
 */
export class Migration20261206073000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function search_document_added_words() returns trigger language plpgsql as $$
      declare added text;
      begin
        added := search_synonym_words(new.body);
        if new.type = 'COOPERATIVE' then
          added := added || coalesce((select ' ' || string_agg(search_unit_words(u.type), ' ' order by u.type)
            from business_unit u where u.cooperative_id = new.id and search_unit_words(u.type) <> ''), '');
        end if;
        if added <> '' then
          new.body := new.body || added;
          new.tsv := to_tsvector('indonesian', new.body);
          new.words := search_words(new.body);
        end if;
        return new;
      end;
      $$;`);
    this.addSql(`create trigger search_document_added_words before insert on search_document
      for each row execute function search_document_added_words();`);
    this.addSql(`create function search_document_on_business_unit() returns trigger language plpgsql as $$
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform search_document_refresh('COOPERATIVE', array(select distinct cooperative_id from new_rows));
        elsif tg_op = 'DELETE' then
          perform search_document_refresh('COOPERATIVE', array(select distinct cooperative_id from old_rows));
        else
          perform search_document_refresh('COOPERATIVE', array(
            select n.cooperative_id from new_rows n join old_rows o on o.id = n.id
              where (n.type, n.cooperative_id) is distinct from (o.type, o.cooperative_id)
            union
            select o.cooperative_id from new_rows n join old_rows o on o.id = n.id
              where n.cooperative_id <> o.cooperative_id));
        end if;
        return null;
      end;
      $$;`);
    this.addSql(`create trigger business_unit_search_insert after insert on business_unit
      referencing new table as new_rows for each statement execute function search_document_on_business_unit();`);
    this.addSql(`create trigger business_unit_search_update after update on business_unit
      referencing old table as old_rows new table as new_rows for each statement execute function search_document_on_business_unit();`);
    this.addSql(`create trigger business_unit_search_delete after delete on business_unit
      referencing old table as old_rows for each statement execute function search_document_on_business_unit();`);
    this.addSql(`create trigger business_unit_search_truncate after truncate on business_unit
      for each statement execute function search_document_on_truncate('COOPERATIVE');`);
    // Defines the two word functions and rebuilds every document with the added words.
    this.addSql(searchWordsRefreshSql());
  }

  override async down(): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      this.addSql(`drop trigger business_unit_search_${event} on business_unit;`);
    }
    this.addSql(`drop function search_document_on_business_unit();`);
    this.addSql(`drop trigger search_document_added_words on search_document;`);
    this.addSql(`drop function search_document_added_words();`);
    this.addSql(`drop function search_unit_words(text);`);
    this.addSql(`drop function search_synonym_words(text);`);
    this.addSql(
      `select search_document_rebuild(t) from unnest(array['COOPERATIVE', 'OFFERING', 'PARTNER', 'PROGRAM', 'REQUEST']) t;`,
    );
  }
}
