import type {
  RegionLevel,
  RegionPickerLevelsQuery,
  RegionPickerLevelsQueryVariables,
  RegionPickerOptionFragment,
} from '@/graphql/generated/graphql';
import { levelWithin, regionChain } from '@/lib/region-path';

/*
 * What a region picker loads and shows for a path (see lib/region-path.ts): the options of each
 * level down to the deepest chosen region.
 */

export type RegionOption = RegionPickerOptionFragment;

/** The option lists a picker shows: the provinces, and the children of each chosen level. */
export type PickerLevels = Partial<Record<RegionLevel, readonly RegionOption[]>>;

/** Variables of RegionPickerLevels for the path to `code`, down to `maxLevel`. */
export function pickerLevelsVariables(
  code: string | undefined,
  maxLevel: RegionLevel,
): RegionPickerLevelsQueryVariables {
  const [province = '', regency = '', district = ''] = regionChain(code);
  return {
    province,
    regency,
    district,
    withRegencies: Boolean(province) && levelWithin('REGENCY', maxLevel),
    withDistricts: Boolean(regency) && levelWithin('DISTRICT', maxLevel),
    withVillages: Boolean(district) && levelWithin('VILLAGE', maxLevel),
  };
}

/** A list's first and last page as one list in code order (they overlap when it fits in one page). */
function unionByCode(head?: RegionOption[], tail?: RegionOption[]): RegionOption[] | undefined {
  if (!head || !tail) return head ?? tail;
  const byCode = new Map([...head, ...tail].map((option) => [option.code, option]));
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The option lists of a RegionPickerLevels answer. */
export function pickerLevelsOf(data: RegionPickerLevelsQuery): PickerLevels {
  const nodes = (list?: { edges: { node: RegionOption }[] }) => list?.edges.map((edge) => edge.node);
  return {
    PROVINCE: nodes(data.provinces),
    REGENCY: nodes(data.regencies),
    DISTRICT: nodes(data.districts),
    VILLAGE: unionByCode(nodes(data.villages), nodes(data.villagesTail)),
  };
}
