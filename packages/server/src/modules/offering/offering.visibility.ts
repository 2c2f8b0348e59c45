import { OfferingStatus } from './offering.entity';

/**
 * Drafts belong to their cooperative alone. Until viewers can sign in, nobody may see them, so
 * every public read filters on these statuses.
 */
export const PUBLIC_OFFERING_STATUSES: OfferingStatus[] = [
  OfferingStatus.PUBLISHED,
  OfferingStatus.PAUSED,
  OfferingStatus.EXPIRED,
  OfferingStatus.CLOSED,
];
