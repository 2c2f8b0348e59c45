import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../request-context';
import { cooperativesWithPrivateAccess } from '../cooperative/cooperative.policy';
import type { OrganisationSet } from '../../shared/draft-visibility';
import { ownsDraft, whereStatusVisible } from '../../shared/draft-visibility';
import { OfferingStatus } from './offering.entity';

/**
 * Who sees which offering. Published, paused, expired and closed offerings are public. A draft
 * belongs to its cooperative: only its officers, its mentor and admins see it (the rule of
 * `maySeeCooperativePrivate`), through every read path: `offering(id)`, `node(id)`, `offerings`
 * and `Cooperative.offerings`. The viewer's cooperatives are looked up once per request and applied
 * in SQL, so a page of offerings costs no statement per row.
 */
export const PUBLIC_OFFERING_STATUSES: OfferingStatus[] = [
  OfferingStatus.PUBLISHED,
  OfferingStatus.PAUSED,
  OfferingStatus.EXPIRED,
  OfferingStatus.CLOSED,
];

/** The statuses a list asks for; PUBLISHED when it asks for none. */
export function askedStatuses(asked: OfferingStatus[] | null | undefined): OfferingStatus[] {
  return asked?.length ? [...new Set(asked)] : [OfferingStatus.PUBLISHED];
}

/** Whose drafts the viewer may see; nothing is looked up unless drafts are asked for. */
export function draftAccessFor(ctx: Context, statuses: OfferingStatus[]): Promise<OrganisationSet> {
  return statuses.includes(OfferingStatus.DRAFT)
    ? cooperativesWithPrivateAccess(ctx)
    : Promise.resolve(new Set());
}

/**
 * Limits a query on `offering as o` to the asked statuses, with drafts only of the cooperatives in
 * `draftAccess`.
 */
export function whereVisible(
  qb: Knex.QueryBuilder,
  statuses: OfferingStatus[],
  draftAccess: OrganisationSet,
): Knex.QueryBuilder {
  return whereStatusVisible(
    qb,
    { status: 'o.status', owner: 'o.cooperative_id' },
    {
      asked: statuses,
      publicStatuses: PUBLIC_OFFERING_STATUSES,
      draft: OfferingStatus.DRAFT,
      draftOwners: draftAccess,
    },
  );
}

/**
 * Drops the drafts the viewer may not see from rows read by id. The viewer's access is looked up
 * only when a draft is among the rows.
 */
export async function withoutHiddenDrafts<R extends { status: OfferingStatus; cooperative_id: number }>(
  ctx: Context,
  rows: R[],
): Promise<R[]> {
  if (!rows.some((row) => row.status === OfferingStatus.DRAFT)) return rows;
  const access = await cooperativesWithPrivateAccess(ctx);
  return rows.filter((row) => row.status !== OfferingStatus.DRAFT || ownsDraft(access, row.cooperative_id));
}
