import type { Knex } from '@mikro-orm/postgresql';
import { connect, migrate } from '../src/db/database';
import { databaseUrl, runSql } from '../src/db/scratch-database';
import { NATIONAL_ACCOUNTS, NATIONAL_TABLES, seedNational } from '../src/db/seeders/national/national-seed';
import { startMidSizeServer, signInWithoutPassword, MID_SIZE_DENSITY } from './support/mid-size-database';
import { ADMIN_URL_ENV } from './support/test-database';
import type { TestServer } from './support/test-server';

/** Central Java has 8,563 villages and West Kalimantan 2,145 in the Kemendagri file. */
const MID_SIZE_VILLAGES = 8_563 + 2_145;

let server: TestServer;
let knex: Knex;

async function rows<T>(sql: string, bindings: Knex.RawBinding[] = []): Promise<T[]> {
  return ((await knex.raw(sql, bindings)) as { rows: T[] }).rows;
}

beforeAll(async () => {
  server = await startMidSizeServer();
  knex = server.orm.em.getConnection().getKnex();
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('the mid-size national data set', () => {
  it('has one cooperative per village of the two provinces, of the kind the village calls for', async () => {
    const [counts] = await rows<{ villages: number; cooperatives: number; matched: number; outside: number }>(
      `select (select count(*)::integer from region where level = 'VILLAGE' and left(code, 2) in ('33', '61')) as villages,
              (select count(*)::integer from cooperative) as cooperatives,
              (select count(*)::integer from cooperative c join region v on v.code = c.village_code
                where c.kind = case v.village_kind when 'KELURAHAN' then 'KKMP' else 'KDMP' end) as matched,
              (select count(*)::integer from cooperative where left(village_code, 2) not in ('33', '61')) as outside`,
    );
    expect(counts).toEqual({
      villages: MID_SIZE_VILLAGES,
      cooperatives: MID_SIZE_VILLAGES,
      matched: MID_SIZE_VILLAGES,
      outside: 0,
    });
    // village_code is unique, so equal counts mean every village has exactly one.
    const [kinds] = await rows<{ kdmp: number; kkmp: number }>(
      `select count(*) filter (where kind = 'KDMP')::integer as kdmp, count(*) filter (where kind = 'KKMP')::integer as kkmp
         from cooperative`,
    );
    expect(kinds).toEqual({ kdmp: MID_SIZE_VILLAGES - 753 - 99, kkmp: 753 + 99 });
  });

  it('leaves no row pointing at a missing parent (the load ran without foreign-key checks)', async () => {
    const foreignKeys = await rows<{ name: string; sql: string }>(
      `select c.conname as name,
              format('select count(*)::integer as orphans from %s x where (%s) is not null and not exists (select 1 from %s y where (%s) = (%s))',
                     c.conrelid::regclass,
                     (select string_agg('x.' || quote_ident(a.attname), ', ') from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k),
                     c.confrelid::regclass,
                     (select string_agg('y.' || quote_ident(a.attname), ', ') from unnest(c.confkey) k join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k),
                     (select string_agg('x.' || quote_ident(a.attname), ', ') from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k)) as sql
         from pg_constraint c
        where c.contype = 'f' and c.connamespace = 'public'::regnamespace
        order by 1`,
    );
    expect(foreignKeys.length).toBeGreaterThan(30);
    const orphans: Record<string, number> = {};
    for (const key of foreignKeys) {
      const [{ orphans: count }] = await rows<{ orphans: number }>(key.sql);
      if (count > 0) orphans[key.name] = count;
    }
    expect(orphans).toEqual({});
  });

  it('has realistic proportions: most cooperatives still forming, a few thousand operating', async () => {
    const stages = Object.fromEntries(
      (
        await rows<{ stage: string; share: number }>(
          `select stage, round(100.0 * count(*) / sum(count(*)) over ())::integer as share from cooperative group by stage`,
        )
      ).map((row) => [row.stage, row.share]),
    );
    expect(stages.LEGALLY_FORMED).toBeGreaterThanOrEqual(35);
    expect(stages.LEGALLY_FORMED + stages.ORGANISED).toBeGreaterThanOrEqual(65);
    expect(stages.OPERATING + stages.GROWING).toBeGreaterThanOrEqual(8);
    expect(stages.OPERATING + stages.GROWING).toBeLessThanOrEqual(20);

    const [shape] = await rows<{
      operating_without_active_unit: number;
      planned_units_only_early: number;
      offerings_per_cooperative: number;
      proposals_per_cooperative: number;
    }>(
      `select (select count(*)::integer from cooperative c where c.stage in ('OPERATING', 'GROWING')
                 and not exists (select 1 from business_unit u where u.cooperative_id = c.id and u.status = 'ACTIVE'))
                as operating_without_active_unit,
              (select count(*)::integer from business_unit u join cooperative c on c.id = u.cooperative_id
                where c.stage in ('LEGALLY_FORMED', 'ORGANISED') and u.status <> 'PLANNED') as planned_units_only_early,
              round((select count(*) from offering)::numeric / (select count(*) from cooperative), 2)::float as offerings_per_cooperative,
              round((select count(*) from proposal)::numeric / (select count(*) from cooperative), 2)::float as proposals_per_cooperative`,
    );
    expect(shape.operating_without_active_unit).toBe(0);
    expect(shape.planned_units_only_early).toBe(0);
    // Nationally about 4.6 offerings and 12 proposals per cooperative; the mid-size set has a quarter.
    expect(shape.offerings_per_cooperative).toBeGreaterThan(4 * MID_SIZE_DENSITY);
    expect(shape.offerings_per_cooperative).toBeLessThan(6 * MID_SIZE_DENSITY);
    expect(shape.proposals_per_cooperative).toBeGreaterThan(10 * MID_SIZE_DENSITY);
    expect(shape.proposals_per_cooperative).toBeLessThan(16 * MID_SIZE_DENSITY);
  });

  it('has West Kalimantan’s 30 PMO and 215 BA, and as many per village elsewhere, each BA with a caseload of neighbours', async () => {
    const mentors = await rows<{ province: string; pmo: number; ba: number }>(
      // A province-level PMO has no regency: it is where the PMOs it supervises work.
      `select coalesce(left(m.regency_code, 2),
                       (select left(s.regency_code, 2) from mentor s where s.supervisor_id = m.id and s.regency_code is not null limit 1))
                as province,
              count(*) filter (where m.role = 'PMO')::integer as pmo, count(*) filter (where m.role = 'BA')::integer as ba
         from mentor m
        group by 1 order by 1`,
    );
    expect(mentors).toEqual([
      { province: '33', pmo: 120, ba: 858 },
      { province: '61', pmo: 30, ba: 215 },
    ]);
    const [caseloads] = await rows<{ smallest: number; largest: number; covered: number }>(
      `select min(n)::integer as smallest, max(n)::integer as largest, sum(n)::integer as covered
         from (select count(*) as n from mentor_assignment group by mentor_id) x`,
    );
    expect(caseloads.smallest).toBeGreaterThanOrEqual(5);
    expect(caseloads.largest).toBeLessThanOrEqual(12);
    expect(caseloads.covered / MID_SIZE_VILLAGES).toBeGreaterThan(0.95);
  });

  it('tells every proposal’s history through legal events and versioned terms', async () => {
    const [checks] = await rows<Record<string, number>>(
      `select
         (select count(*)::integer from proposal p where not exists
            (select 1 from proposal_event e where e.proposal_id = p.id and e.action in ('CREATE'))) as without_create,
         (select count(*)::integer from proposal p where (select e.to_status from proposal_event e where e.proposal_id = p.id
            order by e.created_at desc, e.id desc limit 1) <> p.status) as last_event_disagrees,
         (select count(*)::integer from proposal p where (select count(*) from proposal_event e where e.proposal_id = p.id) <> p.version)
           as version_not_event_count,
         (select count(*)::integer from proposal p where not exists
            (select 1 from proposal_terms t where t.proposal_id = p.id and t.version = p.latest_terms_version)) as without_latest_terms,
         (select count(*)::integer from proposal p where p.created_at < (select c.created_at from cooperative c where c.id = p.cooperative_id)
            - interval '1 day') as before_cooperative,
         (select count(*)::integer from proposal p join program g on g.id = p.program_id where g.partner_id <> p.partner_id)
           as program_of_other_partner`,
    );
    expect(checks).toEqual({
      without_create: 0,
      last_event_disagrees: 0,
      version_not_event_count: 0,
      without_latest_terms: 0,
      before_cooperative: 0,
      program_of_other_partner: 0,
    });
  });

  it('builds the derived tables: a search document for every cooperative and offering, match facts for every cooperative', async () => {
    const [derived] = await rows<Record<string, number>>(
      `select (select count(*)::integer from cooperative c where not exists
                 (select 1 from search_document s where s.type = 'COOPERATIVE' and s.id = c.id)) as cooperatives_unsearchable,
              (select count(*)::integer from offering o where not exists
                 (select 1 from search_document s where s.type = 'OFFERING' and s.id = o.id)) as offerings_unsearchable,
              (select count(*)::integer from cooperative c where not exists
                 (select 1 from cooperative_match_fact f where f.cooperative_id = c.id)) as without_match_facts,
              (select count(*)::integer from search_word) > 1000 as has_words`,
    );
    expect(derived).toEqual({
      cooperatives_unsearchable: 0,
      offerings_unsearchable: 0,
      without_match_facts: 0,
      has_words: true,
    });
  });

  it('gives the benchmark accounts their roles; the bank officer’s inbox holds thousands of proposals', async () => {
    const token = await signInWithoutPassword(server, NATIONAL_ACCOUNTS.bankOfficer.id);
    const response = await server.graphql<{
      viewer: { user: { email: string } };
      proposals: { totalCount: number };
    }>('{ viewer { user { email } } proposals(first: 1) { totalCount } }', {}, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data?.viewer.user.email).toBe(NATIONAL_ACCOUNTS.bankOfficer.email);
    expect(response.data?.proposals.totalCount).toBeGreaterThan(1000);

    const memberships = await rows<{ user_id: number; role: string; region_code: string | null }>(
      `select user_id, role, region_code from membership where role in ('DINAS', 'ADMIN') order by user_id, region_code`,
    );
    expect(memberships).toEqual([
      { user_id: NATIONAL_ACCOUNTS.admin.id, role: 'ADMIN', region_code: null },
      { user_id: NATIONAL_ACCOUNTS.ministry.id, role: 'DINAS', region_code: '33' },
      { user_id: NATIONAL_ACCOUNTS.ministry.id, role: 'DINAS', region_code: '61' },
      { user_id: NATIONAL_ACCOUNTS.provincialDinas.id, role: 'DINAS', region_code: '61' },
      { user_id: NATIONAL_ACCOUNTS.regencyDinas.id, role: 'DINAS', region_code: '61.01' },
      { user_id: NATIONAL_ACCOUNTS.secondProvinceDinas.id, role: 'DINAS', region_code: '33' },
    ]);
  });

  it('moves every sequence past the seeded ids', async () => {
    const serials = await rows<{ table: string; column: string }>(
      `select table_name as table, column_name as column from information_schema.columns
        where table_schema = 'public' and column_default like 'nextval(%'`,
    );
    const behind: string[] = [];
    for (const { table, column } of serials) {
      const [{ max, sequence }] = await rows<{ max: number; sequence: string }>(
        `select coalesce(max("${column}"), 0)::integer as max, pg_get_serial_sequence('"${table}"', '${column}') as sequence
           from "${table}"`,
      );
      const [state] = await rows<{ last_value: string; is_called: boolean }>(
        `select last_value, is_called from ${sequence}`,
      );
      const next = Number(state.last_value) + (state.is_called ? 1 : 0);
      if (next <= max) behind.push(table);
    }
    expect(serials.length).toBeGreaterThan(10);
    expect(behind).toEqual([]);
  });
});

describe('seedNational', () => {
  it('gives the same rows on every run (a fingerprint of every seeded table)', async () => {
    const adminUrl = process.env[ADMIN_URL_ENV]!;
    const names = ['a', 'b'].map((suffix) => `mitradesa_national_twice_${process.pid}_${suffix}`);
    const fingerprints: Record<string, string>[] = [];
    try {
      for (const name of names) {
        await runSql(adminUrl, `drop database if exists "${name}" with (force)`);
        await runSql(adminUrl, `create database "${name}"`);
        const orm = await connect(databaseUrl(adminUrl, name), 3);
        try {
          await migrate(orm);
          const own = orm.em.getConnection().getKnex();
          // North Kalimantan (482 villages) is small enough to seed twice in a test.
          await seedNational(own, { provinces: ['65'], density: 0.5 });
          const tables = [
            ...NATIONAL_TABLES,
            'cooperative_attestation',
            'proposal_message',
            'notification',
            'search_document',
            'cooperative_match_fact',
          ];
          const result = (await own.raw(
            tables
              .map(
                (table) =>
                  `select '${table}' as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from "${table}" t`,
              )
              .join(' union all '),
          )) as { rows: { name: string; hash: string }[] };
          fingerprints.push(Object.fromEntries(result.rows.map((row) => [row.name, row.hash])));
        } finally {
          await orm.close(true);
        }
      }
    } finally {
      for (const name of names) await runSql(adminUrl, `drop database if exists "${name}" with (force)`);
    }
    expect(Object.keys(fingerprints[0])).toHaveLength(NATIONAL_TABLES.length + 5);
    expect(fingerprints[1]).toEqual(fingerprints[0]);
  }, 600_000);
});
