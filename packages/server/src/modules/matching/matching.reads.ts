import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context';
import { ProposalSide } from '../proposal/proposal.entity';
import { responsivenessSql } from '../proposal/proposal.reads';
import { BusinessUnitType } from '../cooperative/cooperative.entity';
import { DocumentType } from '../document/document-type';
import { OfferingKind } from '../offering/offering.entity';
import { ProgramKind } from '../program/program.entity';
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

/**
 * Document and unit types as bits of an integer, so that "which required documents are in force"
 * is one AND and a bit count per pair instead of array work (the program mode scores every
 * cooperative). The order is the enums' declaration order; the mapper decodes with the same lists.
 */
export const DOCUMENT_BITS: readonly DocumentType[] = Object.values(DocumentType);
export const UNIT_BITS: readonly BusinessUnitType[] = Object.values(BusinessUnitType);

const textArray = (values: readonly string[]) =>
  `array[${values.map((value) => `'${value}'`).join(',')}]::text[]`;
const DOCUMENT_ARRAY = textArray(DOCUMENT_BITS);
const UNIT_ARRAY = textArray(UNIT_BITS);
const documentBit = (type: DocumentType) => 1 << DOCUMENT_BITS.indexOf(type);

/** The bit mask of an array of document (or unit) types. */
const maskOf = (arraySql: string, all: string) =>
  `coalesce((select bit_or(1 << (array_position(${all}, t) - 1)) from unnest(${arraySql}) t), 0)`;

/** A region code and its ancestors ('61.03.01' → 61, 61.03, 61.03.01): prefix matching as array overlap. */
const withAncestors = (code: string) =>
  `array[left(${code}, 2), left(${code}, 5), left(${code}, 8), ${code}]`;

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
      // program buys, and offerings of the kinds that answer the program's kind.
      return {
        sql: `select ${COOPERATIVE_ALONE} from cooperative c
               where (select kind from program where id = ?) <> '${ProgramKind.OFFTAKE}'
              union all
              select ${OFFERING_COLUMNS} from offering o
               where ${LIVE_OFFERING} and o.kind = (select ${OFFERING_KIND_FOR_PROGRAM} from program g where g.id = ?)`,
        bindings: [mode.programId, mode.programId],
      };
    case 'cooperativesForRequest':
      // Only supply of the request's commodity can answer it.
      return {
        sql: `select ${OFFERING_COLUMNS} from offering o
               where ${LIVE_OFFERING} and o.kind = 'SUPPLY'
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

function partnerSide(mode: MatchMode): Sql {
  switch (mode.kind) {
    case 'partnersForOffering':
    case 'partnersForCooperative':
      return {
        sql: `select ${PROGRAM_VEHICLE} from program g where g.status = 'ACTIVE'
              union all
              select ${REQUEST_VEHICLE} from partner_request q where ${LIVE_REQUEST}
              union all
              select ${PARTNER_VEHICLE} from partner p where cardinality(p.commodities) > 0`,
        bindings: [],
      };
    case 'requestsForOffering':
      return { sql: `select ${REQUEST_VEHICLE} from partner_request q where ${LIVE_REQUEST}`, bindings: [] };
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
 * for the period between the days a type stops being in force (the rule of documentInForceSql) that
 * contains the day. Matching asks for the current date at query time, so a document stops counting
 * the day after it expires without any write.
 */
export const inForceMaskSql = (alias: string, day: string) =>
  `coalesce(${alias}.document_masks[1 + width_bucket(${day}, ${alias}.document_lapses)], 0)`;

/** The cooperative's village with its ancestors, as stored (computed if the row were missing). */
const VILLAGE_REACH = `coalesce(mf.village_reach, ${withAncestors('c.village_code::text')})`;

const popcount = (mask: string) => `bit_count((${mask})::bit(32))`;

/** The whole statement for a mode: every candidate scored, the best N returned. */
export function matchStatement(mode: MatchMode, first: number): Sql {
  const coop = coopSide(mode);
  const partner = partnerSide(mode);
  const toPartners = recommendsPartners(mode);
  const responsiveness = responsivenessSql(
    toPartners ? ProposalSide.PARTNER : ProposalSide.COOPERATIVE,
    () => ({ sql: 'true', bindings: [] }),
  );
  const candidateKey =
    mode.kind === 'requestsForOffering' ? 'request_id' : toPartners ? 'partner_id' : 'cooperative_id';
  // The recommended side carries its verification level and responsiveness.
  const candidate = toPartners ? 'ps' : 'cs';
  const villageHead = documentBit(DocumentType.VILLAGE_HEAD_APPROVAL);
  const regent = documentBit(DocumentType.REGENT_APPROVAL);
  const responsivenessJoin = (orgColumn: string) =>
    `left join (${responsiveness.sql}) r on r.org_id = ${orgColumn}`;

  const sql = `
with coop_side as materialized (
  select side.*,
         c.kind as coop_kind, c.village_code::text as village_code, c.verification_level as level,
         coalesce(mf.active_unit_mask, 0) as active_mask, ${inForceMaskSql('mf', 'current_date')} as in_force_mask,
         ${toPartners ? 'null::numeric as median_seconds, 0 as responses' : 'r.median_seconds, coalesce(r.responses, 0)::int as responses'},
         -- Where the cooperative can deliver: its village and delivery regions, with their ancestors.
         case when cardinality(side.o_delivery) = 0 then ${VILLAGE_REACH}
              else ${VILLAGE_REACH} || (select array_agg(a) from unnest(side.o_delivery) dr, unnest(${withAncestors('dr')}) a)
         end as o_reach
    -- Not flattened: the delivery regions are read once per row, not once per use.
    from (select * from (${coop.sql}) side_rows offset 0) side
    join cooperative c on c.id = side.cooperative_id
    left join cooperative_match_fact mf on mf.cooperative_id = side.cooperative_id
    ${toPartners ? '' : responsivenessJoin('side.cooperative_id')}
),
partner_side as materialized (
  select vehicle.*, p.verification_level as level,
         ${toPartners ? 'r.median_seconds, coalesce(r.responses, 0)::int as responses' : 'null::numeric as median_seconds, 0 as responses'},
         coalesce((select array_agg(a) from unnest(vehicle.v_coverage) k, unnest(${withAncestors('k')}) a),
                  '{}'::text[]) as v_within
    from (select * from (${partner.sql}) vehicle_rows offset 0) vehicle
    join partner p on p.id = vehicle.partner_id
    ${toPartners ? responsivenessJoin('vehicle.partner_id') : ''}
),
-- Every compatible pair with its points: narrow rows (ids and numbers) so ranking stays cheap.
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
            case when ps.v_deadline is null then ps.v_quantity
                 else ps.v_quantity / greatest(1, ceil(extract(epoch from ps.v_deadline - now()) / (30 * 86400)))
            end as need_per_month,
            (cs.o_amount is not null and (ps.v_min is not null or ps.v_max is not null)) as app_amount,
            (cs.o_amount is not null and (ps.v_min is null or cs.o_amount >= ps.v_min)
             and (ps.v_max is null or cs.o_amount <= ps.v_max)) as amount_ok,
            case when ps.program_id is null then 0
                 when cs.o_unit_type is not null then 1 << (array_position(${UNIT_ARRAY}, cs.o_unit_type) - 1)
                 else ps.v_eligible_mask end as needed_mask,
            -- A KDMP needs the village head's approval, a KKMP the mayor's: a program listing both asks one.
            ps.v_required_mask
              & ~(case when ps.v_required_mask & ${villageHead} <> 0 and cs.coop_kind = 'KDMP' then ${regent} else 0 end)
              & ~(case when ps.v_required_mask & ${regent} <> 0 and cs.coop_kind = 'KKMP' then ${villageHead} else 0 end)
              as required_mask,
            ${candidate}.level as candidate_level,
            ${candidate}.median_seconds::int as candidate_median,
            ${candidate}.responses as candidate_responses
      -- Not flattened into the points below, which would repeat these expressions in every use.
      offset 0
   ) f
   cross join lateral (
     select case when f.app_commodity and cs.o_commodity = any(ps.v_commodities) then ${W.COMMODITY_MATCH} else 0 end
              as pts_commodity,
            case when f.region_ok then ${W.REGION_COVERAGE} else 0 end as pts_region,
            case when f.app_quantity and f.need_per_month > 0
                 then ${W.QUANTITY_FIT} * least(1, cs.o_quantity / f.need_per_month)
                 when f.app_quantity then ${W.QUANTITY_FIT} else 0 end as pts_quantity,
            case when f.app_amount and f.amount_ok then ${W.AMOUNT_IN_RANGE} else 0 end as pts_amount,
            case when f.needed_mask & cs.active_mask <> 0 then ${W.ELIGIBLE_UNIT_ACTIVE} else 0 end as pts_unit,
            ${popcount('f.required_mask')} as docs_required,
            ${popcount('f.required_mask & cs.in_force_mask')} as docs_held,
            case when f.required_mask <> 0
                 then ${W.DOCUMENTS_COMPLETE} * ${popcount('f.required_mask & cs.in_force_mask')}::numeric
                      / ${popcount('f.required_mask')}
                 else 0 end as pts_documents,
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
best as (
  select distinct on (${candidateKey}) *
    from scored
   order by ${candidateKey}, fit desc, request_id nulls last, program_id nulls last, offering_id nulls last
),
top as materialized (
  select * from best order by fit desc, ${candidateKey} limit ?
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

  // Placeholders in text order: the cooperative side (its rows, its responsiveness), then the partner side (its rows, its responsiveness), then the limit.
  return {
    sql,
    bindings: [
      ...coop.bindings,
      ...(toPartners ? [] : responsiveness.bindings),
      ...partner.bindings,
      ...(toPartners ? responsiveness.bindings : []),
      first,
    ],
  };
}

/** Runs the statement of a mode. */
export async function matchRows(ctx: Context, mode: MatchMode, first: number): Promise<MatchRow[]> {
  const statement = matchStatement(mode, first);
  const result = await ctx.knex.raw(statement.sql, statement.bindings);
  return result.rows as MatchRow[];
}
