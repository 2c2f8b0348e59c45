import type { Knex } from '@mikro-orm/postgresql';
import { seedDemoData } from '../src/db/seeders/demo-seed';
import { loadRegions } from '../src/db/regions';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let knex: Knex;
beforeAll(async () => {
  server = await startTestServer();
  knex = server.orm.em.getKnex();
});
afterAll(() => server.close());

const count = async (query: Knex.QueryBuilder) =>
  Number(((await query.count({ n: '*' }).first()) as { n: string }).n);

test('every region of Indonesia is loaded, with its hierarchy', async () => {
  expect(await count(knex('region'))).toBe(91_599);
  const byLevel: { level: string; n: string }[] = await knex('region')
    .select('level')
    .count({ n: '*' })
    .groupBy('level');
  expect(Object.fromEntries(byLevel.map((row) => [row.level, Number(row.n)]))).toEqual({
    PROVINCE: 38,
    REGENCY: 514,
    DISTRICT: 7285,
    VILLAGE: 83_762,
  });
  expect(await count(knex('region').where('village_kind', 'DESA'))).toBe(75_252);
  expect(await count(knex('region').where('village_kind', 'KELURAHAN'))).toBe(8510);
  // Kalimantan Barat, where the demo's stories take place, whole.
  expect(await count(knex('region').whereLike('code', '61%'))).toBe(2334);
  // Names with a comma come through the quoted CSV field intact.
  expect(await knex('region').where('code', '12.07.28.1007').first('name')).toEqual({
    name: 'Lubuk Pakam I,II',
  });
  // Every non-province row points at a parent one level up whose code prefixes its own, and every
  // village has a kind.
  expect(await count(knex('region').where('level', 'VILLAGE').whereNull('village_kind'))).toBe(0);
  const orphans = await count(
    knex('region as r')
      .leftJoin('region as p', 'p.code', 'r.parent_code')
      .where('r.level', '<>', 'PROVINCE')
      .where((where) => where.whereNull('p.code').orWhereRaw("r.code not like p.code || '.%'")),
  );
  expect(orphans).toBe(0);
});

test('one cooperative per village: KDMP for each desa, KKMP for each kelurahan', async () => {
  // Every village of Kalimantan Barat, and of Kabupaten Kudus and Kota Salatiga in Jawa Tengah.
  expect(await count(knex('cooperative'))).toBe(2300);
  expect(await count(knex('cooperative').whereLike('village_code', '61.%'))).toBe(2145);
  expect(await count(knex('cooperative').whereLike('village_code', '33.19.%'))).toBe(132);
  expect(await count(knex('cooperative').whereLike('village_code', '33.73.%'))).toBe(23);
  const mismatched = await count(
    knex('cooperative as c')
      .join('region as v', 'v.code', 'c.village_code')
      .whereRaw("(v.village_kind = 'DESA') <> (c.kind = 'KDMP')"),
  );
  expect(mismatched).toBe(0);
  expect(await count(knex('cooperative').where('kind', 'KKMP'))).toBe(99 + 9 + 23);
});

test('the second province has cooperatives only: the stories, offerings and mentors stay in Kalimantan Barat', async () => {
  const inJawaTengah = knex('cooperative').select('id').whereLike('village_code', '33.%');
  // Its ids come after Kalimantan Barat's, so adding it left those as they were.
  const [{ min }] = await knex('cooperative').whereLike('village_code', '33.%').min({ min: 'id' });
  expect(min).toBe(2146);
  expect(await count(knex('business_unit').whereIn('cooperative_id', inJawaTengah))).toBeGreaterThan(0);
  expect(await count(knex('cooperative_officer').whereIn('cooperative_id', inJawaTengah))).toBeGreaterThan(0);
  expect(await count(knex('cooperative_document').whereIn('cooperative_id', inJawaTengah))).toBeGreaterThan(
    0,
  );
  expect(await count(knex('offering').whereIn('cooperative_id', inJawaTengah))).toBe(0);
  expect(await count(knex('proposal').whereIn('cooperative_id', inJawaTengah))).toBe(0);
  expect(await count(knex('mentor_assignment').whereIn('cooperative_id', inJawaTengah))).toBe(0);
  expect(
    await count(
      knex('membership as m')
        .join('app_user as u', 'u.id', 'm.user_id')
        .where({ 'u.email': 'dinas.jateng@demo.mitradesa.id', 'm.role': 'DINAS', 'm.region_code': '33' }),
    ),
  ).toBe(1);
});

test('the dashboard counters hold what the rows say after the seed', async () => {
  const counters = await knex.raw(
    `select region_code, stage, cooperatives from cooperative_stage_count where cooperatives <> 0
     except
     select code, stage, count(*)::int from cooperative,
            unnest(array[left(village_code, 2), left(village_code, 5), left(village_code, 8)]) code
      group by 1, 2`,
  );
  expect(counters.rows).toEqual([]);
  expect(
    Number(
      (await knex('cooperative_stage_count').where('region_code', '33').sum({ n: 'cooperatives' }))[0].n,
    ),
  ).toBe(155);
});

test('stages are spread realistically: most formed or organised, a minority operating', async () => {
  const total = 2300;
  const early = await count(knex('cooperative').whereIn('stage', ['LEGALLY_FORMED', 'ORGANISED']));
  const operating = await count(knex('cooperative').whereIn('stage', ['OPERATING', 'GROWING']));
  expect(early / total).toBeGreaterThan(0.6);
  expect(operating / total).toBeGreaterThan(0.05);
  expect(operating / total).toBeLessThan(0.25);
  const operatingWithoutActiveUnit = await count(
    knex('cooperative as c')
      .whereIn('c.stage', ['OPERATING', 'GROWING'])
      .whereNotExists(
        knex('business_unit as u').whereRaw('u.cooperative_id = c.id').where('u.status', 'ACTIVE'),
      ),
  );
  expect(operatingWithoutActiveUnit).toBe(0);
});

test('245 mentors: 30 PMO and 215 BA, each BA with 7–15 cooperatives of its own regency', async () => {
  expect(await count(knex('mentor').where('role', 'PMO'))).toBe(30);
  expect(await count(knex('mentor').where('role', 'BA'))).toBe(215);
  const caseloads: { n: string; same_regency: boolean }[] = await knex('mentor as m')
    .join('mentor_assignment as a', 'a.mentor_id', 'm.id')
    .join('cooperative as c', 'c.id', 'a.cooperative_id')
    .where('m.role', 'BA')
    .whereNull('a.ended_at')
    .groupBy('m.id')
    .select('m.id')
    .count({ n: '*' })
    .select(knex.raw("bool_and(c.village_code like m.regency_code || '.%') as same_regency"));
  expect(caseloads).toHaveLength(215);
  for (const caseload of caseloads) {
    expect(Number(caseload.n)).toBeGreaterThanOrEqual(7);
    expect(Number(caseload.n)).toBeLessThanOrEqual(15);
    expect(caseload.same_regency).toBe(true);
  }
});

test('the four state banks offer the PMK 49/2025 loan', async () => {
  const loans = await knex('program as g')
    .join('partner as p', 'p.id', 'g.partner_id')
    .where('p.type', 'STATE_BANK')
    .where('g.kind', 'LOAN')
    .where('g.max_amount', '3000000000')
    .select(
      'p.name',
      'g.rate_per_year',
      'g.max_tenor_months',
      'g.min_grace_months',
      'g.max_grace_months',
      'g.operating_cost_cap',
      'g.required_documents',
    );
  expect(new Set(loans.map((loan) => loan.name)).size).toBe(4);
  for (const loan of loans) {
    expect(loan).toMatchObject({
      rate_per_year: '6.00',
      max_tenor_months: 72,
      min_grace_months: 6,
      max_grace_months: 8,
      operating_cost_cap: '500000000.00',
    });
    expect(loan.required_documents).toEqual(
      expect.arrayContaining([
        'SK_AHU',
        'NIK_CERTIFICATE',
        'BANK_ACCOUNT',
        'NPWP',
        'NIB',
        'BUSINESS_PROPOSAL',
      ]),
    );
  }
});

/** A fingerprint of every seeded table's content, in primary-key order. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = [
    'region',
    'cooperative',
    'business_unit',
    'cooperative_officer',
    'offering',
    'offering_delivery_region',
    'partner',
    'partner_coverage',
    'program',
    'program_coverage',
    'partner_request',
    'mentor',
    'mentor_assignment',
    'proposal',
    'proposal_terms',
    'proposal_event',
    'proposal_message',
    'cooperative_stage_count',
    'proposal_status_count',
  ];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const row = await knex.raw(
      `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from ${table} t`,
    );
    result[table] = row.rows[0].hash;
  }
  return result;
}

test('seeding again changes nothing; a reset reproduces the same data and ids', async () => {
  const before = await fingerprint();
  expect(await seedDemoData(server.orm.em.fork(), { reset: false })).toBeNull();
  expect(await fingerprint()).toEqual(before);
  const summary = await seedDemoData(server.orm.em.fork(), { reset: true });
  expect(summary).toMatchObject({ cooperatives: 2300, mentors: 245 });
  expect(await fingerprint()).toEqual(before);
});

test('loading the regions again changes nothing; a new edition of the file is merged in place', async () => {
  expect(await loadRegions(knex)).toBe(0);
  // As if the database predated a village and a renaming: both come back from the file.
  await knex('region').where('code', '61.03').update({ name: 'Sanggau (old name)' });
  const village = await knex('region').where('code', '11.01.01.2001').first();
  await knex('region').where('code', '11.01.01.2001').delete();
  expect(await loadRegions(knex)).toBe(2);
  expect(await knex('region').where('code', '61.03').first('name')).toEqual({ name: 'Kabupaten Sanggau' });
  expect(await knex('region').where('code', '11.01.01.2001').first()).toEqual(village);
  expect(await count(knex('region'))).toBe(91_599);
});
