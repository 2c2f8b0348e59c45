import { Migration } from '@mikro-orm/migrations';

/**
 * Search: one row per searchable object in `search_document`, kept up to date by triggers, so
 * `search`, the `q` filter of the lists and saved-search matching read indexed columns instead of
 * assembling the text of every row per query. The table is maintained by the database only (no
 * entity; see `schemaGenerator.skipTables`), so the seed, the services, the jobs and hand-written
 * SQL all keep it current. See src/modules/text-search/text-search.match.ts for how it is queried.
 */
export class Migration20261128083947 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table search_document (
      type text not null check (type in ('COOPERATIVE', 'OFFERING', 'PARTNER', 'PROGRAM', 'REQUEST')),
      id integer not null,
      name text not null,
      body text not null,
      tsv tsvector not null,
      words text[] not null default '{}',
      places text[] not null default '{}',
      areas text[] not null default '{}',
      commodities text[] not null default '{}',
      is_public boolean not null,
      primary key (type, id)
    );`);
    this.addSql(`comment on table search_document is 'Searchable text and facets of cooperatives, offerings, partners, programs and requests; maintained by triggers.';`);
    this.addSql(`comment on column search_document.body is 'Lower-case text: own text, commodity words, owner name, place names (pg_trgm word similarity).';`);
    this.addSql(`comment on column search_document.words is 'The distinct words of body, matched against search_word for typos.';`);
    this.addSql(`comment on column search_document.places is 'Region codes the object is located in or serves, with every enclosing region (province, regency, district).';`);
    this.addSql(`comment on column search_document.areas is 'Region codes the object is located in or serves, as stored; ''*'' for everywhere (a program without coverage).';`);
    this.addSql(`comment on column search_document.is_public is 'Whether search shows it: published offering, active program, open request; cooperatives and partners always.';`);
    this.addSql(`create index search_document_tsv on search_document using gin (tsv);`);
    this.addSql(`create index search_document_words on search_document using gin (words);`);
    // Every word of every document: a typo is matched against these short words (pg_trgm word
    // similarity, trigram index), then documents are found by the similar words (GIN on words).
    // Comparing the query with a few thousand short words instead of every long text is what
    // keeps a typo search fast. Words are added, never removed (a stale word matches nothing).
    this.addSql(`create table search_word (word text primary key);`);
    this.addSql(`comment on table search_word is 'Lexicon of the words in search_document, for typo-tolerant matching.';`);
    this.addSql(`create index search_word_trgm on search_word using gin (word gin_trgm_ops);`);
    this.addSql(`create function search_words(body text) returns text[]
      language sql immutable parallel safe as $$
      select array(select distinct w from regexp_split_to_table(body, '[^[:alnum:]]+') as w where w <> '' order by 1)
      $$;`);
    this.addSql(`create index search_document_places on search_document using gin (places);`);
    this.addSql(`create index search_document_areas on search_document using gin (areas);`);
    this.addSql(`create index search_document_commodities on search_document using gin (commodities);`);

    // The words that find a commodity (Indonesian label, English label, synonyms), as in
    // COMMODITY_WORDS of src/modules/text-search/text-search.terms.ts (a test checks they agree).
    this.addSql(`create function search_commodity_words(commodity text) returns text
      language sql immutable parallel safe as $$
      select case commodity
        when 'PALM_OIL_FFB' then 'Tandan buah segar sawit Palm oil fresh fruit bunches kelapa sawit TBS'
        when 'CRUDE_PALM_OIL' then 'Minyak sawit mentah Crude palm oil CPO kelapa sawit'
        when 'RUBBER' then 'Karet Rubber getah lateks bokar'
        when 'PEPPER' then 'Lada Pepper merica sahang'
        when 'COCONUT' then 'Kelapa Coconut'
        when 'PADDY_RICE' then 'Padi beras Paddy rice padi beras gabah'
        when 'CORN' then 'Jagung Corn'
        when 'CASSAVA' then 'Singkong Cassava ubi kayu'
        when 'FISH' then 'Ikan Fish perikanan'
        when 'SHRIMP' then 'Udang Shrimp'
        when 'COFFEE' then 'Kopi Coffee'
        when 'COCOA' then 'Kakao Cocoa'
        when 'HONEY' then 'Madu Honey'
        when 'RATTAN' then 'Rotan Rattan'
        when 'VEGETABLES' then 'Sayuran Vegetables'
        when 'FRUIT' then 'Buah buahan Fruit'
        when 'CITRUS' then 'Jeruk Citrus'
        when 'PINEAPPLE' then 'Nanas Pineapple'
        when 'ALOE_VERA' then 'Lidah buaya Aloe vera'
        when 'EGGS' then 'Telur Eggs telur ayam'
        when 'POULTRY' then 'Unggas Poultry ayam itik bebek'
        when 'CATTLE' then 'Sapi Cattle'
        when 'FERTILISER' then 'Pupuk Fertiliser'
        when 'LPG' then 'Elpiji LPG'
        when 'STAPLE_GOODS' then 'Sembako Staple goods sembilan bahan pokok'
        else '' end
      $$;`);

    // "61.03.05.2001" → {61, 61.03, 61.03.05, 61.03.05.2001}; null → {}.
    this.addSql(`create function search_region_path(code text) returns text[]
      language sql immutable parallel safe as $$
      select coalesce(array_agg(left(code, n) order by n), '{}') from unnest(array[2, 5, 8, 13]) as n
      where length(code) >= n and (length(code) = n or substr(code, n + 1, 1) = '.')
      $$;`);
    this.addSql(`create function search_region_paths(codes text[]) returns text[]
      language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct p order by p), '{}') from unnest(codes) as code, unnest(search_region_path(code)) as p
      $$;`);
    // Village, district and regency names of a village (where a cooperative is).
    this.addSql(`create function search_place_names(village_code text) returns text
      language sql stable as $$
      select coalesce((select v.name || ' ' || coalesce(d.name, '') || ' ' || coalesce(r.name, '')
        from region v left join region d on d.code = v.parent_code left join region r on r.code = d.parent_code
        where v.code = village_code), '')
      $$;`);
    // The names of a region and of every region around it (a request's delivery region).
    this.addSql(`create function search_region_names(code text) returns text
      language sql stable as $$
      select coalesce((select string_agg(x.name, ' ' order by x.code) from unnest(search_region_path(code)) as p join region x on x.code = p), '')
      $$;`);

    // Recomputes the documents of the given objects of one type (upsert; deletes vanished ones).
    this.addSql(`create function search_document_refresh(doc_type text, ids integer[]) returns void
      language plpgsql as $$
      begin
        if ids is null or cardinality(ids) = 0 then
          return;
        end if;
        if doc_type = 'COOPERATIVE' then
          insert into search_document (type, id, name, body, tsv, words, places, areas, commodities, is_public)
          select 'COOPERATIVE', c.id, c.name, t.body, to_tsvector('indonesian', t.body), search_words(t.body),
            search_region_path(c.village_code), array[c.village_code],
            array(select distinct o.commodity from offering o where o.cooperative_id = c.id
              and o.commodity is not null and o.status in ('PUBLISHED', 'PAUSED', 'EXPIRED', 'CLOSED') order by 1),
            true
          from cooperative c, lateral (select lower(c.name || ' ' || search_place_names(c.village_code)) as body) t
          where c.id = any(ids)
          on conflict (type, id) do update set name = excluded.name, body = excluded.body, tsv = excluded.tsv, words = excluded.words,
            places = excluded.places, areas = excluded.areas, commodities = excluded.commodities, is_public = excluded.is_public;
          delete from search_document s where s.type = doc_type and s.id = any(ids)
            and not exists (select 1 from cooperative x where x.id = s.id);
        elsif doc_type = 'OFFERING' then
          insert into search_document (type, id, name, body, tsv, words, places, areas, commodities, is_public)
          select 'OFFERING', o.id, o.title, t.body, to_tsvector('indonesian', t.body), search_words(t.body),
            search_region_paths(array[c.village_code] || del.codes), array[c.village_code] || del.codes,
            case when o.commodity is null then '{}' else array[o.commodity] end,
            o.status = 'PUBLISHED'
          from offering o
          join cooperative c on c.id = o.cooperative_id,
          lateral (select coalesce(array_agg(dr.region_code order by dr.region_code), '{}') as codes
            from offering_delivery_region dr where dr.offering_id = o.id) del,
          lateral (select lower(o.title || ' ' || coalesce(o.description, '') || ' ' || search_commodity_words(o.commodity)
            || ' ' || c.name || ' ' || search_place_names(c.village_code)) as body) t
          where o.id = any(ids)
          on conflict (type, id) do update set name = excluded.name, body = excluded.body, tsv = excluded.tsv, words = excluded.words,
            places = excluded.places, areas = excluded.areas, commodities = excluded.commodities, is_public = excluded.is_public;
          delete from search_document s where s.type = doc_type and s.id = any(ids)
            and not exists (select 1 from offering x where x.id = s.id);
        elsif doc_type = 'PARTNER' then
          insert into search_document (type, id, name, body, tsv, words, places, areas, commodities, is_public)
          select 'PARTNER', p.id, p.name, t.body, to_tsvector('indonesian', t.body), search_words(t.body),
            search_region_paths(cov.codes), cov.codes, coalesce(p.commodities, '{}'), true
          from partner p,
          lateral (select coalesce(array_agg(pc.region_code order by pc.region_code), '{}') as codes
            from partner_coverage pc where pc.partner_id = p.id) cov,
          lateral (select lower(p.name || ' ' || coalesce(p.description, '') || ' ' ||
            coalesce((select string_agg(search_commodity_words(x), ' ') from unnest(p.commodities) x), '')) as body) t
          where p.id = any(ids)
          on conflict (type, id) do update set name = excluded.name, body = excluded.body, tsv = excluded.tsv, words = excluded.words,
            places = excluded.places, areas = excluded.areas, commodities = excluded.commodities, is_public = excluded.is_public;
          delete from search_document s where s.type = doc_type and s.id = any(ids)
            and not exists (select 1 from partner x where x.id = s.id);
        elsif doc_type = 'PROGRAM' then
          insert into search_document (type, id, name, body, tsv, words, places, areas, commodities, is_public)
          select 'PROGRAM', g.id, g.name, t.body, to_tsvector('indonesian', t.body), search_words(t.body),
            search_region_paths(cov.codes),
            case when cardinality(cov.codes) = 0 then array['*'] else cov.codes end,
            case when g.commodity is null then '{}' else array[g.commodity] end,
            g.status = 'ACTIVE'
          from program g
          join partner p on p.id = g.partner_id,
          lateral (select coalesce(array_agg(gc.region_code order by gc.region_code), '{}') as codes
            from program_coverage gc where gc.program_id = g.id) cov,
          lateral (select lower(g.name || ' ' || coalesce(g.description, '') || ' ' || search_commodity_words(g.commodity)
            || ' ' || p.name) as body) t
          where g.id = any(ids)
          on conflict (type, id) do update set name = excluded.name, body = excluded.body, tsv = excluded.tsv, words = excluded.words,
            places = excluded.places, areas = excluded.areas, commodities = excluded.commodities, is_public = excluded.is_public;
          delete from search_document s where s.type = doc_type and s.id = any(ids)
            and not exists (select 1 from program x where x.id = s.id);
        elsif doc_type = 'REQUEST' then
          insert into search_document (type, id, name, body, tsv, words, places, areas, commodities, is_public)
          select 'REQUEST', q.id, q.title, t.body, to_tsvector('indonesian', t.body), search_words(t.body),
            search_region_path(q.delivery_region_code),
            case when q.delivery_region_code is null then '{}' else array[q.delivery_region_code] end,
            case when q.commodity is null then '{}' else array[q.commodity] end,
            q.status = 'OPEN'
          from partner_request q
          join partner p on p.id = q.partner_id,
          lateral (select lower(q.title || ' ' || coalesce(q.description, '') || ' ' || search_commodity_words(q.commodity)
            || ' ' || p.name || ' ' || search_region_names(q.delivery_region_code)) as body) t
          where q.id = any(ids)
          on conflict (type, id) do update set name = excluded.name, body = excluded.body, tsv = excluded.tsv, words = excluded.words,
            places = excluded.places, areas = excluded.areas, commodities = excluded.commodities, is_public = excluded.is_public;
          delete from search_document s where s.type = doc_type and s.id = any(ids)
            and not exists (select 1 from partner_request x where x.id = s.id);
        else
          raise exception 'unknown search document type %', doc_type;
        end if;
        insert into search_word (word)
          select distinct unnest(s.words) from search_document s where s.type = doc_type and s.id = any(ids)
          on conflict do nothing;
      end;
      $$;`);

    // Recomputes every document of a type (after a TRUNCATE, a renamed region, or this migration).
    this.addSql(`create function search_document_rebuild(doc_type text) returns void
      language plpgsql as $$
      begin
        delete from search_document where type = doc_type;
        perform search_document_refresh(doc_type, case doc_type
          when 'COOPERATIVE' then array(select id from cooperative)
          when 'OFFERING' then array(select id from offering)
          when 'PARTNER' then array(select id from partner)
          when 'PROGRAM' then array(select id from program)
          when 'REQUEST' then array(select id from partner_request) end);
      end;
      $$;`);

    // Row changes, one call per statement (transition tables), only when searched columns change.
    // A bulk load (the demo seed) sets mitradesa.defer_search_documents = 'on' for its transaction
    // and rebuilds the documents once at the end, instead of after every chunk it inserts.
    this.addSql(`create function search_document_on_cooperative() returns trigger language plpgsql as $$
      declare changed integer[];
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform search_document_refresh('COOPERATIVE', array(select id from new_rows));
        elsif tg_op = 'DELETE' then
          perform search_document_refresh('COOPERATIVE', array(select id from old_rows));
        else
          changed := array(select n.id from new_rows n join old_rows o on o.id = n.id
            where (n.name, n.village_code) is distinct from (o.name, o.village_code));
          perform search_document_refresh('COOPERATIVE', changed);
          -- An offering's document holds its cooperative's name and places.
          perform search_document_refresh('OFFERING', array(select f.id from offering f where f.cooperative_id = any(changed)));
        end if;
        return null;
      end;
      $$;`);
    this.addSql(`create function search_document_on_offering() returns trigger language plpgsql as $$
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform search_document_refresh('OFFERING', array(select id from new_rows));
          perform search_document_refresh('COOPERATIVE', array(select distinct cooperative_id from new_rows));
        elsif tg_op = 'DELETE' then
          perform search_document_refresh('OFFERING', array(select id from old_rows));
          perform search_document_refresh('COOPERATIVE', array(select distinct cooperative_id from old_rows));
        else
          perform search_document_refresh('OFFERING', array(select n.id from new_rows n join old_rows o on o.id = n.id
            where (n.title, n.description, n.commodity, n.status, n.cooperative_id)
              is distinct from (o.title, o.description, o.commodity, o.status, o.cooperative_id)));
          -- A cooperative's document lists the commodities of its public offerings.
          perform search_document_refresh('COOPERATIVE', array(
            select n.cooperative_id from new_rows n join old_rows o on o.id = n.id
              where (n.commodity, n.status, n.cooperative_id) is distinct from (o.commodity, o.status, o.cooperative_id)
            union
            select o.cooperative_id from new_rows n join old_rows o on o.id = n.id
              where n.cooperative_id <> o.cooperative_id));
        end if;
        return null;
      end;
      $$;`);
    this.addSql(`create function search_document_on_offering_delivery_region() returns trigger language plpgsql as $$
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform search_document_refresh('OFFERING', array(select distinct offering_id from new_rows));
        elsif tg_op = 'DELETE' then
          perform search_document_refresh('OFFERING', array(select distinct offering_id from old_rows));
        else
          perform search_document_refresh('OFFERING', array(select offering_id from new_rows union select offering_id from old_rows));
        end if;
        return null;
      end;
      $$;`);
    this.addSql(`create function search_document_on_partner() returns trigger language plpgsql as $$
      declare renamed integer[];
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform search_document_refresh('PARTNER', array(select id from new_rows));
        elsif tg_op = 'DELETE' then
          perform search_document_refresh('PARTNER', array(select id from old_rows));
        else
          perform search_document_refresh('PARTNER', array(select n.id from new_rows n join old_rows o on o.id = n.id
            where (n.name, n.description, n.commodities) is distinct from (o.name, o.description, o.commodities)));
          -- Programs and requests are found by their partner's name.
          renamed := array(select n.id from new_rows n join old_rows o on o.id = n.id where n.name is distinct from o.name);
          perform search_document_refresh('PROGRAM', array(select g.id from program g where g.partner_id = any(renamed)));
          perform search_document_refresh('REQUEST', array(select q.id from partner_request q where q.partner_id = any(renamed)));
        end if;
        return null;
      end;
      $$;`);
    this.addSql(`create function search_document_on_partner_coverage() returns trigger language plpgsql as $$
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform search_document_refresh('PARTNER', array(select distinct partner_id from new_rows));
        elsif tg_op = 'DELETE' then
          perform search_document_refresh('PARTNER', array(select distinct partner_id from old_rows));
        else
          perform search_document_refresh('PARTNER', array(select partner_id from new_rows union select partner_id from old_rows));
        end if;
        return null;
      end;
      $$;`);
    this.addSql(`create function search_document_on_program() returns trigger language plpgsql as $$
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform search_document_refresh('PROGRAM', array(select id from new_rows));
        elsif tg_op = 'DELETE' then
          perform search_document_refresh('PROGRAM', array(select id from old_rows));
        else
          perform search_document_refresh('PROGRAM', array(select n.id from new_rows n join old_rows o on o.id = n.id
            where (n.name, n.description, n.commodity, n.status, n.partner_id)
              is distinct from (o.name, o.description, o.commodity, o.status, o.partner_id)));
        end if;
        return null;
      end;
      $$;`);
    this.addSql(`create function search_document_on_program_coverage() returns trigger language plpgsql as $$
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform search_document_refresh('PROGRAM', array(select distinct program_id from new_rows));
        elsif tg_op = 'DELETE' then
          perform search_document_refresh('PROGRAM', array(select distinct program_id from old_rows));
        else
          perform search_document_refresh('PROGRAM', array(select program_id from new_rows union select program_id from old_rows));
        end if;
        return null;
      end;
      $$;`);
    this.addSql(`create function search_document_on_partner_request() returns trigger language plpgsql as $$
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform search_document_refresh('REQUEST', array(select id from new_rows));
        elsif tg_op = 'DELETE' then
          perform search_document_refresh('REQUEST', array(select id from old_rows));
        else
          perform search_document_refresh('REQUEST', array(select n.id from new_rows n join old_rows o on o.id = n.id
            where (n.title, n.description, n.commodity, n.status, n.partner_id, n.delivery_region_code)
              is distinct from (o.title, o.description, o.commodity, o.status, o.partner_id, o.delivery_region_code)));
        end if;
        return null;
      end;
      $$;`);
    // Region names rarely change (a data import); then every document is recomputed.
    this.addSql(`create function search_document_on_region() returns trigger language plpgsql as $$
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        if exists (select 1 from new_rows n join old_rows o on o.code = n.code where n.name is distinct from o.name) then
          perform search_document_rebuild(t) from unnest(array['COOPERATIVE', 'OFFERING', 'PARTNER', 'PROGRAM', 'REQUEST']) t;
        end if;
        return null;
      end;
      $$;`);
    // TRUNCATE fires no row triggers: recompute the types the truncated table feeds (cheap then).
    this.addSql(`create function search_document_on_truncate() returns trigger language plpgsql as $$
      declare t text;
      begin
        if current_setting('mitradesa.defer_search_documents', true) = 'on' then
          return null;
        end if;
        foreach t in array tg_argv loop
          perform search_document_rebuild(t);
        end loop;
        return null;
      end;
      $$;`);

    const sources: [table: string, fn: string, truncates: string[]][] = [
      ['cooperative', 'search_document_on_cooperative', ['COOPERATIVE', 'OFFERING']],
      ['offering', 'search_document_on_offering', ['OFFERING', 'COOPERATIVE']],
      ['offering_delivery_region', 'search_document_on_offering_delivery_region', ['OFFERING']],
      ['partner', 'search_document_on_partner', ['PARTNER', 'PROGRAM', 'REQUEST']],
      ['partner_coverage', 'search_document_on_partner_coverage', ['PARTNER']],
      ['program', 'search_document_on_program', ['PROGRAM']],
      ['program_coverage', 'search_document_on_program_coverage', ['PROGRAM']],
      ['partner_request', 'search_document_on_partner_request', ['REQUEST']],
    ];
    for (const [table, fn, truncates] of sources) {
      this.addSql(`create trigger ${table}_search_insert after insert on ${table}
        referencing new table as new_rows for each statement execute function ${fn}();`);
      this.addSql(`create trigger ${table}_search_update after update on ${table}
        referencing old table as old_rows new table as new_rows for each statement execute function ${fn}();`);
      this.addSql(`create trigger ${table}_search_delete after delete on ${table}
        referencing old table as old_rows for each statement execute function ${fn}();`);
      this.addSql(`create trigger ${table}_search_truncate after truncate on ${table}
        for each statement execute function search_document_on_truncate(${truncates.map((t) => `'${t}'`).join(', ')});`);
    }
    this.addSql(`create trigger region_search_update after update on region
      referencing old table as old_rows new table as new_rows for each statement execute function search_document_on_region();`);

    this.addSql(`select search_document_rebuild(t) from unnest(array['COOPERATIVE', 'OFFERING', 'PARTNER', 'PROGRAM', 'REQUEST']) t;`);
  }

  override async down(): Promise<void> {
    for (const table of [
      'cooperative',
      'offering',
      'offering_delivery_region',
      'partner',
      'partner_coverage',
      'program',
      'program_coverage',
      'partner_request',
    ]) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        this.addSql(`drop trigger ${table}_search_${event} on ${table};`);
      }
    }
    this.addSql(`drop trigger region_search_update on region;`);
    for (const fn of [
      'search_document_on_cooperative()',
      'search_document_on_offering()',
      'search_document_on_offering_delivery_region()',
      'search_document_on_partner()',
      'search_document_on_partner_coverage()',
      'search_document_on_program()',
      'search_document_on_program_coverage()',
      'search_document_on_partner_request()',
      'search_document_on_region()',
      'search_document_on_truncate()',
      'search_document_rebuild(text)',
      'search_document_refresh(text, integer[])',
      'search_region_names(text)',
      'search_place_names(text)',
      'search_region_paths(text[])',
      'search_region_path(text)',
      'search_commodity_words(text)',
    ]) {
      this.addSql(`drop function ${fn};`);
    }
    this.addSql(`drop table search_document;`);
    this.addSql(`drop function search_words(text);`);
    this.addSql(`drop table search_word;`);
  }
}
