import { R } from './cooperative-steps';
import { dots } from './partner-steps';
import { jsonLiteral, type SeedStep } from './steps';

/** What cooperatives borrow for (the demo's purposes), with an amount range in IDR. */
const FINANCING_PURPOSES = [
  {
    unit_type: 'WAREHOUSE_COLD_STORAGE',
    purpose: 'pembangunan gudang dan cold storage untuk hasil panen anggota',
    amin: 500e6,
    amax: 3000e6,
  },
  {
    unit_type: 'GROCERY_KIOSK',
    purpose: 'renovasi gerai sembako dan modal stok awal',
    amin: 100e6,
    amax: 500e6,
  },
  {
    unit_type: 'SAVINGS_AND_LOAN',
    purpose: 'tambahan modal unit simpan pinjam untuk pinjaman produktif anggota',
    amin: 200e6,
    amax: 1500e6,
  },
  { unit_type: 'LOGISTICS', purpose: 'pembelian truk pengangkut hasil bumi', amin: 300e6, amax: 900e6 },
  {
    unit_type: 'VILLAGE_CLINIC',
    purpose: 'alat kesehatan dan renovasi klinik desa',
    amin: 150e6,
    amax: 600e6,
  },
  {
    unit_type: 'VILLAGE_PHARMACY',
    purpose: 'stok obat dan perlengkapan apotek desa',
    amin: 100e6,
    amax: 400e6,
  },
  {
    unit_type: 'COOPERATIVE_OFFICE',
    purpose: 'pembangunan kantor koperasi dan perangkat komputer',
    amin: 150e6,
    amax: 800e6,
  },
  {
    unit_type: 'WAREHOUSE_COLD_STORAGE',
    purpose: 'modal kerja pembelian hasil panen dari petani anggota',
    amin: 200e6,
    amax: 1500e6,
  },
];

/** Add-on units a cooperative may want to run for a state company or a bank (the demo's texts). */
const INTERESTS = [
  {
    unit_type: 'LPG_OUTLET',
    commodity: 'LPG',
    title: 'Siap menjadi pangkalan LPG 3 kg (elpiji) Pertamina',
    description:
      'Koperasi memiliki lahan dan pengurus untuk pangkalan elpiji 3 kg; warga desa selama ini membeli LPG dari pengecer di kecamatan dengan harga lebih tinggi.',
  },
  {
    unit_type: 'FERTILISER_RETAIL',
    commodity: 'FERTILISER',
    title: 'Ingin menjadi kios pupuk bersubsidi',
    description:
      'Petani anggota membutuhkan pupuk urea dan NPK setiap musim tanam; koperasi siap menjadi kios pupuk resmi dengan gudang dan pencatatan RDKK.',
  },
  {
    unit_type: 'BULOG_AGENCY',
    commodity: 'STAPLE_GOODS',
    title: 'Minat menjadi agen Bulog untuk beras dan sembako',
    description:
      'Gerai sembako koperasi siap menyalurkan beras SPHP, minyak goreng dan sembako Bulog kepada warga dengan harga terjangkau.',
  },
  {
    unit_type: 'BANK_AGENT',
    commodity: null,
    title: 'Siap menjadi agen bank (laku pandai) di desa',
    description:
      'Warga harus ke kota kecamatan untuk setor, tarik tunai dan bayar tagihan; koperasi siap menjadi agen bank seperti BRILink atau Agen46.',
  },
  {
    unit_type: 'POST_AGENT',
    commodity: null,
    title: 'Ingin membuka agen pos dan kiriman paket',
    description:
      'Koperasi ingin melayani kiriman paket, hasil bumi dan pembayaran tagihan warga sebagai agen pos desa.',
  },
];

/** 1500000000 → 'Rp1,5 miliar', 750000000 → 'Rp750 juta'. */
const rupiahShort = (amount: string) =>
  `case when ${amount} >= 1000000000 then 'Rp' || replace(trim(trailing '.' from trim(trailing '0' from to_char(${amount} / 1000000000.0, 'FM999990.999'))), '.', ',') || ' miliar'
        else 'Rp' || (${amount} / 1000000)::bigint || ' juta' end`;

const quantityText = (quantity: string, unit: string) =>
  `case when ${unit} = 'KG' and ${quantity} >= 10000 then ${dots(`${quantity} / 1000`)} || ' ton'
        else ${dots(quantity)} || ' ' || case ${unit} when 'KG' then 'kg' when 'TON' then 'ton' when 'LITRE' then 'liter'
          when 'PIECE' then 'buah' when 'TRAY' then 'rak' when 'HEAD' then 'ekor' when 'SACK' then 'karung'
          when 'CUBIC_METRE' then 'm³' else 'rit' end end`;

export const offeringSteps: SeedStep[] = [
  {
    name: 'offering',
    sql: `
      create temporary table nat_purpose on commit drop as
        select * from json_to_recordset(${jsonLiteral(FINANCING_PURPOSES.map((row, n) => ({ ...row, n })))})
          as x(n integer, unit_type text, purpose text, amin bigint, amax bigint);
      create temporary table nat_interest on commit drop as
        select * from json_to_recordset(${jsonLiteral(INTERESTS.map((row, n) => ({ ...row, n })))})
          as x(n integer, unit_type text, commodity text, title text, description text);
      insert into offering (id, created_at, updated_at, cooperative_id, kind, title, description, commodity, quantity_per_month,
        quantity_unit, price_min, price_max, amount_needed, financing_purpose, wanted_tenor_months, unit_type, status,
        valid_until, last_confirmed_at, version)
      select o.id, o.created_at, greatest(o.created_at, o.last_confirmed_at), o.cooperative_id, o.kind,
             case o.kind
               when 'SUPPLY' then o.titles[1 + pg_temp.h(o.id, 105, cardinality(o.titles))] || ' – ±' || ${quantityText('o.quantity', 'o.unit')} || '/bulan'
               when 'FINANCING_NEED' then 'Butuh pembiayaan ' || ${rupiahShort('o.amount')} || ' untuk ' || o.purpose
               when 'SERVICE' then case when o.service_kind = 0 then 'Sewa ruang cold storage dan gudang ' || o.space || ' m³ per bulan'
                                        else 'Jasa angkutan hasil bumi dengan truk, ' || o.space || ' rit per bulan' end
               else o.interest_title end,
             case o.kind
               when 'SUPPLY' then o.detail || ' Kapasitas ±' || ${quantityText('o.quantity', 'o.unit')} || ' ' || o.word || ' per bulan dari '
                 || o.cooperative_name || '. Harga Rp' || ${dots('o.price_low')} || '–Rp' || ${dots('o.price_high')} || ' per '
                 || case o.unit when 'KG' then 'kg' when 'TRAY' then 'rak' when 'PIECE' then 'buah' when 'SACK' then 'karung' else lower(o.unit) end
                 || ', dapat dinegosiasikan untuk kontrak rutin.'
               when 'FINANCING_NEED' then o.cooperative_name || ' membutuhkan pembiayaan Rp' || ${dots('o.amount')} || ' untuk ' || o.purpose
                 || ', dengan tenor ' || o.tenor || ' bulan. Proposal usaha dan persetujuan musyawarah desa sedang disiapkan bersama pendamping.'
               when 'SERVICE' then case when o.service_kind = 0
                 then 'Ruang pendingin dan gudang koperasi untuk ikan, sayur dan buah, ' || o.space || ' m³ tersedia per bulan.'
                 else 'Truk koperasi mengangkut hasil bumi dan sembako antar-desa dan ke kota kabupaten, ' || o.space || ' rit tersedia per bulan.' end
               else o.interest_description || ' (' || o.cooperative_name || ')' end,
             case o.kind when 'SUPPLY' then o.commodity when 'FINANCING_NEED' then case when o.purpose_n = 7 then o.commodity end
               when 'PARTNERSHIP_INTEREST' then o.interest_commodity end,
             case o.kind when 'SUPPLY' then o.quantity when 'SERVICE' then o.space end,
             case o.kind when 'SUPPLY' then o.unit when 'SERVICE' then case when o.service_kind = 0 then 'CUBIC_METRE' else 'TRIP' end end,
             case o.kind when 'SUPPLY' then o.price_low when 'SERVICE' then case when o.service_kind = 0 then 100000 else 800000 end end,
             case o.kind when 'SUPPLY' then o.price_high when 'SERVICE' then case when o.service_kind = 0 then 140000 else 1800000 end end,
             case when o.kind = 'FINANCING_NEED' then o.amount end,
             case when o.kind = 'FINANCING_NEED' then upper(left(o.purpose, 1)) || substr(o.purpose, 2) end,
             case when o.kind = 'FINANCING_NEED' then o.tenor end,
             case o.kind when 'FINANCING_NEED' then o.purpose_unit when 'SERVICE' then case when o.service_kind = 0 then 'WAREHOUSE_COLD_STORAGE' else 'LOGISTICS' end
               when 'PARTNERSHIP_INTEREST' then o.interest_unit end,
             o.status,
             case o.status
               when 'PUBLISHED' then ${R} + (90 + pg_temp.h(o.id, 106, 276)) * interval '1 day'
               when 'PAUSED' then ${R} + (30 + pg_temp.h(o.id, 106, 171)) * interval '1 day'
               when 'EXPIRED' then ${R} - (1 + pg_temp.h(o.id, 106, greatest(1, o.created_day - 1))) * interval '1 day'
               when 'CLOSED' then o.created_at + (30 + pg_temp.h(o.id, 106, 151)) * interval '1 day' end,
             o.last_confirmed_at,
             1
        from (
          select b.*,
                 case b.status
                   when 'PUBLISHED' then greatest(b.created_at, ${R} - (1 + pg_temp.h(b.id, 107, least(45, b.created_day))) * interval '1 day')
                   when 'PAUSED' then b.created_at + pg_temp.h(b.id, 107, greatest(1, b.created_day - 1)) * interval '1 day'
                   when 'EXPIRED' then b.created_at when 'CLOSED' then b.created_at end as last_confirmed_at
            from (
              select c.offering_start + k + 1 as id, c.id as cooperative_id, k,
                     'Koperasi ' || case c.kind when 'KKMP' then 'Kelurahan' else 'Desa' end || ' Merah Putih ' || c.village_name as cooperative_name,
                     3 + pg_temp.h(c.offering_start + k, 101, greatest(1, c.age_days - 3)) as created_day,
                     ${R} - (3 + pg_temp.h(c.offering_start + k, 101, greatest(1, c.age_days - 3))) * interval '1 day'
                       + (3600 + pg_temp.h(c.offering_start + k, 102, 36000)) * interval '1 second' as created_at,
                     case when pg_temp.h(c.offering_start + k, 103, 100) < (array[60, 55, 55, 65, 65])[c.stage_no] then 'SUPPLY'
                          when pg_temp.h(c.offering_start + k, 103, 100) < (array[85, 85, 85, 77, 75])[c.stage_no] then 'FINANCING_NEED'
                          when pg_temp.h(c.offering_start + k, 103, 100) < (array[85, 85, 85, 87, 90])[c.stage_no] then 'SERVICE'
                          else 'PARTNERSHIP_INTEREST' end as kind,
                     (array['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED',
                            'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'DRAFT', 'DRAFT', 'PAUSED',
                            'EXPIRED', 'EXPIRED', 'CLOSED'])[1 + pg_temp.h(c.offering_start + k, 104, 20)] as status,
                     m.commodity, m.word, m.unit, m.titles, m.detail,
                     round((m.monthly_min + pg_temp.h(c.offering_start + k, 108, (m.monthly_max - m.monthly_min + 1)::integer))::numeric,
                           2 - length((m.monthly_min + pg_temp.h(c.offering_start + k, 108, (m.monthly_max - m.monthly_min + 1)::integer))::text)) as quantity,
                     round((m.price_min + (m.price_max - m.price_min) * pg_temp.h(c.offering_start + k, 109, 50) / 100.0) / m.price_step) * m.price_step as price_low,
                     least(m.price_max, round((m.price_min + (m.price_max - m.price_min) * (pg_temp.h(c.offering_start + k, 109, 50) + 15 + pg_temp.h(c.offering_start + k, 110, 35)) / 100.0) / m.price_step) * m.price_step) as price_high,
                     fp.n as purpose_n, fp.purpose, fp.unit_type as purpose_unit,
                     (ceil(fp.amin / 25e6) + pg_temp.h(c.offering_start + k, 111, (floor(fp.amax / 25e6) - ceil(fp.amin / 25e6) + 1)::integer))::bigint * 25000000 as amount,
                     (array[24, 36, 48, 60, 72])[1 + pg_temp.h(c.offering_start + k, 112, 5)] as tenor,
                     pg_temp.h(c.offering_start + k, 113, 2) as service_kind,
                     case when pg_temp.h(c.offering_start + k, 113, 2) = 0 then 10 + 5 * pg_temp.h(c.offering_start + k, 114, 15)
                          else 8 + 2 * pg_temp.h(c.offering_start + k, 114, 21) end as space,
                     it.title as interest_title, it.description as interest_description, it.commodity as interest_commodity,
                     it.unit_type as interest_unit
                from nat_coop c
                cross join lateral generate_series(0, c.offering_count - 1) k
                join nat_commodity m on m.commodity = c.commodities[1 + (pg_temp.h(c.id, 100, cardinality(c.commodities)) + k) % cardinality(c.commodities)]
                join nat_purpose fp on fp.n = pg_temp.h(c.offering_start + k, 115, 8)
                join nat_interest it on it.n = pg_temp.h(c.offering_start + k, 116, 5)
            ) b
        ) o
       order by o.id`,
  },
  {
    name: 'offering_delivery_region',
    sql: `
      insert into offering_delivery_region (offering_id, region_code)
      select distinct o.id, r.code
        from offering o
        join nat_coop c on c.id = o.cooperative_id
        cross join lateral (values
          (c.regency),
          -- Goods also travel to a neighbouring regency and to the province's main market town.
          (case when o.kind in ('SUPPLY', 'SERVICE') and pg_temp.h(o.id, 117, 100) < 30
            then c.regencies[1 + (array_position(c.regencies, c.regency) % cardinality(c.regencies))] end),
          (case when o.kind in ('SUPPLY', 'SERVICE') and pg_temp.h(o.id, 118, 100) < 25 then c.capital end)
        ) as r(code)
       where r.code is not null`,
  },
];
