import { Migration } from '@mikro-orm/migrations';

/**
 * The regions around a village, in one place in the database: `region_enclosing(code)` (SQL twin
 * of `enclosingRegionCodes` in modules/region/region-scope.ts) and `region_regency(code)` (twin
 * of `regencyOf`). The dashboard counters' triggers and the match facts' refresh computed them
 * with their own `left(village_code, n)`; they now call these functions, which PostgreSQL inlines
 * (plain immutable SQL expressions), so the plans do not change. test/region-scope.spec.ts ties
 * both to the TypeScript at every level and checks that no function of ours slices a village code
 * itself any more.
 */
export class Migration20261205130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function region_enclosing(code text) returns text[]
      language sql immutable parallel safe as $$
      select case length(code)
               when 2 then '{}'::text[]
               when 5 then array[left(code, 2)]
               when 8 then array[left(code, 2), left(code, 5)]
               else array[left(code, 2), left(code, 5), left(code, 8)]
             end
      $$;`);
    this.addSql(
      `comment on function region_enclosing(text) is 'The regions around a well-formed region code, outermost first (twin of enclosingRegionCodes).';`,
    );
    this.addSql(`create function region_regency(code text) returns text
      language sql immutable parallel safe as $$
      select case when length(code) >= 5 then left(code, 5) end
      $$;`);
    this.addSql(
      `comment on function region_regency(text) is 'The regency of a well-formed code at regency level or below, else null (twin of regencyOf).';`,
    );
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_cooperatives_apply(changes dashboard_cooperative_change[])
 RETURNS void
 LANGUAGE sql
AS $function$
        insert into cooperative_stage_count as s (region_code, stage, cooperatives)
        select d.code, d.stage, sum(d.sign)
          from (
            select unnest(region_enclosing(c.village_code)) as code,
                   c.stage, c.sign
              from unnest(changes) c
          ) d
         group by d.code, d.stage
        having sum(d.sign) <> 0
         order by d.code, d.stage
        on conflict (region_code, stage) do update set cooperatives = s.cooperatives + excluded.cooperatives;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_figures_on_cooperative()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      begin
        if dashboard_figures_deferred() then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform dashboard_cooperatives_apply(array(
            select (n.village_code, n.stage, 1)::dashboard_cooperative_change from new_rows n));
        elsif tg_op = 'DELETE' then
          perform dashboard_cooperatives_apply(array(
            select (o.village_code, o.stage, -1)::dashboard_cooperative_change from old_rows o));
          -- Their proposals went with them.
          perform dashboard_proposals_recount(array(select region_regency(o.village_code) from old_rows o));
        else
          perform dashboard_cooperatives_apply(array(
            select (x.village_code, x.stage, x.sign)::dashboard_cooperative_change
              from new_rows n join old_rows o on o.id = n.id
             cross join lateral (values (n.village_code, n.stage, 1), (o.village_code, o.stage, -1)) x(village_code, stage, sign)
             where (n.village_code, n.stage) is distinct from (o.village_code, o.stage)));
          -- A cooperative moved to another regency takes its proposals along.
          perform dashboard_proposals_recount(array(
            select unnest(array[region_regency(n.village_code), region_regency(o.village_code)])
              from new_rows n join old_rows o on o.id = n.id
             where region_regency(n.village_code) <> region_regency(o.village_code)));
        end if;
        return null;
      end;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_figures_on_proposal()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      begin
        if dashboard_figures_deferred() then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform dashboard_proposals_apply(array(
            select (n.id, n.cooperative_id, n.status, n.kind, n.accepted_terms_version, 1)::dashboard_proposal_change
              from new_rows n where n.submitted_at is not null));
        elsif tg_op = 'DELETE' then
          -- The cascade has removed their terms already, so their amounts are unknown here: recount.
          perform dashboard_proposals_recount(array(
            select region_regency(c.village_code) from old_rows o join cooperative c on c.id = o.cooperative_id
             where o.submitted_at is not null));
        else
          perform dashboard_proposals_apply(array(
            select x::dashboard_proposal_change
              from new_rows n join old_rows o on o.id = n.id
             cross join lateral (
               select n.id, n.cooperative_id, n.status, n.kind, n.accepted_terms_version, 1 where n.submitted_at is not null
               union all
               select o.id, o.cooperative_id, o.status, o.kind, o.accepted_terms_version, -1 where o.submitted_at is not null
             ) x
             where (n.status, n.kind, n.cooperative_id, n.accepted_terms_version, n.submitted_at is null)
                   is distinct from (o.status, o.kind, o.cooperative_id, o.accepted_terms_version, o.submitted_at is null)));
        end if;
        return null;
      end;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_figures_rebuild()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
      begin
        lock table cooperative_stage_count, proposal_status_count in exclusive mode;
        delete from cooperative_stage_count;
        insert into cooperative_stage_count (region_code, stage, cooperatives)
        select d.code, d.stage, count(*)
          from (
            select unnest(region_enclosing(village_code)) as code, stage
              from cooperative
          ) d
         group by d.code, d.stage
         order by d.code, d.stage;
        delete from proposal_status_count;
        insert into proposal_status_count (regency_code, status, proposals, financing_deals, financing_volume)
        select region_regency(c.village_code), p.status, count(*),
               count(*) filter (where p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED')),
               coalesce(sum(t.amount) filter (where p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED')), 0)
          from proposal p
          join cooperative c on c.id = p.cooperative_id
          left join proposal_terms t on t.proposal_id = p.id and t.version = p.accepted_terms_version
         where p.submitted_at is not null
         group by 1, 2
         order by 1, 2;
      end;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_proposals_apply(changes dashboard_proposal_change[])
 RETURNS void
 LANGUAGE sql
AS $function$
        insert into proposal_status_count as s (regency_code, status, proposals, financing_deals, financing_volume)
        select d.regency_code, d.status, sum(d.sign), sum(d.sign * d.deal), sum(d.sign * d.amount)
          from (
            select region_regency(c.village_code) as regency_code, p.status, p.sign,
                   (p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED'))::int as deal,
                   case when p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED')
                        then coalesce(t.amount, 0) else 0 end as amount
              from unnest(changes) p
              join cooperative c on c.id = p.cooperative_id
              left join proposal_terms t on t.proposal_id = p.proposal_id and t.version = p.accepted_terms_version
          ) d
         group by d.regency_code, d.status
        having sum(d.sign) <> 0 or sum(d.sign * d.deal) <> 0 or sum(d.sign * d.amount) <> 0
         order by d.regency_code, d.status
        on conflict (regency_code, status) do update
          set proposals = s.proposals + excluded.proposals,
              financing_deals = s.financing_deals + excluded.financing_deals,
              financing_volume = s.financing_volume + excluded.financing_volume;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_terms_apply(changes dashboard_terms_change[])
 RETURNS void
 LANGUAGE sql
AS $function$
        insert into proposal_status_count as s (regency_code, status, proposals, financing_deals, financing_volume)
        select region_regency(c.village_code), p.status, 0, 0, sum(t.amount)
          from unnest(changes) t
          join proposal p on p.id = t.proposal_id and p.accepted_terms_version = t.version
          join cooperative c on c.id = p.cooperative_id
         where p.submitted_at is not null and p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED')
         group by 1, 2
        having sum(t.amount) <> 0
         order by 1, 2
        on conflict (regency_code, status) do update set financing_volume = s.financing_volume + excluded.financing_volume;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION cooperative_match_fact_refresh(ids integer[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
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
               region_enclosing(c.village_code) || c.village_code::text,
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
      $function$`);
  }

  override async down(): Promise<void> {
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_cooperatives_apply(changes dashboard_cooperative_change[])
 RETURNS void
 LANGUAGE sql
AS $function$
        insert into cooperative_stage_count as s (region_code, stage, cooperatives)
        select d.code, d.stage, sum(d.sign)
          from (
            select unnest(array[left(c.village_code, 2), left(c.village_code, 5), left(c.village_code, 8)]) as code,
                   c.stage, c.sign
              from unnest(changes) c
          ) d
         group by d.code, d.stage
        having sum(d.sign) <> 0
         order by d.code, d.stage
        on conflict (region_code, stage) do update set cooperatives = s.cooperatives + excluded.cooperatives;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_figures_on_cooperative()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      begin
        if dashboard_figures_deferred() then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform dashboard_cooperatives_apply(array(
            select (n.village_code, n.stage, 1)::dashboard_cooperative_change from new_rows n));
        elsif tg_op = 'DELETE' then
          perform dashboard_cooperatives_apply(array(
            select (o.village_code, o.stage, -1)::dashboard_cooperative_change from old_rows o));
          -- Their proposals went with them.
          perform dashboard_proposals_recount(array(select left(o.village_code, 5) from old_rows o));
        else
          perform dashboard_cooperatives_apply(array(
            select (x.village_code, x.stage, x.sign)::dashboard_cooperative_change
              from new_rows n join old_rows o on o.id = n.id
             cross join lateral (values (n.village_code, n.stage, 1), (o.village_code, o.stage, -1)) x(village_code, stage, sign)
             where (n.village_code, n.stage) is distinct from (o.village_code, o.stage)));
          -- A cooperative moved to another regency takes its proposals along.
          perform dashboard_proposals_recount(array(
            select unnest(array[left(n.village_code, 5), left(o.village_code, 5)])
              from new_rows n join old_rows o on o.id = n.id
             where left(n.village_code, 5) <> left(o.village_code, 5)));
        end if;
        return null;
      end;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_figures_on_proposal()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      begin
        if dashboard_figures_deferred() then
          return null;
        end if;
        if tg_op = 'INSERT' then
          perform dashboard_proposals_apply(array(
            select (n.id, n.cooperative_id, n.status, n.kind, n.accepted_terms_version, 1)::dashboard_proposal_change
              from new_rows n where n.submitted_at is not null));
        elsif tg_op = 'DELETE' then
          -- The cascade has removed their terms already, so their amounts are unknown here: recount.
          perform dashboard_proposals_recount(array(
            select left(c.village_code, 5) from old_rows o join cooperative c on c.id = o.cooperative_id
             where o.submitted_at is not null));
        else
          perform dashboard_proposals_apply(array(
            select x::dashboard_proposal_change
              from new_rows n join old_rows o on o.id = n.id
             cross join lateral (
               select n.id, n.cooperative_id, n.status, n.kind, n.accepted_terms_version, 1 where n.submitted_at is not null
               union all
               select o.id, o.cooperative_id, o.status, o.kind, o.accepted_terms_version, -1 where o.submitted_at is not null
             ) x
             where (n.status, n.kind, n.cooperative_id, n.accepted_terms_version, n.submitted_at is null)
                   is distinct from (o.status, o.kind, o.cooperative_id, o.accepted_terms_version, o.submitted_at is null)));
        end if;
        return null;
      end;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_figures_rebuild()
 RETURNS void
 LANGUAGE plpgsql
AS $function$
      begin
        lock table cooperative_stage_count, proposal_status_count in exclusive mode;
        delete from cooperative_stage_count;
        insert into cooperative_stage_count (region_code, stage, cooperatives)
        select d.code, d.stage, count(*)
          from (
            select unnest(array[left(village_code, 2), left(village_code, 5), left(village_code, 8)]) as code, stage
              from cooperative
          ) d
         group by d.code, d.stage
         order by d.code, d.stage;
        delete from proposal_status_count;
        insert into proposal_status_count (regency_code, status, proposals, financing_deals, financing_volume)
        select left(c.village_code, 5), p.status, count(*),
               count(*) filter (where p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED')),
               coalesce(sum(t.amount) filter (where p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED')), 0)
          from proposal p
          join cooperative c on c.id = p.cooperative_id
          left join proposal_terms t on t.proposal_id = p.id and t.version = p.accepted_terms_version
         where p.submitted_at is not null
         group by 1, 2
         order by 1, 2;
      end;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_proposals_apply(changes dashboard_proposal_change[])
 RETURNS void
 LANGUAGE sql
AS $function$
        insert into proposal_status_count as s (regency_code, status, proposals, financing_deals, financing_volume)
        select d.regency_code, d.status, sum(d.sign), sum(d.sign * d.deal), sum(d.sign * d.amount)
          from (
            select left(c.village_code, 5) as regency_code, p.status, p.sign,
                   (p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED'))::int as deal,
                   case when p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED')
                        then coalesce(t.amount, 0) else 0 end as amount
              from unnest(changes) p
              join cooperative c on c.id = p.cooperative_id
              left join proposal_terms t on t.proposal_id = p.proposal_id and t.version = p.accepted_terms_version
          ) d
         group by d.regency_code, d.status
        having sum(d.sign) <> 0 or sum(d.sign * d.deal) <> 0 or sum(d.sign * d.amount) <> 0
         order by d.regency_code, d.status
        on conflict (regency_code, status) do update
          set proposals = s.proposals + excluded.proposals,
              financing_deals = s.financing_deals + excluded.financing_deals,
              financing_volume = s.financing_volume + excluded.financing_volume;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION dashboard_terms_apply(changes dashboard_terms_change[])
 RETURNS void
 LANGUAGE sql
AS $function$
        insert into proposal_status_count as s (regency_code, status, proposals, financing_deals, financing_volume)
        select left(c.village_code, 5), p.status, 0, 0, sum(t.amount)
          from unnest(changes) t
          join proposal p on p.id = t.proposal_id and p.accepted_terms_version = t.version
          join cooperative c on c.id = p.cooperative_id
         where p.submitted_at is not null and p.kind = 'FINANCING' and p.status in ('ACCEPTED', 'COMPLETED')
         group by 1, 2
        having sum(t.amount) <> 0
         order by 1, 2
        on conflict (regency_code, status) do update set financing_volume = s.financing_volume + excluded.financing_volume;
      $function$`);
    this.addSql(`CREATE OR REPLACE FUNCTION cooperative_match_fact_refresh(ids integer[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
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
      $function$`);
    this.addSql('drop function region_regency(text);');
    this.addSql('drop function region_enclosing(text);');
  }
}
