import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Region } from '../region/region.type';
import { regionByCode } from '../region/region.reads';
import { Membership } from './account.type';

/**
 * The Dinas region of a membership, so that a client can open the Dinas dashboard of the right
 * region without guessing from other lists. The organisation of the other memberships is declared
 * by its module: Membership.cooperative, .partner and .mentor (`*.fields.ts` there).
 */
@Resolver(() => Membership)
export class MembershipScopeFields {
  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The province or regency a Dinas membership oversees; null for other memberships.',
  })
  region(@Root() membership: Membership, @Ctx() ctx: Context) {
    return membership.regionCode === null ? null : regionByCode(ctx, membership.regionCode);
  }
}
