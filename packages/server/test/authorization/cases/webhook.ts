import type { Knex } from '@mikro-orm/postgresql';
import type { AuthorizationCase } from '../case';
import type { Fixture } from '../fixture';
import { globalIdOf } from '../../support/ids';

/** An endpoint of the bank on loopback (allowed outside production), for the rows below. */
export async function insertBankWebhookEndpoint(fixture: Fixture, knex: Knex): Promise<number> {
  const [row] = (await knex('webhook_endpoint')
    .insert({
      partner_id: fixture.bankId,
      created_by_id: 1,
      url: 'http://127.0.0.1:9/hook',
      event_types: ['PROPOSAL_MOVED'],
      secret: `whsec_${Buffer.alloc(32, 7).toString('base64')}`,
    })
    .returning('id')) as { id: number }[];
  return row.id;
}

/** A failed delivery to a bank endpoint (replayable). */
export async function insertFailedBankDelivery(fixture: Fixture, knex: Knex): Promise<number> {
  const endpointId = await insertBankWebhookEndpoint(fixture, knex);
  const [row] = (await knex('webhook_delivery')
    .insert({
      endpoint_id: endpointId,
      event_type: 'PROPOSAL_MOVED',
      payload: JSON.stringify({ type: 'proposal.moved', timestamp: new Date().toISOString(), data: {} }),
      status: 'FAILED',
      attempts: 5,
    })
    .returning('id')) as { id: string }[];
  return Number(row.id);
}

const endpointsOfBank = (fixture: Fixture, knex: Knex) =>
  knex('webhook_endpoint')
    .where('partner_id', fixture.bankId)
    .orderBy('id')
    .select('id', 'url', 'event_types', 'disabled_at');

export const webhookCases: AuthorizationCase[] = [
  {
    mutation: 'createWebhookEndpoint',
    target: "the bank's webhook endpoints",
    document:
      'mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret userErrors { code } } }',
    variables: (fixture) => ({
      input: {
        partnerId: globalIdOf('Partner', fixture.bankId),
        url: 'http://127.0.0.1:9/stolen',
        eventTypes: ['PROPOSAL_MOVED'],
      },
    }),
    outsiders: ['buyer', 'bankOfficer', 'ketua', 'mentor', 'dinasProvince'],
    insider: 'bankAdmin',
    state: endpointsOfBank,
  },
  {
    mutation: 'updateWebhookEndpoint',
    target: "a bank's webhook endpoint",
    document:
      'mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { webhookEndpoint { id } userErrors { code } } }',
    variables: async (fixture, knex) => ({
      input: {
        id: globalIdOf('WebhookEndpoint', await insertBankWebhookEndpoint(fixture, knex)),
        url: 'http://127.0.0.1:9/redirected',
      },
    }),
    outsiders: ['buyer', 'bankOfficer', 'ketua', 'mentor'],
    insider: 'bankAdmin',
    state: endpointsOfBank,
  },
  {
    mutation: 'deleteWebhookEndpoint',
    target: "a bank's webhook endpoint",
    document:
      'mutation ($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId userErrors { code } } }',
    variables: async (fixture, knex) => ({
      input: { id: globalIdOf('WebhookEndpoint', await insertBankWebhookEndpoint(fixture, knex)) },
    }),
    outsiders: ['buyer', 'bankOfficer', 'ketua', 'mentor'],
    insider: 'bankAdmin',
    state: endpointsOfBank,
  },
  {
    mutation: 'replayWebhookDelivery',
    target: "a failed delivery to a bank's webhook endpoint",
    document:
      'mutation ($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { webhookDelivery { id } userErrors { code } } }',
    variables: async (fixture, knex) => ({
      input: { id: globalIdOf('WebhookDelivery', await insertFailedBankDelivery(fixture, knex)) },
    }),
    outsiders: ['buyer', 'bankOfficer', 'ketua', 'mentor'],
    insider: 'bankAdmin',
    state: (fixture, knex) =>
      knex('webhook_delivery as d')
        .join('webhook_endpoint as w', 'w.id', 'd.endpoint_id')
        .where('w.partner_id', fixture.bankId)
        .orderBy('d.id')
        .select('d.id', 'd.status', 'd.retry_from'),
  },
];
