import type { Context } from '../../graphql/context';
import { notFoundAt, RuleViolations, UserErrorCode, UserErrorException } from '../../graphql/user-error';
import { applyGiven, changeAtVersion } from '../../shared/changes';
import { addDays } from '../../shared/time';
import { assertMayManagePartner } from '../account/permissions';
import { partnerToChange } from '../partner/partner.service';
import { referencedRegion } from '../region/region.service';
import { alertSavedSearches } from '../saved-search/saved-search.alerts';
import { SearchType } from '../search/search.type';
import { PartnerRequest, PartnerRequestStatus } from './partner-request.entity';
import type {
  CloseRequestInput,
  ConfirmRequestStillOpenInput,
  CreateRequestInput,
  UpdateRequestInput,
} from './partner-request.input';

/** Saved searches hear of a request when it is posted, changed or reopened. */
function alertAboutRequest(ctx: Context, request: PartnerRequest): Promise<void> {
  return alertSavedSearches(ctx, {
    type: SearchType.REQUEST,
    id: request.id,
    label: request.title,
    owner: async () => (await ctx.em.populate(request, ['partner'])).partner.name,
  });
}

/** How long a request re-opened without a deadline of its own stays open. */
export const REOPENED_REQUEST_DAYS = 30;

/** A new OPEN request of a partner; by its staff. */
export async function createRequest(
  ctx: Context,
  partnerId: number,
  input: CreateRequestInput,
): Promise<number> {
  const partner = await partnerToChange(ctx, partnerId, 'staff', 'partnerId');
  const violations = new RuleViolations();
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
  if (!request) throw notFoundAt('request');
  assertMayManagePartner(ctx, request.partner.id, 'staff');
  await changeAtVersion(ctx.em, request, version);
  if (!statuses.includes(request.status)) {
    throw UserErrorException.of(
      UserErrorCode.INVALID_TRANSITION,
      `This request is ${request.status}; only ${statuses.join(' or ')} requests can change this way.`,
    );
  }
  return request;
}

/** Changes an OPEN request; by its partner's staff. */
export async function updateRequest(ctx: Context, id: number, changes: UpdateRequestInput): Promise<number> {
  const request = await requestToChange(ctx, id, changes.version);
  const violations = new RuleViolations().refuseNulls(changes, [
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
export async function closeRequest(ctx: Context, id: number, input: CloseRequestInput): Promise<number> {
  const request = await requestToChange(ctx, id, input.version);
  request.status = PartnerRequestStatus.CLOSED;
  await ctx.em.flush();
  return request.id;
}

/**
 * One tap "still wanted": an OPEN request is confirmed as it is; an EXPIRED one opens again until
 * the given deadline, or for REOPENED_REQUEST_DAYS when none is given. By its partner's staff.
 */
export async function confirmRequestStillOpen(
  ctx: Context,
  id: number,
  input: ConfirmRequestStillOpenInput,
): Promise<number> {
  const request = await requestToChange(ctx, id, input.version, [
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
