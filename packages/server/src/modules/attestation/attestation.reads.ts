import type { Context } from '../../request-context';
import { loadMany, loadOne } from '../../request-context';
import { CooperativeAttestation, type AttestationRow } from './attestation.type';

const COLUMNS = [
  't.id',
  't.cooperative_id',
  't.mentor_id',
  't.subject',
  't.business_unit_id',
  't.document_id',
  't.note',
  't.attested_at',
];

/** Batched attestations of cooperatives, newest first. */
export function attestationsOfCooperative(
  ctx: Context,
  cooperativeId: number,
): Promise<CooperativeAttestation[]> {
  return loadMany(ctx, 'attestationsOfCooperative', cooperativeId, {
    fetch: (ids): Promise<AttestationRow[]> =>
      ctx
        .knex('cooperative_attestation as t')
        .select(COLUMNS)
        .whereIn('t.cooperative_id', ids)
        .orderBy([
          { column: 't.attested_at', order: 'desc' },
          { column: 't.id', order: 'desc' },
        ]),
    keyOf: (row) => row.cooperative_id,
    toNode: (row) => CooperativeAttestation.fromRow(row),
  });
}

/** Batched attestation lookup by id. */
export function attestationById(ctx: Context, id: number): Promise<CooperativeAttestation | null> {
  return loadOne(ctx, 'attestationById', id, {
    fetch: (ids): Promise<AttestationRow[]> =>
      ctx.knex('cooperative_attestation as t').select(COLUMNS).whereIn('t.id', ids),
    keyOf: (row) => row.id,
    toNode: (row) => CooperativeAttestation.fromRow(row),
  });
}
