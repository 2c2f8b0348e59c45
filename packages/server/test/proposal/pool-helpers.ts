import type { Knex } from '@mikro-orm/postgresql';
import { insertProposal, type StageName } from './helpers';

/** Pooled-offer fixtures written straight to the database: offerings, a request, a pool. */

/** A published supply offering of the cooperative with this much a month. */
export async function supplyOffering(
  knex: Knex,
  cooperativeId: number,
  quantityPerMonth: string,
  { commodity = 'SHRIMP', unit = 'TON' }: { commodity?: string; unit?: string } = {},
): Promise<number> {
  const [row] = await knex('offering')
    .insert({
      cooperative_id: cooperativeId,
      kind: 'SUPPLY',
      title: `Pasokan ${commodity} ${quantityPerMonth} ${unit}/bulan`,
      status: 'PUBLISHED',
      commodity,
      quantity_per_month: quantityPerMonth,
      quantity_unit: unit,
    })
    .returning('id');
  return row.id as number;
}

/** An open request of the partner for so much a month, delivered to the lead's regency. */
export async function openRequest(
  knex: Knex,
  partnerId: number,
  nearCooperativeId: number,
  quantity: string,
  { commodity = 'SHRIMP', unit = 'TON' }: { commodity?: string; unit?: string } = {},
): Promise<number> {
  const { village_code: village } = await knex('cooperative')
    .where('id', nearCooperativeId)
    .first('village_code');
  const [row] = await knex('partner_request')
    .insert({
      partner_id: partnerId,
      title: `Butuh ${commodity} ${quantity} ${unit}/bulan`,
      commodity,
      quantity,
      quantity_unit: unit,
      delivery_region_code: (village as string).slice(0, 5),
    })
    .returning('id');
  return row.id as number;
}

/** An active OFFTAKE program of the partner that takes at least so much a month. */
export async function offtakeProgramWithMinimum(
  knex: Knex,
  partnerId: number,
  minimum: string,
  { commodity = 'SHRIMP', unit = 'TON' }: { commodity?: string; unit?: string } = {},
): Promise<number> {
  const [row] = await knex('program')
    .insert({
      partner_id: partnerId,
      kind: 'OFFTAKE',
      name: `Serapan ${commodity} minimal ${minimum} ${unit}/bulan`,
      commodity,
      min_volume_per_month: minimum,
      min_volume_unit: unit,
      eligible_unit_types: '{}',
      required_documents: '{}',
      status: 'ACTIVE',
    })
    .returning('id');
  return row.id as number;
}

export interface PooledFixture {
  proposalId: number;
  requestId: number;
  leadOfferingId: number;
  memberOfferingId: number;
}

/**
 * A pooled offtake of `leadId` and `memberId` answering a new request of `partnerId` for 100 t a
 * month: 60 t from the lead (approved, it wrote the terms) and 40 t from the member (invited).
 */
export async function insertPooledProposal(
  knex: Knex,
  spec: { leadId: number; memberId: number; partnerId: number; stage: StageName },
): Promise<PooledFixture> {
  const requestId = await openRequest(knex, spec.partnerId, spec.leadId, '100');
  const leadOfferingId = await supplyOffering(knex, spec.leadId, '60');
  const memberOfferingId = await supplyOffering(knex, spec.memberId, '40');
  const proposalId = await insertProposal(knex, {
    stage: spec.stage,
    cooperativeId: spec.leadId,
    partnerId: spec.partnerId,
  });
  await knex('proposal')
    .where('id', proposalId)
    .update({ kind: 'OFFTAKE', is_pooled: true, request_id: requestId });
  const shares = [
    { cooperativeId: spec.leadId, offeringId: leadOfferingId, quantity: '60.00' },
    { cooperativeId: spec.memberId, offeringId: memberOfferingId, quantity: '40.00' },
  ].map((share) => ({ ...share, pricePerUnit: null, deliveryFrom: null, deliveryUntil: null }));
  await knex('proposal_terms')
    .where('proposal_id', proposalId)
    .update({
      amount: null,
      tenor_months: null,
      rate_per_year: null,
      price_per_unit: '2500000',
      quantity: '100',
      quantity_unit: 'TON',
      pool_shares: JSON.stringify(shares),
    });
  await knex('proposal_pool_member').insert([
    {
      proposal_id: proposalId,
      cooperative_id: spec.leadId,
      offering_id: leadOfferingId,
      quantity: '60',
      quantity_unit: 'TON',
      status: 'APPROVED',
    },
    {
      proposal_id: proposalId,
      cooperative_id: spec.memberId,
      offering_id: memberOfferingId,
      quantity: '40',
      quantity_unit: 'TON',
      status: 'INVITED',
    },
  ]);
  return { proposalId, requestId, leadOfferingId, memberOfferingId };
}
