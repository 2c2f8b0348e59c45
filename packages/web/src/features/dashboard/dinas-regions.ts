import type { DinasRegenciesQuery, DinasViewerQuery } from '@/graphql/generated/graphql';
import type { RawSearchParams } from '@/lib/search-params';
// The API's own region-scope rule, imported by path rather than copied: the file is pure (it
// imports nothing), so the web bundles it as it is, and the options offered here are exactly the
// regions the API's dinasDashboard lets this viewer open. A GraphQL field listing them would
// serve too, at the cost of a request per page for a rule both sides can evaluate locally.
import { anyRegionCovers } from '../../../../server/src/modules/region/region-scope';

export interface DashboardRegionOption {
  /** Empty for the whole of Indonesia (the form then sends no region: the API's default for admins). */
  code: string;
  name: string;
  level: 'NATION' | 'PROVINCE' | 'REGENCY';
}

const DASHBOARD_REGION = /^\d{2}(\.\d{2})?$/;

/** The `?region=` of the dashboard and its export: a province or regency code, else the default. */
export function parseDashboardRegion(params: RawSearchParams | URLSearchParams): string | null {
  const raw = params instanceof URLSearchParams ? params.get('region') : params.region;
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value && DASHBOARD_REGION.test(value) ? value : null;
}

/** The province whose regencies the picker lists: the one shown (or around the regency shown). */
export function pickerProvince(shownRegionCode: string | null | undefined): string | null {
  return shownRegionCode ? shownRegionCode.slice(0, 2) : null;
}

/**
 * The regions a viewer may open the dashboard for, in code order: for admins the whole of
 * Indonesia and every province; for a Dinas each region they oversee, and the whole of Indonesia
 * when that is every province (the ministry). The regencies of the
 * province on show (`regencies`, fetched for it) are added where the viewer may open them, so the
 * list stays a few dozen long instead of 552. Empty for everyone else.
 */
export function dinasRegionOptions(
  data: DinasViewerQuery,
  regencies: DinasRegenciesQuery | null,
  nationName: string,
): DashboardRegionOption[] {
  const viewer = data.viewer;
  if (!viewer) return [];
  const isAdmin = viewer.roles.includes('ADMIN');
  const provinces = data.provinces.edges.map((edge) => ({ ...edge.node, level: 'PROVINCE' as const }));
  const regencyOptions = (regencies?.regencies.edges ?? []).map((edge) => ({
    ...edge.node,
    level: 'REGENCY' as const,
  }));
  const overseen = viewer.memberships.flatMap((membership) =>
    membership.role === 'DINAS' && membership.region ? [membership.region] : [],
  );
  const scopes = isAdmin ? provinces.map((province) => province.code) : overseen.map((region) => region.code);
  const options = new Map<string, DashboardRegionOption>();
  // A regency Dinas sees its regency even before the regencies of its province are fetched.
  for (const region of overseen) {
    if (region.level === 'PROVINCE' || region.level === 'REGENCY') {
      options.set(region.code, { code: region.code, name: region.name, level: region.level });
    }
  }
  for (const region of [...provinces, ...regencyOptions]) {
    if (anyRegionCovers(scopes, region.code)) options.set(region.code, region);
  }
  const sorted = [...options.values()].sort((a, b) => a.code.localeCompare(b.code));
  // Admins, and a Dinas of every province (the ministry), may open the whole of Indonesia.
  const seesNation =
    isAdmin ||
    (provinces.length > 0 && provinces.every((province) => anyRegionCovers(scopes, province.code)));
  return seesNation ? [{ code: '', name: nationName, level: 'NATION' }, ...sorted] : sorted;
}
