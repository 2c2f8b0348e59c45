import type { DinasViewerQuery } from '../graphql/generated/graphql';
import type { RawSearchParams } from './search-params';
// The API's own region-scope rule, imported by path rather than copied: the file is pure (it
// imports nothing), so the web bundles it as it is, and the options offered here are exactly the
// regions the API's dinasDashboard lets this viewer open. A GraphQL field listing them would
// serve too, at the cost of a request per page for a rule both sides can evaluate locally.
import { anyRegionCovers } from '../../../server/src/modules/region/region-scope';

export interface DashboardRegionOption {
  code: string;
  name: string;
  level: 'PROVINCE' | 'REGENCY';
}

const DASHBOARD_REGION = /^\d{2}(\.\d{2})?$/;

/** The `?region=` of the dashboard and its export: a province or regency code, else the default. */
export function parseDashboardRegion(params: RawSearchParams | URLSearchParams): string | null {
  const raw = params instanceof URLSearchParams ? params.get('region') : params.region;
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value && DASHBOARD_REGION.test(value) ? value : null;
}

/**
 * The regions a viewer may open the dashboard for, in code order: each region they oversee as
 * Dinas and, for a province, its regencies; for admins every province and regency. Empty for
 * everyone else.
 */
export function dinasRegionOptions(data: DinasViewerQuery): DashboardRegionOption[] {
  const viewer = data.viewer;
  if (!viewer) return [];
  const provinces = data.provinces.edges.map((edge) => ({ ...edge.node, level: 'PROVINCE' as const }));
  const regencies = data.regencies.edges.map((edge) => ({ ...edge.node, level: 'REGENCY' as const }));
  const overseen = viewer.roles.includes('ADMIN')
    ? provinces.map((province) => province.code)
    : viewer.memberships.flatMap((membership) =>
        membership.role === 'DINAS' && membership.region ? [membership.region.code] : [],
      );
  const options = new Map<string, DashboardRegionOption>();
  for (const region of [...provinces, ...regencies]) {
    if (anyRegionCovers(overseen, region.code)) options.set(region.code, region);
  }
  return [...options.values()].sort((a, b) => a.code.localeCompare(b.code));
}
