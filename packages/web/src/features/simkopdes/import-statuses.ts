import type { SimkopdesImportStatus } from '@/graphql/generated/graphql';

/** The statuses in which the background job is still to move a run on. */
export const WORKING_STATUSES: ReadonlySet<SimkopdesImportStatus> = new Set([
  'UPLOADED',
  'CHECKING',
  'QUEUED',
  'APPLYING',
]);
