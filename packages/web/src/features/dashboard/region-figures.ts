import type { CooperativeStage } from '@/graphql/generated/graphql';
import type { RawSearchParams } from '@/lib/search-params';

/** The home page's drill-down: `/?wilayah=33` shows one province by regency. */
export const HOME_PROVINCE_PARAM = 'wilayah';

const PROVINCE_CODE = /^\d{2}$/;

/** The province asked for on the home page, or null for the whole of Indonesia. */
export function parseHomeProvince(params: RawSearchParams): string | null {
  const raw = params[HOME_PROVINCE_PARAM];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value && PROVINCE_CODE.test(value) ? value : null;
}

/** Stages in which a cooperative runs at least one active unit. */
const OPERATING_STAGES: readonly CooperativeStage[] = ['OPERATING', 'GROWING'];

export function operatingCount(byStage: readonly { stage: CooperativeStage; count: number }[]): number {
  return byStage
    .filter((entry) => OPERATING_STAGES.includes(entry.stage))
    .reduce((sum, entry) => sum + entry.count, 0);
}

export interface AreaFigures {
  region: { code: string; name: string; level: string };
  total: number;
  byStage: readonly { stage: CooperativeStage; count: number }[];
}

export type FigureRowHref =
  | { pathname: '/'; query: { [HOME_PROVINCE_PARAM]: string } }
  | { pathname: '/cooperatives'; query: { regency: string } };

export interface FigureRow {
  code: string;
  name: string;
  total: number;
  operating: number;
  /** A province drills down to its regencies on the home page; a regency opens the cooperatives there. */
  href: FigureRowHref;
}

/** One row per area, in the API's (code) order, with its link. */
export function figureRows(areas: readonly AreaFigures[]): FigureRow[] {
  return areas.map((area) => ({
    code: area.region.code,
    name: area.region.name,
    total: area.total,
    operating: operatingCount(area.byStage),
    href:
      area.region.level === 'PROVINCE'
        ? { pathname: '/', query: { [HOME_PROVINCE_PARAM]: area.region.code } }
        : { pathname: '/cooperatives', query: { regency: area.region.code } },
  }));
}
