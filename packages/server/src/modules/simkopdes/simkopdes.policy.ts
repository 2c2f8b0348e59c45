import type { Viewer } from '../account/viewer';
import { anyRegionCovers } from '../region/region-scope';

/**
 * Who may run and see an import: admins, for any; a Dinas office, for an import scoped to
 * regions it oversees (the importing office's own regions, so a neighbouring office sees none).
 */
export function mayManageImport(viewer: Viewer | null, scope: readonly string[] | null): boolean {
  if (!viewer) return false;
  if (viewer.isAdmin) return true;
  const regions = viewer.dinasRegionCodes();
  return scope !== null && scope.length > 0 && scope.every((code) => anyRegionCovers(regions, code));
}

/** The scope an import by this viewer gets: null (everywhere) for an admin, else its Dinas regions. */
export function importScopeOf(viewer: Viewer): string[] | null {
  return viewer.isAdmin ? null : viewer.dinasRegionCodes();
}

/** Whether the viewer may import at all. */
export function mayImport(viewer: Viewer | null): boolean {
  return !!viewer && (viewer.isAdmin || viewer.dinasRegionCodes().length > 0);
}
