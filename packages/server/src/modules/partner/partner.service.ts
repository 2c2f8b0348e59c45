import type { Context } from '../../request-context';
import { applyGiven, changeAtVersion } from '../../shared/changes';
import type { RefusalCode, ViolationSink } from '../../shared/domain-error';
import { escapeLike } from '../../read-layer/keyset';
import { assertMayManagePartner, type PartnerScope } from './partner.policy';
import { Region, RegionLevel } from '../region/region.entity';
import { referencedRegions, syncRegionLinks } from '../region/region.service';
import type { Commodity } from '../commodity/commodity';
import { Partner, PartnerCoverage, type PartnerType } from './partner.entity';
import { PartnerError, PartnerViolations } from './partner.errors';

/** Changes to a partner's profile; a field left out (undefined) stays as it is. */
export interface UpdatePartnerProfile {
  id: number;
  /** The version the change was made against (optimistic lock). */
  version: number;
  name?: string | null;
  description?: string | null;
  website?: string | null;
  commodities?: Commodity[] | null;
  coverageRegionCodes?: string[] | null;
}

/** A new partner institution. */
export interface CreatePartner {
  type: PartnerType;
  name: string;
  description: string;
  website?: string | null;
  commodities: Commodity[];
  coverageRegionCodes: string[];
}

/**
 * Loads a partner for a change of `scope` (see partner.policy.ts): a NOT_FOUND PartnerError at the
 * command's `field` when there is none, FORBIDDEN when the viewer may not make such changes to it.
 */
export async function partnerToChange(
  ctx: Context,
  id: number,
  scope: PartnerScope,
  field = 'id',
): Promise<Partner> {
  const partner = await ctx.em.findOne(Partner, id);
  if (!partner) throw PartnerError.notFound(field);
  assertMayManagePartner(ctx, id, scope);
  return partner;
}

/** Levels a coverage may name (a village is too small to serve). */
const COVERAGE_LEVELS = [RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT];

/**
 * The regions a partner or program serves: existing province, regency or district codes, else
 * NOT_FOUND at their place. No region at all means everywhere in Indonesia.
 */
export function coverageRegions(
  ctx: Context,
  violations: ViolationSink<RefusalCode.NOT_FOUND>,
  codes: readonly string[],
): Promise<Region[]> {
  return referencedRegions(ctx, violations, 'coverageRegionCodes', codes, COVERAGE_LEVELS);
}

const PROFILE_FIELDS = ['name', 'description', 'website', 'commodities'] as const;

/** Name, description, website, commodities and coverage; by the partner's admins. */
export async function updatePartnerProfile(ctx: Context, changes: UpdatePartnerProfile): Promise<number> {
  const partner = await partnerToChange(ctx, changes.id, 'admin');
  await changeAtVersion(ctx.em, partner, changes.version);
  const violations = new PartnerViolations().refuseNulls(changes, [
    'name',
    'description',
    'commodities',
    'coverageRegionCodes',
  ]);
  const coverage = changes.coverageRegionCodes
    ? await coverageRegions(ctx, violations, changes.coverageRegionCodes)
    : null;
  violations.throwIfAny();
  applyGiven(partner, changes, PROFILE_FIELDS);
  if (coverage) {
    const current = await ctx.em.find(PartnerCoverage, { partner });
    syncRegionLinks(ctx, current, coverage, (region) => ctx.em.create(PartnerCoverage, { partner, region }));
  }
  await ctx.em.flush();
  return partner.id;
}

/** A new partner institution (admins); a name another partner has is a DUPLICATE. */
export async function createPartner(ctx: Context, input: CreatePartner): Promise<number> {
  const name = input.name.trim();
  if ((await ctx.em.count(Partner, { name: { $ilike: escapeLike(name) } })) > 0) {
    throw PartnerError.nameTaken();
  }
  const violations = new PartnerViolations();
  const coverage = await coverageRegions(ctx, violations, input.coverageRegionCodes);
  violations.throwIfAny();
  const partner = ctx.em.create(Partner, {
    type: input.type,
    name,
    description: input.description.trim(),
    website: input.website ?? null,
    commodities: input.commodities,
  });
  for (const region of coverage) ctx.em.create(PartnerCoverage, { partner, region });
  await ctx.em.flush();
  return partner.id;
}
