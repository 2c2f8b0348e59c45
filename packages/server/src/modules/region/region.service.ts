import type { Context } from '../../request-context';
import { RefusalCode, type ViolationSink } from '../../shared/domain-error';
import { Region, RegionLevel } from './region.entity';

const LEVEL_NOUN: Record<RegionLevel, string> = {
  [RegionLevel.PROVINCE]: 'province',
  [RegionLevel.REGENCY]: 'regency',
  [RegionLevel.DISTRICT]: 'district',
  [RegionLevel.VILLAGE]: 'village',
};

function notFoundMessage(code: string, levels?: readonly RegionLevel[]): string {
  const what = levels ? levels.map((level) => LEVEL_NOUN[level]).join(' or ') : 'region';
  return `There is no ${what} with the code "${code}".`;
}

/**
 * The regions a mutation input refers to, in one statement. A code that does not exist (or is of
 * another level than `levels`) becomes a NOT_FOUND violation at its place: `[field, index]`.
 */
export async function referencedRegions(
  ctx: Context,
  violations: ViolationSink<RefusalCode.NOT_FOUND>,
  field: string,
  codes: readonly string[],
  levels?: readonly RegionLevel[],
): Promise<Region[]> {
  if (codes.length === 0) return [];
  const found = await ctx.em.find(Region, {
    code: { $in: [...codes] },
    ...(levels ? { level: { $in: [...levels] } } : {}),
  });
  const byCode = new Map(found.map((region) => [region.code, region]));
  codes.forEach((code, index) => {
    if (!byCode.has(code)) violations.add(RefusalCode.NOT_FOUND, notFoundMessage(code, levels), field, index);
  });
  return codes.map((code) => byCode.get(code)).filter((region): region is Region => region !== undefined);
}

/** One referenced region; a NOT_FOUND violation at `field` (and null) when there is none. */
export async function referencedRegion(
  ctx: Context,
  violations: ViolationSink<RefusalCode.NOT_FOUND>,
  field: string,
  code: string,
  levels?: readonly RegionLevel[],
): Promise<Region | null> {
  const region = await ctx.em.findOne(Region, { code, ...(levels ? { level: { $in: [...levels] } } : {}) });
  if (!region) violations.add(RefusalCode.NOT_FOUND, notFoundMessage(code, levels), field);
  return region;
}

/**
 * Makes a record's region links (coverage, delivery regions) match `wanted`: removes the links
 * no longer wanted and creates the missing ones. Only the difference is written, so one flush never
 * deletes and re-inserts the same composite key.
 */
export function syncRegionLinks<L extends { region: { code: string } }>(
  ctx: Context,
  current: readonly L[],
  wanted: readonly Region[],
  createLink: (region: Region) => void,
): void {
  const wantedCodes = new Set(wanted.map((region) => region.code));
  const currentCodes = new Set(current.map((link) => link.region.code));
  for (const link of current) if (!wantedCodes.has(link.region.code)) ctx.em.remove(link);
  for (const region of wanted) if (!currentCodes.has(region.code)) createLink(region);
}
