import { Migration } from '@mikro-orm/migrations';

/**
 * `offering_count`: offerings per status, kind and commodity, kept by statement-level triggers, so
 * the total of the offerings list (all published offerings, or those of a kind or commodity) is a
 * sum of a few counter rows instead of a count of up to ~400,000 offerings per request (60–150 ms
 * at national size, measured). Filters the counters cannot answer (text, region, amounts, drafts)
 * are still counted from the rows.
 *
 * Inserts, updates and deletes apply deltas (+1 for each new row, −1 for each old one), which
 * commute, so concurrent writers never lose a change; a TRUNCATE empties the counters. A bulk load
 * with triggers off calls `offering_count_rebuild()` at the end.
 */
export class Migration20261204182000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table offering_count (
      status text not null,
      kind text not null,
      commodity text not null,
      offerings integer not null,
      primary key (status, kind, commodity)
    );`);
    this.addSql(
      `comment on table offering_count is 'Offerings per status, kind and commodity ('''' for none); maintained by triggers.';`,
    );
    this.addSql(`create function offering_count_on_change() returns trigger language plpgsql as $$
      begin
        -- Only the transition tables this operation has are referenced (plpgsql plans each
        -- statement when it first runs).
        if tg_op = 'INSERT' then
          insert into offering_count as c (status, kind, commodity, offerings)
          select status, kind, coalesce(commodity, ''), count(*) from new_rows
           group by 1, 2, 3 order by 1, 2, 3
          on conflict (status, kind, commodity) do update set offerings = c.offerings + excluded.offerings;
        elsif tg_op = 'DELETE' then
          insert into offering_count as c (status, kind, commodity, offerings)
          select status, kind, coalesce(commodity, ''), -count(*) from old_rows
           group by 1, 2, 3 order by 1, 2, 3
          on conflict (status, kind, commodity) do update set offerings = c.offerings + excluded.offerings;
        else
          insert into offering_count as c (status, kind, commodity, offerings)
          select status, kind, commodity, sum(sign) from (
            select status, kind, coalesce(commodity, '') as commodity, 1 as sign from new_rows
            union all
            select status, kind, coalesce(commodity, ''), -1 from old_rows
          ) d
           group by 1, 2, 3 having sum(sign) <> 0 order by 1, 2, 3
          on conflict (status, kind, commodity) do update set offerings = c.offerings + excluded.offerings;
        end if;
        return null;
      end $$;`);
    this.addSql(`create function offering_count_rebuild() returns void language sql as $$
      delete from offering_count;
      insert into offering_count (status, kind, commodity, offerings)
      select status, kind, coalesce(commodity, ''), count(*) from offering group by 1, 2, 3;
    $$;`);
    this.addSql(`create function offering_count_on_truncate() returns trigger language plpgsql as $$
      begin
        delete from offering_count;
        return null;
      end $$;`);
    this.addSql(`create trigger offering_count_insert after insert on offering
      referencing new table as new_rows for each statement execute function offering_count_on_change();`);
    this.addSql(`create trigger offering_count_update after update on offering
      referencing old table as old_rows new table as new_rows for each statement execute function offering_count_on_change();`);
    this.addSql(`create trigger offering_count_delete after delete on offering
      referencing old table as old_rows for each statement execute function offering_count_on_change();`);
    this.addSql(`create trigger offering_count_truncate after truncate on offering
      for each statement execute function offering_count_on_truncate();`);
    this.addSql(`select offering_count_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger offering_count_truncate on offering;`);
    this.addSql(`drop trigger offering_count_delete on offering;`);
    this.addSql(`drop trigger offering_count_update on offering;`);
    this.addSql(`drop trigger offering_count_insert on offering;`);
    this.addSql(`drop function offering_count_on_truncate();`);
    this.addSql(`drop function offering_count_rebuild();`);
    this.addSql(`drop function offering_count_on_change();`);
    this.addSql(`drop table offering_count;`);
  }
}
