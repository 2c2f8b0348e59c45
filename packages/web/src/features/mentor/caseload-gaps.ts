import type { CooperativeStage } from '@/graphql/generated/graphql';
import { COOPERATIVE_STAGES, oneOf } from '@/lib/enum-values';
import type { RawSearchParams } from '@/lib/search-params';

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

export const CASELOAD_SORTS = ['gaps', 'stage', 'name'] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];

/** The caseload's view as it appears in the URL (`?gap=NO_NIB&stage=ORGANISED&sort=name`). */
export interface CaseloadView {
  /** Only cooperatives lacking this; `ANY`: lacking anything. */
  gap?: CaseloadGap | 'ANY';
  stage?: CooperativeStage;
  sort: CaseloadSort;
}

function single(params: RawSearchParams, key: string): string | undefined {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** Reads the view from the URL; anything unknown is ignored (a hand-edited URL is not an error). */
export function parseCaseloadView(params: RawSearchParams): CaseloadView {
  return {
    gap: oneOf([...CASELOAD_GAPS, 'ANY'] as const, single(params, 'gap')),
    stage: oneOf(COOPERATIVE_STAGES, single(params, 'stage')),
    sort: oneOf(CASELOAD_SORTS, single(params, 'sort')) ?? 'gaps',
  };
}

export interface CaseloadEntry<T extends GapSource> {
  cooperative: T;
  gaps: CaseloadGap[];
}

const stageRank = (stage: CooperativeStage) => COOPERATIVE_STAGES.indexOf(stage);

/**
 * The caseload filtered and sorted as the view asks. "gaps" (the default) puts the cooperatives
 * that need the most help first: most gaps, then the earliest stage, then by name; "stage" puts
 * the earliest stage first; "name" is alphabetical (Indonesian collation).
 */
export function arrangeCaseload<T extends GapSource>(
  cooperatives: readonly T[],
  view: CaseloadView,
): CaseloadEntry<T>[] {
  const byName = (a: CaseloadEntry<T>, b: CaseloadEntry<T>) =>
    a.cooperative.name.localeCompare(b.cooperative.name, 'id');
  const byGaps = (a: CaseloadEntry<T>, b: CaseloadEntry<T>) => b.gaps.length - a.gaps.length;
  const byStage = (a: CaseloadEntry<T>, b: CaseloadEntry<T>) =>
    stageRank(a.cooperative.stage) - stageRank(b.cooperative.stage);
  const order = {
    gaps: [byGaps, byStage, byName],
    stage: [byStage, byGaps, byName],
    name: [byName],
  }[view.sort];
  return cooperatives
    .map((cooperative) => ({ cooperative, gaps: gapsOf(cooperative) }))
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
