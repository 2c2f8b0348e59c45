import { R } from './cooperative-steps';
import { literal, type SeedStep } from './steps';

/**
 * The accounts a benchmark or a test signs in as. They cannot sign in with a password (the hash is
 * '!'): a caller creates a session for them directly, as the benchmark does for its admin, or sets
 * a password first. They are not demo accounts, so a production-mode API accepts them.
 */
export const NATIONAL_ACCOUNTS = {
  admin: { id: 1, email: 'admin@nasional.mitradesa.id' },
  /** The ministry: a Dinas membership in every seeded province. */
  ministry: { id: 2, email: 'kemenkop@nasional.mitradesa.id' },
  /** Dinas of West Kalimantan ("61"), or of the first seeded province when 61 is not seeded. */
  provincialDinas: { id: 3, email: 'dinas.provinsi@nasional.mitradesa.id' },
  /** Dinas of a regency of that province (its first regency). */
  regencyDinas: { id: 4, email: 'dinas.kabupaten@nasional.mitradesa.id' },
  /** Officer of the state bank with the most proposals (thousands). */
  bankOfficer: { id: 5, email: 'petugas.bank@nasional.mitradesa.id' },
  bankAdmin: { id: 6, email: 'admin.bank@nasional.mitradesa.id' },
  /** Admin of the private buyer with the most proposals. */
  buyer: { id: 7, email: 'pembeli@nasional.mitradesa.id' },
  /** The BA with the largest caseload in that province. */
  mentor: { id: 8, email: 'pendamping@nasional.mitradesa.id' },
  /** Ketua of the cooperative with the most proposals in that province. */
  ketua: { id: 9, email: 'ketua@nasional.mitradesa.id' },
  /** Dinas of Central Java ("33") when it is seeded, for scoping across provinces. */
  secondProvinceDinas: { id: 10, email: 'dinas.jateng@nasional.mitradesa.id' },
} as const;

export type NationalAccountName = keyof typeof NATIONAL_ACCOUNTS;

const NAMES: Record<NationalAccountName, string> = {
  admin: 'Admin Nasional',
  ministry: 'Kementerian Koperasi',
  provincialDinas: 'Dinas Koperasi Provinsi',
  regencyDinas: 'Dinas Koperasi Kabupaten',
  bankOfficer: 'Petugas Bank',
  bankAdmin: 'Admin Bank',
  buyer: 'Pembeli',
  mentor: 'Pendamping (BA)',
  ketua: 'Ketua Koperasi',
  secondProvinceDinas: 'Dinas Koperasi Jawa Tengah',
};

/** The province whose people the single-province accounts work in. */
const HOME = `(select coalesce(max(code) filter (where code = '61'), min(code)) from nat_province)`;

/** Each membership: role and the SQL giving the record it refers to. */
const MEMBERSHIPS: {
  account: NationalAccountName;
  role: string;
  column: string | null;
  reference: string | null;
}[] = [
  { account: 'admin', role: 'ADMIN', column: null, reference: null },
  { account: 'provincialDinas', role: 'DINAS', column: 'region_code', reference: HOME },
  {
    account: 'regencyDinas',
    role: 'DINAS',
    column: 'region_code',
    reference: `(select regencies[1] from nat_province where code = ${HOME})`,
  },
  {
    account: 'bankOfficer',
    role: 'PARTNER_OFFICER',
    column: 'partner_id',
    reference: `(select p.partner_id from proposal p join partner x on x.id = p.partner_id and x.type = 'STATE_BANK'
                  group by p.partner_id order by count(*) desc, p.partner_id limit 1)`,
  },
  {
    account: 'bankAdmin',
    role: 'PARTNER_ADMIN',
    column: 'partner_id',
    reference: `(select partner_id from membership where user_id = ${NATIONAL_ACCOUNTS.bankOfficer.id})`,
  },
  {
    account: 'buyer',
    role: 'PARTNER_ADMIN',
    column: 'partner_id',
    reference: `(select p.partner_id from proposal p join partner x on x.id = p.partner_id and x.type = 'PRIVATE_BUYER'
                  group by p.partner_id order by count(*) desc, p.partner_id limit 1)`,
  },
  {
    account: 'mentor',
    role: 'MENTOR',
    column: 'mentor_id',
    reference: `(select a.mentor_id from mentor_assignment a join cooperative c on c.id = a.cooperative_id
                  where left(c.village_code, 2) = ${HOME} group by a.mentor_id order by count(*) desc, a.mentor_id limit 1)`,
  },
  {
    account: 'ketua',
    role: 'KETUA',
    column: 'cooperative_id',
    reference: `(select c.id from nat_coop c where c.province = ${HOME} order by c.proposal_count desc, c.id limit 1)`,
  },
];

export const accountSteps: SeedStep[] = [
  {
    name: 'app_user and membership',
    sql: `
      insert into app_user (id, created_at, updated_at, email, name, password_hash, is_active, is_demo)
      select x.id, ${R}, ${R}, x.email, x.name, '!', true, false
        from (values ${Object.entries(NATIONAL_ACCOUNTS)
          .map(
            ([name, account]) =>
              `(${account.id}, ${literal(account.email)}, ${literal(NAMES[name as NationalAccountName])})`,
          )
          .join(', ')}) as x(id, email, name)
       where x.id <> ${NATIONAL_ACCOUNTS.secondProvinceDinas.id} or exists (select 1 from nat_province where code = '33');
      ${MEMBERSHIPS.map(
        (m) => `insert into membership (user_id, role, ${m.column ? `${m.column}, ` : ''}created_at)
        values (${NATIONAL_ACCOUNTS[m.account].id}, '${m.role}', ${m.reference ? `${m.reference}, ` : ''}${R});`,
      ).join('\n      ')}
      insert into membership (user_id, role, region_code, created_at)
      select ${NATIONAL_ACCOUNTS.ministry.id}, 'DINAS', p.code, ${R} from nat_province p order by p.code;
      insert into membership (user_id, role, region_code, created_at)
      select ${NATIONAL_ACCOUNTS.secondProvinceDinas.id}, 'DINAS', '33', ${R} from nat_province p where p.code = '33';`,
  },
];
