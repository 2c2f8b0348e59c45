import { PartnerType } from '../../../modules/partner/partner.entity';
import { PARTNER_CATALOGUE } from '../partner-catalogue';
import {
  COMPANY_WORDS,
  commodityCatalogue,
  nameCatalogue,
  provinceCatalogue,
  UNIT_NOTES,
  UNIT_TYPES,
} from './catalogues';
import { storyTemplates, type StoryTemplate } from './story-templates';
import { jsonLiteral, textArray, type SeedStep } from './steps';

/**
 * The plan: temporary tables that say how many of everything each village, cooperative and
 * province gets, with the id ranges the later steps fill. Every number is a hash of an id
 * (pg_temp.h), never random(), so two runs give the same rows.
 */

/** Partner types that serve the whole country in the demo catalogue; the others are West Kalimantan's. */
const NATIONAL_PARTNER_TYPES: readonly PartnerType[] = [
  PartnerType.STATE_BANK,
  PartnerType.PUBLIC_FUND,
  PartnerType.STATE_COMPANY,
];

/** The demo catalogue's partners that belong in this set, with their coverage as region codes. */
function cataloguePartners(provinces: readonly string[]) {
  const withKalbar = provinces.includes('61');
  return PARTNER_CATALOGUE.filter(
    (partner) => NATIONAL_PARTNER_TYPES.includes(partner.type) || withKalbar,
  ).map((partner, index) => {
    const national = NATIONAL_PARTNER_TYPES.includes(partner.type);
    const coverage =
      partner.coverage === 'ALL' ? (national ? [...provinces] : ['61']) : [...partner.coverage];
    return {
      type: partner.type,
      name: partner.name,
      description: national
        ? partner.description.replace(/Kalimantan Barat/g, 'Indonesia')
        : partner.description,
      website: partner.website ?? null,
      commodities: [...partner.commodities],
      verification_level: partner.verificationLevel,
      coverage,
      requests: partner.requests,
      home_province: national ? null : '61',
      ord: index + 1,
      programs: partner.programs.map((program, programIndex) => ({
        ord: programIndex + 1,
        kind: program.kind,
        name: program.name,
        description: program.description,
        min_amount: program.minAmount ?? null,
        max_amount: program.maxAmount ?? null,
        rate_per_year: program.ratePerYear ?? null,
        max_tenor_months: program.maxTenorMonths ?? null,
        min_grace_months: program.minGraceMonths ?? null,
        max_grace_months: program.maxGraceMonths ?? null,
        operating_cost_cap: program.operatingCostCap ?? null,
        commodity: program.commodity ?? null,
        eligible_unit_types: [...(program.eligibleUnitTypes ?? [])],
        required_documents: [...(program.requiredDocuments ?? [])],
        // A national partner's program named for West Kalimantan regencies serves them only when they are seeded.
        coverage: program.coverage && (!national || withKalbar) ? [...program.coverage] : null,
      })),
    };
  });
}

export function planSteps(provinces: readonly string[], totalPartners: number, density: number): SeedStep[] {
  // Each count is scaled, then rounded up or down by a hash, so the total keeps the share.
  const scaled = (count: string, salt: number) =>
    density === 1 ? count : `floor(${count} * ${density} + pg_temp.h(c.id, ${salt}, 1000) / 1000.0)::integer`;
  const templates = storyTemplates();
  return [
    {
      name: 'plan: hash function and catalogues',
      sql: `
        create function pg_temp.h(id bigint, salt integer, n integer) returns integer
          language sql immutable parallel safe
          as $$ select (((hashint8extended($1, $2) % $3) + $3) % $3)::integer $$;
        create temporary table nat_commodity on commit drop as
          select * from json_to_recordset(${jsonLiteral([...commodityCatalogue(), ...SUPPLY_GOODS])}) as x(commodity text, word text, unit text,
            monthly_min bigint, monthly_max bigint, request_min bigint, request_max bigint,
            price_min bigint, price_max bigint, price_step bigint, titles text[], detail text);
        create temporary table nat_name on commit drop as
          select * from json_to_recordset(${jsonLiteral(nameCatalogue())}) as x(style text, first text[], second text[]);
        create temporary table nat_unit_type on commit drop as
          select ord::integer, type, ${jsonLiteral(UNIT_NOTES)} ->> type as note
            from unnest(${textArray(UNIT_TYPES)}) with ordinality as t(type, ord);`,
    },
    {
      name: 'plan: provinces, regencies, villages',
      sql: `
        create temporary table nat_village on commit drop as
          select row_number() over (order by v.code)::integer as id, v.code, left(v.code, 2) as province,
                 left(v.code, 5) as regency, v.village_kind,
                 case when v.name = upper(v.name) then initcap(v.name) else v.name end as name,
                 (row_number() over (partition by left(v.code, 2) order by v.code) - 1)::integer as pos
            from region v
           where v.level = 'VILLAGE' and left(v.code, 2) = any(${textArray(provinces)});
        create unique index on nat_village (province, pos);
        create temporary table nat_province on commit drop as
          with sizes as (select province, count(*)::integer as size from nat_village group by province),
          regencies as (
            select r.parent_code as province, array_agg(r.code order by r.code) as regencies,
                   coalesce(min(r.code) filter (where r.name like 'Kota %'), min(r.code)) as capital
              from region r where r.level = 'REGENCY' and r.parent_code = any(${textArray(provinces)})
             group by r.parent_code
          ),
          shaped as (
            select p.code, p.short, p.commodities, p.regional_bank, p.name_style, r.name,
                   s.size, g.regencies, g.capital,
                   greatest(2, round(30.0 * s.size / 2145))::integer as pmo_count,
                   greatest(1, round(215.0 * s.size / 2145))::integer as ba_count
              from json_to_recordset(${jsonLiteral(provinceCatalogue(provinces))}) as p(code text, short text, commodities text[], regional_bank text, name_style text)
              join sizes s on s.province = p.code
              join regencies g on g.province = p.code
              join region r on r.code = p.code
          )
          select s.*,
                 (sum(pmo_count + ba_count) over (order by code) - pmo_count - ba_count)::integer as mentor_start
            from shaped s;
        create unique index on nat_province (code);`,
    },
    {
      name: 'plan: cooperatives',
      sql: `
        create temporary table nat_coop on commit drop as
          with staged as (
            select v.id, v.code as village_code, v.province, v.regency, v.name as village_name, v.pos,
                   case when v.village_kind = 'KELURAHAN' then 'KKMP' else 'KDMP' end as kind,
                   pg_temp.h(v.id, 1, 100) as roll
              from nat_village v
          ),
          counted as (
            select s.*,
                   case when s.kind = 'KKMP'
                     then case when roll < 30 then 1 when roll < 60 then 2 when roll < 77 then 3 when roll < 93 then 4 else 5 end
                     else case when roll < 45 then 1 when roll < 75 then 2 when roll < 88 then 3 when roll < 97 then 4 else 5 end
                   end as stage_no,
                   45 + pg_temp.h(s.id, 2, 316) as age_days
              from staged s
          ),
          sized as (
            select c.*,
                   (array['LEGALLY_FORMED', 'ORGANISED', 'BUILDING_UNITS', 'OPERATING', 'GROWING'])[c.stage_no] as stage,
                   3 + case when c.stage_no = 1 then pg_temp.h(c.id, 3, 2) else 1 + pg_temp.h(c.id, 3, 3) end as officer_count,
                   ${scaled(
                     `case c.stage_no when 1 then pg_temp.h(c.id, 4, 8) when 2 then 1 + pg_temp.h(c.id, 4, 8)
                     when 3 then 2 + pg_temp.h(c.id, 4, 8) when 4 then 3 + pg_temp.h(c.id, 4, 9)
                     else 5 + pg_temp.h(c.id, 4, 11) end`,
                     23,
                   )} as offering_count,
                   ${scaled(
                     `case c.stage_no when 1 then pg_temp.h(c.id, 5, 7) when 2 then pg_temp.h(c.id, 5, 17)
                     when 3 then pg_temp.h(c.id, 5, 31) when 4 then 20 + pg_temp.h(c.id, 5, 41)
                     else 50 + pg_temp.h(c.id, 5, 61) end`,
                     24,
                   )} as proposal_count,
                   timestamptz '2026-11-01 00:00:00+00' - c.age_days * interval '1 day'
                     + (3600 + pg_temp.h(c.id, 6, 36000)) * interval '1 second' as created_at,
                   date '2025-06-02' + pg_temp.h(c.id, 7, 121) as sk_ahu_date,
                   p.name_style, p.pmo_count, p.ba_count, p.mentor_start, p.size as province_size,
                   p.regencies, p.capital, p.commodities
              from counted c
              join nat_province p on p.code = c.province
          )
          select s.*,
                 s.created_at + (1 + pg_temp.h(s.id, 8, s.age_days - 1)) * interval '1 day' as updated_at,
                 (sum(s.officer_count) over w - s.officer_count)::integer as officer_start,
                 (sum(s.offering_count) over w - s.offering_count)::integer as offering_start,
                 (sum(s.proposal_count) over w - s.proposal_count)::integer as proposal_start,
                 -- A BA covers a run of neighbouring villages; about 3 % of cooperatives have none yet.
                 case when pg_temp.h(s.id, 9, 100) >= 3
                   then s.mentor_start + s.pmo_count + 1 + (s.pos::bigint * s.ba_count / s.province_size)::integer
                 end as ba_id
            from sized s
          window w as (order by s.id);
        create unique index on nat_coop (id);`,
    },
    {
      name: 'plan: proposal story templates',
      sql: `
        create temporary table nat_template on commit drop as
          select * from json_to_recordset(${jsonLiteral(templateRows(templates))}) as x(id integer, started_by text, via_mentor boolean,
            status text, awaiting_draft_approval boolean, turn text, latest_terms_version integer,
            accepted_terms_version integer, submitted_step integer, closed_step integer, turn_step integer,
            expires boolean, weight integer, step_count integer, total_minutes integer);
        create temporary table nat_template_step on commit drop as
          select * from json_to_recordset(${jsonLiteral(templateStepRows(templates))}) as x(template_id integer, n integer, action text, actor text,
            side text, from_status text, to_status text, turn_after text, terms_version integer,
            terms_author text, note text, before_minutes integer);
        alter table nat_template add column submitted_before integer, add column closed_before integer,
          add column turn_before integer, add column last_action text;
        update nat_template t
           set submitted_before = (select s.before_minutes from nat_template_step s where s.template_id = t.id and s.n = t.submitted_step),
               closed_before = (select s.before_minutes from nat_template_step s where s.template_id = t.id and s.n = t.closed_step),
               turn_before = (select s.before_minutes from nat_template_step s where s.template_id = t.id and s.n = t.turn_step),
               last_action = (select s.action from nat_template_step s where s.template_id = t.id and s.n = t.step_count - 1);
        -- 1,000 slots per way of starting, each holding a template in proportion to its weight.
        create temporary table nat_template_slot on commit drop as
          with grouped as (
            select t.id, case when t.started_by = 'PARTNER' then 'PARTNER' when t.via_mentor then 'MENTOR' else 'COOPERATIVE' end as start,
                   t.weight
              from nat_template t
          ),
          cumulative as (
            select g.*, sum(g.weight) over (partition by g.start order by g.id) as upto,
                   sum(g.weight) over (partition by g.start) as total
              from grouped g
          )
          select c.start, n, (select c2.id from cumulative c2 where c2.start = c.start and c2.upto * 1000 > n * c2.total
                                order by c2.upto limit 1) as template_id
            from (select distinct start from cumulative) c, generate_series(0, 999) n;
        create unique index on nat_template_slot (start, n);`,
    },
    {
      name: 'plan: partners and programs',
      sql: `
        create temporary table nat_catalogue_partner on commit drop as
          select row_number() over ()::integer as id, x.*
            from json_to_recordset(${jsonLiteral(cataloguePartners(provinces))}) as x(type text, name text, description text, website text,
              commodities text[], verification_level text, coverage text[], requests integer, home_province text,
              programs json, ord integer)
           order by ord;
        create temporary table nat_partner on commit drop as
          with catalogue as (
            select c.id, c.type, c.name, c.description, c.website, c.commodities, c.verification_level, c.coverage,
                   c.requests as request_count, coalesce(c.home_province, (select min(code) from nat_province)) as province,
                   c.commodities[1] as main_commodity, null::integer as ord
              from nat_catalogue_partner c
          ),
          quota as (
            -- The country's partners in proportion to the villages, so a subset of provinces gets its share.
            select p.*, greatest(1, round((${totalPartners} - (select count(*) from catalogue)) * p.size::numeric
                     / (select count(*) from region where level = 'VILLAGE')))::integer as partner_count
              from nat_province p
          ),
          synthetic as (
            select q.code as province, q.short, q.name as province_name, q.regional_bank, q.commodities as province_commodities,
                   q.regencies, i,
                   case when i = 0 and q.regional_bank is not null then 'REGIONAL_BANK'
                        when i = 1 then 'NGO'
                        else case when pg_temp.h(q.code::integer * 1000 + i, 21, 100) < 62 then 'PRIVATE_BUYER'
                                  when pg_temp.h(q.code::integer * 1000 + i, 21, 100) < 90 then 'PRIVATE_SUPPLIER'
                                  else 'NGO' end
                   end as type,
                   q.code::integer * 1000 + i as key
              from quota q, generate_series(0, q.partner_count - 1) i
          ),
          named as (
            select s.*,
                   s.province_commodities[1 + pg_temp.h(s.key, 22, cardinality(s.province_commodities))] as main_commodity,
                   (select first[1 + s.i % 20] || ' ' || second[1 + (s.i / 20) % 20]
                      from (select ${textArray(COMPANY_WORDS.first)} as first, ${textArray(COMPANY_WORDS.second)} as second) w) as words
              from synthetic s
          )
          select * from catalogue
          union all
          select (select count(*) from catalogue)::integer + row_number() over (order by n.province, n.i)::integer,
                 n.type,
                 case n.type when 'REGIONAL_BANK' then n.regional_bank
                   when 'PRIVATE_BUYER' then 'PT ' || n.words || ' ' || n.short
                   when 'PRIVATE_SUPPLIER' then 'CV ' || n.words || ' ' || n.short
                   else 'Yayasan ' || n.words || ' ' || n.short end,
                 case n.type
                   when 'REGIONAL_BANK' then 'Bank Pembangunan Daerah ' || n.province_name || ': kredit produktif dan pembiayaan untuk Koperasi Desa/Kelurahan Merah Putih, dengan kantor cabang di setiap kabupaten/kota.'
                   when 'PRIVATE_BUYER' then 'Pembeli ' || c.word || ' di ' || n.province_name || ': membeli langsung dari koperasi desa dengan kontrak rutin, penimbangan bersama dan pembayaran 7–14 hari.'
                   when 'PRIVATE_SUPPLIER' then 'Pemasok sembako dan sarana produksi pertanian untuk gerai koperasi di ' || n.province_name || ', dengan pengiriman ke desa setiap minggu.'
                   else 'Lembaga pendamping petani dan koperasi desa di ' || n.province_name || ': pelatihan mutu ' || c.word || ', pembukuan dan akses pasar.' end,
                 null,
                 case n.type when 'PRIVATE_BUYER' then array[n.main_commodity]
                   when 'PRIVATE_SUPPLIER' then array[case when n.i % 3 = 0 then 'FERTILISER' else 'STAPLE_GOODS' end]
                   when 'NGO' then array[n.main_commodity] else '{}'::text[] end,
                 case when n.type = 'REGIONAL_BANK' then 'GOVERNMENT_VERIFIED'
                   else (array['UNVERIFIED', 'SELF_DECLARED', 'SELF_DECLARED', 'SELF_DECLARED', 'DOCUMENTS_VERIFIED',
                               'DOCUMENTS_VERIFIED', 'DOCUMENTS_VERIFIED', 'MENTOR_ATTESTED'])[1 + pg_temp.h(n.key, 23, 8)] end,
                 case when n.type = 'REGIONAL_BANK' or pg_temp.h(n.key, 24, 100) < 35 then array[n.province]
                   else array(select n.regencies[1 + (pg_temp.h(n.key, 25, cardinality(n.regencies)) + j) % cardinality(n.regencies)]
                                from generate_series(0, least(cardinality(n.regencies), 1 + pg_temp.h(n.key, 26, 3)) - 1) j) end,
                 case when n.type = 'PRIVATE_BUYER' then pg_temp.h(n.key, 27, 7) else 0 end,
                 n.province, n.main_commodity, n.i
            from named n
            left join nat_commodity c on c.commodity = n.main_commodity;
        create unique index on nat_partner (id);
        create temporary table nat_program on commit drop as
          with catalogue as (
            select p.id as partner_id, g.*
              from nat_catalogue_partner p,
                   json_to_recordset(p.programs) as g(kind text, name text, description text,
                     min_amount numeric, max_amount numeric, rate_per_year numeric, max_tenor_months integer,
                     min_grace_months integer, max_grace_months integer, operating_cost_cap numeric, commodity text,
                     eligible_unit_types text[], required_documents text[], coverage text[], ord integer)
          ),
          synthetic as (
            select p.id as partner_id, p.type, p.name as partner_name, p.main_commodity, p.commodities, p.ord as i, k
              from nat_partner p
              cross join generate_series(1, 2) k
             where p.ord is not null
               and (k = 1 or p.type = 'REGIONAL_BANK' or (p.type = 'PRIVATE_BUYER' and pg_temp.h(p.id, 28, 100) < 25))
          )
          select row_number() over (order by x.partner_id, x.ord)::integer as id, x.*
            from (
              select partner_id, ord, kind, name, description, min_amount, max_amount, rate_per_year, max_tenor_months,
                     min_grace_months, max_grace_months, operating_cost_cap, commodity, eligible_unit_types,
                     required_documents, coverage, 'ACTIVE' as status
                from catalogue
              union all
              select s.partner_id, s.k,
                     case when s.type = 'REGIONAL_BANK' then case when s.k = 1 then 'LOAN' else 'AGENCY' end
                          when s.type = 'PRIVATE_BUYER' then 'OFFTAKE' when s.type = 'PRIVATE_SUPPLIER' then 'SUPPLY'
                          else 'SERVICE' end,
                     case when s.type = 'REGIONAL_BANK' then case when s.k = 1 then 'Kredit Usaha Koperasi Merah Putih ' || s.partner_name
                                                              else 'Agen laku pandai ' || s.partner_name || ' di koperasi desa' end
                          when s.type = 'PRIVATE_BUYER' then 'Kemitraan pembelian ' || c.word || ' – ' || s.partner_name
                            || case when s.k = 2 then ' (kontrak musiman)' else '' end
                          when s.type = 'PRIVATE_SUPPLIER' then 'Paket pasokan ' || c.word || ' untuk gerai koperasi'
                          else 'Pendampingan mutu ' || c.word || ' dan pembukuan koperasi' end,
                     case when s.type = 'REGIONAL_BANK' then case when s.k = 1
                            then 'Kredit modal kerja dan investasi gerai untuk koperasi desa/kelurahan, plafon Rp50 juta–Rp2 miliar, bunga 7 % per tahun, tenor hingga 60 bulan dengan masa tenggang hingga 6 bulan. Syarat: SK AHU, NIB, NPWP, rekening koperasi dan proposal usaha.'
                            else 'Koperasi menjadi agen laku pandai bank daerah: setor dan tarik tunai, pembayaran tagihan dan penyaluran bantuan sosial di desa, dengan fee per transaksi.' end
                          when s.type = 'PRIVATE_BUYER' then 'Pembelian rutin ' || c.word || ' dari koperasi dengan harga mengikuti harga pasar mingguan, penimbangan bersama di gudang koperasi dan pembayaran 7–14 hari setelah serah terima.'
                          when s.type = 'PRIVATE_SUPPLIER' then 'Pasokan ' || c.word || ' ke gerai koperasi dengan harga grosir, pengiriman mingguan dan tempo pembayaran 14 hari.'
                          else 'Pelatihan mutu ' || c.word || ', pembukuan sederhana dan pendampingan akses pasar untuk pengurus dan anggota koperasi.' end,
                     case when s.type = 'REGIONAL_BANK' and s.k = 1 then 50000000 end,
                     case when s.type = 'REGIONAL_BANK' and s.k = 1 then 2000000000 end,
                     case when s.type = 'REGIONAL_BANK' and s.k = 1 then 7.00 end,
                     case when s.type = 'REGIONAL_BANK' and s.k = 1 then 60 end,
                     case when s.type = 'REGIONAL_BANK' and s.k = 1 then 0 end,
                     case when s.type = 'REGIONAL_BANK' and s.k = 1 then 6 end,
                     case when s.type = 'REGIONAL_BANK' and s.k = 1 then 400000000 end,
                     case when s.type = 'REGIONAL_BANK' then null else s.commodities[1] end,
                     case when s.type = 'REGIONAL_BANK' then case when s.k = 1
                            then array['COOPERATIVE_OFFICE', 'GROCERY_KIOSK', 'SAVINGS_AND_LOAN', 'VILLAGE_CLINIC', 'VILLAGE_PHARMACY', 'WAREHOUSE_COLD_STORAGE', 'LOGISTICS']
                            else array['BANK_AGENT'] end
                          when s.type = 'PRIVATE_SUPPLIER' then array[case when s.commodities[1] = 'FERTILISER' then 'FERTILISER_RETAIL' else 'GROCERY_KIOSK' end]
                          else '{}'::text[] end,
                     case when s.type = 'REGIONAL_BANK' then case when s.k = 1
                            then array['SK_AHU', 'NIB', 'NPWP', 'BANK_ACCOUNT', 'BUSINESS_PROPOSAL']
                            else array['SK_AHU', 'NIB', 'BANK_ACCOUNT', 'OFFICER_IDS'] end
                          when s.type = 'PRIVATE_BUYER' then array['SK_AHU', 'NIB', 'BANK_ACCOUNT']
                          when s.type = 'PRIVATE_SUPPLIER' then array['SK_AHU', 'NIB']
                          else '{}'::text[] end,
                     null::text[],
                     (array['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE',
                            'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'PAUSED', 'CLOSED', 'DRAFT'])
                       [1 + pg_temp.h(s.partner_id * 4 + s.k, 29, 20)]
                from synthetic s
                left join nat_commodity c on c.commodity = s.commodities[1]
            ) x;
        create unique index on nat_program (id);
        -- Active programs serving each regency (through the regency, its province or the whole country), per kind.
        create temporary table nat_regency_program on commit drop as
          with covered as (
            select g.id, g.kind, g.partner_id, unnest(coalesce(g.coverage, p.coverage)) as code
              from nat_program g join nat_partner p on p.id = g.partner_id
             where g.status = 'ACTIVE'
          )
          select r.regency, k.kind, array_agg(distinct k.id order by k.id) as program_ids
            from (select unnest(regencies) as regency from nat_province) r
            join covered k on k.code = r.regency or k.code = left(r.regency, 2)
           group by r.regency, k.kind;
        create unique index on nat_regency_program (regency, kind);`,
    },
  ];
}

/** Goods partners supply to cooperatives, which the demo's commodity catalogue does not price. */
const SUPPLY_GOODS = [
  {
    commodity: 'STAPLE_GOODS',
    word: 'paket sembako',
    unit: 'PIECE',
    monthly_min: 100,
    monthly_max: 1000,
    request_min: 200,
    request_max: 2000,
    price_min: 150000,
    price_max: 250000,
    price_step: 5000,
    titles: ['Paket sembako untuk gerai koperasi'],
    detail: 'Paket beras, minyak goreng, gula dan tepung.',
  },
  {
    commodity: 'FERTILISER',
    word: 'pupuk NPK',
    unit: 'SACK',
    monthly_min: 50,
    monthly_max: 400,
    request_min: 100,
    request_max: 800,
    price_min: 180000,
    price_max: 260000,
    price_step: 5000,
    titles: ['Pupuk NPK nonsubsidi karung 50 kg'],
    detail: 'Pupuk NPK nonsubsidi dalam karung 50 kg.',
  },
];

function templateRows(templates: StoryTemplate[]) {
  return templates.map((t) => ({
    id: t.id,
    started_by: t.startedBy,
    via_mentor: t.viaMentor,
    status: t.status,
    awaiting_draft_approval: t.awaitingDraftApproval,
    turn: t.turn,
    latest_terms_version: t.latestTermsVersion,
    accepted_terms_version: t.acceptedTermsVersion,
    submitted_step: t.submittedStep,
    closed_step: t.closedStep,
    turn_step: t.turnStep,
    expires: t.expires,
    weight: t.weight,
    step_count: t.steps.length,
    total_minutes: t.steps.reduce((sum, s) => sum + s.gapMinutes, 0),
  }));
}

/** Each step with its distance in minutes from the proposal's last step. */
function templateStepRows(templates: StoryTemplate[]) {
  return templates.flatMap((t) => {
    const total = t.steps.reduce((sum, s) => sum + s.gapMinutes, 0);
    let elapsed = 0;
    return t.steps.map((s, n) => {
      elapsed += s.gapMinutes;
      return {
        template_id: t.id,
        n,
        action: s.action,
        actor: s.actor,
        side: s.side,
        from_status: s.fromStatus,
        to_status: s.toStatus,
        turn_after: s.turnAfter,
        terms_version: s.termsVersion,
        terms_author: s.termsAuthor,
        note: s.note,
        before_minutes: total - elapsed,
      };
    });
  });
}
