import type { Context } from '../../request-context';
import { applyGiven, changeAtVersion } from '../../shared/changes';
import { addDays } from '../../shared/time';
import { assertMayManageCooperative, maySeeCooperativePrivate } from '../cooperative/cooperative.policy';
import { cooperativeToChange } from '../cooperative/cooperative.service';
import { referencedRegions, syncRegionLinks } from '../region/region.service';
import type { Region } from '../region/region.entity';
import type { Commodity, QuantityUnit } from '../commodity/commodity';
import type { BusinessUnitType } from '../cooperative/cooperative.entity';
import { Offering, OfferingDeliveryRegion, OfferingKind, OfferingStatus } from './offering.entity';
import { OfferingError, OfferingViolations } from './offering.errors';
import { listingChanged } from '../text-search/text-search.events';
import { SearchType } from '../text-search/text-search.type';

/** Saved searches hear of an offering when it goes public and when a public one changes. */
function alertAboutOffering(ctx: Context, offering: Offering): Promise<void> {
  return listingChanged(ctx.em, {
    type: SearchType.OFFERING,
    actingUserId: ctx.viewer?.userId ?? null,
    id: offering.id,
    label: offering.title,
    owner: async () => (await ctx.em.populate(offering, ['cooperative'])).cooperative.name,
  });
}

/** An offering's own fields; quantities and amounts are decimal strings. */
export interface OfferingFields {
  commodity?: Commodity | null;
  quantityPerMonth?: string | null;
  quantityUnit?: QuantityUnit | null;
  priceMin?: string | null;
  priceMax?: string | null;
  amountNeeded?: string | null;
  financingPurpose?: string | null;
  wantedTenorMonths?: number | null;
  unitType?: BusinessUnitType | null;
}

/** A new offering of a cooperative. */
export interface CreateOffering extends OfferingFields {
  cooperativeId: number;
  kind: OfferingKind;
  title: string;
  description: string;
  deliveryRegionCodes: string[];
}

/** Changes to an offering; a field left out (undefined) stays as it is, null clears it. */
export interface UpdateOffering extends OfferingFields {
  id: number;
  /** The version the change was made against (optimistic lock). */
  version: number;
  title?: string | null;
  description?: string | null;
  deliveryRegionCodes?: string[] | null;
}

/** How long a published or confirmed offering stands before it expires unless confirmed again. */
export const OFFERING_VALIDITY_DAYS = 60;
/** The longest a cooperative may let an offering stand when it publishes or confirms it. */
export const MAX_OFFERING_VALIDITY_DAYS = 180;

/** The fields clients write directly (kind is fixed at creation; status moves through the life cycle). */
const EDITABLE_FIELDS = [
  'title',
  'description',
  'commodity',
  'quantityPerMonth',
  'quantityUnit',
  'priceMin',
  'priceMax',
  'amountNeeded',
  'financingPurpose',
  'wantedTenorMonths',
  'unitType',
] as const;

type EditableField = (typeof EDITABLE_FIELDS)[number];

/** What each kind must state. */
const REQUIRED_BY_KIND: Partial<Record<OfferingKind, EditableField[]>> = {
  [OfferingKind.SUPPLY]: ['commodity', 'quantityPerMonth', 'quantityUnit'],
  [OfferingKind.FINANCING_NEED]: ['amountNeeded', 'financingPurpose'],
};

/** Fields that make sense for one kind only. */
const FINANCING_ONLY: EditableField[] = ['amountNeeded', 'financingPurpose', 'wantedTenorMonths'];

/**
 * The kind-specific and cross-field rules, on the offering as it would be stored (so create and
 * update agree): what the kind requires, financing fields only on financing needs, quantities and
 * prices only with their unit, and priceMin ≤ priceMax.
 */
function checkOffering(offering: Offering, violations: OfferingViolations): void {
  const required = new Map<EditableField, string>();
  for (const field of REQUIRED_BY_KIND[offering.kind] ?? []) {
    required.set(field, `for a ${offering.kind} offering`);
  }
  // A quantity or a price means nothing without its unit.
  const counted = (['quantityPerMonth', 'priceMin', 'priceMax'] as const).filter(
    (field) => offering[field] != null,
  );
  if (counted.length > 0 && !required.has('quantityUnit')) {
    required.set('quantityUnit', `with ${counted.join(' and ')}`);
  }
  for (const [field, reason] of required) {
    if (offering[field] == null) violations.invalid(`${field} is required ${reason}`, field);
  }
  if (offering.kind !== OfferingKind.FINANCING_NEED) {
    for (const field of FINANCING_ONLY) {
      if (offering[field] != null) violations.invalid(`${field} is only for FINANCING_NEED offerings`, field);
    }
  }
  violations.notAbove(offering.priceMin, offering.priceMax, 'priceMin must not exceed priceMax', 'priceMax');
}

/**
 * Loads an offering for a change by its cooperative's officers or mentor. A draft the viewer may
 * not even see is NOT_FOUND, like a missing one; a visible offering of another cooperative is
 * FORBIDDEN.
 */
async function offeringToChange(ctx: Context, id: number): Promise<Offering> {
  const offering = await ctx.em.findOne(Offering, id);
  const hidden =
    offering?.status === OfferingStatus.DRAFT &&
    !(await maySeeCooperativePrivate(ctx, offering.cooperative.id));
  if (!offering || hidden) throw OfferingError.notFound();
  await assertMayManageCooperative(ctx, offering.cooperative.id, 'operational');
  return offering;
}

function linkDeliveryRegions(
  ctx: Context,
  offering: Offering,
  current: OfferingDeliveryRegion[],
  regions: Region[],
) {
  syncRegionLinks(ctx, current, regions, (region) =>
    ctx.em.create(OfferingDeliveryRegion, { offering, region }),
  );
}

/** A new DRAFT offering of a cooperative; by its officers or its mentor. */
export async function createOffering(ctx: Context, input: CreateOffering): Promise<number> {
  const cooperative = await cooperativeToChange(ctx, input.cooperativeId, 'operational', 'cooperativeId');
  const violations = new OfferingViolations();
  const regions = await referencedRegions(ctx, violations, 'deliveryRegionCodes', input.deliveryRegionCodes);
  const offering = ctx.em.create(Offering, {
    cooperative,
    kind: input.kind,
    title: input.title,
    description: input.description,
  });
  applyGiven(offering, input, EDITABLE_FIELDS);
  checkOffering(offering, violations);
  violations.throwIfAny();
  linkDeliveryRegions(ctx, offering, [], regions);
  await ctx.em.flush();
  return offering.id;
}

/** Changes the fields of an offering that is not closed; its status stays. */
export async function updateOffering(ctx: Context, changes: UpdateOffering): Promise<number> {
  const offering = await offeringToChange(ctx, changes.id);
  await changeAtVersion(ctx.em, offering, changes.version);
  if (offering.status === OfferingStatus.CLOSED) {
    throw OfferingError.closed();
  }
  const violations = new OfferingViolations().refuseNulls(changes, [
    'title',
    'description',
    'deliveryRegionCodes',
  ]);
  applyGiven(offering, changes, EDITABLE_FIELDS);
  checkOffering(offering, violations);
  const regions = changes.deliveryRegionCodes
    ? await referencedRegions(ctx, violations, 'deliveryRegionCodes', changes.deliveryRegionCodes)
    : null;
  violations.throwIfAny();
  if (regions)
    linkDeliveryRegions(ctx, offering, await ctx.em.find(OfferingDeliveryRegion, { offering }), regions);
  await ctx.em.flush();
  if (offering.status === OfferingStatus.PUBLISHED) await alertAboutOffering(ctx, offering);
  return offering.id;
}

export type OfferingAction = 'publish' | 'pause' | 'close' | 'confirm';

/** A step of an offering's life cycle. */
export interface MoveOffering {
  id: number;
  /** The version the change was made against (optimistic lock). */
  version: number;
  action: OfferingAction;
  /** Publish and confirm: how many days the offering stands (OFFERING_VALIDITY_DAYS when absent). */
  validForDays?: number | null;
}

interface LifecycleMove {
  from: readonly OfferingStatus[];
  to: OfferingStatus;
  /** What the move does besides the status, e.g. moving `validUntil`. */
  effect?: (offering: Offering, now: Date, validForDays: number | null) => void;
}

const validFromNow = (now: Date, days: number | null) => addDays(now, days ?? OFFERING_VALIDITY_DAYS);

/**
 * The offering life cycle in one table: which statuses each action starts from, where it leads,
 * and what else it changes. Anything else is an INVALID_TRANSITION. (EXPIRED is set by expiry,
 * not by a client; confirming brings an expired offering back.)
 */
export const OFFERING_LIFECYCLE: Record<OfferingAction, LifecycleMove> = {
  publish: {
    from: [OfferingStatus.DRAFT, OfferingStatus.PAUSED],
    to: OfferingStatus.PUBLISHED,
    // A period chosen now counts from now; otherwise a period still running is kept.
    effect: (offering, now, validForDays) => {
      if (validForDays != null || !offering.validUntil || offering.validUntil <= now) {
        offering.validUntil = validFromNow(now, validForDays);
      }
      offering.lastConfirmedAt = now;
    },
  },
  pause: { from: [OfferingStatus.PUBLISHED], to: OfferingStatus.PAUSED },
  close: {
    from: [OfferingStatus.DRAFT, OfferingStatus.PUBLISHED, OfferingStatus.PAUSED, OfferingStatus.EXPIRED],
    to: OfferingStatus.CLOSED,
  },
  // "Still valid" in one tap, also after expiry: the offering is back for another period.
  confirm: {
    from: [OfferingStatus.PUBLISHED, OfferingStatus.EXPIRED],
    to: OfferingStatus.PUBLISHED,
    effect: (offering, now, validForDays) => {
      offering.validUntil = validFromNow(now, validForDays);
      offering.lastConfirmedAt = now;
    },
  },
};

/** Publishes, pauses, closes or confirms an offering, as OFFERING_LIFECYCLE allows. */
export async function moveOffering(ctx: Context, command: MoveOffering): Promise<number> {
  const offering = await offeringToChange(ctx, command.id);
  await changeAtVersion(ctx.em, offering, command.version);
  const move = OFFERING_LIFECYCLE[command.action];
  if (!move.from.includes(offering.status)) {
    throw OfferingError.cannot(command.action, offering.status, move.from);
  }
  const wasPublic = offering.status === OfferingStatus.PUBLISHED;
  offering.status = move.to;
  move.effect?.(offering, new Date(), command.validForDays ?? null);
  await ctx.em.flush();
  if (!wasPublic && offering.status === OfferingStatus.PUBLISHED) await alertAboutOffering(ctx, offering);
  return offering.id;
}
