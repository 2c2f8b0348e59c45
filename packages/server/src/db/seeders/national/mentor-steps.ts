import { R } from './cooperative-steps';
import type { SeedStep } from './steps';

/**
 * Pendamping per province in West Kalimantan's proportions (30 PMO and 215 BA for its 2,145
 * villages), scaled to the province's number of cooperatives: two PMO at province level, then two
 * per regency; BAs spread over the regencies in proportion to their villages, each with a run of
 * neighbouring villages as caseload (about 8–9 cooperatives).
 */
export const mentorSteps: SeedStep[] = [
  {
    name: 'mentor',
    sql: `
      create temporary table nat_mentor on commit drop as
        select p.mentor_start + k + 1 as id, 'PMO' as role, p.code as province, p.name_style,
               case when k < 2 then null else p.regencies[1 + ((k - 2) / 2) % cardinality(p.regencies)] end as regency,
               case when k < 2 then null else p.mentor_start + 1 + (k % 2) end as supervisor
          from nat_province p, generate_series(0, p.pmo_count - 1) k;
      insert into nat_mentor
        select p.mentor_start + p.pmo_count + j + 1, 'BA', p.code, p.name_style, v.regency,
               coalesce(x.first_id + (j % 2) * (x.n > 1)::integer, p.mentor_start + 1 + j % 2)
          from nat_province p
          cross join generate_series(0, p.ba_count - 1) j
          join nat_village v on v.province = p.code and v.pos = ((j * 2 + 1)::bigint * p.size / (2 * p.ba_count))::integer
          left join (select regency, min(id) as first_id, count(*) as n from nat_mentor where regency is not null group by regency) x
            on x.regency = v.regency;
      insert into mentor (id, created_at, updated_at, role, name, phone, regency_code, supervisor_id)
      select m.id,
             ${R} - (case when m.role = 'PMO' then 340 + pg_temp.h(m.id, 121, 61) else 200 + pg_temp.h(m.id, 121, 131) end) * interval '1 day'
               + (3600 + pg_temp.h(m.id, 122, 36000)) * interval '1 second',
             ${R} - (1 + pg_temp.h(m.id, 123, 150)) * interval '1 day',
             m.role,
             nm.first[1 + pg_temp.h(m.id, 124, cardinality(nm.first))] || ' ' || nm.second[1 + pg_temp.h(m.id, 125, cardinality(nm.second))]
               || case when pg_temp.h(m.id, 126, 100) < case when m.role = 'PMO' then 90 else 60 end
                    then ', ' || (array['S.E.', 'S.P.', 'S.Pd.', 'S.H.', 'S.Sos.', 'A.Md.', 'S.Pt.', 'S.Ak.', 'S.T.'])[1 + pg_temp.h(m.id, 127, 9)]
                    else '' end,
             '08' || (array['11', '12', '13', '21', '22', '52', '53', '57', '77', '78'])[1 + pg_temp.h(m.id, 128, 10)]
               || lpad(pg_temp.h(m.id, 129, 100000000)::text, 8, '0'),
             m.regency, m.supervisor
        from nat_mentor m
        join nat_name nm on nm.style = m.name_style
       order by m.id`,
  },
  {
    name: 'mentor_assignment',
    sql: `
      insert into mentor_assignment (id, mentor_id, cooperative_id, started_at, ended_at)
      select c.id, c.ba_id, c.id,
             least(${R} - interval '1 day' + (3600 + pg_temp.h(c.id, 131, 36000)) * interval '1 second',
                   greatest(c.created_at, m.created_at) + (1 + pg_temp.h(c.id, 132, 20)) * interval '1 day'),
             null
        from nat_coop c
        join mentor m on m.id = c.ba_id
       order by c.id`,
  },
];
