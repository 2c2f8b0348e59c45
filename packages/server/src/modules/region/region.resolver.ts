import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../request-context';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { Region } from './region.type';
import { RegionLevel } from './region.entity';
import { listRegions, MAX_REGION_MATCHES, regionByCode, regionSearchConnection } from './region.reads';
import { assertRegionCode, normaliseRegionSearch, REGION_SEARCH_LENGTH } from './region.input';

export const RegionConnection = ConnectionType(Region, 'Region', 'region');

@Resolver(() => Region)
export class RegionResolver {
  @Public()
  @Query(() => RegionConnection, {
    description:
      'Administrative regions in Kemendagri code order, optionally by parent and level; with `search`, the regions whose names best match it, best first (type-ahead).',
  })
  regions(
    @Ctx() ctx: Context,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('parentCode', () => String, {
      nullable: true,
      description: 'Only the direct children of this region.',
    })
    parentCode?: string | null,
    @Arg('level', () => RegionLevel, { nullable: true, description: 'Only regions of this level.' })
    level?: RegionLevel | null,
    @Arg('withinCode', () => String, {
      nullable: true,
      description: 'Only regions inside this one, at any depth (e.g. the villages of a regency).',
    })
    withinCode?: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description:
        `Part of the name (${REGION_SEARCH_LENGTH.min}–${REGION_SEARCH_LENGTH.max} characters, case-insensitive). ` +
        'Names that start with it come first (a regency also without "Kabupaten"/"Kota"; bigger regions before smaller), ' +
        'then names with a word starting with it, names containing it, and names with a word like it (typos). ' +
        `Pages forward only, at most ${MAX_REGION_MATCHES} matches deep; \`totalCount\` is null. ` +
        'Select `ancestors` to tell places of the same name apart.',
    })
    search?: string | null,
  ) {
    if (parentCode) assertRegionCode(parentCode, 'parentCode');
    if (withinCode) assertRegionCode(withinCode, 'withinCode');
    if (search != null) {
      const text = normaliseRegionSearch(search, 'search');
      return regionSearchConnection(ctx, { text, parentCode, withinCode, level }, args);
    }
    return listRegions(ctx, { parentCode, withinCode, level }, args);
  }

  @Public()
  @Query(() => Region, {
    nullable: true,
    description: 'A region by its Kemendagri code; null when there is none.',
  })
  region(
    @Ctx() ctx: Context,
    @Arg('code', () => String, { description: 'Kemendagri code, e.g. "61.03".' }) code: string,
  ) {
    return regionByCode(ctx, assertRegionCode(code, 'code'));
  }
}
