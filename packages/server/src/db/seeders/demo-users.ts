import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership, MembershipRole, User } from '../../modules/account/account.entity';
import { hashPassword } from '../../modules/account/password';
import { REFERENCE_DATE as SEED_TIME } from './clock';

/** Published in the README; production refuses to start while demo accounts exist. */
export const DEMO_PASSWORD = 'mitradesa-demo';

/** A fixed salt keeps the seed byte-for-byte reproducible; acceptable only for a published password. */
const DEMO_SALT = new TextEncoder().encode('mitradesa-demo-salt');

interface DemoUserSpec {
  email: string;
  name: string;
  role: MembershipRole;
  /** SQL returning the id (or region code) the membership refers to. */
  reference?: string;
}

/** The demo cooperative: in Kabupaten Sanggau, with an active savings & loan unit and a BA. */
export const DEMO_COOPERATIVE = `select c.id from cooperative c
  join business_unit u on u.cooperative_id = c.id and u.type = 'SAVINGS_AND_LOAN' and u.status = 'ACTIVE'
  join mentor_assignment a on a.cooperative_id = c.id and a.ended_at is null
  where c.village_code like '61.03.%' order by c.id limit 1`;
const OTHER_COOPERATIVE = `select c.id from cooperative c where c.village_code like '61.01.%' order by c.id limit 1`;
const DEMO_BA = `select a.mentor_id from mentor_assignment a where a.cooperative_id = (${DEMO_COOPERATIVE}) and a.ended_at is null`;
const DEMO_PMO = `select m.supervisor_id from mentor m where m.id = (${DEMO_BA})`;
const BRI = `select id from partner where name like '%(BRI)%' order by id limit 1`;
const FIRST_BUYER = `select id from partner where type = 'PRIVATE_BUYER' order by id limit 1`;

export const DEMO_USERS: DemoUserSpec[] = [
  { email: 'admin@demo.mitradesa.id', name: 'Admin MitraDesa', role: MembershipRole.ADMIN },
  {
    email: 'dinas.kalbar@demo.mitradesa.id',
    name: 'Dinas Koperasi Kalbar',
    role: MembershipRole.DINAS,
    reference: "select '61'",
  },
  {
    email: 'dinas.sanggau@demo.mitradesa.id',
    name: 'Dinas Koperasi Sanggau',
    role: MembershipRole.DINAS,
    reference: "select '61.03'",
  },
  {
    email: 'ketua@demo.mitradesa.id',
    name: 'Ketua Koperasi Demo',
    role: MembershipRole.KETUA,
    reference: DEMO_COOPERATIVE,
  },
  {
    email: 'pengurus@demo.mitradesa.id',
    name: 'Pengurus Koperasi Demo',
    role: MembershipRole.PENGURUS,
    reference: DEMO_COOPERATIVE,
  },
  {
    email: 'staf@demo.mitradesa.id',
    name: 'Staf Koperasi Demo',
    role: MembershipRole.STAFF,
    reference: DEMO_COOPERATIVE,
  },
  {
    email: 'ketua.sambas@demo.mitradesa.id',
    name: 'Ketua Koperasi Sambas',
    role: MembershipRole.KETUA,
    reference: OTHER_COOPERATIVE,
  },
  {
    email: 'bank.admin@demo.mitradesa.id',
    name: 'Admin BRI Demo',
    role: MembershipRole.PARTNER_ADMIN,
    reference: BRI,
  },
  {
    email: 'bank@demo.mitradesa.id',
    name: 'Petugas BRI Demo',
    role: MembershipRole.PARTNER_OFFICER,
    reference: BRI,
  },
  {
    email: 'pembeli@demo.mitradesa.id',
    name: 'Pembeli Demo',
    role: MembershipRole.PARTNER_ADMIN,
    reference: FIRST_BUYER,
  },
  {
    email: 'pendamping@demo.mitradesa.id',
    name: 'Pendamping Demo (BA)',
    role: MembershipRole.MENTOR,
    reference: DEMO_BA,
  },
  { email: 'pmo@demo.mitradesa.id', name: 'PMO Demo', role: MembershipRole.MENTOR, reference: DEMO_PMO },
  // Last, so that the ids of the accounts above stay as they were.
  {
    email: 'dinas.jateng@demo.mitradesa.id',
    name: 'Dinas Koperasi Jawa Tengah',
    role: MembershipRole.DINAS,
    reference: "select '33'",
  },
];

const REFERENCE_FIELD: Partial<Record<MembershipRole, 'cooperative' | 'partner' | 'mentor' | 'region'>> = {
  KETUA: 'cooperative',
  PENGURUS: 'cooperative',
  STAFF: 'cooperative',
  PARTNER_ADMIN: 'partner',
  PARTNER_OFFICER: 'partner',
  MENTOR: 'mentor',
  DINAS: 'region',
};

/** Inserts one demo account per role, tied to records of the demo data; returns how many. */
export async function insertDemoUsers(tx: EntityManager): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD, DEMO_SALT);
  for (const [index, spec] of DEMO_USERS.entries()) {
    const id = index + 1;
    await tx.insert(User, {
      id,
      email: spec.email,
      name: spec.name,
      passwordHash,
      isDemo: true,
      createdAt: SEED_TIME,
      updatedAt: SEED_TIME,
    });
    const field = REFERENCE_FIELD[spec.role];
    const reference = spec.reference && field ? await referenceOf(tx, spec.reference) : undefined;
    await tx.insert(Membership, {
      id,
      user: id,
      role: spec.role,
      createdAt: SEED_TIME,
      ...(field ? { [field]: reference } : {}),
    });
  }
  return DEMO_USERS.length;
}

async function referenceOf(tx: EntityManager, sql: string): Promise<number | string> {
  const rows = await tx.execute<{ [column: string]: number | string }[]>(sql);
  const value = rows[0] && Object.values(rows[0])[0];
  if (value === undefined || value === null) throw new Error(`demo data has no record for: ${sql}`);
  return value;
}
