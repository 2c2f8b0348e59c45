import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Public } from '../../graphql/access';
import type { Context } from '../../graphql/context';
import { ConnectionArgs, ConnectionType } from '../../graphql/relay';
import { Region } from './region.type';
import { RegionLevel } from './region.entity';
import { listRegions, regionByCode } from './region.reads';
import { assertRegionCode } from './region.input';

export const RegionConnection = ConnectionType(Region, 'Region', 'region');

@Resolver(() => Region)
export class RegionResolver {
  @Public()
  @Query(() => RegionConnection, {
    description: 'Administrative regions in Kemendagri code order, optionally by parent and level.',
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
  ) {
    if (parentCode) assertRegionCode(parentCode, 'parentCode');
    return listRegions(ctx, { parentCode, level }, args);
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
