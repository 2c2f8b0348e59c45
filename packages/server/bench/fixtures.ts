import { Client } from 'pg';
import { newToken } from '../src/modules/account/credentials';

/**
 * What the operations of one data set read, looked up in it so that demo and national runs pick
 * the same kind of thing (the busiest province, regency, partner…), and the signed-in viewers the
 * benchmark creates for the run.
 */
export interface Fixtures {
  /** The province with the most cooperatives, and inside it the busiest regency, district, village. */
  province: string;
  regency: string;
  district: string;
  village: string;
  /** The commodity with the most published offerings. */
  commodity: string;
  /** The cooperative with the most published offerings. */
  busiestCooperative: number;
  /** The partner with the most proposals, and whether it is a bank. */
  busiestPartner: { id: number; name: string; proposals: number };
  /** Everything the recommendations rotate through. */
  cooperatives: number[];
  programs: number[];
  requests: number[];
  supplyOfferings: number[];
  publishedOfferings: number[];
  /** Sessions (bearer tokens) of the viewers created for this run. */
  tokens: { admin: string; partnerOfficer: string; provinceDinas: string };
  counts: Record<'cooperatives' | 'offerings' | 'proposals' | 'partners', number>;
}

/** Accounts the benchmark creates; the ones of an earlier run are removed first. */
const BENCH_EMAIL_DOMAIN = 'bench.mitradesa.invalid';

export async function loadFixtures(url: string): Promise<Fixtures> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
    const { rows } = await client.query(sql, params);
    if (rows.length === 0) throw new Error(`The benchmark data has nothing for: ${sql}`);
    return rows[0] as T;
  };
  const ids = async (sql: string) => (await client.query<{ id: number }>(sql)).rows.map((row) => row.id);
  try {
    const busiestWithin = async (parentPattern: string, length: number) =>
      (
        await one<{ code: string }>(
          `select left(village_code, $2) as code from cooperative
            where village_code like $1 group by 1 order by count(*) desc, 1 limit 1`,
          [parentPattern, length],
        )
      ).code;
    const province = await busiestWithin('%', 2);
    const regency = await busiestWithin(`${province}.%`, 5);
    const district = await busiestWithin(`${regency}.%`, 8);
    const village = await busiestWithin(`${district}.%`, 13);
    const { commodity } = await one<{ commodity: string }>(
      `select commodity from offering where status = 'PUBLISHED' and commodity is not null
        group by 1 order by count(*) desc, 1 limit 1`,
    );
    const { id: busiestCooperative } = await one<{ id: number }>(
      `select cooperative_id as id from offering where status = 'PUBLISHED'
        group by 1 order by count(*) desc, 1 limit 1`,
    );
    const partner = await one<{ id: number; name: string; proposals: string }>(
      `select p.id, p.name, count(*) as proposals from proposal x join partner p on p.id = x.partner_id
        group by p.id order by count(*) desc, p.id limit 1`,
    );
    const counts = await one<Record<string, string>>(
      `select (select count(*) from cooperative) as cooperatives, (select count(*) from offering) as offerings,
              (select count(*) from proposal) as proposals, (select count(*) from partner) as partners`,
    );
    return {
      province,
      regency,
      district,
      village,
      commodity,
      busiestCooperative,
      busiestPartner: { id: partner.id, name: partner.name, proposals: Number(partner.proposals) },
      cooperatives: await ids('select id from cooperative order by id'),
      programs: await ids("select id from program where status = 'ACTIVE' order by id"),
      requests: await ids("select id from partner_request where status = 'OPEN' order by id"),
      supplyOfferings: await ids(
        "select id from offering where status = 'PUBLISHED' and kind = 'SUPPLY' and commodity is not null order by id",
      ),
      publishedOfferings: await ids("select id from offering where status = 'PUBLISHED' order by id"),
      tokens: await createViewers(client, { partnerId: partner.id, province }),
      counts: {
        cooperatives: Number(counts.cooperatives),
        offerings: Number(counts.offerings),
        proposals: Number(counts.proposals),
        partners: Number(counts.partners),
      },
    };
  } finally {
    await client.end();
  }
}

/**
 * An admin, an officer of the busiest partner and a Dinas of the busiest province, each with a
 * session for this run (no password can sign in as them).
 */
async function createViewers(
  client: Client,
  scope: { partnerId: number; province: string },
): Promise<Fixtures['tokens']> {
  await client.query(
    `with gone as (select id from app_user where email like '%@' || $1)
     , s as (delete from session where user_id in (select id from gone))
     , m as (delete from membership where user_id in (select id from gone))
     delete from app_user where id in (select id from gone)`,
    [BENCH_EMAIL_DOMAIN],
  );
  const viewer = async (
    name: string,
    membership: { role: string; partnerId?: number; regionCode?: string },
  ): Promise<string> => {
    const session = newToken('session');
    await client.query(
      `with account as (
         insert into app_user (email, name, password_hash) values ($1, $2, '!') returning id
       ), role as (
         insert into membership (user_id, role, partner_id, region_code) select id, $3, $4, $5 from account
       )
       insert into session (user_id, token_hash, expires_at) select id, $6, now() + interval '1 day' from account`,
      [
        `${name}@${BENCH_EMAIL_DOMAIN}`,
        `Benchmark ${name}`,
        membership.role,
        membership.partnerId ?? null,
        membership.regionCode ?? null,
        session.hash,
      ],
    );
    return session.token;
  };
  return {
    admin: await viewer('admin', { role: 'ADMIN' }),
    partnerOfficer: await viewer('partner-officer', { role: 'PARTNER_OFFICER', partnerId: scope.partnerId }),
    provinceDinas: await viewer('province-dinas', { role: 'DINAS', regionCode: scope.province }),
  };
}
