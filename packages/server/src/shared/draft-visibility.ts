import type { Knex } from '@mikro-orm/postgresql';

/** Every organisation of a kind (admins), or the set of particular ones by id. */
export type OrganisationSet = 'ALL' | ReadonlySet<number>;

/**
 * Lists that hold drafts (offerings, programs): public statuses are visible to everyone, the draft
 * status only for the owners in `draftOwners` (the viewer's own organisations, all for admins).
 * Applied in SQL, so a page costs no statement per row.
 */
export function whereStatusVisible<S extends string>(
  qb: Knex.QueryBuilder,
  columns: { status: string; owner: string },
  visibility: { asked: readonly S[]; publicStatuses: readonly S[]; draft: S; draftOwners: OrganisationSet },
): Knex.QueryBuilder {
  const { asked, publicStatuses, draft, draftOwners } = visibility;
  const publicAsked = asked.filter((status) => publicStatuses.includes(status));
  const seesDrafts = asked.includes(draft) && (draftOwners === 'ALL' || draftOwners.size > 0);
  if (!seesDrafts) return qb.whereIn(columns.status, publicAsked);
  return qb.where((visible) => {
    visible.whereIn(columns.status, publicAsked).orWhere((drafts) => {
      drafts.where(columns.status, draft);
      if (draftOwners !== 'ALL') drafts.whereIn(columns.owner, [...draftOwners]);
    });
  });
}

/** Whether a draft of `ownerId` is visible to a viewer with `draftOwners`. */
export function ownsDraft(draftOwners: OrganisationSet, ownerId: number): boolean {
  return draftOwners === 'ALL' || draftOwners.has(ownerId);
}

/** `draftOwners` as text for a statement's key (see readByShape): the same text for the same set. */
export function draftOwnersKey(draftOwners: OrganisationSet): string {
  return draftOwners === 'ALL' ? 'ALL' : [...draftOwners].sort((a, b) => a - b).join(',');
}
