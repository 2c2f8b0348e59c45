import type { Context } from '../../request-context';
import {
  assertMayManageCooperative,
  mayManageCooperative,
  maySeeCooperativeRecords,
} from '../cooperative/cooperative.policy';
import { ProposalKind } from '../proposal/proposal.entity';
import { hasSentProposalWith } from '../proposal/proposal.reads';
import { isSharedWithAny } from './readiness.reads';

/**
 * Who may open a cooperative's financing passport: those who follow its records (its officers,
 * mentors, the Dinas of its region, admins), and the staff of a partner it shares the passport
 * with or has a financing proposal with (a proposal to a bank links the passport). At most two
 * statements for a partner's staff, none more for the others than the records rule takes.
 */
export async function maySeePassport(
  ctx: Context,
  cooperative: { id: number; villageCode: string },
): Promise<boolean> {
  if (await maySeeCooperativeRecords(ctx, cooperative)) return true;
  const partnerIds = ctx.viewer?.partnerIds() ?? [];
  if (partnerIds.length === 0) return false;
  return (
    (await isSharedWithAny(ctx, cooperative.id, partnerIds)) ||
    hasSentProposalWith(ctx, cooperative.id, partnerIds, ProposalKind.FINANCING)
  );
}

/** Sharing the passport, and seeing with whom: its board, its mentor, admins (as for its documents). */
export function mayManagePassportSharing(ctx: Context, cooperativeId: number): Promise<boolean> {
  return mayManageCooperative(ctx, cooperativeId, 'documents');
}

export function assertMayManagePassportSharing(ctx: Context, cooperativeId: number): Promise<void> {
  return assertMayManageCooperative(ctx, cooperativeId, 'documents');
}
