import type { SimkopdesViewerQuery } from '@/graphql/generated/graphql';
import type { ExportRegion } from '@/features/simkopdes/export-links';

type Viewer = NonNullable<SimkopdesViewerQuery['viewer']>;

/** Admins and Dinas officers import SIMKOPDES data (the API checks the same on every call). */
export function mayImportSimkopdes(viewer: Viewer): boolean {
  return (
    viewer.roles.includes('ADMIN') ||
    viewer.memberships.some((membership) => membership.role === 'DINAS' && membership.region)
  );
}

/** The regions whose data the viewer may export: an admin's is all of Indonesia, a Dinas office's its own. */
export function exportRegionsOf(viewer: Viewer, allRegions: string): ExportRegion[] {
  if (viewer.roles.includes('ADMIN')) return [{ code: null, name: allRegions }];
  return viewer.memberships.flatMap((membership) =>
    membership.role === 'DINAS' && membership.region
      ? [{ code: membership.region.code, name: membership.region.name }]
      : [],
  );
}
