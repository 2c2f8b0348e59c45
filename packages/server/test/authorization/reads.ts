import { randomBytes } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import type { NodeTypeName } from '../../src/shared/global-id';
import type { DemoUser, Fixture } from './fixture';
import { insertBankOfficerNotification } from './cases/notification';
import { run as insertAdminImport } from './cases/simkopdes';
import { insertBankWebhookEndpoint, insertFailedBankDelivery } from './cases/webhook';
import { insertBankInvitation } from './cases/team';

/**
 * The read side of the matrix: private objects of one organisation, fetched by ID by users of
 * other organisations through the typed field and through node/nodes. They must come back null
 * (existence itself stays private) while an entitled user sees them.
 */
export interface PrivateReadCase {
  type: NodeTypeName;
  /** The typed root field that takes the ID, e.g. "proposal"; null when the type has none. */
  field: string | null;
  target: string;
  /** Finds or creates the private object; returns its database id. */
  create: (fixture: Fixture, knex: Knex) => Promise<number>;
  outsiders: (DemoUser | 'anonymous')[];
  insider: DemoUser;
}

async function insertedId(query: Knex.QueryBuilder): Promise<number> {
  const [row] = (await query.returning('id')) as { id: number }[];
  return row.id;
}

export const PRIVATE_READS: PrivateReadCase[] = [
  {
    type: 'SimkopdesImport',
    field: 'simkopdesImport',
    target: "an admin's SIMKOPDES import (scoped to all of Indonesia)",
    create: (_fixture, knex) => insertAdminImport(knex, 'CHECKED'),
    // Cooperatives, partners and mentors may not call the typed field at all (FORBIDDEN there);
    // node/nodes answer them null like everyone else outside.
    outsiders: ['anonymous', 'dinasProvince', 'dinasSanggau'],
    insider: 'admin',
  },
  {
    type: 'Offering',
    field: 'offering',
    target: 'a draft offering of the demo cooperative',
    create: (fixture, knex) =>
      insertedId(
        knex('offering').insert({
          cooperative_id: fixture.demoCooperativeId,
          kind: 'SUPPLY',
          title: 'Draf: pasokan karet',
          status: 'DRAFT',
        }),
      ),
    outsiders: ['anonymous', 'otherKetua', 'bankOfficer', 'buyer', 'dinasProvince', 'dinasSanggau'],
    insider: 'staff',
  },
  {
    type: 'Program',
    field: 'program',
    target: 'a draft program of the bank',
    create: (fixture, knex) =>
      insertedId(
        knex('program').insert({
          partner_id: fixture.bankId,
          kind: 'LOAN',
          name: 'Draf: KUR koperasi',
          status: 'DRAFT',
          max_amount: '500000000',
          eligible_unit_types: '{}',
          required_documents: '{}',
        }),
      ),
    outsiders: ['anonymous', 'buyer', 'ketua', 'mentor', 'dinasProvince'],
    insider: 'bankOfficer',
  },
  {
    type: 'Proposal',
    field: 'proposal',
    target: 'a proposal between the demo cooperative and the bank',
    create: async (fixture, knex) => {
      const row = await knex('proposal')
        .where({ cooperative_id: fixture.demoCooperativeId, partner_id: fixture.bankId })
        .whereNot('status', 'DRAFT')
        .orderBy('id')
        .first('id');
      if (!row) throw new Error('the demo data has no proposal between the demo cooperative and the bank');
      return row.id as number;
    },
    outsiders: ['anonymous', 'otherKetua', 'buyer', 'dinasProvince', 'dinasSanggau'],
    insider: 'bankOfficer',
  },
  {
    type: 'User',
    field: null,
    target: 'the account of the demo chair',
    create: async (_fixture, knex) =>
      (await knex('app_user').where('email', 'ketua@demo.mitradesa.id').first('id')).id as number,
    outsiders: ['anonymous', 'otherKetua', 'bankAdmin', 'mentor', 'dinasProvince'],
    insider: 'admin',
  },
  {
    type: 'ApiToken',
    field: null,
    target: 'an API token of the bank',
    create: (fixture, knex) =>
      insertedId(
        knex('api_token').insert({
          partner_id: fixture.bankId,
          created_by_id: 1,
          name: 'Core banking',
          scope: 'READ',
          token_hash: randomBytes(32).toString('hex'),
        }),
      ),
    outsiders: ['anonymous', 'buyer', 'bankOfficer', 'ketua'],
    insider: 'bankAdmin',
  },
  {
    type: 'WebhookEndpoint',
    field: null,
    target: 'a webhook endpoint of the bank',
    create: insertBankWebhookEndpoint,
    outsiders: ['anonymous', 'buyer', 'bankOfficer', 'ketua'],
    insider: 'bankAdmin',
  },
  {
    type: 'WebhookDelivery',
    field: null,
    target: 'a delivery to a webhook endpoint of the bank',
    create: insertFailedBankDelivery,
    outsiders: ['anonymous', 'buyer', 'bankOfficer', 'ketua'],
    insider: 'bankAdmin',
  },
  {
    type: 'Notification',
    field: null,
    target: 'a notification of the bank officer',
    create: insertBankOfficerNotification,
    outsiders: ['anonymous', 'bankAdmin', 'ketua', 'admin', 'mentor'],
    insider: 'bankOfficer',
  },
  {
    type: 'SavedSearch',
    field: null,
    target: "a bank officer's saved search",
    create: async (_fixture, knex) => {
      const user = await knex('app_user').where('email', 'bank@demo.mitradesa.id').first('id');
      return insertedId(
        knex('saved_search').insert({
          user_id: user.id,
          name: `Karet ${randomBytes(4).toString('hex')}`,
          q: 'karet',
          terms: ['karet'],
          types: [],
        }),
      );
    },
    // Nobody else, not even an admin: what someone searches for is theirs.
    outsiders: ['anonymous', 'bankAdmin', 'buyer', 'ketua', 'admin'],
    insider: 'bankOfficer',
  },
  {
    type: 'TeamMember',
    field: null,
    target: 'a member of the demo cooperative',
    create: async (fixture, knex) => {
      const row = await knex('membership as m')
        .join('app_user as u', 'u.id', 'm.user_id')
        .where({ 'u.email': 'staf@demo.mitradesa.id', 'm.cooperative_id': fixture.demoCooperativeId })
        .first('m.id');
      return row.id as number;
    },
    // Its own people see each other; no one else does.
    outsiders: ['anonymous', 'otherKetua', 'bankAdmin', 'mentor', 'dinasSanggau'],
    insider: 'pengurus',
  },
  {
    type: 'TeamInvitation',
    field: null,
    target: 'an open invitation of the bank',
    create: insertBankInvitation,
    // Only its admins: the bank's own officer does not manage its people.
    outsiders: ['anonymous', 'bankOfficer', 'buyer', 'ketua', 'dinasProvince'],
    insider: 'bankAdmin',
  },
];

/** Types whose every object is public by design (profiles, regions, published listings). */
export const PUBLIC_TYPES = new Set(['cooperative', 'partner', 'request', 'mentor']);

/**
 * Private fields on public objects: a cooperative's documents are listed for everyone, but their
 * numbers, notes, files and recorder only for its officers, mentors, its Dinas and admins.
 */
export interface PrivateFieldCase {
  target: string;
  /** The cooperative whose documents are read. */
  cooperative: (fixture: Fixture) => number;
  outsiders: (DemoUser | 'anonymous')[];
  insiders: DemoUser[];
}

export const PRIVATE_DOCUMENT_FIELDS: PrivateFieldCase[] = [
  {
    target: 'the documents of the Sambas cooperative',
    cooperative: (fixture) => fixture.otherCooperativeId,
    // The Dinas of Sanggau oversees another regency; the demo cooperative's people are outsiders here.
    outsiders: ['anonymous', 'ketua', 'mentor', 'bankOfficer', 'buyer', 'dinasSanggau'],
    insiders: ['otherKetua', 'dinasProvince', 'admin'],
  },
  {
    target: 'the documents of the demo cooperative',
    cooperative: (fixture) => fixture.demoCooperativeId,
    outsiders: ['anonymous', 'otherKetua', 'bankAdmin'],
    insiders: ['staff', 'mentor', 'pmo', 'dinasSanggau'],
  },
];
