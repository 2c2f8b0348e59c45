import type { RegionLevel } from '@/graphql/generated/graphql';

/*
 * A region's path: province → regency → district → village. Kemendagri codes extend their
 * parent's code by one dotted segment ("61" → "61.03" → "61.03.05" → "61.03.05.2001"), so the
 * deepest chosen code names the whole path, and the regions around it are its prefixes. The lists'
 * URLs (lib/search-params.ts) and the region picker (features/region/) both read paths this way.
 */

export const REGION_LEVELS: readonly RegionLevel[] = ['PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE'];

/** The URL parameter of each level in a list's filters (`?province=61&regency=61.03`). */
export const REGION_PARAM: Record<RegionLevel, string> = {
  PROVINCE: 'province',
  REGENCY: 'regency',
  DISTRICT: 'district',
  VILLAGE: 'village',
};

const SHAPE: Record<RegionLevel, RegExp> = {
  PROVINCE: /^\d{2}$/,
  REGENCY: /^\d{2}\.\d{2}$/,
  DISTRICT: /^\d{2}\.\d{2}\.\d{2}$/,
  VILLAGE: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};

/** The level a code is shaped for; null for anything else. */
export function levelOfCode(code: string): RegionLevel | null {
  return REGION_LEVELS.find((level) => SHAPE[level].test(code)) ?? null;
}

/** Whether `level` lies at or above `maxLevel` (a picker that stops at districts has no villages). */
export function levelWithin(level: RegionLevel, maxLevel: RegionLevel): boolean {
  return REGION_LEVELS.indexOf(level) <= REGION_LEVELS.indexOf(maxLevel);
}

/** The codes of the path to a code, province first: "61.03.05" → ["61", "61.03", "61.03.05"]. */
export function regionChain(code: string | undefined): string[] {
  if (!code || !levelOfCode(code)) return [];
  const parts = code.split('.');
  return parts.map((_, index) => parts.slice(0, index + 1).join('.'));
}

/**
 * The smallest region holding every one of `codes` (each a region or inside it): a partner covering
 * all of a province's regencies is at home in the province, not in its first regency. Undefined
 * for no codes, or codes in different provinces (the whole country).
 */
export function enclosingRegion(codes: readonly string[]): string | undefined {
  const chains = codes.map(regionChain).filter((chain) => chain.length > 0);
  if (chains.length === 0) return undefined;
  let enclosing: string | undefined;
  for (const code of chains[0]) {
    if (!chains.every((chain) => chain.includes(code))) break;
    enclosing = code;
  }
  return enclosing;
}

type RawParams = Record<string, string | string[] | undefined>;

function single(params: RawParams, key: string): string | undefined {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/**
 * The deepest region a list's URL chooses, from `?province=…&regency=…&district=…&village=…`.
 * Each level counts only inside the level above it, so after the province changes, the regency
 * still in the form is dropped instead of narrowing silently. A link naming only a deeper level
 * (`?regency=61.03`, as older links do) chooses that region.
 */
export function parseRegionPath(params: RawParams, maxLevel: RegionLevel = 'VILLAGE'): string | undefined {
  let chosen: string | undefined;
  for (const level of REGION_LEVELS) {
    if (!levelWithin(level, maxLevel)) break;
    const code = single(params, REGION_PARAM[level]);
    if (!code || !SHAPE[level].test(code)) {
      if (chosen) break;
      continue;
    }
    if (chosen && !code.startsWith(`${chosen}.`)) break;
    chosen = code;
  }
  return chosen;
}

/** The URL parameters of a chosen region: one per level of its path (none for no region). */
export function regionPathQuery(code: string | undefined): Record<string, string> {
  return Object.fromEntries(
    regionChain(code).map((link, index) => [REGION_PARAM[REGION_LEVELS[index]], link]),
  );
}
