import type { Knex } from '@mikro-orm/postgresql';
import type { AuthorizationCase } from '../case';
import { DEMO, type Fixture } from '../fixture';
import { globalIdOf } from '../../support/ids';

const LABEL = 'Uji otorisasi notifikasi';

/** A new unread notification of the bank officer; returns its database id. */
export async function insertBankOfficerNotification(_fixture: Fixture, knex: Knex): Promise<number> {
  const user = await knex('app_user').where('email', DEMO.bankOfficer).first('id');
  const [row] = await knex('notification')
    .insert({
      recipient_id: user.id,
      kind: 'PROPOSAL_YOUR_TURN',
      subject_type: 'PROPOSAL',
      subject_id: 1,
      subject_label: LABEL,
      proposal_action: 'COUNTER',
    })
    .returning('id');
  return row.id as number;
}

export const notificationCases: AuthorizationCase[] = [
  {
    mutation: 'markNotificationsRead',
    target: "the bank officer's notification",
    document:
      'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { notifications { id } userErrors { code } } }',
    variables: async (fixture, knex) => ({
      input: { ids: [globalIdOf('Notification', await insertBankOfficerNotification(fixture, knex))] },
    }),
    // Even the officer's own admin and the platform admin: notifications are the recipient's alone.
    outsiders: ['bankAdmin', 'ketua', 'buyer', 'admin', 'mentor'],
    insider: 'bankOfficer',
    state: (_fixture, knex) =>
      knex('notification').where('subject_label', LABEL).orderBy('id').select('id', 'read_at'),
  },
];
