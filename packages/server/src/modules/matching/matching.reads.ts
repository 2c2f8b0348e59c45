import type { Knex } from '@mikro-orm/postgresql';
import { regionAndEnclosingSql } from '../region/region-scope';
import type { Context } from '../../request-context';
import { ProposalSide } from '../proposal/proposal.entity';
import { RESPONSIVENESS_DAYS } from '../proposal/proposal.reads';
import { OfferingKind } from '../offering/offering.entity';
import { Commodity } from '../commodity/commodity';
import { ProgramKind } from '../program/program.entity';
import { DOCUMENT_BITS, UNIT_BITS, requiredDocumentsMaskSql } from './matching.bits';
import { MATCH_WEIGHTS, RESPONSIVENESS_SHARE, VERIFICATION_SHARE } from './matching.weights';
import type { MatchRow } from './matching.explain';

/**
 * Scoring in one SQL statement. Both sides are expanded into rows:
 * - the cooperative side: a cooperative on its own (for loans, agency and service programs) and
 *   each of its published offerings (for offtake, requests, and programs of the offering's kind);
 * - the partner side: active programs, open requests, and the partner itself (a buyer with no
 *   listing, by its commodities and coverage).
 * Pairs are joined on what can make a deal (kind, and commodity where the partner trades one),
 * each criterion gives its points in SQL, the best pair per recommended object is kept
 * (`distinct on`), and the top N come back with the figures their reasons and gaps are built from.
 *
 * At national size (84k cooperatives, 9,000 programs, requests and buyers) neither side is read
 * whole:
 * 1. Partners for a cooperative or offering: its few rows come first, and only the vehicles they
 *    can pair with (kind, and a buyer's commodity) are built and scored.
 * 2. Cooperatives for a program or request (`candidateCtes`): a few likely cooperatives (in the
 *    coverage, and the best by `match_rank`) give a lower bound `t` on the N-th best score from
 *    their match facts alone. A cooperative can only reach `t` if the points it misses fit in the
 *    slack `(1 - t) × applicable`; when the slack is below a criterion's weight, that criterion
 *    must be met, and region, unit and verification are indexed facts. Only the cooperatives whose
 *    upper bound reaches `t` are scored. The cut keeps every cooperative that could tie, so the
 *    result is the one full scoring gives.
 * Responsiveness, the one criterion from the proposal history, is read from the figures a
 * background job keeps per organisation (match facts, `partner_responsiveness`), not from the answers.
 */
export type MatchMode =
  | { kind: 'partnersForOffering'; offeringId: number }
  | { kind: 'partnersForCooperative'; cooperativeId: number }
  | { kind: 'cooperativesForProgram'; programId: number }
  | { kind: 'cooperativesForRequest'; requestId: number }
  | { kind: 'requestsForOffering'; offeringId: number };

interface Sql {
  sql: string;
  bindings: Knex.RawBinding[];
}

const W = MATCH_WEIGHTS;

/** Offerings a partner may be shown: published and still within their validity. */
const LIVE_OFFERING = `o.status = 'PUBLISHED' and (o.valid_until is null or o.valid_until > now())`;
/** Requests a cooperative may be shown: open and before their deadline. */
const LIVE_REQUEST = `q.status = 'OPEN' and (q.deadline is null or q.deadline > now())`;

const textArray = (values: readonly string[]) =>
  `array[${values.map((value) => `'${value}'`).join(',')}]::text[]`;
const DOCUMENT_ARRAY = textArray(DOCUMENT_BITS);
const COMMODITIES: readonly string[] = Object.values(Commodity);
const UNIT_ARRAY = textArray(UNIT_BITS);

/** The bit mask of an array of document (or unit) types. */
const maskOf = (arraySql: string, all: string) =>
  `coalesce((select bit_or(1 << (array_position(${all}, t) - 1)) from unnest(${arraySql}) t), 0)`;

const OFFERING_COLUMNS = `o.cooperative_id, o.id as offering_id, o.kind as o_kind, o.commodity as o_commodity,
  o.quantity_per_month as o_quantity, o.quantity_unit as o_quantity_unit, o.amount_needed as o_amount,
  o.unit_type as o_unit_type,
  coalesce((select array_agg(d.region_code::text) from offering_delivery_region d where d.offering_id = o.id),
           '{}'::text[]) as o_delivery`;

const COOPERATIVE_ALONE = `c.id as cooperative_id, null::int as offering_id, null::text as o_kind,
  null::text as o_commodity, null::numeric as o_quantity, null::text as o_quantity_unit,
  null::numeric as o_amount, null::text as o_unit_type, '{}'::text[] as o_delivery`;

/** The offering kind that can answer a program of each kind (as the pairing in matchStatement has it). */
const OFFERING_KIND_FOR_PROGRAM = `case g.kind ${Object.entries({
  [ProgramKind.OFFTAKE]: OfferingKind.SUPPLY,
  [ProgramKind.LOAN]: OfferingKind.FINANCING_NEED,
  [ProgramKind.SERVICE]: OfferingKind.SERVICE,
  [ProgramKind.AGENCY]: OfferingKind.PARTNERSHIP_INTEREST,
  [ProgramKind.SUPPLY]: OfferingKind.PARTNERSHIP_INTEREST,
} satisfies Record<ProgramKind, OfferingKind>)
  .map(([program, offering]) => `when '${program}' then '${offering}'`)
  .join(' ')} end`;

/** The candidate cooperatives' ids, as `candidateCtes` selects them (program and request modes). */
const CANDIDATE_IDS = `array(select cooperative_id from candidate)`;

function coopSide(mode: MatchMode): Sql {
  switch (mode.kind) {
    case 'partnersForOffering':
    case 'requestsForOffering':
      return {
        sql: `select ${OFFERING_COLUMNS} from offering o where o.id = ?`,
        bindings: [mode.offeringId],
      };
    case 'partnersForCooperative':
      return {
        sql: `select ${COOPERATIVE_ALONE} from cooperative c where c.id = ?
              union all
              select ${OFFERING_COLUMNS} from offering o where o.cooperative_id = ? and ${LIVE_OFFERING}`,
        bindings: [mode.cooperativeId, mode.cooperativeId],
      };
    case 'cooperativesForProgram':
      // Only the rows the pairing in matchStatement can keep: cooperatives on their own unless the
      // program buys, and offerings of the kinds that answer the program's kind; of the candidates only.
      return {
        sql: `select ${COOPERATIVE_ALONE} from cooperative c
               where c.id = any(${CANDIDATE_IDS}) and (select kind from program where id = ?) <> '${ProgramKind.OFFTAKE}'
              union all
              select ${OFFERING_COLUMNS} from offering o
               where o.cooperative_id = any(${CANDIDATE_IDS}) and ${LIVE_OFFERING}
                 and o.kind = (select ${OFFERING_KIND_FOR_PROGRAM} from program g where g.id = ?)
                 -- A buyer's commodity is a must.
                 and (o.kind <> '${OfferingKind.SUPPLY}' or o.commodity is not distinct from coalesce(
                        (select commodity from program where id = ?), o.commodity))`,
        bindings: [mode.programId, mode.programId, mode.programId],
      };
    case 'cooperativesForRequest':
      // Only supply of the request's commodity can answer it.
      return {
        sql: `select ${OFFERING_COLUMNS} from offering o
               where o.cooperative_id = any(${CANDIDATE_IDS}) and ${LIVE_OFFERING} and o.kind = 'SUPPLY'
                 and o.commodity = (select commodity from partner_request where id = ?)`,
        bindings: [mode.requestId],
      };
  }
}

const PROGRAM_VEHICLE = `g.partner_id, g.id as program_id, null::int as request_id, g.kind as v_kind,
  (g.kind = 'OFFTAKE') as v_trade,
  case when g.commodity is null then '{}'::text[] else array[g.commodity] end as v_commodities,
  coalesce((select array_agg(gc.region_code::text) from program_coverage gc where gc.program_id = g.id),
           '{}'::text[]) as v_coverage,
  g.eligible_unit_types as v_eligible, ${maskOf('g.eligible_unit_types', UNIT_ARRAY)} as v_eligible_mask,
  ${maskOf('g.required_documents', DOCUMENT_ARRAY)} as v_required_mask,
  g.min_amount as v_min, g.max_amount as v_max,
  null::numeric as v_quantity, null::text as v_quantity_unit, null::timestamptz as v_deadline`;

const REQUEST_VEHICLE = `q.partner_id, null::int as program_id, q.id as request_id, null::text as v_kind,
  true as v_trade, array[q.commodity] as v_commodities, array[q.delivery_region_code::text] as v_coverage,
  '{}'::text[] as v_eligible, 0 as v_eligible_mask, 0 as v_required_mask,
  null::numeric as v_min, null::numeric as v_max,
  q.quantity as v_quantity, q.quantity_unit as v_quantity_unit, q.deadline as v_deadline`;

const PARTNER_VEHICLE = `p.id as partner_id, null::int as program_id, null::int as request_id, null::text as v_kind,
  true as v_trade, p.commodities::text[] as v_commodities,
  coalesce((select array_agg(pc.region_code::text) from partner_coverage pc where pc.partner_id = p.id),
           '{}'::text[]) as v_coverage,
  '{}'::text[] as v_eligible, 0 as v_eligible_mask, 0 as v_required_mask,
  null::numeric as v_min, null::numeric as v_max,
  null::numeric as v_quantity, null::text as v_quantity_unit, null::timestamptz as v_deadline`;

/**
 * Vehicles a row of `coop_side` can pair with (the pairing in matchStatement): programs of the kind
 * its offerings answer, any but a buyer's for the cooperative on its own, and for supply offerings
 * the buyers (programs, requests, partners) of their commodity. Read before the vehicles' columns
 * are built: at national size most of the 9,000 vehicles pair with nothing of one cooperative.
 */
const PAIRS_WITH_PROGRAM = `exists (select 1 from coop_side cs
   where (cs.offering_id is null and g.kind <> '${ProgramKind.OFFTAKE}')
      or (cs.o_kind = ${OFFERING_KIND_FOR_PROGRAM}
          and (g.kind <> '${ProgramKind.OFFTAKE}' or g.commodity is null or g.commodity = cs.o_commodity)))`;
const SUPPLY_COMMODITIES = `array(select cs.o_commodity from coop_side cs where cs.o_kind = '${OfferingKind.SUPPLY}')`;

function partnerSide(mode: MatchMode): Sql {
  switch (mode.kind) {
    case 'partnersForOffering':
    case 'partnersForCooperative':
      return {
        sql: `select ${PROGRAM_VEHICLE} from program g where g.status = 'ACTIVE' and ${PAIRS_WITH_PROGRAM}
              union all
              select ${REQUEST_VEHICLE} from partner_request q
               where ${LIVE_REQUEST} and q.commodity = any(${SUPPLY_COMMODITIES})
              union all
              select ${PARTNER_VEHICLE} from partner p where p.commodities && ${SUPPLY_COMMODITIES}`,
        bindings: [],
      };
    case 'requestsForOffering':
      return {
        sql: `select ${REQUEST_VEHICLE} from partner_request q
               where ${LIVE_REQUEST} and q.commodity = any(${SUPPLY_COMMODITIES})`,
        bindings: [],
      };
    // The partner's own program or request, in whatever state: its staff may preview a draft.
    case 'cooperativesForProgram':
      return { sql: `select ${PROGRAM_VEHICLE} from program g where g.id = ?`, bindings: [mode.programId] };
    case 'cooperativesForRequest':
      return {
        sql: `select ${REQUEST_VEHICLE} from partner_request q where q.id = ?`,
        bindings: [mode.requestId],
      };
  }
}

const recommendsPartners = (mode: MatchMode) =>
  mode.kind === 'partnersForOffering' ||
  mode.kind === 'partnersForCooperative' ||
  mode.kind === 'requestsForOffering';

function caseOf(column: string, shares: Readonly<Record<string, number>>): string {
  const whens = Object.entries(shares)
    .map(([value, share]) => `when '${value}' then ${share}`)
    .join(' ');
  return `(case ${column} ${whens} else 0 end)`;
}

function responsivenessShareSql(median: string, responses: string): string {
  const bands = RESPONSIVENESS_SHARE.bands
    .map((band) => `when ${median} <= ${band.withinSeconds} then ${band.share}`)
    .join(' ');
  return `(case when coalesce(${responses}, 0) = 0 or ${median} is null then ${RESPONSIVENESS_SHARE.noHistory}
                ${bands} else ${RESPONSIVENESS_SHARE.slower} end)`;
}

/**
 * The documents in force on `day`, as a mask, from cooperative_match_fact `alias`: the mask stored
 * for the period between the days a type stops being in force (the rule of statusOfDocument in
 * document/document-status.ts: a document counts through its expiry day) that contains the day. Matching asks for the current date at query time, so a document stops counting
 * the day after it expires without any write.
 */
export const inForceMaskSql = (alias: string, day: string) =>
  `coalesce(${alias}.document_masks[1 + width_bucket(${day}, ${alias}.document_lapses)], 0)`;

/** The cooperative's village with its ancestors, as stored (computed if the row were missing). */
const VILLAGE_REACH = `coalesce(mf.village_reach, ${regionAndEnclosingSql('c.village_code::text')})`;

const popcount = (mask: string) => `bit_count((${mask})::bit(32))`;

/**
 * Responsiveness of the organisations of `side` (of those in `orgIds`, SQL of an int array, when
 * given): answers on their turn in the last RESPONSIVENESS_DAYS, and their median time, from
 * `proposal_answer` (the rule of responsivenessSql in proposal.reads.ts, kept by triggers; a test
 * checks they agree). Matching reads the figures a background job keeps from this
 * (matching.responsiveness.ts): a cooperative's in its match facts, a partner's in
 * `partner_responsiveness`.
 */
export const responsivenessOfSql = (side: ProposalSide, orgIds?: string) => `
  select a.org_id, count(*) as responses,
         round(percentile_cont(0.5) within group (order by a.seconds)) as median_seconds
    from proposal_answer a
   where a.side = '${side}' ${orgIds ? `and a.org_id = any(${orgIds})` : ''}
     and a.answered_at >= now() - make_interval(days => ${RESPONSIVENESS_DAYS})
   group by a.org_id`;

/** Responsiveness points of the cooperative of match facts `f`, exactly as scored. */
const factResponsiveness = (f: string) =>
  `${responsivenessShareSql(`${f}.median_seconds`, `${f}.responses`)} * ${W.RESPONSIVENESS}`;

/** Verification points of each level, as SQL rows (level, points). */
const VERIFICATION_POINTS = `(values ${Object.entries(VERIFICATION_SHARE)
  .map(([level, share]) => `('${level}', ${share * W.VERIFICATION_LEVEL})`)
  .join(', ')}) as v(level, points)`;

/** A whole number for the statement text (ids and sizes are validated integers). */
function int(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`Not an integer: ${value}`);
  return String(value);
}

/** What a request of vehicle row `ps` needs per month: its quantity spread over the months to its deadline. */
const needPerMonth = (ps: string) =>
  `case when ${ps}.v_deadline is null then ${ps}.v_quantity
        else ${ps}.v_quantity / greatest(1, ceil(extract(epoch from ${ps}.v_deadline - now()) / (30 * 86400))) end`;

/** Quantity points of an offering supplying `quantity` a month against `need` a month (as scored). */
const quantityPoints = (quantity: string, need: string) =>
  `case when ${need} > 0 then ${W.QUANTITY_FIT} * least(1, ${quantity} / ${need}) else ${W.QUANTITY_FIT} end`;

/** The most cooperatives a coverage may hold to be read whole (more than any one province has). */
const ENUMERATED_COVERAGE_MAX = 12_000;

/** Documents points of a required mask against a mask in force (as the scorer computes them). */
const documentPoints = (required: string, inForce: string) =>
  `case when ${required} <> 0
        then ${W.DOCUMENTS_COMPLETE} * ${popcount(`${required} & ${inForce}`)}::numeric / ${popcount(required)}
        else 0 end`;

/**
 * The candidate cooperatives of a program or request, from `cooperative_match_fact` only.
 *
 * Every pair of a cooperative scores its "core" criteria (region, unit if the program names unit
 * types, documents if it asks any, verification, responsiveness, and the commodity for a buyer) and
 * maybe `extra` ones that only an offering brings (commodity of a loan/agency offering, amount,
 * quantity, the unit of an offering). A cooperative's best score is therefore at most
 * `ub = (core points at most + extra) / (core applicable + extra)` (adding met points to both sides
 * only raises a share), and its own row, or any of its answering offerings, scores at least `lb`.
 * Responsiveness is exact (the match facts keep it), and so are an offering's own criteria.
 * - `covered`: the match facts of a coverage of at most a province's cooperatives (`enumerated`);
 *   a larger coverage, or none, is read like no coverage.
 * - `seed`: cooperatives in the coverage (by their lb), the best by match_rank anywhere, and for a
 *   buyer with too few suppliers in its coverage, those delivering into it and the best suppliers
 *   of its commodity anywhere (`buyer_anywhere`); the N-th best lb among them is `t`, a lower bound
 *   of the N-th best score.
 * - `candidate`: the cooperatives with ub ≥ t. The points a candidate misses must fit in
 *   `slack = (1 - t) × (core applicable + extra)`; outside an enumerated coverage the region's 20
 *   are already missed (`outside_slack`), so below 15 an eligible active unit is a must (unit
 *   index) and verification needs at least 10 − slack points (level index). Offerings delivering
 *   into the coverage from outside it are found through their delivery regions.
 * A cooperative left out has ub < t ≤ the N-th best score: it cannot be in the top N.
 */
function candidateCtes(first: number): string {
  // Facts of cooperative `f` against the vehicle `b`; `region` is its region points.
  const unitPoints = `case when b.core_unit and f.active_unit_mask & b.eligible_mask <> 0 then ${W.ELIGIBLE_UNIT_ACTIVE} else 0 end`;
  const docs = documentPoints(
    requiredDocumentsMaskSql('b.required_mask', 'f.kind'),
    inForceMaskSql('f', 'current_date'),
  );
  const verification = `${caseOf('f.verification_level', VERIFICATION_SHARE)} * ${W.VERIFICATION_LEVEL}`;
  // Offering `o` is live and answers the vehicle (a buyer's commodity is a must).
  const answeringOffering = `o.status = 'PUBLISHED' and o.kind = (select offering_kind from bound)
      and (o.valid_until is null or o.valid_until > now())
      and (cardinality(b.commodities) = 0 or not b.offerings_only
           or o.commodity = any((select commodities from bound)::text[]))`;
  // The same for a buyer, with its commodity as an index condition (none named: any; supply
  // offerings always name one).
  const answeringBuyerOffering = `o.status = 'PUBLISHED' and o.kind = (select offering_kind from bound)
      and (o.valid_until is null or o.valid_until > now())
      and o.commodity = any(coalesce(nullif((select commodities from bound), '{}'), ${textArray(COMMODITIES)}))
      -- A program that names unit types pairs only with offerings about one of them (or none).
      and (o.unit_type is null or (select eligible_mask from bound) = 0
           or (select eligible_mask from bound) & (1 << (array_position(${UNIT_ARRAY}, o.unit_type) - 1)) <> 0)`;
  // Offerings delivering into the coverage (to a coverage region or within one, or to a wider region).
  const deliveringIntoCoverage = `(select d.offering_id from unnest((select coverage from bound)) k
            join offering_delivery_region d on d.region_code ~>=~ k and d.region_code ~<~ (k || '/')
          union
          select d.offering_id from offering_delivery_region d where d.region_code = any((select within from bound)::text[])) d`;
  // A condition on the vehicle alone: evaluated once, it switches a branch on or off.
  const gate = (condition: string, from = 'margin') => `(select ${condition} from ${from} m)`;
  const core = (region: string) => `(${region} + ${docs} + ${verification} + b.core_commodity)`;
  const responsiveness = factResponsiveness('f');
  // The cooperative on its own, and with everything an offering can add met.
  const upperAlone = (region: string) =>
    `(${core(region)} + ${unitPoints} + ${responsiveness}) / b.core_applicable`;
  const upperWithOffering = (region: string) =>
    `(${core(region)} + ${unitPoints} + ${responsiveness} + b.extra)
     / (b.core_applicable + b.extra)`;
  // The criteria a given offering `o` adds (applicable), and their points (exactly as scored).
  const offeringExtra = `(case when not b.offerings_only and cardinality(b.commodities) > 0 and o.commodity is not null
                               then ${W.COMMODITY_MATCH} else 0 end
      + case when b.has_amount_range and o.amount_needed is not null then ${W.AMOUNT_IN_RANGE} else 0 end
      + case when b.for_request and o.quantity_per_month is not null and o.quantity_unit = b.quantity_unit
             then ${W.QUANTITY_FIT} else 0 end
      + case when b.for_program and b.eligible_mask = 0 and o.unit_type is not null then ${W.ELIGIBLE_UNIT_ACTIVE} else 0 end)`;
  const offeringExtraPoints = `(case when not b.offerings_only and o.commodity = any(b.commodities) then ${W.COMMODITY_MATCH} else 0 end
      + case when o.amount_needed is not null and (b.min_amount is not null or b.max_amount is not null)
              and (b.min_amount is null or o.amount_needed >= b.min_amount)
              and (b.max_amount is null or o.amount_needed <= b.max_amount) then ${W.AMOUNT_IN_RANGE} else 0 end
      + case when b.for_request and o.quantity_per_month is not null and o.quantity_unit = b.quantity_unit
             then ${quantityPoints('o.quantity_per_month', 'b.need_per_month')} else 0 end
      + case when b.for_program and b.eligible_mask = 0 and o.unit_type is not null
              and f.active_unit_mask & (1 << (array_position(${UNIT_ARRAY}, o.unit_type) - 1)) <> 0
             then ${W.ELIGIBLE_UNIT_ACTIVE} else 0 end)`;
  const upperOfOffering = (region: string) =>
    `(${core(region)} + ${unitPoints} + ${responsiveness} + ${offeringExtraPoints})
     / (b.core_applicable + ${offeringExtra})`;
  // What an answering offering `o` scores at least: all but the unit of a program's list (the
  // offering's own unit may be another of it) is exact.
  const lowerOfOffering = (region: string) =>
    `(${core(region)} + ${responsiveness} + ${offeringExtraPoints}) / (b.core_applicable + ${offeringExtra})`;
  // Beats the N-th seed: a higher bound, or an equal one and a smaller id (ties go to the smaller id).
  const reaches = (bound: string) => `(${bound}, -f.cooperative_id) >= (b.t, -b.t_id)`;
  // For a vehicle that is not a buyer: the cooperative on its own, or one of its answering offerings
  // (first the bound with every extra criterion met, which needs no offering read).
  const upperReaches = (region: string) =>
    `(${reaches(upperAlone(region))}
      or ${reaches(upperWithOffering(region))}
         and exists (select 1 from offering o where o.cooperative_id = f.cooperative_id and ${answeringOffering}
                        and ${reaches(upperOfOffering(region))}))`;
  // An offering's unit may differ from the programs' list: its lb leaves unit points out.
  const lower = (region: string) =>
    `case when b.offerings_only
          then (${core(region)} + ${responsiveness}) / (b.core_applicable + b.extra)
          else (${core(region)} + ${unitPoints} + ${responsiveness}) / b.core_applicable end`;
  const regionOf = `case when cardinality(b.coverage) = 0 or f.village_reach && b.coverage then ${W.REGION_COVERAGE} else 0 end`;
  const inCoverage = `f.village_reach && (select coverage from bound)`;
  // The region points a cooperative found anywhere can have: when the coverage is enumerated, those
  // in it are found there, so here it may count as missed; a coverage too large to enumerate counts
  // as met for everyone (a cooperative outside it may still deliver into it).
  const anywhereRegion = `case when b.enumerated then ${regionOf} else ${W.REGION_COVERAGE} end`;
  return `
bound as materialized (
  select ps.v_coverage as coverage, ps.v_within as within, ps.v_commodities as commodities,
         ps.v_eligible_mask as eligible_mask, match_mask_positions(ps.v_eligible_mask) as eligible_units,
         ps.v_required_mask as required_mask, o.offerings_only, o.offering_kind,
         (ps.program_id is not null and ps.v_eligible_mask <> 0) as core_unit,
         case when o.offerings_only and cardinality(ps.v_commodities) > 0 then ${W.COMMODITY_MATCH} else 0 end
           as core_commodity,
         ${W.REGION_COVERAGE} + ${W.VERIFICATION_LEVEL} + ${W.RESPONSIVENESS}
           + case when ps.program_id is not null and ps.v_eligible_mask <> 0 then ${W.ELIGIBLE_UNIT_ACTIVE} else 0 end
           + case when ps.v_required_mask <> 0 then ${W.DOCUMENTS_COMPLETE} else 0 end
           + case when o.offerings_only and cardinality(ps.v_commodities) > 0 then ${W.COMMODITY_MATCH} else 0 end
           as core_applicable,
         case when not o.offerings_only and cardinality(ps.v_commodities) > 0 then ${W.COMMODITY_MATCH} else 0 end
           + case when ps.v_min is not null or ps.v_max is not null then ${W.AMOUNT_IN_RANGE} else 0 end
           + case when ps.request_id is not null then ${W.QUANTITY_FIT} else 0 end
           + case when ps.program_id is not null and ps.v_eligible_mask = 0 then ${W.ELIGIBLE_UNIT_ACTIVE} else 0 end
           as extra,
         ps.program_id is not null as for_program, ps.request_id is not null as for_request,
         (ps.v_min is not null or ps.v_max is not null) as has_amount_range, ps.v_quantity_unit as quantity_unit,
         ps.v_min as min_amount, ps.v_max as max_amount, ${needPerMonth('ps')} as need_per_month,
         -- A coverage holding at most a province's cooperatives is read whole (their facts by village
         -- code); a larger one (a national bank naming every province) is not: it is like no coverage.
         (cardinality(ps.v_coverage) > 0
          and (select coalesce(sum(s.cooperatives), 0) from cooperative_stage_count s
                where s.region_code = any(ps.v_coverage)) <= ${ENUMERATED_COVERAGE_MAX}) as enumerated
    from partner_side ps
   cross join lateral (
     select (ps.request_id is not null or ps.v_kind = '${ProgramKind.OFFTAKE}') as offerings_only,
            case when ps.request_id is not null then '${OfferingKind.SUPPLY}'
                 else (select ${OFFERING_KIND_FOR_PROGRAM} from program g where g.id = ps.program_id) end as offering_kind
   ) o
),
-- The match facts of the cooperatives in the coverage, through the village code index.
covered as materialized (
  select f.* from unnest((select coverage from bound where enumerated)) k
   cross join lateral (
     select c.id from cooperative c where c.village_code ~>=~ k and c.village_code ~<~ (k || '/') offset 0
   ) c
   cross join lateral (select * from cooperative_match_fact f where f.cooperative_id = c.id offset 0) f
),
near_seed as materialized (
  (select f.cooperative_id, ${lower(W.REGION_COVERAGE.toString())} as lb
     from covered f cross join bound b
    where ${gate('not m.offerings_only', 'bound')}
    order by lb desc limit ${int(first)})
  union all
  (select f.cooperative_id, max(${lowerOfOffering(W.REGION_COVERAGE.toString())}) as lb
     from covered f
     -- The conditions inside, so the published offerings' index serves them.
     cross join lateral (
       select * from offering o where o.cooperative_id = f.cooperative_id and ${answeringBuyerOffering} offset 0
     ) o
     cross join bound b
    where ${gate('m.offerings_only', 'bound')}
    group by f.cooperative_id order by lb desc limit ${int(first)})
),
-- A buyer with no coverage, one too large to enumerate, or fewer than N answering cooperatives in
-- it: every answering offering (up to ~20,000 of a commodity nationally) with its cooperative's
-- bounds, read once for the seeds and the candidates.
buyer_anywhere as materialized (
  select f.cooperative_id, ${lowerOfOffering(regionOf)} as lb, ${upperOfOffering(anywhereRegion)} as ub
    -- A join the planner may hash: for thousands of offerings one pass over the facts beats a
    -- lookup per offering.
    from offering o
    join cooperative_match_fact f on f.cooperative_id = o.cooperative_id
    cross join bound b
   where ${gate(`m.offerings_only and (not m.enumerated or (select count(*) from near_seed) < ${int(first)})`, 'bound')}
     and ${answeringBuyerOffering}
),
seed as materialized (
  select * from near_seed
  union all
  -- A buyer with fewer than N answering cooperatives in its coverage: those delivering into it.
  (select f.cooperative_id, max(${lowerOfOffering(W.REGION_COVERAGE.toString())}) as lb
     from ${deliveringIntoCoverage}
     cross join lateral (select * from offering o where o.id = d.offering_id and ${answeringBuyerOffering} offset 0) o
     cross join lateral (select * from cooperative_match_fact f where f.cooperative_id = o.cooperative_id offset 0) f
     cross join bound b
    where ${gate(`m.offerings_only and m.enumerated and (select count(*) from near_seed) < ${int(first)}`, 'bound')}
    group by f.cooperative_id order by lb desc limit ${int(first)})
  union all
  (select f.cooperative_id, ${lower(regionOf)} as lb
     from cooperative_match_fact f cross join bound b
    where ${gate('not m.offerings_only', 'bound')} and (not b.core_unit or f.active_unit_mask & b.eligible_mask <> 0)
    order by f.match_rank desc, f.cooperative_id limit ${int(5 * first)})
  union all
  -- A buyer anywhere: the best lower bounds of the cooperatives supplying its commodity.
  (select b.cooperative_id, max(b.lb) as lb from buyer_anywhere b
    group by b.cooperative_id order by lb desc, b.cooperative_id limit ${int(first)})
),
margin as materialized (
  -- The verification levels a cooperative outside the coverage needs to reach t.
  select m.*, array(select v.level from ${VERIFICATION_POINTS} where v.points >= ${W.VERIFICATION_LEVEL} - m.outside_slack)
                as outside_levels
    from (
      select b.*, coalesce(cut.lb, 0) as t, coalesce(cut.cooperative_id, 0) as t_id,
             (1 - coalesce(cut.lb, 0)) * (b.core_applicable + b.extra) + 1e-9 as slack,
             -- What a cooperative outside the coverage may still miss (the region counts as missed).
             (1 - coalesce(cut.lb, 0)) * (b.core_applicable + b.extra) + 1e-9
               - case when b.enumerated then ${W.REGION_COVERAGE} else 0 end as outside_slack
        from bound b
        -- The N-th best seed (none: fewer than N, every cooperative is a candidate).
        left join (select cooperative_id, max(lb) as lb from seed group by 1
                    order by lb desc, cooperative_id offset ${int(first - 1)} limit 1) cut on true
    ) m
),
candidate as materialized (
  -- In the coverage.
  select f.cooperative_id from covered f cross join margin b
   where ${gate('not m.offerings_only')}
     and ${upperReaches(W.REGION_COVERAGE.toString())}
  union
  select f.cooperative_id from covered f
   cross join lateral (
     select * from offering o where o.cooperative_id = f.cooperative_id and ${answeringBuyerOffering} offset 0
   ) o
   cross join margin b
   where ${gate('m.offerings_only')}
     and ${reaches(upperOfOffering(W.REGION_COVERAGE.toString()))}
  union
  -- Anywhere (no coverage, or one a top cooperative may miss): those in the coverage are above, so
  -- the region counts as missed; an eligible active unit and a verification level may then be musts.
  select f.cooperative_id from cooperative_match_fact f cross join margin b
   where ${gate(`m.outside_slack >= 0 and not m.offerings_only and m.core_unit and m.outside_slack < ${W.ELIGIBLE_UNIT_ACTIVE}`)}
     and f.active_units && (select eligible_units from bound)
     and f.verification_level = any((select outside_levels from margin)::text[]) and ${upperReaches(anywhereRegion)}
  union
  select f.cooperative_id from cooperative_match_fact f cross join margin b
   where ${gate(`m.outside_slack >= 0 and not m.offerings_only and not (m.core_unit and m.outside_slack < ${W.ELIGIBLE_UNIT_ACTIVE})`)}
     and f.verification_level = any((select outside_levels from margin)::text[]) and ${upperReaches(anywhereRegion)}
  union
  -- Anywhere, for a buyer: the cooperatives with a live offering of its commodity, read above, or
  -- read here when the coverage's own suppliers gave the seeds.
  select a.cooperative_id from buyer_anywhere a cross join margin b
   where (a.ub, -a.cooperative_id) >= (b.t, -b.t_id)
  union
  select f.cooperative_id from offering o
    cross join lateral (select * from cooperative_match_fact f where f.cooperative_id = o.cooperative_id offset 0) f
    cross join margin b
   where ${gate(`m.outside_slack >= 0 and m.offerings_only and m.enumerated and (select count(*) from near_seed) >= ${int(first)}`)}
     and ${answeringBuyerOffering}
     and f.verification_level = any((select outside_levels from margin)::text[]) and ${reaches(upperOfOffering(anywhereRegion))}
  union
  -- From outside an enumerated coverage, delivering into it (to a coverage region or within one, or
  -- to a wider region).
  select f.cooperative_id
    from (select * from ${deliveringIntoCoverage} where (select enumerated from bound)) d
    -- By id for each delivery (not flattened into a join): most offerings are of other kinds.
    cross join lateral (select * from offering o where o.id = d.offering_id offset 0) o
    cross join lateral (select * from cooperative_match_fact f where f.cooperative_id = o.cooperative_id offset 0) f
    cross join margin b
   where ${answeringOffering} and not ${inCoverage}
     and ${reaches(upperOfOffering(W.REGION_COVERAGE.toString()))}
),`;
}

/**
 * The whole statement for a mode: the candidates scored, the best N returned. `exhaustive` scores
 * every cooperative and reads everyone's responsiveness (the reference the bounds are tested against).
 */
export function matchStatement(mode: MatchMode, first: number, options: { exhaustive?: boolean } = {}): Sql {
  const coop = coopSide(mode);
  const partner = partnerSide(mode);
  const toPartners = recommendsPartners(mode);
  const candidateKey =
    mode.kind === 'requestsForOffering' ? 'request_id' : toPartners ? 'partner_id' : 'cooperative_id';
  // The recommended side carries its verification level and responsiveness.
  const candidate = toPartners ? 'ps' : 'cs';

  const partnerSideCte = `
partner_side as materialized (
  select vehicle.*, p.verification_level as level, r.responses, r.median_seconds,
         coalesce((select array_agg(a) from unnest(vehicle.v_coverage) k, unnest(${regionAndEnclosingSql('k')}) a),
                  '{}'::text[]) as v_within
    from (select * from (${partner.sql}) vehicle_rows offset 0) vehicle
    join partner p on p.id = vehicle.partner_id
    left join partner_responsiveness r on r.partner_id = vehicle.partner_id
),`;
  const coopSideCte = `
coop_side as materialized (
  select side.*,
         c.kind as coop_kind, c.village_code::text as village_code, c.verification_level as level,
         coalesce(mf.active_unit_mask, 0) as active_mask, ${inForceMaskSql('mf', 'current_date')} as in_force_mask,
         coalesce(mf.responses, 0) as responses, mf.median_seconds,
         -- Where the cooperative can deliver: its village and delivery regions, with their ancestors.
         case when cardinality(side.o_delivery) = 0 then ${VILLAGE_REACH}
              else ${VILLAGE_REACH} || (select array_agg(a) from unnest(side.o_delivery) dr, unnest(${regionAndEnclosingSql('dr')}) a)
         end as o_reach
    -- Not flattened: the delivery regions are read once per row, not once per use.
    from (select * from (${coop.sql}) side_rows offset 0) side
    -- By id for each row (not flattened into a join): the rows are few, the tables national.
    cross join lateral (select * from cooperative c where c.id = side.cooperative_id offset 0) c
    left join lateral (
      select * from cooperative_match_fact mf where mf.cooperative_id = side.cooperative_id offset 0
    ) mf on true
),`;
  // Recommending partners, the cooperative's few rows come first and select the vehicles they can
  // pair with; recommending cooperatives, the one vehicle comes first and selects the candidates.
  const sides = toPartners
    ? coopSideCte + partnerSideCte
    : partnerSideCte +
      (options.exhaustive
        ? 'candidate as materialized (select id as cooperative_id from cooperative),'
        : candidateCtes(first)) +
      coopSideCte;

  const sql = `
with ${sides}
-- Every compatible pair with its points.
scored as materialized (
  select cs.cooperative_id, cs.offering_id, ps.partner_id, ps.program_id,
         ps.request_id, f.*, pt.*,
         (pt.pts_commodity + pt.pts_region + pt.pts_quantity + pt.pts_amount + pt.pts_unit + pt.pts_documents
          + pt.pts_verification + pt.pts_responsiveness) / pt.applicable as fit
    from coop_side cs
    join partner_side ps
      on (   (cs.offering_id is null and ps.program_id is not null and ps.v_kind <> 'OFFTAKE')
          or (cs.o_kind = 'SUPPLY' and (ps.program_id is null or ps.v_kind = 'OFFTAKE'))
          or (cs.o_kind = 'FINANCING_NEED' and ps.v_kind = 'LOAN')
          or (cs.o_kind = 'SERVICE' and ps.v_kind = 'SERVICE')
          or (cs.o_kind = 'PARTNERSHIP_INTEREST' and ps.v_kind in ('AGENCY', 'SUPPLY')))
     -- A buyer's commodity is a must; an agency or loan program's commodity only scores.
     and (not ps.v_trade or cs.o_commodity = any(ps.v_commodities)
          or (ps.program_id is not null and cardinality(ps.v_commodities) = 0))
     -- A program that names its unit types does not serve an offering about another unit.
     and (cs.o_unit_type is null or ps.program_id is null or cardinality(ps.v_eligible) = 0
          or cs.o_unit_type = any(ps.v_eligible))
   cross join lateral (
     select (cs.o_commodity is not null and cardinality(ps.v_commodities) > 0) as app_commodity,
            (cardinality(ps.v_coverage) = 0 or ps.v_coverage && cs.o_reach or ps.v_within && cs.o_delivery)
              as region_ok,
            (ps.request_id is not null and cs.o_quantity is not null and cs.o_quantity_unit = ps.v_quantity_unit)
              as app_quantity,
            ${needPerMonth('ps')} as need_per_month,
            (cs.o_amount is not null and (ps.v_min is not null or ps.v_max is not null)) as app_amount,
            (cs.o_amount is not null and (ps.v_min is null or cs.o_amount >= ps.v_min)
             and (ps.v_max is null or cs.o_amount <= ps.v_max)) as amount_ok,
            case when ps.program_id is null then 0
                 when cs.o_unit_type is not null then 1 << (array_position(${UNIT_ARRAY}, cs.o_unit_type) - 1)
                 else ps.v_eligible_mask end as needed_mask,
            ${requiredDocumentsMaskSql('ps.v_required_mask', 'cs.coop_kind')} as required_mask,
            ${candidate}.level as candidate_level,
            ${candidate}.median_seconds::int as candidate_median,
            coalesce(${candidate}.responses, 0)::int as candidate_responses
      -- Not flattened into the points below, which would repeat these expressions in every use.
      offset 0
   ) f
   cross join lateral (
     select case when f.app_commodity and cs.o_commodity = any(ps.v_commodities) then ${W.COMMODITY_MATCH} else 0 end
              as pts_commodity,
            case when f.region_ok then ${W.REGION_COVERAGE} else 0 end as pts_region,
            case when f.app_quantity then ${quantityPoints('cs.o_quantity', 'f.need_per_month')} else 0 end
              as pts_quantity,
            case when f.app_amount and f.amount_ok then ${W.AMOUNT_IN_RANGE} else 0 end as pts_amount,
            case when f.needed_mask & cs.active_mask <> 0 then ${W.ELIGIBLE_UNIT_ACTIVE} else 0 end as pts_unit,
            ${popcount('f.required_mask')} as docs_required,
            ${popcount('f.required_mask & cs.in_force_mask')} as docs_held,
            ${documentPoints('f.required_mask', 'cs.in_force_mask')} as pts_documents,
            ${caseOf('f.candidate_level', VERIFICATION_SHARE)} * ${W.VERIFICATION_LEVEL} as pts_verification,
            ${responsivenessShareSql('f.candidate_median', 'f.candidate_responses')} * ${W.RESPONSIVENESS}
              as pts_responsiveness,
            ${W.REGION_COVERAGE} + ${W.VERIFICATION_LEVEL} + ${W.RESPONSIVENESS}
              + case when f.app_commodity then ${W.COMMODITY_MATCH} else 0 end
              + case when f.app_quantity then ${W.QUANTITY_FIT} else 0 end
              + case when f.app_amount then ${W.AMOUNT_IN_RANGE} else 0 end
              + case when f.needed_mask <> 0 then ${W.ELIGIBLE_UNIT_ACTIVE} else 0 end
              + case when f.required_mask <> 0 then ${W.DOCUMENTS_COMPLETE} else 0 end as applicable
      offset 0
   ) pt
),
-- The best pair of each recommended object.
best as (
  select distinct on (${candidateKey}) *
    from scored
   order by ${candidateKey}, fit desc, request_id nulls last, program_id nulls last, offering_id nulls last
),
top as materialized (
  select * from best order by fit desc, ${candidateKey} limit ${int(first)}
)
select top.cooperative_id, top.offering_id, top.partner_id, top.program_id, top.request_id,
       round(100 * top.fit)::int as score, top.applicable::float8 as applicable,
       cs.o_commodity, ps.v_commodities, top.app_commodity, top.pts_commodity::float8 as pts_commodity,
       top.region_ok, cs.village_code, ps.v_coverage, top.pts_region::float8 as pts_region,
       -- The narrowest coverage region that includes the cooperative or where it delivers.
       (select k from unnest(ps.v_coverage) k
         where k = any(cs.o_reach) or exists (select 1 from unnest(cs.o_delivery) dr where k like dr || '.%')
         order by length(k) desc limit 1) as covered_by,
       top.app_quantity, top.pts_quantity::float8 as pts_quantity, cs.o_quantity, cs.o_quantity_unit,
       round(top.need_per_month, 2) as need_per_month,
       top.app_amount, top.amount_ok, top.pts_amount::float8 as pts_amount, cs.o_amount, ps.v_min, ps.v_max,
       top.needed_mask <> 0 as app_unit, top.pts_unit::float8 as pts_unit, top.needed_mask, cs.active_mask,
       (select json_object_agg(u.type, u.status) from business_unit u
         where u.cooperative_id = top.cooperative_id and u.type <> 'OTHER') as unit_statuses,
       top.docs_required, top.docs_held, top.pts_documents::float8 as pts_documents,
       top.required_mask, cs.in_force_mask,
       (select json_object_agg(d.type, d.last_day) from (
          select d.type, max(d.expires_on) as last_day from cooperative_document d
           where d.cooperative_id = top.cooperative_id group by d.type) d) as document_last_days,
       top.candidate_level, top.pts_verification::float8 as pts_verification,
       top.candidate_median, top.candidate_responses, top.pts_responsiveness::float8 as pts_responsiveness
  from top
  -- A side row is one cooperative or offering, a vehicle one program, request or partner.
  join coop_side cs on cs.cooperative_id = top.cooperative_id and coalesce(cs.offering_id, 0) = coalesce(top.offering_id, 0)
  join partner_side ps
    on ps.partner_id = top.partner_id and coalesce(ps.program_id, 0) = coalesce(top.program_id, 0)
   and coalesce(ps.request_id, 0) = coalesce(top.request_id, 0)
 order by top.fit desc, top.${candidateKey}`;

  // Placeholders in text order: the side that comes first in the statement, then the other.
  return {
    sql,
    bindings: toPartners ? [...coop.bindings, ...partner.bindings] : [...partner.bindings, ...coop.bindings],
  };
}

/** Runs the statement of a mode. */
export async function matchRows(ctx: Context, mode: MatchMode, first: number): Promise<MatchRow[]> {
  const statement = matchStatement(mode, first);
  const result = await ctx.knex.raw(statement.sql, statement.bindings);
  return result.rows as MatchRow[];
}
