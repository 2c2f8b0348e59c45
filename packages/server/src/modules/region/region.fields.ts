import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Region } from './region.type';
import { regionByCode, regionsByCodes } from './region.reads';
import { enclosingRegionCodes } from './region-scope';

@Resolver(() => Region)
export class RegionFields {
  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The region this one lies in (village → district → regency → province).',
  })
  parent(@Root() region: Region, @Ctx() ctx: Context) {
    return region.parentCode ? regionByCode(ctx, region.parentCode) : null;
  }

  @FieldResolver(() => [Region], {
    description:
      'Every region this one lies in, province first (for a village: its province, regency and district). Read from the code, so a page of regions costs one query for all their ancestors.',
  })
  ancestors(@Root() region: Region, @Ctx() ctx: Context) {
    return regionsByCodes(ctx, enclosingRegionCodes(region.code));
  }
}
