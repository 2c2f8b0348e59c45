import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { TIMESTAMP_COLUMN } from '../../shared/timestamps';
import type { OrganisationRef } from '../account/account.entity';

/** The listings whose publication is matched against the other side. */
export enum MatchedListingType {
  OFFERING = 'OFFERING',
  PROGRAM = 'PROGRAM',
  PARTNER_REQUEST = 'PARTNER_REQUEST',
}

/**
 * A published listing that fits an organisation of the other side well: an offering a partner,
 * a program or a request a cooperative. Recorded once per listing and organisation when the
 * listing goes public (a later edit does not tell the same organisation again); the daily digest
 * and the partners' webhooks tell of it.
 */
@Entity({ tableName: 'listing_match' })
@Index({
  name: 'listing_match_unique',
  expression:
    'create unique index listing_match_unique on listing_match (listing_type, listing_id, coalesce(partner_id, 0), coalesce(cooperative_id, 0))',
})
// The digest reads the matches of the last day or two.
@Index({ properties: ['matchedAt'] })
@Check({
  name: 'listing_match_one_organisation',
  expression: '(partner_id is null) <> (cooperative_id is null)',
})
export class ListingMatch {
  [OptionalProps]?: 'matchedAt' | 'partner' | 'cooperative';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Enum({ items: () => MatchedListingType })
  listingType!: MatchedListingType;

  /** The offering's, program's or request's id (no foreign key: one column serves three tables). */
  @Property({ type: 'integer' })
  listingId!: number;

  /** The listing's title when it matched. */
  @Property({ type: 'string', length: 200 })
  label!: string;

  @ManyToOne({ entity: 'Partner', nullable: true, deleteRule: 'cascade', index: true })
  partner?: Rel<OrganisationRef> | null;

  @ManyToOne({ entity: 'Cooperative', nullable: true, deleteRule: 'cascade', index: true })
  cooperative?: Rel<OrganisationRef> | null;

  /** The matching's score (0–100) of the pair. */
  @Property({ type: 'smallint' })
  score!: number;

  @Property({ type: 'datetime', columnType: TIMESTAMP_COLUMN, defaultRaw: 'now()' })
  matchedAt: Date = new Date();
}
