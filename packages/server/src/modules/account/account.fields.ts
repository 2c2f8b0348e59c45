import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Cooperative } from '../cooperative/cooperative.type';
import { cooperativeById } from '../cooperative/cooperative.reads';
import { Partner } from '../partner/partner.type';
import { partnerById } from '../partner/partner.reads';
import { Membership } from './account.type';

/**
 * The organisation a membership is in, so that a client can offer the viewer their workspaces
 * (which cooperative they run, which partner they work for) without guessing from other lists.
 */
@Resolver(() => Membership)
export class MembershipFields {
  @FieldResolver(() => Cooperative, {
    nullable: true,
    description: 'The cooperative, for a chair, board member or staff membership; null otherwise.',
  })
  cooperative(@Root() membership: Membership, @Ctx() ctx: Context) {
    return membership.cooperativeId === null ? null : cooperativeById(ctx, membership.cooperativeId);
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    description: 'The partner, for a partner admin or officer membership; null otherwise.',
  })
  partner(@Root() membership: Membership, @Ctx() ctx: Context) {
    return membership.partnerId === null ? null : partnerById(ctx, membership.partnerId);
  }
}
