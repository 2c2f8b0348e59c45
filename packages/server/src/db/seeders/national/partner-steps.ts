import { R } from './cooperative-steps';
import type { SeedStep } from './steps';

/** Thousands with dots, as written in Indonesia: 45000 → '45.000'. */
export const dots = (value: string) => `replace(to_char(${value}, 'FM999,999,999,999,990'), ',', '.')`;

export const partnerSteps: SeedStep[] = [
  {
    name: 'partner',
    sql: `
      insert into partner (id, created_at, updated_at, type, name, description, website, commodities, verification_level, version)
      select p.id, ${R} - (200 + pg_temp.h(p.id, 71, 221)) * interval '1 day' + (3600 + pg_temp.h(p.id, 72, 36000)) * interval '1 second',
             ${R} - (5 + pg_temp.h(p.id, 73, 190)) * interval '1 day',
             p.type, p.name, p.description, p.website, p.commodities, p.verification_level, 1
        from nat_partner p order by p.id;
      insert into partner_coverage (partner_id, region_code)
      select distinct p.id, unnest(p.coverage) from nat_partner p;`,
  },
  {
    name: 'program',
    sql: `
      insert into program (id, created_at, updated_at, partner_id, kind, name, description, min_amount, max_amount, rate_per_year,
        max_tenor_months, min_grace_months, max_grace_months, operating_cost_cap, commodity, eligible_unit_types,
        required_documents, status, version, negotiable_rules)
      select g.id, ${R} - (60 + pg_temp.h(g.id, 74, 140)) * interval '1 day' + (3600 + pg_temp.h(g.id, 75, 36000)) * interval '1 second',
             ${R} - (2 + pg_temp.h(g.id, 76, 55)) * interval '1 day',
             g.partner_id, g.kind, g.name, g.description, g.min_amount, g.max_amount, g.rate_per_year, g.max_tenor_months,
             g.min_grace_months, g.max_grace_months, g.operating_cost_cap, g.commodity, g.eligible_unit_types,
             g.required_documents, g.status, 1, '{}'
        from nat_program g order by g.id;
      insert into program_coverage (program_id, region_code)
      select distinct g.id, unnest(coalesce(g.coverage, p.coverage))
        from nat_program g join nat_partner p on p.id = g.partner_id;`,
  },
  {
    name: 'partner_request',
    sql: `
      insert into partner_request (id, created_at, updated_at, partner_id, title, description, commodity, quantity, quantity_unit,
        delivery_region_code, deadline, price_hint, status, version, last_confirmed_at)
      select row_number() over (order by q.partner_id, q.k), q.created_at, q.created_at, q.partner_id,
             'Dicari ' || q.word || ' ' || ${dots('q.quantity')} || ' ' || lower(q.unit) || ' untuk ' || q.partner_name,
             q.partner_name || ' membutuhkan ' || q.word || ' sebanyak ' || ${dots('q.quantity')} || ' ' || lower(q.unit)
               || ', dikirim ke ' || q.region_name || '. Harga mengikuti harga pasar saat serah terima; koperasi yang berminat dapat mengajukan penawaran.',
             q.commodity, q.quantity, q.unit, q.region_code,
             case q.status when 'OPEN' then ${R} + (14 + pg_temp.h(q.key, 84, 107)) * interval '1 day'
               else q.created_at + (20 + pg_temp.h(q.key, 84, 40)) * interval '1 day' end,
             q.price_hint, q.status, 1,
             case when q.status = 'OPEN' then greatest(q.created_at, ${R} - (1 + pg_temp.h(q.key, 85, 30)) * interval '1 day') end
        from (
          select p.id as partner_id, p.name as partner_name, k, p.id * 16 + k as key, c.commodity, c.word, c.unit,
                 round((c.request_min + pg_temp.h(p.id * 16 + k, 81, (c.request_max - c.request_min + 1)::integer))::numeric, -2) as quantity,
                 round(((c.price_min + c.price_max) / 2)::numeric / c.price_step) * c.price_step as price_hint,
                 (array['OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'CLOSED', 'EXPIRED'])[1 + pg_temp.h(p.id * 16 + k, 82, 10)] as status,
                 ${R} - (5 + pg_temp.h(p.id * 16 + k, 83, 150)) * interval '1 day' + (3600 + pg_temp.h(p.id * 16 + k, 86, 36000)) * interval '1 second' as created_at,
                 r.code as region_code, r.name as region_name
            from nat_partner p
            join nat_commodity c on c.commodity = p.main_commodity
            cross join lateral generate_series(0, p.request_count - 1) k
            join nat_province v on v.code = p.province
            join region r on r.code = v.regencies[1 + pg_temp.h(p.id * 16 + k, 87, cardinality(v.regencies))]
           where p.request_count > 0
        ) q`,
  },
];
