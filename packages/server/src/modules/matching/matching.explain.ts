import { toMoney } from '../../shared/money';
import { provinceOf, regencyOf } from '../region/region-scope';
import type { Commodity, QuantityUnit } from '../commodity/commodity';
import type { BusinessUnitStatus, BusinessUnitType } from '../cooperative/cooperative.entity';
import type { DocumentType } from '../document/document-type';
import type { VerificationLevel } from '../../shared/verification';
import { MATCH_WEIGHTS, MatchReasonCode, SLOW_RESPONSE_SECONDS } from './matching.weights';
import { DOCUMENT_BITS, UNIT_BITS } from './matching.bits';
import { MatchGap, MatchGapCode, MatchReason } from './matching.type';

/** One scored pair as the matching statement returns it (see matching.reads.ts). */
export interface MatchRow {
  cooperative_id: number;
  offering_id: number | null;
  partner_id: number;
  program_id: number | null;
  request_id: number | null;
  score: number;
  applicable: number;
  o_commodity: Commodity | null;
  v_commodities: Commodity[];
  app_commodity: boolean;
  pts_commodity: number;
  region_ok: boolean;
  covered_by: string | null;
  village_code: string;
  v_coverage: string[];
  pts_region: number;
  app_quantity: boolean;
  pts_quantity: number;
  o_quantity: string | null;
  o_quantity_unit: QuantityUnit | null;
  need_per_month: string | null;
  app_amount: boolean;
  amount_ok: boolean;
  pts_amount: number;
  o_amount: string | null;
  v_min: string | null;
  v_max: string | null;
  app_unit: boolean;
  pts_unit: number;
  /** Unit types (bits of UNIT_BITS) that would satisfy the program, and those the cooperative has active. */
  needed_mask: number;
  active_mask: number;
  /** Status of each of the cooperative's standard units, by type. */
  unit_statuses: Partial<Record<BusinessUnitType, BusinessUnitStatus>> | null;
  docs_required: number;
  docs_held: number;
  pts_documents: number;
  /** Documents (bits of DOCUMENT_BITS) required of this cooperative, and those it holds in force. */
  required_mask: number;
  in_force_mask: number;
  /** Last day in force of the cooperative's latest document of each type it ever recorded. */
  document_last_days: Partial<Record<DocumentType, string | null>> | null;
  candidate_level: VerificationLevel;
  pts_verification: number;
  candidate_median: number | null;
  candidate_responses: number;
  pts_responsiveness: number;
}

/** The types whose bits are set in `mask`, in enum order. */
function typesIn<T>(mask: number, bits: readonly T[]): T[] {
  return bits.filter((_type, index) => (mask & (1 << index)) !== 0);
}

/** How far a unit is from opening: the nearest first, none at all last. */
const UNIT_PROGRESS: readonly (BusinessUnitStatus | undefined)[] = [
  'NOT_ACTIVE' as BusinessUnitStatus,
  'UNDER_CONSTRUCTION' as BusinessUnitStatus,
  'PLANNED' as BusinessUnitStatus,
  undefined,
];

function blankDetails<T extends MatchReason | MatchGap>(target: T): T {
  return Object.assign(target, {
    regionCode: null,
    commodity: null,
    unitType: null,
    quantityOffered: null,
    quantityNeeded: null,
    quantityUnit: null,
    amount: null,
    amountMin: null,
    amountMax: null,
    verificationLevel: null,
    medianResponseSeconds: null,
  });
}

function reason(
  code: MatchReasonCode,
  earned: number,
  scale: number,
  details: Partial<MatchReason>,
): MatchReason {
  return Object.assign(blankDetails(new MatchReason()), {
    code,
    points: Math.round(earned * scale),
    maxPoints: Math.round(MATCH_WEIGHTS[code] * scale),
    documentsHeld: null,
    documentsRequired: null,
    responses: null,
    ...details,
  });
}

function gap(code: MatchGapCode, missed: number, scale: number, details: Partial<MatchGap>): MatchGap {
  return Object.assign(blankDetails(new MatchGap()), {
    code,
    pointsMissed: Math.round(missed * scale),
    documentType: null,
    expiredOn: null,
    unitStatus: null,
    ...details,
  });
}

/**
 * The reasons and gaps of a scored pair. Points come from the statement; this only names them and
 * scales them like the score (100 / applicable weights), so the reasons add up to the score up to
 * rounding.
 */
export function explain(row: MatchRow): { reasons: MatchReason[]; gaps: MatchGap[] } {
  const scale = 100 / row.applicable;
  const reasons: MatchReason[] = [];
  const gaps: MatchGap[] = [];
  const quantity = {
    quantityOffered: row.o_quantity,
    quantityNeeded: row.need_per_month,
    quantityUnit: row.o_quantity_unit,
  };
  const amounts = {
    amount: toMoney(row.o_amount),
    amountMin: toMoney(row.v_min),
    amountMax: toMoney(row.v_max),
  };

  if (row.app_commodity) {
    if (row.pts_commodity > 0) {
      reasons.push(
        reason(MatchReasonCode.COMMODITY_MATCH, row.pts_commodity, scale, { commodity: row.o_commodity }),
      );
    } else {
      gaps.push(
        gap(MatchGapCode.COMMODITY_MISMATCH, MATCH_WEIGHTS.COMMODITY_MATCH, scale, {
          commodity: row.v_commodities[0] ?? null,
        }),
      );
    }
  }

  if (row.region_ok) {
    // Open to the whole province when the partner lists no coverage.
    const regionCode = row.covered_by ?? provinceOf(row.village_code)!;
    reasons.push(reason(MatchReasonCode.REGION_COVERAGE, row.pts_region, scale, { regionCode }));
  } else {
    // A request names one delivery region; otherwise say where the cooperative is.
    const regionCode = row.request_id !== null ? row.v_coverage[0]! : regencyOf(row.village_code)!;
    gaps.push(gap(MatchGapCode.OUTSIDE_COVERAGE, MATCH_WEIGHTS.REGION_COVERAGE, scale, { regionCode }));
  }

  if (row.app_quantity) {
    if (row.pts_quantity > 0)
      reasons.push(reason(MatchReasonCode.QUANTITY_FIT, row.pts_quantity, scale, quantity));
    const missed = MATCH_WEIGHTS.QUANTITY_FIT - row.pts_quantity;
    if (missed > 1e-9) gaps.push(gap(MatchGapCode.QUANTITY_SHORT, missed, scale, quantity));
  }

  if (row.app_amount) {
    if (row.amount_ok) reasons.push(reason(MatchReasonCode.AMOUNT_IN_RANGE, row.pts_amount, scale, amounts));
    else gaps.push(gap(MatchGapCode.AMOUNT_OUT_OF_RANGE, MATCH_WEIGHTS.AMOUNT_IN_RANGE, scale, amounts));
  }

  if (row.app_unit) {
    const active = typesIn(row.needed_mask & row.active_mask, UNIT_BITS);
    if (active.length > 0) {
      reasons.push(
        reason(MatchReasonCode.ELIGIBLE_UNIT_ACTIVE, row.pts_unit, scale, { unitType: active[0] }),
      );
    } else {
      // Name the eligible unit closest to opening, so the to-do is the most reachable one.
      const statuses = row.unit_statuses ?? {};
      const needed = typesIn(row.needed_mask, UNIT_BITS);
      const closest = [...needed].sort(
        (a, b) => UNIT_PROGRESS.indexOf(statuses[a]) - UNIT_PROGRESS.indexOf(statuses[b]),
      )[0];
      if (closest) {
        gaps.push(
          gap(MatchGapCode.UNIT_NOT_ACTIVE, MATCH_WEIGHTS.ELIGIBLE_UNIT_ACTIVE, scale, {
            unitType: closest,
            unitStatus: statuses[closest] ?? null,
          }),
        );
      }
    }
  }

  if (row.docs_required > 0) {
    if (row.docs_held > 0) {
      reasons.push(
        reason(MatchReasonCode.DOCUMENTS_COMPLETE, row.pts_documents, scale, {
          documentsHeld: row.docs_held,
          documentsRequired: row.docs_required,
        }),
      );
    }
    const perDocument = MATCH_WEIGHTS.DOCUMENTS_COMPLETE / row.docs_required;
    const lastDays = row.document_last_days ?? {};
    for (const documentType of typesIn(row.required_mask & ~row.in_force_mask, DOCUMENT_BITS)) {
      const expiredOn = lastDays[documentType] ?? null;
      gaps.push(
        gap(expiredOn ? MatchGapCode.DOCUMENT_EXPIRED : MatchGapCode.DOCUMENT_MISSING, perDocument, scale, {
          documentType,
          expiredOn,
        }),
      );
    }
  }

  const verificationLevel = row.candidate_level;
  if (row.pts_verification > 0) {
    reasons.push(
      reason(MatchReasonCode.VERIFICATION_LEVEL, row.pts_verification, scale, { verificationLevel }),
    );
  } else {
    gaps.push(gap(MatchGapCode.NOT_VERIFIED, MATCH_WEIGHTS.VERIFICATION_LEVEL, scale, { verificationLevel }));
  }

  const responsiveness = {
    medianResponseSeconds: row.candidate_median,
    responses: row.candidate_responses,
  };
  if (row.pts_responsiveness > 0) {
    reasons.push(reason(MatchReasonCode.RESPONSIVENESS, row.pts_responsiveness, scale, responsiveness));
  }
  if (row.candidate_responses > 0 && (row.candidate_median ?? 0) > SLOW_RESPONSE_SECONDS) {
    gaps.push(
      gap(MatchGapCode.SLOW_RESPONSE, MATCH_WEIGHTS.RESPONSIVENESS - row.pts_responsiveness, scale, {
        medianResponseSeconds: row.candidate_median,
      }),
    );
  }

  reasons.sort((a, b) => b.points - a.points);
  gaps.sort((a, b) => b.pointsMissed - a.pointsMissed);
  return { reasons, gaps };
}
