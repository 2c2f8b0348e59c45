import { Migration } from '@mikro-orm/migrations';

/**
 * Matching at national size: the facts a program's needs are checked against become indexable, so
 * recommendations select a bounded set of candidate cooperatives through indexes instead of scoring
 * all of them (see matching.reads.ts for the bound that makes the selection exact).
 * - `village_reach` gets a GIN index: coverage (any region level) && reach.
 * - `active_units`: the bit positions of `active_unit_mask` as an array, GIN-indexed: eligible unit
 *   types && active units.
 * - `kind` and `verification_level` copied from the cooperative (documents asked of a KDMP and a
 *   KKMP differ; the verification points bound the score), the latter indexed.
 * - `match_rank`: a program-independent ordering (an active unit, documents on record,
 *   verification), btree-indexed, from which the first candidates of a program open everywhere are
 *   taken.
 * The cooperative trigger now also refreshes the row when the kind or verification level changes.
 *
 * Responsiveness: `proposal_answer` holds every answer an organisation gave on its turn in an open
 * proposal (the event, the answering side and organisation, when, and the seconds since the turn
 * began), kept by statement triggers on `proposal_event` that recompute the proposals concerned.
 * The 90-day median of an organisation is then read from its own answers in the window through an
 * index, instead of replaying every event of its proposals. The rule is that of
 * `responsivenessSql` in proposal.reads.ts (a test checks both give the same figures; the open
 * statuses are listed here as in OPEN_STATUSES). `cooperative_match_fact.last_answered_at` is the
 * cooperative's latest answer: without one in the last 90 days its responsiveness is the
 * no-history share, which lets matching bound it without reading proposals.
 * `proposal_answer_rebuild()` recomputes everything (the national seed calls it after a bulk load).
 * Deliveries: `offering_delivery_region.region_code` gets a pattern-ops index for "delivers within a
 * coverage region" as a range scan. Published offerings by cooperative and kind: a candidate's
 * answering offerings.
 */
export class Migration20261204174530 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table cooperative_match_fact
      add column kind text not null default 'KDMP',
      add column verification_level text not null default 'UNVERIFIED',
      add column active_units smallint[] not null default '{}',
      add column last_answered_at timestamptz(3),
      add column match_rank smallint generated always as (
        case when active_unit_mask <> 0 then 30 else 0 end
        + 2 * least(bit_count((coalesce(document_masks[1], 0))::bit(32)), 10)
        + 5 * case verification_level when 'GOVERNMENT_VERIFIED' then 4 when 'DOCUMENTS_VERIFIED' then 3
                                      when 'MENTOR_ATTESTED' then 2 when 'SELF_DECLARED' then 1 else 0 end
      ) stored;`);
    this.addSql(
      `comment on column cooperative_match_fact.active_units is 'Bit positions (0-based) set in active_unit_mask, for a GIN index.';`,
    );
    this.addSql(
      `comment on column cooperative_match_fact.match_rank is 'Program-independent order of likely fit: an active unit, documents on record, verification.';`,
    );

    this.addSql(`create function match_mask_positions(mask integer) returns smallint[]
      language sql immutable parallel safe as $$
      select coalesce(array_agg(i::smallint order by i), '{}') from generate_series(0, 30) i where mask & (1 << i) <> 0
      $$;`);

    this.addSql(`create or replace function cooperative_match_fact_refresh(ids integer[]) returns void
      language plpgsql as $$
      begin
        ids := array(select distinct k from unnest(ids) k where k is not null);
        if cardinality(ids) = 0 then
          return;
        end if;
        delete from cooperative_match_fact f
         where f.cooperative_id = any(ids) and not exists (select 1 from cooperative c where c.id = f.cooperative_id);
        insert into cooperative_match_fact (cooperative_id, village_reach, active_unit_mask, active_units,
                                            document_lapses, document_masks, kind, verification_level, last_answered_at)
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
               coalesce(un.mask, 0), match_mask_positions(coalesce(un.mask, 0)),
               coalesce(l.days, '{}'), coalesce(m.masks, '{0}'), c.kind, c.verification_level,
               (select max(a.answered_at) from proposal_answer a where a.side = 'COOPERATIVE' and a.org_id = c.id)
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
              active_units = excluded.active_units,
              document_lapses = excluded.document_lapses,
              document_masks = excluded.document_masks,
              kind = excluded.kind, verification_level = excluded.verification_level,
              last_answered_at = excluded.last_answered_at;
      end;
      $$;`);

    this.addSql(`create or replace function cooperative_match_fact_on_cooperative() returns trigger
      language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform cooperative_match_fact_refresh(array(select id from new_rows));
        else
          perform cooperative_match_fact_refresh(array(select n.id from new_rows n join old_rows o on o.id = n.id
            where n.village_code is distinct from o.village_code or n.kind is distinct from o.kind
               or n.verification_level is distinct from o.verification_level));
        end if;
        return null;
      end;
      $$;`);

    this.addSql(`update cooperative_match_fact f
      set kind = c.kind, verification_level = c.verification_level,
          active_units = match_mask_positions(f.active_unit_mask)
      from cooperative c where c.id = f.cooperative_id;`);


    this.addSql(`create table proposal_answer (
      event_id integer primary key,
      proposal_id integer not null,
      side text not null,
      org_id integer not null,
      answered_at timestamptz(3) not null,
      seconds numeric not null
    );`);
    this.addSql(
      `comment on table proposal_answer is 'Answers given on one''s turn in an open proposal (for responsiveness); maintained by triggers on proposal_event.';`,
    );
    this.addSql(`create index proposal_answer_side_org_id_answered_at_index on proposal_answer (side, org_id, answered_at);`);
    this.addSql(`create index proposal_answer_proposal_id_index on proposal_answer (proposal_id);`);
    this.addSql(`create function proposal_answer_refresh(ids integer[]) returns void language plpgsql as $$
      begin
        ids := array(select distinct k from unnest(ids) k where k is not null);
        if cardinality(ids) = 0 then
          return;
        end if;
        delete from proposal_answer where proposal_id = any(ids);
        insert into proposal_answer (event_id, proposal_id, side, org_id, answered_at, seconds)
        select s.id, s.proposal_id, s.side, case when s.side = 'COOPERATIVE' then p.cooperative_id else p.partner_id end,
               s.created_at, extract(epoch from s.created_at - s.turn_began)
          from (select e.id, e.proposal_id, e.side, e.from_status, e.created_at,
                       lag(e.turn_after) over turn_order as turn_before,
                       lag(e.created_at) over turn_order as turn_began
                  from proposal_event e
                 where e.proposal_id = any(ids)
                window turn_order as (partition by e.proposal_id order by e.created_at, e.id)) s
          join proposal p on p.id = s.proposal_id
         where s.side = s.turn_before and s.from_status = any('{SUBMITTED,UNDER_REVIEW,NEGOTIATING}');
        update cooperative_match_fact f
           set last_answered_at = (select max(a.answered_at) from proposal_answer a
                                    where a.side = 'COOPERATIVE' and a.org_id = f.cooperative_id)
         where f.cooperative_id in (select p.cooperative_id from proposal p where p.id = any(ids));
      end;
      $$;`);
    this.addSql(`create function proposal_answer_rebuild() returns void language plpgsql as $$
      begin
        truncate proposal_answer;
        insert into proposal_answer (event_id, proposal_id, side, org_id, answered_at, seconds)
        select s.id, s.proposal_id, s.side, case when s.side = 'COOPERATIVE' then p.cooperative_id else p.partner_id end,
               s.created_at, extract(epoch from s.created_at - s.turn_began)
          from (select e.id, e.proposal_id, e.side, e.from_status, e.created_at,
                       lag(e.turn_after) over turn_order as turn_before,
                       lag(e.created_at) over turn_order as turn_began
                  from proposal_event e
                window turn_order as (partition by e.proposal_id order by e.created_at, e.id)) s
          join proposal p on p.id = s.proposal_id
         where s.side = s.turn_before and s.from_status = any('{SUBMITTED,UNDER_REVIEW,NEGOTIATING}');
        update cooperative_match_fact f set last_answered_at = a.last
          from (select org_id, max(answered_at) as last from proposal_answer where side = 'COOPERATIVE' group by 1) a
         where a.org_id = f.cooperative_id and f.last_answered_at is distinct from a.last;
        update cooperative_match_fact f set last_answered_at = null
         where f.last_answered_at is not null
           and not exists (select 1 from proposal_answer a where a.side = 'COOPERATIVE' and a.org_id = f.cooperative_id);
      end;
      $$;`);
    this.addSql(`create function proposal_answer_on_change() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform proposal_answer_refresh(array(select proposal_id from new_rows));
        elsif tg_op = 'DELETE' then
          perform proposal_answer_refresh(array(select proposal_id from old_rows));
        else
          perform proposal_answer_refresh(array(select proposal_id from new_rows union select proposal_id from old_rows));
        end if;
        return null;
      end;
      $$;`);
    this.addSql(`create function proposal_answer_on_truncate() returns trigger language plpgsql as $$
      begin
        truncate proposal_answer;
        update cooperative_match_fact set last_answered_at = null where last_answered_at is not null;
        return null;
      end;
      $$;`);
    this.addSql(`create trigger proposal_event_answer_insert after insert on proposal_event
      referencing new table as new_rows for each statement execute function proposal_answer_on_change();`);
    this.addSql(`create trigger proposal_event_answer_update after update on proposal_event
      referencing old table as old_rows new table as new_rows for each statement execute function proposal_answer_on_change();`);
    this.addSql(`create trigger proposal_event_answer_delete after delete on proposal_event
      referencing old table as old_rows for each statement execute function proposal_answer_on_change();`);
    this.addSql(`create trigger proposal_event_answer_truncate after truncate on proposal_event
      for each statement execute function proposal_answer_on_truncate();`);
    this.addSql(`select proposal_answer_rebuild();`);

    this.addSql(`create index cooperative_match_fact_village_reach_gin on cooperative_match_fact using gin (village_reach);`);
    this.addSql(`create index cooperative_match_fact_active_units_gin on cooperative_match_fact using gin (active_units);`);
    this.addSql(
      `create index cooperative_match_fact_verification_level_index on cooperative_match_fact (verification_level);`,
    );
    this.addSql(
      `create index cooperative_match_fact_match_rank_index on cooperative_match_fact (match_rank desc, cooperative_id);`,
    );
    this.addSql(
      `create index offering_delivery_region_region_code_prefix on offering_delivery_region (region_code varchar_pattern_ops);`,
    );
    this.addSql(
      `create index offering_published_cooperative_kind on offering (cooperative_id, kind, commodity) where status = 'PUBLISHED';`,
    );
    this.addSql(`analyze cooperative_match_fact;`);
  }

  override async down(): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      this.addSql(`drop trigger proposal_event_answer_${event} on proposal_event;`);
    }
    for (const fn of ['proposal_answer_on_change()', 'proposal_answer_on_truncate()', 'proposal_answer_rebuild()', 'proposal_answer_refresh(integer[])']) {
      this.addSql(`drop function ${fn};`);
    }
    this.addSql(`drop table proposal_answer;`);
    this.addSql(`drop index offering_published_cooperative_kind;`);
    this.addSql(`drop index offering_delivery_region_region_code_prefix;`);
    this.addSql(`drop index cooperative_match_fact_match_rank_index;`);
    this.addSql(`drop index cooperative_match_fact_verification_level_index;`);
    this.addSql(`drop index cooperative_match_fact_active_units_gin;`);
    this.addSql(`drop index cooperative_match_fact_village_reach_gin;`);
    this.addSql(`create or replace function cooperative_match_fact_on_cooperative() returns trigger
      language plpgsql as $$
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
    this.addSql(`create or replace function cooperative_match_fact_refresh(ids integer[]) returns void
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
    this.addSql(`alter table cooperative_match_fact drop column match_rank, drop column active_units, drop column last_answered_at,
      drop column verification_level, drop column kind;`);
    this.addSql(`drop function match_mask_positions(integer);`);
  }
}
