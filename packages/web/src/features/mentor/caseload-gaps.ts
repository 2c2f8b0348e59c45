import type { CooperativeStage } from '@/graphql/generated/graphql';
import { COOPERATIVE_STAGES, oneOf } from '@/lib/enum-values';
import type { RawSearchParams } from '@/lib/search-params';
import { lapseHorizon, lapsesSoon } from '@/features/document/document-lapse';

/**
 * What a cooperative of a mentor's caseload still lacks, in the order a mentor usually works
 * through it: legal data first (SK AHU, NIK koperasi, NIB, NPWP: what a bank asks for), then an
 * active business unit, then a published offering so that partners can find it.
 */
export const CASELOAD_GAPS = [
  'NO_SK_AHU',
  'NO_NIK',
  'NO_NIB',
  'NO_NPWP',
  'NO_ACTIVE_UNIT',
  'NO_OFFERING',
] as const;

export type CaseloadGap = (typeof CASELOAD_GAPS)[number];

/** The fields of a cooperative the gaps are read from (the CaseloadCooperative fragment). */
export interface GapSource {
  id: string;
  name: string;
  stage: CooperativeStage;
  legal: {
    skAhuNumber?: string | null;
    nikKoperasi?: string | null;
    nib?: string | null;
    npwp?: string | null;
  };
  activeUnits: readonly unknown[];
  publishedOfferings: { totalCount?: number | null };
}

const isMissing = (value: string | null | undefined) => !value || value.trim() === '';

/** The gaps of one cooperative, in CASELOAD_GAPS order. */
export function gapsOf(cooperative: GapSource): CaseloadGap[] {
  const present: Record<CaseloadGap, boolean> = {
    NO_SK_AHU: !isMissing(cooperative.legal.skAhuNumber),
    NO_NIK: !isMissing(cooperative.legal.nikKoperasi),
    NO_NIB: !isMissing(cooperative.legal.nib),
    NO_NPWP: !isMissing(cooperative.legal.npwp),
    NO_ACTIVE_UNIT: cooperative.activeUnits.length > 0,
    NO_OFFERING: (cooperative.publishedOfferings.totalCount ?? 0) > 0,
  };
  return CASELOAD_GAPS.filter((gap) => !present[gap]);
}

/**
 * What waits on a cooperative of the caseload: proposals on its turn (the longest waiting since
 * when), drafts its board has still to approve, documents expired or lapsing within
 * DOCUMENT_LAPSE_DAYS (features/document/document-lapse.ts).
 */
export interface CooperativeWaiting {
  onTurn: number;
  /** When the longest-waiting of those proposals became the cooperative's turn. */
  waitingSince: string | null;
  draftsAwaitingApproval: number;
  documentsToRenew: number;
}

/**
 * A cooperative as the caseload reads what waits on it (the CaseloadWaiting fragment): its
 * documents, and its proposal pipeline, which counts every proposal of the cooperative (not only
 * those the mentor brokers); null where the viewer may not see it.
 */
export interface WaitingSource {
  id: string;
  documents?: readonly { status: 'VALID' | 'EXPIRED' | 'MISSING'; expiresOn?: string | null }[];
  proposalPipeline?: {
    awaitingResponse: number;
    awaitingSince?: string | null;
    draftsAwaitingApproval: number;
  } | null;
}

/** What waits on each cooperative of `cooperatives`, by its id; `today` is "YYYY-MM-DD". */
export function waitingByCooperative(
  cooperatives: readonly WaitingSource[],
  today: string,
): Map<string, CooperativeWaiting> {
  const horizon = lapseHorizon(today);
  return new Map(
    cooperatives.map((cooperative) => [
      cooperative.id,
      {
        onTurn: cooperative.proposalPipeline?.awaitingResponse ?? 0,
        waitingSince: cooperative.proposalPipeline?.awaitingSince ?? null,
        draftsAwaitingApproval: cooperative.proposalPipeline?.draftsAwaitingApproval ?? 0,
        documentsToRenew: (cooperative.documents ?? []).filter(
          (document) => lapsesSoon(document, horizon) !== null,
        ).length,
      },
    ]),
  );
}

const isWaiting = (waiting: CooperativeWaiting | undefined) =>
  Boolean(waiting && (waiting.onTurn || waiting.draftsAwaitingApproval || waiting.documentsToRenew));

export const CASELOAD_SORTS = ['urgent', 'gaps', 'stage', 'name'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/** The caseload's view as it appears in the URL (`?gap=NO_NIB&stage=ORGANISED&sort=name`). */
export interface CaseloadView {
  /** Only cooperatives lacking this; `ANY`: lacking anything. */
  gap?: CaseloadGap | 'ANY';
  stage?: CooperativeStage;
  /** `urgent` (the default): what waits on a cooperative longest first. */
  sort: CaseloadSort;
}

export const DEFAULT_CASELOAD_SORT: CaseloadSort = 'urgent';

function single(params: RawSearchParams, key: string): string | undefined {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** Reads the view from the URL; anything unknown is ignored (a hand-edited URL is not an error). */
export function parseCaseloadView(params: RawSearchParams): CaseloadView {
  return {
    gap: oneOf([...CASELOAD_GAPS, 'ANY'] as const, single(params, 'gap')),
    stage: oneOf(COOPERATIVE_STAGES, single(params, 'stage')),
    sort: oneOf(CASELOAD_SORTS, single(params, 'sort')) ?? DEFAULT_CASELOAD_SORT,
  };
}

export interface CaseloadEntry<T extends GapSource> {
  cooperative: T;
  gaps: CaseloadGap[];
  /** What waits on it; absent where the list was read without (a supervised mentor's caseload). */
  waiting?: CooperativeWaiting;
}

const stageRank = (stage: CooperativeStage) => COOPERATIVE_STAGES.indexOf(stage);

/**
 * The caseload filtered and sorted as the view asks. "urgent" (the default) puts first what waits
 * on a cooperative: proposals on its turn, longest waiting first, then drafts to approve, then
 * documents to renew, then the rest as "gaps" does. "gaps" puts the cooperatives that need the
 * most help first: most gaps, then the earliest stage, then by name; "stage" puts the earliest
 * stage first; "name" is alphabetical (Indonesian collation).
 */
export function arrangeCaseload<T extends GapSource>(
  cooperatives: readonly T[],
  view: CaseloadView,
  waiting: ReadonlyMap<string, CooperativeWaiting> = new Map(),
): CaseloadEntry<T>[] {
  const byName = (a: CaseloadEntry<T>, b: CaseloadEntry<T>) =>
    a.cooperative.name.localeCompare(b.cooperative.name, 'id');
  const byGaps = (a: CaseloadEntry<T>, b: CaseloadEntry<T>) => b.gaps.length - a.gaps.length;
  const byStage = (a: CaseloadEntry<T>, b: CaseloadEntry<T>) =>
    stageRank(a.cooperative.stage) - stageRank(b.cooperative.stage);
  const byUrgency = (a: CaseloadEntry<T>, b: CaseloadEntry<T>) => {
    const [x, y] = [a.waiting, b.waiting];
    if (isWaiting(x) !== isWaiting(y)) return isWaiting(x) ? -1 : 1;
    if (!x || !y) return 0;
    // The oldest turn first; a cooperative with a turn before one without.
    if (x.waitingSince !== y.waitingSince) {
      if (!x.waitingSince) return 1;
      if (!y.waitingSince) return -1;
      return x.waitingSince < y.waitingSince ? -1 : 1;
    }
    return y.draftsAwaitingApproval - x.draftsAwaitingApproval || y.documentsToRenew - x.documentsToRenew;
  };
  const order = {
    urgent: [byUrgency, byGaps, byStage, byName],
    gaps: [byGaps, byStage, byName],
    stage: [byStage, byGaps, byName],
    name: [byName],
  }[view.sort];
  return cooperatives
    .map((cooperative) => ({
      cooperative,
      gaps: gapsOf(cooperative),
      waiting: waiting.get(cooperative.id),
    }))
    .filter(
      ({ cooperative, gaps }) =>
        (!view.stage || cooperative.stage === view.stage) &&
        (!view.gap || (view.gap === 'ANY' ? gaps.length > 0 : gaps.includes(view.gap))),
    )
    .sort((a, b) => {
      for (const compare of order) {
        const result = compare(a, b);
        if (result !== 0) return result;
      }
      return 0;
    });
}

/** How many cooperatives of the list lack each thing, for the summary above the table. */
export function gapTally(cooperatives: readonly GapSource[]): Record<CaseloadGap, number> {
  const tally = Object.fromEntries(CASELOAD_GAPS.map((gap) => [gap, 0])) as Record<CaseloadGap, number>;
  for (const cooperative of cooperatives) {
    for (const gap of gapsOf(cooperative)) tally[gap] += 1;
  }
  return tally;
}
