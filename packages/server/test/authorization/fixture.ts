import type { Knex } from '@mikro-orm/postgresql';

/** The demo organisations the authorization cases act on (database ids). */
export interface Fixture {
  /** Cooperative of ketua@, pengurus@, staf@ (Sanggau); mentored by pendamping@ (BA) and pmo@. */
  demoCooperativeId: number;
  /** Cooperative of ketua.sambas@. */
  otherCooperativeId: number;
  /** Partner of bank.admin@ (admin) and bank@ (officer): BRI. */
  bankId: number;
  /** Partner of pembeli@ (admin): a private buyer. */
  buyerId: number;
  /** Mentor record of pendamping@. */
  demoMentorId: number;
}

export async function loadFixture(knex: Knex): Promise<Fixture> {
  const membership = async (email: string, column: string): Promise<number> => {
    const row = await knex('membership as m')
      .join('app_user as u', 'u.id', 'm.user_id')
      .where('u.email', email)
      .first(`m.${column} as id`);
    if (!row?.id) throw new Error(`demo user ${email} has no ${column}`);
    return row.id as number;
  };
  return {
    demoCooperativeId: await membership('ketua@demo.mitradesa.id', 'cooperative_id'),
    otherCooperativeId: await membership('ketua.sambas@demo.mitradesa.id', 'cooperative_id'),
    bankId: await membership('bank.admin@demo.mitradesa.id', 'partner_id'),
    buyerId: await membership('pembeli@demo.mitradesa.id', 'partner_id'),
    demoMentorId: await membership('pendamping@demo.mitradesa.id', 'mentor_id'),
  };
}

/** Demo accounts, all with the password in src/db/seeders/demo-users.ts. */
export const DEMO = {
  admin: 'admin@demo.mitradesa.id',
  dinasProvince: 'dinas.kalbar@demo.mitradesa.id',
  dinasSanggau: 'dinas.sanggau@demo.mitradesa.id',
  ketua: 'ketua@demo.mitradesa.id',
  pengurus: 'pengurus@demo.mitradesa.id',
  staff: 'staf@demo.mitradesa.id',
  otherKetua: 'ketua.sambas@demo.mitradesa.id',
  bankAdmin: 'bank.admin@demo.mitradesa.id',
  bankOfficer: 'bank@demo.mitradesa.id',
  buyer: 'pembeli@demo.mitradesa.id',
  mentor: 'pendamping@demo.mitradesa.id',
  pmo: 'pmo@demo.mitradesa.id',
} as const;

export type DemoUser = keyof typeof DEMO;
