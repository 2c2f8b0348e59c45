import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Region } from './region.type';
import { regionByCode } from './region.reads';

@Resolver(() => Region)
export class RegionFields {
  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The region this one lies in (village → district → regency → province).',
  })
  parent(@Root() region: Region, @Ctx() ctx: Context) {
    return region.parentCode ? regionByCode(ctx, region.parentCode) : null;
  }
}
