import type { Context } from '../../request-context';
import { applyGiven, changeAtVersion } from '../../shared/changes';
import { addDays } from '../../shared/time';
import { assertMayManagePartner } from '../partner/partner.policy';
import { partnerToChange } from '../partner/partner.service';
import { referencedRegion } from '../region/region.service';
import { listingChanged } from '../text-search/text-search.events';
import { SearchType } from '../text-search/text-search.type';
import type { Commodity, QuantityUnit } from '../commodity/commodity';
import { PartnerRequest, PartnerRequestStatus } from './partner-request.entity';
import { PartnerRequestError, PartnerRequestViolations } from './partner-request.errors';

/** A new request of a partner; the quantity and the price hint are decimal strings. */
export interface CreateRequest {
  partnerId: number;
  title: string;
  description: string;
  commodity: Commodity;
  quantity: string;
  quantityUnit: QuantityUnit;
  deliveryRegionCode: string;
  deadline?: Date | null;
  priceHint?: string | null;
}

/** Changes to an OPEN request; a field left out (undefined) stays as it is. */
export interface UpdateRequest {
  id: number;
  /** The version the change was made against (optimistic lock). */
  version: number;
  title?: string | null;
  description?: string | null;
  commodity?: Commodity | null;
  quantity?: string | null;
  quantityUnit?: QuantityUnit | null;
  deliveryRegionCode?: string | null;
  deadline?: Date | null;
  priceHint?: string | null;
}

/** Closing an OPEN request. */
export interface CloseRequest {
  id: number;
  version: number;
}

/** "Still wanted", with a new deadline or none. */
export interface ConfirmRequestStillOpen {
  id: number;
  version: number;
  deadline?: Date | null;
}

/** Saved searches hear of a request when it is posted, changed or reopened. */
function alertAboutRequest(ctx: Context, request: PartnerRequest): Promise<void> {
  return listingChanged(ctx.em, {
    type: SearchType.REQUEST,
    actingUserId: ctx.viewer?.userId ?? null,
    id: request.id,
    label: request.title,
    owner: async () => (await ctx.em.populate(request, ['partner'])).partner.name,
  });
}

/** How long a request re-opened without a deadline of its own stays open. */
export const REOPENED_REQUEST_DAYS = 30;

/** A new OPEN request of a partner; by its staff. */
export async function createRequest(ctx: Context, input: CreateRequest): Promise<number> {
  const partner = await partnerToChange(ctx, input.partnerId, 'staff', 'partnerId');
  const violations = new PartnerRequestViolations();
  const deliveryRegion = await referencedRegion(
    ctx,
    violations,
    'deliveryRegionCode',
    input.deliveryRegionCode,
  );
  if (!deliveryRegion) throw violations.exception();
  const request = ctx.em.create(PartnerRequest, {
    partner,
    title: input.title.trim(),
    description: input.description.trim(),
    commodity: input.commodity,
    quantity: input.quantity,
    quantityUnit: input.quantityUnit,
    deliveryRegion,
    deadline: input.deadline ?? null,
    priceHint: input.priceHint ?? null,
    lastConfirmedAt: new Date(),
  });
  await ctx.em.flush();
  await alertAboutRequest(ctx, request);
  return request.id;
}

/** Loads a request for a change by its partner's staff, at the version seen, in one of `statuses`. */
async function requestToChange(
  ctx: Context,
  id: number,
  version: number,
  statuses: readonly PartnerRequestStatus[] = [PartnerRequestStatus.OPEN],
): Promise<PartnerRequest> {
  const request = await ctx.em.findOne(PartnerRequest, id);
  if (!request) throw PartnerRequestError.notFound();
  assertMayManagePartner(ctx, request.partner.id, 'staff');
  await changeAtVersion(ctx.em, request, version);
  if (!statuses.includes(request.status)) {
    throw PartnerRequestError.notIn(request.status, statuses);
  }
  return request;
}

/** Changes an OPEN request; by its partner's staff. */
export async function updateRequest(ctx: Context, changes: UpdateRequest): Promise<number> {
  const request = await requestToChange(ctx, changes.id, changes.version);
  const violations = new PartnerRequestViolations().refuseNulls(changes, [
    'title',
    'description',
    'commodity',
    'quantity',
    'quantityUnit',
    'deliveryRegionCode',
  ]);
  const deliveryRegion = changes.deliveryRegionCode
    ? await referencedRegion(ctx, violations, 'deliveryRegionCode', changes.deliveryRegionCode)
    : null;
  violations.throwIfAny();
  applyGiven(request, changes, [
    'title',
    'description',
    'commodity',
    'quantity',
    'quantityUnit',
    'deadline',
    'priceHint',
  ]);
  if (deliveryRegion) request.deliveryRegion = deliveryRegion;
  await ctx.em.flush();
  await alertAboutRequest(ctx, request);
  return request.id;
}

/** Closes an OPEN request (filled or withdrawn); by its partner's staff. */
export async function closeRequest(ctx: Context, command: CloseRequest): Promise<number> {
  const request = await requestToChange(ctx, command.id, command.version);
  request.status = PartnerRequestStatus.CLOSED;
  await ctx.em.flush();
  return request.id;
}

/**
 * One tap "still wanted": an OPEN request is confirmed as it is; an EXPIRED one opens again until
 * the given deadline, or for REOPENED_REQUEST_DAYS when none is given. By its partner's staff.
 */
export async function confirmRequestStillOpen(ctx: Context, input: ConfirmRequestStillOpen): Promise<number> {
  const request = await requestToChange(ctx, input.id, input.version, [
    PartnerRequestStatus.OPEN,
    PartnerRequestStatus.EXPIRED,
  ]);
  const reopened = request.status === PartnerRequestStatus.EXPIRED;
  const now = new Date();
  if (input.deadline) request.deadline = input.deadline;
  else if (request.deadline && request.deadline <= now) {
    request.deadline = addDays(now, REOPENED_REQUEST_DAYS);
  }
  request.status = PartnerRequestStatus.OPEN;
  request.lastConfirmedAt = now;
  await ctx.em.flush();
  if (reopened) await alertAboutRequest(ctx, request);
  return request.id;
}
