import type { SeedStep } from './steps';

/** The fixed instant every national timestamp is relative to (the demo seed's REFERENCE_DATE). */
export const R = `timestamptz '2026-11-01 00:00:00+00'`;

export const cooperativeSteps: SeedStep[] = [
  {
    name: 'cooperative',
    sql: `
      insert into cooperative (id, created_at, updated_at, kind, name, village_code, sk_ahu_number, sk_ahu_date,
        nik_koperasi, nib, npwp, deed_number, deed_date, management_pattern, member_count, stage, verification_level, version)
      select c.id, c.created_at, c.updated_at, c.kind,
             case c.kind when 'KKMP' then 'Koperasi Kelurahan Merah Putih ' else 'Koperasi Desa Merah Putih ' end || c.village_name,
             c.village_code,
             'AHU-' || lpad((12000 + c.id * 17 + pg_temp.h(c.id, 11, 17))::text, 7, '0') || '.AH.01.29.TAHUN 2025',
             c.sk_ahu_date,
             replace(c.village_code, '.', '') || '25' || lpad(pg_temp.h(c.id, 12, 10000)::text, 4, '0'),
             case when pg_temp.h(c.id, 13, 100) < (array[45, 65, 80, 100, 100])[c.stage_no]
               then lpad((((hashint8extended(c.id, 14) % 10000000000000) + 10000000000000) % 10000000000000)::text, 13, '0') end,
             case when pg_temp.h(c.id, 15, 100) < (array[20, 45, 65, 90, 100])[c.stage_no] then
               (select substr(d, 1, 2) || '.' || substr(d, 3, 3) || '.' || substr(d, 6, 3) || '.' || substr(d, 9, 1) || '-'
                       || (100 + pg_temp.h(c.id, 20, 900))::text || '.000'
                  from (select lpad(pg_temp.h(c.id, 19, 1000000000)::text, 9, '0') as d) x) end,
             lpad((1 + pg_temp.h(c.id, 16, 60))::text, 2, '0'),
             c.sk_ahu_date - (2 + pg_temp.h(c.id, 17, 20)),
             case when pg_temp.h(c.id, 18, 100) < case when c.province = '11' then 60 else 8 end then 'SYARIAH' else 'KONVENSIONAL' end,
             case when c.kind = 'KKMP'
               then ((array[20, 40, 60, 90, 150])[c.stage_no] * 3 / 2) + pg_temp.h(c.id, 21, 600 - (array[20, 40, 60, 90, 150])[c.stage_no] * 3 / 2 + 1)
               else (array[20, 40, 60, 90, 150])[c.stage_no]
                    + pg_temp.h(c.id, 21, (array[90, 220, 320, 450, 560])[c.stage_no] - (array[20, 40, 60, 90, 150])[c.stage_no] + 1) end,
             c.stage,
             -- Verification by stage (the demo's shares): further along, more often checked.
             (select l.level from (values
                 (1, 'UNVERIFIED', 70), (1, 'SELF_DECLARED', 98), (1, 'MENTOR_ATTESTED', 100),
                 (2, 'UNVERIFIED', 35), (2, 'SELF_DECLARED', 85), (2, 'MENTOR_ATTESTED', 97), (2, 'DOCUMENTS_VERIFIED', 100),
                 (3, 'UNVERIFIED', 15), (3, 'SELF_DECLARED', 65), (3, 'MENTOR_ATTESTED', 90), (3, 'DOCUMENTS_VERIFIED', 100),
                 (4, 'UNVERIFIED', 5), (4, 'SELF_DECLARED', 40), (4, 'MENTOR_ATTESTED', 75), (4, 'DOCUMENTS_VERIFIED', 100),
                 (5, 'SELF_DECLARED', 15), (5, 'MENTOR_ATTESTED', 55), (5, 'DOCUMENTS_VERIFIED', 95), (5, 'GOVERNMENT_VERIFIED', 100)
               ) as l(stage_no, level, upto)
               where l.stage_no = c.stage_no and l.upto > pg_temp.h(c.id, 22, 100) order by l.upto limit 1),
             1
        from nat_coop c
       order by c.id`,
  },
  {
    name: 'business_unit',
    sql: `
      insert into business_unit (id, created_at, updated_at, cooperative_id, type, name, status, capacity_notes, active_since)
      select row_number() over (order by u.cooperative_id, u.ord), u.created_at, u.updated_at, u.cooperative_id, u.type, null,
             u.status, case when u.status = 'ACTIVE' and pg_temp.h(u.key, 33, 2) = 0 then u.note end,
             case when u.status = 'ACTIVE' then date '2025-10-15' + pg_temp.h(u.key, 34, 371) end
        from (
          select c.id as cooperative_id, c.created_at, c.updated_at, t.ord, t.type, t.note, c.id * 16 + t.ord as key,
                 case
                   when c.stage_no <= 2 then 'PLANNED'
                   when c.stage_no = 3 then case when pg_temp.h(c.id * 16 + t.ord, 31, 100) < 45 then 'UNDER_CONSTRUCTION'
                                                 when pg_temp.h(c.id * 16 + t.ord, 31, 100) < 65 then 'NOT_ACTIVE' else 'PLANNED' end
                   -- Operating means at least one active unit: the office opens first.
                   when t.ord = 1 or pg_temp.h(c.id * 16 + t.ord, 31, 100) <
                        case when t.ord >= 8 then 80
                             when c.stage_no = 4 then (array[100, 70, 50, 30, 30, 30, 30])[t.ord]
                             else (array[100, 80, 80, 75, 75, 75, 75])[t.ord] end then 'ACTIVE'
                   else (array['NOT_ACTIVE', 'UNDER_CONSTRUCTION', 'PLANNED'])[1 + pg_temp.h(c.id * 16 + t.ord, 32, 3)]
                 end as status
            from nat_coop c
            cross join nat_unit_type t
           where pg_temp.h(c.id * 16 + t.ord, 30, 100) <
                 case c.stage_no
                   when 1 then case when t.ord <= 7 then 20 else 0 end
                   when 2 then case when t.ord <= 7 then 50 else 0 end
                   when 3 then case when t.ord <= 7 then 65 else 0 end
                   when 4 then case when t.ord <= 3 then 100 when t.ord <= 7 then 40 else 5 end
                   else case when t.ord = 1 then 100 when t.ord <= 7 then 90 else 40 end
                 end
        ) u`,
  },
  {
    name: 'cooperative_officer',
    sql: `
      insert into cooperative_officer (id, cooperative_id, role, name, created_at)
      select c.officer_start + k + 1, c.id,
             case k when 0 then 'KETUA' when 1 then 'SEKRETARIS' when 2 then 'BENDAHARA' else 'PENGAWAS' end,
             nm.first[1 + pg_temp.h(c.officer_start + k, 41, cardinality(nm.first))] || ' '
               || nm.second[1 + pg_temp.h(c.officer_start + k, 42, cardinality(nm.second))]
               || case when pg_temp.h(c.officer_start + k, 43, 100) < 12
                    then ', ' || (array['S.E.', 'S.P.', 'S.Pd.', 'S.H.', 'S.Sos.', 'A.Md.', 'S.Pt.', 'S.Ak.', 'S.T.'])[1 + pg_temp.h(c.officer_start + k, 44, 9)]
                    else '' end,
             c.created_at
        from nat_coop c
        join nat_name nm on nm.style = c.name_style
        cross join lateral generate_series(0, c.officer_count - 1) k
       order by 1`,
  },
  {
    name: 'cooperative_document',
    sql: `
      insert into cooperative_document (id, created_at, updated_at, cooperative_id, type, number, issued_on, expires_on,
        verification_level, source, version)
      select row_number() over (order by d.cooperative_id, d.ord), d.created_at, d.created_at, d.cooperative_id, d.type, d.number,
             d.issued_on, d.issued_on + d.valid_days,
             case when d.level = 'UNVERIFIED' or pg_temp.h(d.key, 53, 100) >= 85 then 'SELF_DECLARED' else d.level end,
             case when d.level in ('MENTOR_ATTESTED', 'DOCUMENTS_VERIFIED', 'GOVERNMENT_VERIFIED') and pg_temp.h(d.key, 54, 100) < 30
               then 'MENTOR' else 'COOPERATIVE' end,
             1
        from (
          select k.id as cooperative_id, k.created_at, k.verification_level as level, t.ord, k.id * 16 + t.ord as key,
                 case when t.type = 'VILLAGE_HEAD_APPROVAL' and k.kind = 'KKMP' then 'REGENT_APPROVAL' else t.type end as type,
                 case t.type when 'NOTARIAL_DEED' then k.deed_number when 'SK_AHU' then k.sk_ahu_number
                   when 'NIK_CERTIFICATE' then k.nik_koperasi when 'NIB' then k.nib when 'NPWP' then k.npwp
                   when 'BANK_ACCOUNT' then lpad(pg_temp.h(k.id, 55, 10000)::text, 4, '0') || '-01-' || lpad(pg_temp.h(k.id, 56, 1000000)::text, 6, '0') || '-50-' || pg_temp.h(k.id, 57, 10)
                   when 'VILLAGE_HEAD_APPROVAL' then (1 + pg_temp.h(k.id, 58, 240)) || '/SK/2025' end as number,
                 case t.type when 'NOTARIAL_DEED' then k.deed_date
                   when 'SK_AHU' then k.sk_ahu_date when 'NIK_CERTIFICATE' then k.sk_ahu_date
                   when 'NIB' then k.sk_ahu_date + 7 + pg_temp.h(k.id, 59, 84)
                   when 'NPWP' then k.sk_ahu_date + 14 + pg_temp.h(k.id, 60, 107)
                   -- Mostly issued in the last year; about one in ten dated papers is older and has lapsed.
                   else case when t.valid_days is not null and pg_temp.h(k.id * 16 + t.ord, 61, 10) = 0
                          then date '2024-06-01' + pg_temp.h(k.id * 16 + t.ord, 62, 501)
                          else k.sk_ahu_date + pg_temp.h(k.id * 16 + t.ord, 62, greatest(1, date '2026-10-25' - k.sk_ahu_date)) end
                 end as issued_on,
                 t.valid_days
            from cooperative k
            join nat_coop c on c.id = k.id
            cross join (values
                (1, 'NOTARIAL_DEED', array[100, 100, 100, 100, 100], null::integer),
                (2, 'SK_AHU', array[100, 100, 100, 100, 100], null),
                (3, 'NIK_CERTIFICATE', array[100, 100, 100, 100, 100], null),
                (4, 'NIB', array[100, 100, 100, 100, 100], null),
                (5, 'NPWP', array[100, 100, 100, 100, 100], null),
                (6, 'BANK_ACCOUNT', array[15, 70, 85, 95, 100], null),
                (7, 'OFFICER_IDS', array[30, 70, 80, 90, 100], null),
                (8, 'VILLAGE_DELIBERATION_MINUTES', array[50, 60, 70, 80, 90], null),
                (9, 'VILLAGE_HEAD_APPROVAL', array[5, 20, 45, 70, 90], 365),
                (10, 'BUSINESS_PROPOSAL', array[2, 10, 35, 60, 85], 365),
                (11, 'ANNUAL_MEETING_REPORT', array[0, 5, 15, 40, 70], null),
                (12, 'FINANCIAL_REPORT', array[0, 5, 20, 55, 85], 365),
                (13, 'LAND_PROOF', array[10, 20, 60, 70, 80], null),
                (14, 'UNIT_PHOTO', array[0, 0, 40, 70, 80], null)
              ) as t(ord, type, chance, valid_days)
           where pg_temp.h(k.id * 16 + t.ord, 52, 100) < t.chance[c.stage_no]
             and (t.type <> 'NIB' or k.nib is not null)
             and (t.type <> 'NPWP' or k.npwp is not null)
        ) d`,
  },
];
