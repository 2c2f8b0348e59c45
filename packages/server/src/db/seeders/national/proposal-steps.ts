import { R } from './cooperative-steps';
import type { SeedStep } from './steps';

/**
 * About a million proposals: each cooperative proposes in proportion to its stage, to a program
 * serving its regency (state banks and LPDB everywhere, the province's bank, buyers and suppliers
 * of its region), along one of the story templates (story-templates.ts). Event and terms ids are
 * derived from the proposal id (at most 8 steps and 4 terms versions each), so they need no
 * running count; the sequences are moved past them at the end.
 */
export const MAX_STEPS = 8;
export const MAX_TERMS = 4;

export const proposalSteps: SeedStep[] = [
  {
    name: 'proposal plan',
    sql: `
      create temporary table nat_coop_offer on commit drop as
        select distinct on (o.cooperative_id, o.kind) o.cooperative_id, o.kind, o.id, o.amount_needed, o.wanted_tenor_months,
               o.commodity, o.quantity_per_month, o.price_min
          from offering o
         where o.kind in ('SUPPLY', 'FINANCING_NEED') and o.status <> 'DRAFT'
         order by o.cooperative_id, o.kind, o.id;
      create unique index on nat_coop_offer (cooperative_id, kind);
      create temporary table nat_proposal on commit drop as
        with base as (
          select c.proposal_start + k + 1 as id, c.id as cooperative_id, c.regency, c.age_days, c.ba_id, c.village_name,
                 c.commodities[1 + pg_temp.h(c.id, 100, cardinality(c.commodities))] as coop_commodity,
                 case when pg_temp.h(c.proposal_start + k, 141, 100) < 35 then 'LOAN'
                      when pg_temp.h(c.proposal_start + k, 141, 100) < 70 then 'OFFTAKE'
                      when pg_temp.h(c.proposal_start + k, 141, 100) < 85 then 'SUPPLY' else 'AGENCY' end as wanted
            from nat_coop c
            cross join lateral generate_series(0, c.proposal_count - 1) k
        ),
        chosen as (
          select b.*, case when rp.program_ids is null then 'LOAN' else b.wanted end as program_kind,
                 coalesce(rp.program_ids, loan.program_ids) as program_ids
            from base b
            left join nat_regency_program rp on rp.regency = b.regency and rp.kind = b.wanted
            left join nat_regency_program loan on loan.regency = b.regency and loan.kind = 'LOAN'
        ),
        started as (
          select ch.*, ch.program_ids[1 + pg_temp.h(ch.id, 142, cardinality(ch.program_ids))] as program_id,
                 case when pg_temp.h(ch.id, 143, 100) <
                   case ch.program_kind when 'LOAN' then 90 when 'OFFTAKE' then 50 when 'SUPPLY' then 40 else 80 end
                   then case when ch.ba_id is not null and pg_temp.h(ch.id, 144, 100) < 25 then 'MENTOR' else 'COOPERATIVE' end
                   else 'PARTNER' end as start
            from chosen ch
        )
        select s.id, s.cooperative_id, s.regency, s.ba_id, s.village_name, s.program_id, sl.template_id,
               case s.program_kind when 'LOAN' then 'FINANCING' else s.program_kind end as kind,
               ${R} - (1 + pg_temp.h(s.id, 145, greatest(1, s.age_days - 40))) * interval '1 day'
                 + (3600 + pg_temp.h(s.id, 146, 36000)) * interval '1 second' as end_at,
               case s.program_kind when 'LOAN' then need.id when 'OFFTAKE' then supply.id end as offering_id,
               coalesce(need.amount_needed, (4 + pg_temp.h(s.id, 147, 56)) * 25000000) as base_amount,
               coalesce(need.wanted_tenor_months, (array[24, 36, 48, 60, 72])[1 + pg_temp.h(s.id, 148, 5)]) as base_tenor,
               coalesce(g.commodity, case when s.program_kind = 'OFFTAKE' then supply.commodity end, s.coop_commodity) as commodity,
               supply.quantity_per_month as offered_quantity, supply.price_min as offered_price
          from started s
          join nat_template_slot sl on sl.start = s.start and sl.n = pg_temp.h(s.id, 149, 1000)
          join nat_program g on g.id = s.program_id
          left join nat_coop_offer need on need.cooperative_id = s.cooperative_id and need.kind = 'FINANCING_NEED'
          left join nat_coop_offer supply on supply.cooperative_id = s.cooperative_id and supply.kind = 'SUPPLY';
      create unique index on nat_proposal (id);`,
  },
  {
    name: 'proposal',
    sql: `
      insert into proposal (id, created_at, updated_at, kind, title, cooperative_id, partner_id, offering_id, program_id, request_id,
        mentor_id, created_by_id, started_by, status, awaiting_draft_approval, turn, turn_since, expires_at, submitted_at,
        closed_at, latest_terms_version, accepted_terms_version, version)
      select p.id, p.end_at - t.total_minutes * interval '1 minute', p.end_at, p.kind,
             left(g.name || ' – ' || p.village_name, 200), p.cooperative_id, g.partner_id, p.offering_id, g.id, null,
             case when t.via_mentor then p.ba_id end, null, t.started_by, t.status, t.awaiting_draft_approval, t.turn,
             p.end_at - t.turn_before * interval '1 minute',
             -- Like the demo, open proposals stay open for a year past their response window.
             case when t.expires then p.end_at + interval '379 days' end,
             p.end_at - t.submitted_before * interval '1 minute',
             p.end_at - t.closed_before * interval '1 minute',
             t.latest_terms_version, t.accepted_terms_version, t.step_count
        from nat_proposal p
        join nat_template t on t.id = p.template_id
        join nat_program g on g.id = p.program_id`,
  },
  {
    name: 'proposal_event',
    sql: `
      insert into proposal_event (id, proposal_id, actor_user_id, actor, side, action, from_status, to_status, turn_after,
        terms_version, note, created_at)
      select (p.id - 1) * ${MAX_STEPS} + s.n + 1, p.id, null, s.actor, s.side, s.action, s.from_status, s.to_status, s.turn_after,
             s.terms_version, s.note, p.end_at - s.before_minutes * interval '1 minute'
        from nat_proposal p
        join nat_template_step s on s.template_id = p.template_id`,
  },
  {
    name: 'proposal_terms',
    sql: `
      insert into proposal_terms (id, proposal_id, version, author_side, author_id, amount, price_per_unit, quantity, quantity_unit,
        tenor_months, rate_per_year, delivery, delivery_region_code, payment_days, note, created_at, grace_months,
        operating_cost_amount, collateral, collateral_value, rule_deviations)
      select (p.id - 1) * ${MAX_TERMS} + s.terms_version, p.id, s.terms_version, s.terms_author, null,
             x.amount,
             case when p.kind in ('OFFTAKE', 'SUPPLY') then round(x.price / m.price_step) * m.price_step end,
             case when p.kind in ('OFFTAKE', 'SUPPLY') then coalesce(p.offered_quantity, round(((m.monthly_min + m.monthly_max) / 2)::numeric, -2)) end,
             case when p.kind in ('OFFTAKE', 'SUPPLY') then m.unit end,
             case when p.kind = 'FINANCING' then greatest(12, least(coalesce(g.max_tenor_months, 72), p.base_tenor)
                                                           - case when s.terms_version in (2, 4) then 12 else 0 end) end,
             case when p.kind = 'FINANCING' then coalesce(g.rate_per_year, 9.00) end,
             case p.kind when 'OFFTAKE' then 'Diantar ke gudang pembeli' when 'SUPPLY' then 'Diantar ke gerai koperasi' end,
             case when p.kind in ('OFFTAKE', 'SUPPLY') then p.regency end,
             case when p.kind = 'AGENCY' then 30 when p.kind = 'FINANCING' then null
                  when s.terms_version % 2 = 1 then 14 else 7 end,
             case p.kind
               when 'FINANCING' then case when s.terms_version = 1 then 'Masa tenggang ' || x.grace || ' bulan; agunan berupa aset gerai.'
                                          when s.terms_author = 'PARTNER' then 'Plafon disesuaikan dengan hasil analisis arus kas koperasi.'
                                          else 'Kami mengusulkan plafon di tengah, dengan tahapan pencairan per gerai.' end
               when 'AGENCY' then 'Koperasi menjadi agen sesuai ' || g.name || '.'
               else case when s.terms_version = 1 then 'Kualitas sesuai standar pembeli; penimbangan bersama saat serah terima.'
                         else 'Harga menyesuaikan harga pasar minggu ini dan ongkos angkut dari desa.' end end,
             p.end_at - s.before_minutes * interval '1 minute',
             case when p.kind = 'FINANCING' then x.grace end,
             case when p.kind = 'FINANCING' and g.operating_cost_cap is not null
               then least(g.operating_cost_cap, round(x.amount * 0.2 / 25000000) * 25000000, x.amount) end,
             case when p.kind = 'FINANCING' then 'Aset gerai yang dibiayai' end,
             case when p.kind = 'FINANCING' then round(x.amount * 1.2 / 25000000) * 25000000 end,
             '[]'::jsonb
        from nat_proposal p
        join nat_template_step s on s.template_id = p.template_id and s.terms_author is not null
        join nat_program g on g.id = p.program_id
        left join nat_commodity m on m.commodity = p.commodity
        cross join lateral (
          select case when p.kind = 'FINANCING' then
                   least(coalesce(g.max_amount, 1e15), greatest(coalesce(g.min_amount, 25000000),
                         round(p.base_amount * (array[1, 0.85, 0.95, 0.8])[s.terms_version] / 25000000) * 25000000)) end as amount,
                 coalesce(p.offered_price, (m.price_min + m.price_max) / 2.0)
                   * case when p.kind = 'SUPPLY' then (array[1, 1.03, 0.98, 1.02])[s.terms_version]
                          else (array[1, 0.97, 1.02, 0.98])[s.terms_version] end as price,
                 greatest(coalesce(g.min_grace_months, 0), least(6, coalesce(g.max_grace_months, 6))) as grace
        ) x`,
  },
];
