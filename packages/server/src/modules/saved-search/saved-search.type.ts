import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Node } from '../../graphql/relay';
import { toGlobalId } from '../../shared/global-id';
import { fromPgTimestamp } from '../../shared/time';
import { Commodity } from '../commodity/commodity.type';
import { SearchType } from '../text-search/text-search.type';

export interface SavedSearchRow {
  id: number;
  user_id: number;
  name: string;
  q: string;
  types: SearchType[];
  region_code: string | null;
  commodity: Commodity | null;
  created_at: string | Date;
}

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    'A search you saved: its criteria, to run `search(q, types, filter)` again. Only you see your saved searches.',
})
export class SavedSearch extends Node {
  @Field(() => String, { description: 'The name you gave it.' })
  name!: string;

  @Field(() => String, { description: 'The search text.' })
  q!: string;

  @Field(() => [SearchType], { description: 'The kinds of objects searched; empty for all.' })
  types!: SearchType[];

  @Field(() => String, { nullable: true, description: 'The region filter (Kemendagri code), if any.' })
  regionCode!: string | null;

  @Field(() => Commodity, { nullable: true, description: 'The commodity filter, if any.' })
  commodity!: Commodity | null;

  @Field(() => DateTimeISOResolver, { description: 'When it was saved.' })
  createdAt!: Date;

  static fromRow(row: SavedSearchRow): SavedSearch {
    return Object.assign(new SavedSearch(), {
      id: toGlobalId('SavedSearch', row.id),
      name: row.name,
      q: row.q,
      types: row.types ?? [],
      regionCode: row.region_code,
      commodity: row.commodity,
      createdAt: fromPgTimestamp(row.created_at),
    });
  }
}
