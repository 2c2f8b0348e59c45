import type { ProposalFilter, ProposalKind, ProposalSide, ProposalStatus } from '@/graphql/generated/graphql';
import { oneOf } from '@/lib/enum-values';
import type { RawSearchParams } from '@/lib/search-params';
import { PROPOSAL_KINDS, PROPOSAL_SIDES, PROPOSAL_STATUSES } from '@/lib/workspace-enum-values';

/** The proposal inbox's filters, as they appear in its URL (`?status=NEGOTIATING&kind=FINANCING`). */
export interface ProposalSearch {
  status?: ProposalStatus;
  kind?: ProposalKind;
  side?: ProposalSide;
  /** Only this cooperative's proposals (from its workspace). */
  cooperative?: string;
}

function single(params: RawSearchParams, key: string): string | undefined {
  const value = params[key];
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  return first ? first : undefined;
}

export function parseProposalSearch(params: RawSearchParams): ProposalSearch {
  const cooperative = single(params, 'cooperative');
  return {
    status: oneOf(PROPOSAL_STATUSES, single(params, 'status')),
    kind: oneOf(PROPOSAL_KINDS, single(params, 'kind')),
    side: oneOf(PROPOSAL_SIDES, single(params, 'side')),
    // An opaque global ID: only its shape is checked here, the API rejects what it does not know.
    cooperative: cooperative && /^[A-Za-z0-9+/=_-]{1,100}$/.test(cooperative) ? cooperative : undefined,
  };
}

/** The API filter of the inbox's two lists: waiting for the viewer, and the others. */
export function proposalFiltersOf(search: ProposalSearch): {
  yourTurn: ProposalFilter;
  others: ProposalFilter;
} {
  const base: ProposalFilter = {
    statuses: search.status ? [search.status] : null,
    kinds: search.kind ? [search.kind] : null,
    side: search.side ?? null,
    cooperativeId: search.cooperative ?? null,
  };
  return { yourTurn: { ...base, isMyTurn: true }, others: { ...base, isMyTurn: false } };
}
