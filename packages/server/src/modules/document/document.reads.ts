import type { Context } from '../../request-context';
import { loadMany, loadOne } from '../../request-context';
import { todayInWib } from '../../shared/time';
import {
  COOPERATIVE_BOARD,
  cooperativeRecordsAccess,
  mentoredCooperativeIds,
} from '../cooperative/cooperative.policy';
import { CooperativeDocument, type DocumentAccess, type DocumentRow } from './document.type';

const COLUMNS = [
  'd.id',
  'd.cooperative_id',
  'c.village_code',
  'd.type',
  'd.number',
  'd.issued_on',
  'd.expires_on',
  'd.verification_level',
  'd.source',
  'd.note',
  'd.file_name',
  'd.file_mime_type',
  'd.file_size_bytes',
  'd.file_sha256',
  'u.name as recorded_by_name',
  'd.created_at',
  'd.updated_at',
  'd.version',
];

/**
 * What the viewer may do with each cooperative's documents. Officers, mentors, the Dinas of the
 * region and admins see the details; the board, mentors and admins change them. At most one
 * statement per request (the mentor's caseload, cached by cooperative.policy.ts).
 */
export async function documentAccessOf(
  ctx: Context,
  rows: readonly Pick<DocumentRow, 'cooperative_id' | 'village_code'>[],
): Promise<(row: Pick<DocumentRow, 'cooperative_id' | 'village_code'>) => DocumentAccess> {
  const viewer = ctx.viewer;
  if (!viewer || rows.length === 0) return () => ({ details: false, change: false });
  const seesRecords = await cooperativeRecordsAccess(ctx);
  const mentored = viewer.mentorIds().length > 0 ? await mentoredCooperativeIds(ctx) : new Set<number>();
  return (row) => ({
    details: seesRecords({ id: row.cooperative_id, villageCode: row.village_code }),
    change:
      viewer.isAdmin ||
      viewer.isOfficerOf(row.cooperative_id, COOPERATIVE_BOARD) ||
      mentored.has(row.cooperative_id),
  });
}

function documentRows(ctx: Context) {
  return ctx
    .knex('cooperative_document as d')
    .join('cooperative as c', 'c.id', 'd.cooperative_id')
    .leftJoin('app_user as u', 'u.id', 'd.recorded_by_id')
    .select(COLUMNS);
}

async function toDocuments(
  ctx: Context,
  rows: DocumentRow[],
): Promise<(DocumentRow & { node: CooperativeDocument })[]> {
  const access = await documentAccessOf(ctx, rows);
  const today = todayInWib();
  return rows.map((row) => ({ ...row, node: CooperativeDocument.fromRow(row, access(row), today) }));
}

/**
 * Batched documents of cooperatives, in a stable order (type, then newest issue first), with
 * private fields masked for viewers without access. One statement per batch.
 */
export function documentsOfCooperative(ctx: Context, cooperativeId: number): Promise<CooperativeDocument[]> {
  return loadMany(ctx, 'documentsOfCooperative', cooperativeId, {
    fetch: async (ids) =>
      toDocuments(
        ctx,
        await documentRows(ctx)
          .whereIn('d.cooperative_id', ids)
          .orderByRaw('d.type, d.issued_on desc nulls last, d.id'),
      ),
    keyOf: (row) => row.cooperative_id,
    toNode: (row) => row.node,
  });
}

/**
 * The numbers of a cooperative's documents by document id, unmasked: for a caller that has
 * decided the viewer may see them (the financing passport shows a lender the numbers behind the
 * loan's requirements, and nothing else of the private side). One statement.
 */
export async function documentNumbersOf(ctx: Context, cooperativeId: number): Promise<Map<number, string>> {
  const rows = (await ctx
    .knex('cooperative_document as d')
    .select('d.id', 'd.number')
    .where('d.cooperative_id', cooperativeId)
    .whereNotNull('d.number')) as { id: number; number: string }[];
  return new Map(rows.map((row) => [row.id, row.number]));
}

/** Batched document lookup by id (documents are public; their details are masked as above). */
export function documentById(ctx: Context, id: number): Promise<CooperativeDocument | null> {
  return loadOne(ctx, 'documentById', id, {
    fetch: async (ids) => toDocuments(ctx, await documentRows(ctx).whereIn('d.id', ids)),
    keyOf: (row) => row.id,
    toNode: (row) => row.node,
  });
}
