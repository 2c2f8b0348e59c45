import type { Context } from '../../request-context';
import { BadInputError, ForbiddenError, NotFoundError } from '../../shared/domain-error';
import { maySeeCooperativeRecords } from '../cooperative/cooperative.policy';
import { assertMayManagePartner } from '../partner/partner.policy';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { offeringById } from '../offering/offering.reads';
import { programById, programWithCoverage } from '../program/program.reads';
import type { Program } from '../program/program.type';
import { ProgramKind, ProgramStatus } from '../program/program.entity';
import type { QuantityUnit } from '../commodity/commodity';
import { anyRegionCovers, regencyOf } from '../region/region-scope';
import { regionByCode } from '../region/region.reads';
import { requestById } from '../request/partner-request.reads';
import type { PartnerRequest } from '../request/partner-request.type';
import { PartnerRequestStatus } from '../request/partner-request.entity';
import { poolCandidates } from './pool.reads';
import { suggestPools, type SuggestedPool } from './pool-suggestion';
import { explain, type MatchRow } from './matching.explain';
import { matchRows, type MatchMode } from './matching.reads';
import { RecommendedCooperative, RecommendedPartner, RecommendedRequest } from './matching.type';

/**
 * Who may see a cooperative's recommendations: its officers and staff, its mentors and admins
 * (as for its drafts), and the cooperative office (Dinas) of its region, read-only like the rest
 * of what Dinas sees.
 */
async function assertMaySeeCooperativeMatches(ctx: Context, cooperativeId: number): Promise<void> {
  const cooperative = await cooperativeById(ctx, cooperativeId);
  if (
    cooperative &&
    (await maySeeCooperativeRecords(ctx, { id: cooperativeId, villageCode: cooperative.villageCode }))
  ) {
    return;
  }
  throw new ForbiddenError(
    "Only this cooperative's officers, its mentor, its Dinas office or an admin may see its recommendations.",
  );
}

/** The cooperative of an offering the viewer may see, or NOT_FOUND. */
async function cooperativeOfOffering(ctx: Context, offeringId: number): Promise<number> {
  const offering = await offeringById(ctx, offeringId);
  if (!offering) throw new NotFoundError('No offering with this ID.');
  return offering.cooperativeId;
}

type Explained<T> = T & { score: number } & ReturnType<typeof explain>;

function withExplanation<T extends object>(rows: MatchRow[], build: (row: MatchRow) => T): Explained<T>[] {
  return rows.map((row) => Object.assign(build(row), { score: row.score }, explain(row)));
}

/** Partners (with the program or request that fits best) for an offering or for a whole cooperative. */
export async function recommendPartners(
  ctx: Context,
  source: { offeringId: number } | { cooperativeId: number },
  first: number,
): Promise<RecommendedPartner[]> {
  let mode: MatchMode;
  if ('offeringId' in source) {
    await assertMaySeeCooperativeMatches(ctx, await cooperativeOfOffering(ctx, source.offeringId));
    mode = { kind: 'partnersForOffering', offeringId: source.offeringId };
  } else {
    if (!(await cooperativeById(ctx, source.cooperativeId)))
      throw new NotFoundError('No cooperative with this ID.');
    await assertMaySeeCooperativeMatches(ctx, source.cooperativeId);
    mode = { kind: 'partnersForCooperative', cooperativeId: source.cooperativeId };
  }
  return withExplanation(await matchRows(ctx, mode, first), (row) =>
    Object.assign(new RecommendedPartner(), {
      partnerId: row.partner_id,
      programId: row.program_id,
      requestId: row.request_id,
      offeringId: row.offering_id,
    }),
  );
}

/** Cooperatives (with the offering that fits best, if any) for a partner's program or request. */
export async function recommendCooperatives(
  ctx: Context,
  source: { programId: number } | { requestId: number },
  first: number,
): Promise<RecommendedCooperative[]> {
  let mode: MatchMode;
  if ('programId' in source) {
    const program = await programById(ctx, source.programId);
    if (!program) throw new NotFoundError('No program with this ID.');
    assertMayManagePartner(ctx, program.partnerId, 'staff');
    mode = { kind: 'cooperativesForProgram', programId: source.programId };
  } else {
    const request = await requestById(ctx, source.requestId);
    if (!request) throw new NotFoundError('No request with this ID.');
    assertMayManagePartner(ctx, request.partnerId, 'staff');
    mode = { kind: 'cooperativesForRequest', requestId: source.requestId };
  }
  return withExplanation(await matchRows(ctx, mode, first), (row) =>
    Object.assign(new RecommendedCooperative(), {
      cooperativeId: row.cooperative_id,
      offeringId: row.offering_id,
    }),
  );
}

/** Open partner requests an offering could answer. */
export async function recommendRequests(
  ctx: Context,
  offeringId: number,
  first: number,
): Promise<RecommendedRequest[]> {
  await assertMaySeeCooperativeMatches(ctx, await cooperativeOfOffering(ctx, offeringId));
  const rows = await matchRows(ctx, { kind: 'requestsForOffering', offeringId }, first);
  return withExplanation(rows, (row) =>
    Object.assign(new RecommendedRequest(), { requestId: row.request_id! }),
  );
}

/**
 * Pools of cooperatives that could answer a request together (pool-suggestion.ts), with the
 * request they answer; none when it is not open. Public data only (published offerings,
 * verification, responsiveness), so any signed-in user may ask: the buyer, and the cooperatives
 * and mentors who build a pool. Two statements: the request, the candidates.
 */
export async function suggestPoolsForRequest(
  ctx: Context,
  requestId: number,
): Promise<{ request: PartnerRequest; pools: SuggestedPool[] }> {
  const request = await requestById(ctx, requestId);
  if (!request) throw new NotFoundError('No request with this ID.');
  if (request.status !== PartnerRequestStatus.OPEN) return { request, pools: [] };
  const candidates = await poolCandidates(ctx, {
    commodity: request.commodity,
    quantityUnit: request.quantityUnit,
    anchorRegionCode: request.deliveryRegionCode,
  });
  return { request, pools: suggestPools(candidates, request.deliveryRegionCode, Number(request.quantity)) };
}

/**
 * Pools of cooperatives that could together reach an active offtake program's minimum volume a
 * month, gathered around `near` (a regency, district or village the program covers; any region
 * for a program covering all Indonesia), with the unit the pools count in; none for a program
 * that is not active, not offtake or states no minimum (as for a request that is not open).
 * Public data only, so any signed-in user may ask, as for a request. Two statements: the program
 * with its coverage, the candidates.
 */
export async function suggestPoolsForProgram(
  ctx: Context,
  programId: number,
  near: string,
): Promise<{ program: Program; unit: QuantityUnit | null; pools: SuggestedPool[] }> {
  // A province would anchor a pool nowhere in particular: the rings start at a regency.
  if (regencyOf(near) === null) {
    throw new BadInputError('`near` must be the code of a regency, district or village.', 'near');
  }
  const [found, region] = await Promise.all([programWithCoverage(ctx, programId), regionByCode(ctx, near)]);
  if (!found) throw new NotFoundError('No program with this ID.');
  if (!region) throw new BadInputError('No region has this code.', 'near');
  const { program, coverage } = found;
  if (coverage.length > 0 && !anyRegionCovers(coverage, near)) {
    throw new BadInputError('`near` must lie inside the regions the program covers.', 'near');
  }
  const minimum = program.minimumVolume;
  if (
    program.status !== ProgramStatus.ACTIVE ||
    program.kind !== ProgramKind.OFFTAKE ||
    minimum === null ||
    program.commodity === null
  ) {
    return { program, unit: minimum?.unit ?? null, pools: [] };
  }
  const candidates = await poolCandidates(ctx, {
    commodity: program.commodity,
    quantityUnit: minimum.unit,
    anchorRegionCode: near,
  });
  return {
    program,
    unit: minimum.unit,
    pools: suggestPools(candidates, near, Number(minimum.quantityPerMonth)),
  };
}
