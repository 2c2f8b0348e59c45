import { VerificationLevel } from '../../shared/verification';

/** What speaks for a match; each criterion can give at most its weight in points. */
export enum MatchReasonCode {
  COMMODITY_MATCH = 'COMMODITY_MATCH',
  REGION_COVERAGE = 'REGION_COVERAGE',
  QUANTITY_FIT = 'QUANTITY_FIT',
  AMOUNT_IN_RANGE = 'AMOUNT_IN_RANGE',
  ELIGIBLE_UNIT_ACTIVE = 'ELIGIBLE_UNIT_ACTIVE',
  DOCUMENTS_COMPLETE = 'DOCUMENTS_COMPLETE',
  VERIFICATION_LEVEL = 'VERIFICATION_LEVEL',
  RESPONSIVENESS = 'RESPONSIVENESS',
}

/**
 * The weights of the criteria, in points; they sum to 100. Why these numbers:
 * - commodity and region (20 each) decide whether a deal is possible at all: a mill buys one crop,
 *   a bank lends where it has branches;
 * - the unit (15) comes next: PMK 49 lenders and agency schemes ask for an operating unit of the
 *   right type before anything else;
 * - size (quantity for trade, amount for financing; 10 each, never both in one match) and complete
 *   documents (10) are what a deal is negotiated on and what a mentor can fix;
 * - verification (10) and responsiveness (5) are trust signals: they order otherwise equal
 *   candidates but never outweigh a real fit.
 * A criterion that does not apply to a pair (no commodity on either side, a request has no
 * document list, a loan has no quantity) is left out, and the score is the share of the points
 * of the criteria that apply: score = 100 × earned / applicable.
 */
export const MATCH_WEIGHTS: Readonly<Record<MatchReasonCode, number>> = {
  [MatchReasonCode.COMMODITY_MATCH]: 20,
  [MatchReasonCode.REGION_COVERAGE]: 20,
  [MatchReasonCode.ELIGIBLE_UNIT_ACTIVE]: 15,
  [MatchReasonCode.QUANTITY_FIT]: 10,
  [MatchReasonCode.AMOUNT_IN_RANGE]: 10,
  [MatchReasonCode.DOCUMENTS_COMPLETE]: 10,
  [MatchReasonCode.VERIFICATION_LEVEL]: 10,
  [MatchReasonCode.RESPONSIVENESS]: 5,
};

/** Share of the verification weight earned at each level: only checked claims count fully. */
export const VERIFICATION_SHARE: Readonly<Record<VerificationLevel, number>> = {
  [VerificationLevel.UNVERIFIED]: 0,
  [VerificationLevel.SELF_DECLARED]: 0.25,
  [VerificationLevel.MENTOR_ATTESTED]: 0.6,
  [VerificationLevel.DOCUMENTS_VERIFIED]: 0.8,
  [VerificationLevel.GOVERNMENT_VERIFIED]: 1,
};

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Share of the responsiveness weight by median time to answer a proposal on one's turn (the
 * proposal module's 90-day figure). Without history an organisation gets the middle share, so a
 * newcomer is neither rewarded nor punished.
 */
export const RESPONSIVENESS_SHARE = {
  bands: [
    { withinSeconds: DAY_SECONDS, share: 1 },
    { withinSeconds: 3 * DAY_SECONDS, share: 0.7 },
    { withinSeconds: 7 * DAY_SECONDS, share: 0.4 },
  ],
  slower: 0,
  noHistory: 0.4,
} as const;

/** Slower than this median, responsiveness is listed as a gap. */
export const SLOW_RESPONSE_SECONDS = 7 * DAY_SECONDS;

/** Recommendations per request: a short list a person reads, not a page to scroll. */
export const DEFAULT_RECOMMENDATIONS = 20;
export const MAX_RECOMMENDATIONS = 50;
