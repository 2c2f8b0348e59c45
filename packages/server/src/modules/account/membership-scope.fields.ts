import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../request-context';
import { Mentor } from '../mentor/mentor.type';
import { mentorById } from '../mentor/mentor.reads';
import { Region } from '../region/region.type';
import { regionByCode } from '../region/region.reads';
import { Membership } from './account.type';

/**
 * The mentor record and the Dinas region of a membership (next to its cooperative and partner in
 * account.fields.ts), so that a client can open the mentor's caseload or the Dinas dashboard of
 * the right region without guessing from other lists.
 */
@Resolver(() => Membership)
export class MembershipScopeFields {
  @FieldResolver(() => Mentor, {
    nullable: true,
    description: 'The mentor record (BA or PMO), for a mentor membership; null otherwise.',
  })
  mentor(@Root() membership: Membership, @Ctx() ctx: Context) {
    return membership.mentorId === null ? null : mentorById(ctx, membership.mentorId);
  }

  @FieldResolver(() => Region, {
    nullable: true,
    description: 'The province or regency a Dinas membership oversees; null for other memberships.',
  })
  region(@Root() membership: Membership, @Ctx() ctx: Context) {
    return membership.regionCode === null ? null : regionByCode(ctx, membership.regionCode);
  }
}
