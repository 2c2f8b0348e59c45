import { Migration } from '@mikro-orm/migrations';

/**
 * Matching: one row per cooperative in `cooperative_match_fact` with what the scorer reads of its
 * village, business units and documents, kept up to date by triggers, so recommendations over every
 * cooperative read one narrow row each instead of aggregating ~6,000 units and ~14,000 documents
 * per request. Documents are stored as the days their types stop being in force and the mask of
 * types in force between those days (not as "in force today"): the query picks the mask of the
 * current date, so a document stops counting the day after it expires without any write. The bit
 * order of unit and document types is that of `match_unit_types()` / `match_document_types()`,
 * which must equal UNIT_BITS / DOCUMENT_BITS in src/modules/matching/matching.bits.ts (a test
 * checks it); a new type needs a migration that redefines them and calls
 * `cooperative_match_fact_rebuild()`. Maintained by the database only (no entity; see
 * `schemaGenerator.skipTables`).
 */
export class Migration20261128095000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table cooperative_match_fact (
      cooperative_id integer primary key references cooperative (id) on update cascade on delete cascade,
      village_reach text[] not null default '{}',
      active_unit_mask integer not null default 0,
      document_lapses date[] not null default '{}',
      document_masks integer[] not null default '{0}'
    );`);
    this.addSql(
      `comment on table cooperative_match_fact is 'What matching reads of each cooperative''s units and documents; maintained by triggers.';`,
    );
    this.addSql(
      `comment on column cooperative_match_fact.village_reach is 'The village code and its province, regency and district codes.';`,
    );
    this.addSql(
      `comment on column cooperative_match_fact.active_unit_mask is 'Bit i set: a unit of type match_unit_types()[i + 1] is ACTIVE.';`,
    );
    this.addSql(
      `comment on column cooperative_match_fact.document_lapses is 'Ascending days on which a document type stops being in force (the day after the last expiry of that type).';`,
    );
    this.addSql(
      `comment on column cooperative_match_fact.document_masks is 'Types in force (bit i: match_document_types()[i + 1]) on day t: document_masks[1 + width_bucket(t, document_lapses)].';`,
    );

    this.addSql(`create function match_unit_types() returns text[] language sql immutable parallel safe as $$
      select array['COOPERATIVE_OFFICE', 'GROCERY_KIOSK', 'SAVINGS_AND_LOAN', 'VILLAGE_CLINIC', 'VILLAGE_PHARMACY',
        'WAREHOUSE_COLD_STORAGE', 'LOGISTICS', 'LPG_OUTLET', 'FERTILISER_RETAIL', 'BULOG_AGENCY', 'BANK_AGENT',
        'POST_AGENT', 'OTHER']::text[]
      $$;`);
    this
      .addSql(`create function match_document_types() returns text[] language sql immutable parallel safe as $$
      select array['NOTARIAL_DEED', 'SK_AHU', 'NIK_CERTIFICATE', 'NIB', 'NPWP', 'BANK_ACCOUNT', 'OFFICER_IDS',
        'VILLAGE_DELIBERATION_MINUTES', 'VILLAGE_HEAD_APPROVAL', 'REGENT_APPROVAL', 'BUSINESS_PROPOSAL',
        'ANNUAL_MEETING_REPORT', 'FINANCIAL_REPORT', 'LAND_PROOF', 'UNIT_PHOTO', 'OTHER']::text[]
      $$;`);

    // Recomputes the rows of the given cooperatives (upsert; deletes those of vanished cooperatives).
    this.addSql(`create function cooperative_match_fact_refresh(ids integer[]) returns void
      language plpgsql as $$
      begin
        ids := array(select distinct k from unnest(ids) k where k is not null);
        if cardinality(ids) = 0 then
          return;
        end if;
        delete from cooperative_match_fact f
         where f.cooperative_id = any(ids) and not exists (select 1 from cooperative c where c.id = f.cooperative_id);
        insert into cooperative_match_fact (cooperative_id, village_reach, active_unit_mask, document_lapses, document_masks)
        with types as (
          -- Each document type a cooperative recorded, with the day it stops being in force (null: never).
          select d.cooperative_id, 1 << (array_position(match_document_types(), d.type) - 1) as bit,
                 case when bool_or(d.expires_on is null) then null else max(d.expires_on) + 1 end as lapse
            from cooperative_document d
           where d.cooperative_id = any(ids)
           group by d.cooperative_id, d.type
        ),
        lapses as (
          select t.cooperative_id,
                 coalesce(array_agg(distinct t.lapse order by t.lapse) filter (where t.lapse is not null), '{}') as days
            from types t
           group by t.cooperative_id
        ),
        -- The types in force after 0, 1, … of those days have come.
        steps as (
          select l.cooperative_id, k,
                 coalesce(bit_or(t.bit) filter (where t.lapse is null or k = 0 or t.lapse > l.days[k]), 0) as mask
            from lapses l
           cross join generate_series(0, cardinality(l.days)) k
            join types t on t.cooperative_id = l.cooperative_id
           group by l.cooperative_id, k
        ),
        masks as (
          select s.cooperative_id, array_agg(s.mask order by s.k) as masks from steps s group by s.cooperative_id
        )
        select c.id,
               array[left(c.village_code, 2), left(c.village_code, 5), left(c.village_code, 8), c.village_code::text],
               coalesce(un.mask, 0), coalesce(l.days, '{}'), coalesce(m.masks, '{0}')
          from cooperative c
          left join (
            select u.cooperative_id, bit_or(1 << (array_position(match_unit_types(), u.type) - 1)) as mask
              from business_unit u
             where u.cooperative_id = any(ids) and u.status = 'ACTIVE'
             group by u.cooperative_id
          ) un on un.cooperative_id = c.id
          left join lapses l on l.cooperative_id = c.id
          left join masks m on m.cooperative_id = c.id
         where c.id = any(ids)
        on conflict (cooperative_id) do update
          set village_reach = excluded.village_reach, active_unit_mask = excluded.active_unit_mask,
              document_lapses = excluded.document_lapses,
              document_masks = excluded.document_masks;
      end;
      $$;`);
    this.addSql(`create function cooperative_match_fact_rebuild() returns void language plpgsql as $$
      begin
        delete from cooperative_match_fact;
        perform cooperative_match_fact_refresh(array(select id from cooperative));
      end;
      $$;`);

    // Row changes, one call per statement (transition tables), for the cooperatives concerned.
    this.addSql(`create function cooperative_match_fact_on_change() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform cooperative_match_fact_refresh(array(select cooperative_id from new_rows));
        elsif tg_op = 'DELETE' then
          perform cooperative_match_fact_refresh(array(select cooperative_id from old_rows));
        else
          perform cooperative_match_fact_refresh(array(
            select cooperative_id from new_rows union select cooperative_id from old_rows));
        end if;
        return null;
      end;
      $$;`);
    this
      .addSql(`create function cooperative_match_fact_on_cooperative() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform cooperative_match_fact_refresh(array(select id from new_rows));
        else
          perform cooperative_match_fact_refresh(array(select n.id from new_rows n join old_rows o on o.id = n.id
            where n.village_code is distinct from o.village_code));
        end if;
        return null;
      end;
      $$;`);
    this.addSql(`create function cooperative_match_fact_on_truncate() returns trigger language plpgsql as $$
      begin
        perform cooperative_match_fact_rebuild();
        return null;
      end;
      $$;`);

    for (const table of ['business_unit', 'cooperative_document']) {
      this.addSql(`create trigger ${table}_match_insert after insert on ${table}
        referencing new table as new_rows for each statement execute function cooperative_match_fact_on_change();`);
      this.addSql(`create trigger ${table}_match_update after update on ${table}
        referencing old table as old_rows new table as new_rows for each statement execute function cooperative_match_fact_on_change();`);
      this.addSql(`create trigger ${table}_match_delete after delete on ${table}
        referencing old table as old_rows for each statement execute function cooperative_match_fact_on_change();`);
      this.addSql(`create trigger ${table}_match_truncate after truncate on ${table}
        for each statement execute function cooperative_match_fact_on_truncate();`);
    }

    this.addSql(`create trigger cooperative_match_insert after insert on cooperative
      referencing new table as new_rows for each statement execute function cooperative_match_fact_on_cooperative();`);
    this.addSql(`create trigger cooperative_match_update after update on cooperative
      referencing old table as old_rows new table as new_rows for each statement execute function cooperative_match_fact_on_cooperative();`);

    this.addSql(`select cooperative_match_fact_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger cooperative_match_insert on cooperative;`);
    this.addSql(`drop trigger cooperative_match_update on cooperative;`);
    for (const table of ['business_unit', 'cooperative_document']) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        this.addSql(`drop trigger ${table}_match_${event} on ${table};`);
      }
    }
    for (const fn of [
      'cooperative_match_fact_on_change()',
      'cooperative_match_fact_on_cooperative()',
      'cooperative_match_fact_on_truncate()',
      'cooperative_match_fact_rebuild()',
      'cooperative_match_fact_refresh(integer[])',
      'match_document_types()',
      'match_unit_types()',
    ]) {
      this.addSql(`drop function ${fn};`);
    }
    this.addSql(`drop table cooperative_match_fact;`);
  }
}
